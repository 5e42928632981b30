"""The public-data version: a number that changes whenever anything the public may read
changes (claims, reviews, speakers and their aliases, topics, appearances).

Readers that keep copies of public data (the API's response cache) key them by it, so a
change shows at once without hunting keys. The signals in signals.py bump it on every
save and delete; bulk loads that bypass save() call bump_public_version() themselves. It
lives in the shared cache (Redis when REDIS_URL is set), so every worker and every import
command sees the same number.
"""
import time

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "factbase:public-data-version"


def public_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # Never restart at 1 after an eviction: entries of an old 1 may still be cached.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_public_version(**kwargs) -> None:
    """Bump now, and again once the change is committed: a reader that took the first bump's
    version before the commit made its response from the data of before, and the second bump
    keeps that response from being served after the commit."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
