"""Server-side cache of hot public lists (speakers, topics) in the shared cache: Redis
when REDIS_URL is set. HTTP caching headers are caching.py's business; this saves the
database work behind them.

Entries are keyed by a public-data version that every change to claims, reviews,
speakers, topics or appearances bumps, so a change shows at once without hunting keys.
On unless API_LIST_CACHE_SECONDS is 0, which it is by default without Redis: a
per-process cache could not see another worker's version bump.
"""
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from rest_framework.response import Response

from factbase.claims.models import Appearance, Claim, Review, Speaker, SpeakerAlias, Topic

VERSION_KEY = "factbase:public-data-version"


def public_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # Never restart at 1 after an eviction: entries of an old 1 may still be cached.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_public_version(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)


for _model in (Claim, Review, Speaker, SpeakerAlias, Topic, Appearance):
    post_save.connect(bump_public_version, sender=_model, dispatch_uid=f"public_cache_save_{_model.__name__}")
    post_delete.connect(bump_public_version, sender=_model, dispatch_uid=f"public_cache_delete_{_model.__name__}")
m2m_changed.connect(bump_public_version, sender=Claim.topics.through, dispatch_uid="public_cache_claim_topics")


class CachedPublicListMixin:
    """Serve an anonymous list request from the cache while the public data is unchanged."""

    def list(self, request, *args, **kwargs):
        seconds = settings.API_LIST_CACHE_SECONDS
        if not seconds or request.user.is_authenticated:
            return super().list(request, *args, **kwargs)
        url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        key = f"factbase:list:{public_version()}:{url}"
        data = cache.get(key)
        if data is not None:
            return Response(data)
        response = super().list(request, *args, **kwargs)
        if response.status_code == 200:
            cache.set(key, response.data, seconds)
        return response
