"""When the database cannot be reached, the site answers 503 with Retry-After (so clients and
proxies retry while the pool reconnects), not a 500; any other failure stays a 500."""
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client

from factbase.api.views import ClaimViewSet, SpeakerViewSet


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("error", [OperationalError("couldn't get a connection after 1.00 sec"),
                                   InterfaceError("connection already closed")])
def test_an_unreachable_database_is_a_503_with_retry_after(db, client, error):
    with mock.patch.object(ClaimViewSet, "list", side_effect=error), \
            mock.patch("factbase.api.lean.views.serves", return_value=False):
        response = client.get("/api/claims/")
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "database is unavailable" in response.json()["detail"]


def test_a_database_failure_in_a_middleware_is_a_503_too(db, client):
    with mock.patch("django.contrib.sessions.backends.db.SessionStore.load",
                    side_effect=OperationalError("server closed the connection unexpectedly")):
        response = client.get("/admin/", HTTP_COOKIE="sessionid=synthetic-session-key")
    assert response.status_code == 503


def test_any_other_failure_is_a_plain_500(db, client):
    with mock.patch.object(SpeakerViewSet, "list", side_effect=RuntimeError("a bug")):
        response = client.get("/api/speakers/")
    assert response.status_code == 500
    assert "Retry-After" not in response
