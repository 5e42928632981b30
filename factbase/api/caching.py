"""HTTP caching for API reads: public and cacheable for anonymous users, never stored
for authenticated ones (they may see drafts). ConditionalGetMiddleware adds the ETag
and answers If-None-Match with 304."""
from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


class CacheHeadersMixin:
    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            if request.user.is_authenticated:
                patch_cache_control(response, private=True, no_store=True)
            else:
                patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
            patch_vary_headers(response, ["Authorization", "Cookie"])
        return response
