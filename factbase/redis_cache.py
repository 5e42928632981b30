"""Django's Redis cache backend, with one redis.Redis client per connection pool, that never
lets Redis being away fail a request.

Django builds a new redis.Redis for every cache call, and redis-py's constructor fills a
table of some 170 response callbacks each time: 64 µs, a seventh of what answering an API
read from the response cache costs in all. A client is only a handle on its pool, which
is thread-safe, so one per pool serves every thread.

What the cache holds can always be made again, so while Redis cannot be reached every call
passes through (a read finds nothing, a write keeps nothing), logged once per outage: public
reads are answered by the views, writes still work, the rate limit lets requests by. After a
failure Redis is left alone for RETRY_SECONDS, so a Redis that hangs costs a read one
socket timeout at most, not one per cache call (a write tries its version bump regardless).

Changes made while Redis was away could not bump the public-data version
(factbase/claims/public_data.py), and a Redis that comes back with its data still holds the
old version and the entries made under it. So every new connection bumps that version before
its first command: a process reconnecting cannot know what it missed, and entries made before
it reconnected are never served as current (tests/test_redis_cache.py,
tests/reliability/test_redis_down.py).
"""
import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _passes_through(fallback, *, pauses=True):
    """Run the cache call, or answer fallback(*its arguments) while Redis cannot be reached.
    A call that `pauses` is not even tried for RETRY_SECONDS after a failure."""

    def decorate(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            if pauses and time.monotonic() < self._retry_at:
                return fallback(*args, **kwargs)
            try:
                answer = method(self, *args, **kwargs)
            except UNREACHABLE as exc:
                if not self._retry_at:
                    logger.warning("Redis cannot be reached (%s): the response cache and the rate limit pass "
                                   "through until it answers again", exc)
                self._retry_at = time.monotonic() + RETRY_SECONDS
                return fallback(*args, **kwargs)
            if self._retry_at:
                logger.warning("Redis answers again; the public-data version was bumped on reconnecting")
                self._retry_at = 0.0
            return answer

        return call

    return decorate


def _nothing(*args, **kwargs):
    return None


def _refused(*args, **kwargs):
    return False


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._retry_at = 0.0  # while time.monotonic() is below it, Redis is taken to be away

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:  # two threads may both build one here; either serves
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client

    # The public-data version's bump (incr, else add) is tried even in the pause: skipped while Redis
    # is back already, it would leave another process serving what it cached before the change.
    add = _passes_through(_refused, pauses=False)(RedisCacheClient.add)
    get = _passes_through(lambda key, default: default)(RedisCacheClient.get)
    set = _passes_through(_nothing)(RedisCacheClient.set)
    touch = _passes_through(_refused)(RedisCacheClient.touch)
    delete = _passes_through(_refused)(RedisCacheClient.delete)
    get_many = _passes_through(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _passes_through(_refused)(RedisCacheClient.has_key)
    incr = _passes_through(_nothing, pauses=False)(RedisCacheClient.incr)  # no ValueError: a missing key
    set_many = _passes_through(lambda data, timeout: [])(RedisCacheClient.set_many)
    delete_many = _passes_through(_nothing)(RedisCacheClient.delete_many)
    clear = _passes_through(_refused)(RedisCacheClient.clear)


def _bump_on_connect(connection, *, key: str) -> None:
    """redis-py's connection set-up, then the version bump: set it to a fresh number if missing
    (never back to 1, see public_data.public_version), else add one."""
    connection.on_connect()
    connection.send_command("SET", key, time.time_ns(), "NX")
    connection.read_response()
    connection.send_command("INCR", key)
    connection.read_response()


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
        from factbase.claims.public_data import VERSION_KEY  # here: public_data imports the cache

        self._options = {**self._options,
                         "redis_connect_func": functools.partial(_bump_on_connect, key=self.make_key(VERSION_KEY))}
