"""The lean views: each wraps the router's DRF view and answers an anonymous JSON GET
itself, handing every other request (and every error) to the DRF view unchanged."""
import datetime as dt
import functools

import orjson
from django.conf import settings
from django.db import connections, router
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from rest_framework.exceptions import ValidationError
from rest_framework.reverse import reverse

from factbase.claims.models import Claim

from ..filters import CLAIM_ORDERINGS, ClaimFilter, claim_ordering, claim_query_is_valid
from ..pagination import ClaimCursorPagination, page_size_from
from ..views import sample_start
from . import claims, listing
from .sql import Nothing, date_of, datetime_of

JSON_MEDIA_TYPES = {"application/json", "*/*"}


def lean_view(allow: str):
    """Decorate `answer(request, alias, **kwargs) -> data or None` into a wrapper of a DRF
    view: None (or a request the lean path does not serve) goes to the DRF view."""

    def decorate(answer):
        def wrap(drf_view):
            @csrf_exempt  # as DRF's views are: DRF checks CSRF itself for session writes
            @functools.wraps(drf_view)
            def view(request, *args, **kwargs):
                if serves(request, kwargs) and not throttled(request, drf_view):
                    data = answer(request, router.db_for_read(Claim), **kwargs)
                    if data is not None:
                        return json_response(data, allow)
                return drf_view(request, *args, **kwargs)

            return view

        return wrap

    return decorate


def serves(request, kwargs) -> bool:
    """An anonymous GET asking for plain JSON: what DRF would render with JSONRenderer for
    AnonymousUser. Credentials, the browsable API, ?format=csv, Accept parameters
    (indent=4) and format suffixes all go to DRF."""
    if not settings.API_LEAN_READS or request.method != "GET" or kwargs.get("format"):
        return False
    if "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if request.GET.get("format", "json") != "json":
        return False
    accept = request.META.get("HTTP_ACCEPT", "")
    return not accept or all(part.strip() in JSON_MEDIA_TYPES for part in accept.split(","))


def throttled(request, drf_view) -> bool:
    """The DRF view's throttles (the anonymous rate limit); a refused request goes to DRF,
    which refuses it again with its 429 and Retry-After."""
    return any(not throttle().allow_request(request, None) for throttle in drf_view.cls.throttle_classes)


def json_response(data, allow: str) -> HttpResponse:
    """The headers the DRF view gives a public 200 (CacheHeadersMixin, DRF's Vary: Accept)."""
    response = HttpResponse(orjson.dumps(data), content_type="application/json")
    response["Allow"] = allow
    patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
    patch_vary_headers(response, ["Accept", "Authorization", "Cookie"])
    return response


class _QueryParams:
    """What pagination's helpers read of a DRF request."""

    def __init__(self, request):
        self.query_params = request.GET


@lean_view(allow="GET, POST, HEAD, OPTIONS")
def claim_list(request, alias, **kwargs):
    """/api/claims/ as ClaimViewSet.list answers it: a cursor page or a sample."""
    form_class = ClaimFilter.__dict__.get("_form_class") or ClaimFilter(request.GET).get_form_class()
    form = form_class(request.GET)
    if not form.is_valid() or not claim_query_is_valid(form):
        return None
    data = form.cleaned_data
    links = claims.Links(reverse("claim-list", request=request))
    try:
        where = listing.claim_where(alias, data)
    except Nothing:
        where = None
    if data.get("sample"):
        found = listing.sample(alias, where, int(data["sample"]), sample_start(data.get("seed"))) if where else []
        return {"next": None, "previous": None, "results": claims.claims_json(alias, found, links)}

    pager, params = ClaimCursorPagination(), _QueryParams(request)
    try:
        size = page_size_from(params, pager.page_size, pager.max_page_size)
        field, descending = CLAIM_ORDERINGS[claim_ordering(params)]
        position = pager._decode(request.GET.get(pager.cursor_query_param))
        value = pager._value(Claim, field, position["value"]) if position else None
    except ValidationError:
        return None  # DRF answers the 400
    found, values = [], []
    if where is not None:
        found, values = listing.page(alias, where, field=field, descending=descending, position=position,
                                     cursor_value=_adapt(alias, value), size=size, q=data.get("q") or None)
    more, found, values = len(found) > size, found[:size], values[:size]
    backwards = bool(position and position.get("back"))
    if backwards:
        found.reverse()
        values.reverse()
    has_next = more if not backwards else bool(found)
    has_previous = (more if backwards else bool(position)) and bool(found)
    pager.base_url = request.build_absolute_uri()

    def link(index, back):
        return pager._link({"value": _cursor_value(field, values[index]), "id": found[index][0], "back": back})

    return {
        "next": link(-1, False) if has_next and found else None,
        "previous": link(0, True) if has_previous and found else None,
        "results": claims.claims_json(alias, found, links),
    }


@lean_view(allow="GET, PUT, PATCH, HEAD, OPTIONS")
def claim_detail(request, alias, pk="", **kwargs):
    """/api/claims/{id}/ as ClaimViewSet.retrieve answers it for anonymous readers."""
    if not (pk.isascii() and pk.isdigit() and len(pk) < 19):
        return None
    return claims.claim_detail_json(alias, int(pk), claims.Links(reverse("claim-list", request=request)))


def _adapt(alias, value):
    """A cursor value as a query parameter (SQLite compares dates and datetimes as text)."""
    ops = connections[alias].ops
    if isinstance(value, dt.datetime):
        return ops.adapt_datetimefield_value(value)
    if isinstance(value, dt.date):
        return ops.adapt_datefield_value(value)
    return value


def _cursor_value(field, value):
    """ClaimCursorPagination._position's value: ISO text for dates, the float for a rank."""
    if value is None:
        return None
    if field == "rank":
        return float(value)
    return (datetime_of(value) if field == "created" else date_of(value)).isoformat()


ROUTES = {"claim-list": claim_list, "claim-detail": claim_detail}
