"""What the site answers when a request fails on the server (urls.handler500).

A database that cannot be reached (PostgreSQL restarting, the pool finding no live
connection within DATABASE_POOL_TIMEOUT) is not a bug in the request: it gets a 503 with
Retry-After, so clients and proxies retry, while the connection pool reconnects by itself.
Every other error is Django's plain 500.
"""
import sys

from django.db import InterfaceError, OperationalError
from django.http import JsonResponse
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 5


def server_error(request):
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = JsonResponse({"detail": "The database is unavailable for a moment; try again shortly."},
                                status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return django_server_error(request)
