"""Server-side cache of whole public API responses in the shared cache (Redis when
REDIS_URL is set). caching.py decides what is public (Cache-Control: public); this keeps
those responses so that a repeated anonymous read costs a cache lookup, not a view.

Entries are keyed by the public-data version (factbase/claims/public_data.py), which
every change to what the public may read bumps, so a change shows at once without
hunting keys. On unless API_RESPONSE_CACHE_SECONDS is 0, which it is by default without
Redis: a per-process cache could not see another worker's (or an import command's)
version bump.
"""
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import set_response_etag

from factbase.claims.public_data import VERSION_KEY, public_version


class PublicResponseCacheMiddleware:
    """Answer an anonymous API GET from the cache while the public data is unchanged.

    It sits below ConditionalGetMiddleware (a hit still gets its ETag and 304) and
    CorsMiddleware (CORS headers are per request), and above sessions, authentication
    and the view, which a hit skips. An entry is keyed by what an anonymous response
    varies on: the absolute URL and the Accept header. It holds the data version it was
    made under, so a hit costs one round trip (the version and the entry in one MGET)
    and a bumped version simply makes every entry a miss, overwritten by the next read.
    Only responses the API marked public are kept; a request carrying credentials (a
    session cookie or an Authorization header) is never answered from the cache, as a
    curator may see drafts.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.API_RESPONSE_CACHE_SECONDS
        if not seconds or not _anonymous_api_read(request):
            return self.get_response(request)
        key = _response_key(request)
        found = cache.get_many([VERSION_KEY, key])
        # Read before the view runs: a response made while a change lands is kept under
        # the old version, and so never served after it.
        version = found.get(VERSION_KEY) or public_version()
        if version is None:  # Redis is away (factbase/redis_cache.py): pass through, keep nothing
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry[0] == version:
            return entry[1]
        response = self.get_response(request)
        if _shareable(response):
            set_response_etag(response)  # once, rather than ConditionalGetMiddleware hashing every hit
            cache.set(key, (version, response), seconds)
        return response


def _response_key(request) -> str:
    varies_on = f"{request.build_absolute_uri()}\n{request.META.get('HTTP_ACCEPT', '')}"
    return "factbase:response:" + hashlib.sha256(varies_on.encode()).hexdigest()


def _anonymous_api_read(request) -> bool:
    return (request.method == "GET" and request.path_info.startswith("/api/")
            and "HTTP_AUTHORIZATION" not in request.META
            and settings.SESSION_COOKIE_NAME not in request.COOKIES)


def _shareable(response) -> bool:
    return (response.status_code == 200 and not response.streaming and not response.cookies
            and "public" in response.get("Cache-Control", ""))
