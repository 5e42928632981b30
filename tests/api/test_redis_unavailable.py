"""Redis away (down, or hanging past REDIS_TIMEOUT): public reads, writes and the rate limit pass
through, logged once; when it is back, nothing cached before a change is served as current.
A Redis that is "down" here is a closed port; the one that comes back is the shared server's
database 14 (tests/test_redis_cache.py's own), its connections dropped as on a restart."""
import logging
import socket
from unittest import mock

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from factbase.claims.public_data import VERSION_KEY, bump_public_version, public_version
from factbase.redis_cache import SharedClientRedisCache
from tests.factories import ClaimFactory

UP = "redis://127.0.0.1:6379/14"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


def redis_caches(url):
    return {"default": {"BACKEND": "factbase.redis_cache.SharedClientRedisCache", "LOCATION": url,
                        "KEY_PREFIX": "test-redis-unavailable", "OPTIONS": {"socket_timeout": 0.5}}}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{closed_port()}/0")
    settings.API_RESPONSE_CACHE_SECONDS = 300


@pytest.fixture
def redis_up(settings):
    settings.CACHES = redis_caches(UP)
    settings.API_RESPONSE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_every_cache_call_passes_through_and_the_outage_is_logged_once(caplog):
    down = SharedClientRedisCache(f"redis://127.0.0.1:{closed_port()}/0", {})
    with caplog.at_level(logging.WARNING, logger="factbase.redis_cache"):
        assert down.get("missing", "the default") == "the default"
        assert down.get_many(["a", "b"]) == {}
        assert down.add("a", 1) is False
        down.set("a", 1)
        assert down.incr("a") is None  # not the ValueError of a missing key
        assert down.has_key("a") is False
    assert sum("cannot be reached" in r.message for r in caplog.records) == 1


def test_the_version_bump_of_a_write_does_not_fail_it(db, redis_down):
    assert public_version() is None
    bump_public_version()  # a save's signal while Redis is away: no ValueError, no ConnectionError


def test_public_reads_writes_and_the_rate_limit_work_while_redis_is_down(db, redis_down, editor_client):
    ClaimFactory(text="Synthetic claim read while Redis is down.")
    anonymous = APIClient()
    with mock.patch.object(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"}):
        statuses = [anonymous.get("/api/claims/").status_code for _ in range(4)]
    assert statuses == [200] * 4  # no history of requests to count: the limit lets them by
    speaker = ClaimFactory().speaker
    response = editor_client.post("/api/claims/", {"speaker": speaker.slug, "text": "Synthetic words, Redis down."},
                                  format="json")
    assert response.status_code == 201, response.content


def test_a_change_made_while_redis_was_away_shows_when_it_is_back(db, redis_up):
    ClaimFactory(text="Synthetic claim before the outage.")
    anonymous = APIClient()
    assert len(anonymous.get("/api/claims/").json()["results"]) == 1  # cached under the current version
    client = cache._cache
    with mock.patch.object(client, "_retry_at", float("inf")):  # Redis away: the new claim's bump is lost
        ClaimFactory(text="Synthetic claim written during the outage.")
    client.get_client().connection_pool.disconnect()  # it comes back: every connection is new
    texts = [claim["text"] for claim in anonymous.get("/api/claims/").json()["results"]]
    assert "Synthetic claim written during the outage." in texts


def test_a_new_connection_bumps_the_version_and_never_starts_it_at_one(redis_up):
    cache.delete(VERSION_KEY)
    cache._cache.get_client().connection_pool.disconnect()
    first = cache.get(VERSION_KEY)
    assert first > 1_000_000_000  # a time in nanoseconds, plus one
    cache._cache.get_client().connection_pool.disconnect()
    assert cache.get(VERSION_KEY) == first + 1
