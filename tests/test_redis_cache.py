"""The Redis cache backend (settings use it when REDIS_URL is set), against the Redis
server every machine runs on 127.0.0.1:6379; database 14 is this test's own."""
from concurrent.futures import ThreadPoolExecutor

import pytest

from factbase.redis_cache import SharedClientRedisCache

URL = "redis://127.0.0.1:6379/14"


@pytest.fixture
def redis_cache():
    cache = SharedClientRedisCache(URL, {"KEY_PREFIX": "test-redis-cache"})
    cache.clear()
    yield cache
    cache.clear()


def test_it_is_a_working_django_cache(redis_cache):
    redis_cache.set("answer", {"claims": [1, 2]}, 30)
    redis_cache.add("version", 7, timeout=None)
    redis_cache.incr("version")
    assert redis_cache.get_many(["answer", "version", "missing"]) == {"answer": {"claims": [1, 2]}, "version": 8}


def test_every_call_shares_one_client_per_connection_pool(redis_cache):
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client(write=True) is client
    assert redis_cache._cache.get_client("some-key") is client


def test_threads_share_the_client_safely(redis_cache):
    def round_trip(n):
        redis_cache.set(f"key-{n}", n, 30)
        return redis_cache.get(f"key-{n}")

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(round_trip, range(200))) == list(range(200))
