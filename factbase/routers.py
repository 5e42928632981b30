"""Reads from PostgreSQL read replicas, writes to the primary.

Settings turn DATABASE_REPLICA_URLS (comma-separated) into the aliases replica_0,
replica_1, ...; without it every query goes to `default` as before. Writes, migrations,
the admin and any request that writes (POST, PUT, PATCH, DELETE) use the primary for
all their queries, so curators read what they just wrote despite replication lag.
"""
import contextvars
import random
from contextlib import contextmanager

from django.conf import settings

_primary_only = contextvars.ContextVar("factbase_primary_only", default=False)


def replicas() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica_")]


@contextmanager
def use_primary():
    """Send every query inside the block to the primary."""
    token = _primary_only.set(True)
    try:
        yield
    finally:
        _primary_only.reset(token)


class PrimaryReplicaRouter:
    """Django database router: reads spread over the replicas, everything else on `default`."""

    def db_for_read(self, model, **hints):
        if _primary_only.get():
            return "default"
        aliases = replicas()
        return random.choice(aliases) if aliases else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replicas hold the primary's data: objects from any alias relate

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class PrimaryForWritesMiddleware:
    """Pin the admin and every unsafe request to the primary for the whole request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD", "OPTIONS") or request.path.startswith("/admin/"):
            with use_primary():
                return self.get_response(request)
        return self.get_response(request)
