"""Keyset (cursor) paging for claims: page 500 costs what page 1 costs, and no COUNT(*).

DRF's CursorPagination keys on one field and skips ties by OFFSET; claims sort on a
nullable date with many ties, so this keys on (field, id) and treats a missing date as
later than any date (PostgreSQL's default for a descending index, which it then uses).
"""
import base64
import binascii
import json

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import CursorPagination, LimitOffsetPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from factbase.claims.models import Claim

from .filters import CLAIM_ORDERINGS, claim_ordering
from .querysets import claims_for_list

MAX_PAGE_SIZE = 200


# Past any list's length, and keeps offset + limit inside the 64-bit integers both databases
# take (a larger one was a 500: "Python int too large to convert to SQLite INTEGER").
MAX_OFFSET = 10**9
# The compare page asks for up to 500 figures at once (frontend/js/pages/compare.js).
MAX_LIST_LIMIT = 1000


def whole_number_param(request, name: str, *, default: int, minimum: int, maximum: int) -> int:
    """A query parameter that must be a whole number in [minimum, maximum]; else a 400 naming it."""
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        number = int(raw)
    except ValueError:
        raise ValidationError({name: ["A whole number is required."]}) from None
    if not minimum <= number <= maximum:
        raise ValidationError({name: [f"Ensure this value is between {minimum} and {maximum}."]})
    return number


def page_size_from(request, default: int, maximum: int) -> int:
    return whole_number_param(request, "page_size", default=default, minimum=1, maximum=maximum)


class ListPagination(LimitOffsetPagination):
    """DRF's limit/offset paging (every list but claims), with limit and offset checked:
    DRF falls back to the default for a negative or unreadable one and passes a huge one
    to the database."""

    max_limit = MAX_LIST_LIMIT

    def get_limit(self, request):
        return whole_number_param(request, self.limit_query_param, default=self.default_limit, minimum=1,
                                  maximum=self.max_limit)

    def get_offset(self, request):
        return whole_number_param(request, self.offset_query_param, default=0, minimum=0, maximum=MAX_OFFSET)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {self.limit_query_param: {"minimum": 1, "maximum": self.max_limit, "default": self.default_limit},
                  self.offset_query_param: {"minimum": 0, "maximum": MAX_OFFSET, "default": 0}}
        for parameter in parameters:
            parameter["schema"].update(bounds[parameter["name"]])
        return parameters


class ClaimCursorPagination(CursorPagination):
    """`?cursor=` from the `next`/`previous` links, `?page_size=` up to 200 (default 50)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = ("-said_on", "-id")

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.base_url = request.build_absolute_uri()
        self.page_size = page_size_from(request, self.page_size, self.max_page_size)
        field, descending = CLAIM_ORDERINGS[claim_ordering(request)]
        position = self._decode(request.query_params.get(self.cursor_query_param))
        backwards = bool(position and position.get("back"))
        self.field, self.descending = field, descending

        # Walking backwards is walking forwards in the opposite order.
        walk_descending = descending != backwards
        key = F(field)
        if field != "rank" and request.query_params.get("q"):
            # With a search, fetch the hits through the text index and sort them, rather
            # than walk the date index and test every row: PostgreSQL cannot estimate how
            # rare a word is, and walking a million rows for a rare one took seconds. The
            # same order by an expression the date index cannot serve.
            key = Coalesce(F(field), F(field))
        order = key.desc(nulls_first=True) if walk_descending else key.asc(nulls_last=True)
        queryset = queryset.order_by(order, "-id" if walk_descending else "id")
        if position:
            value = self._value(queryset.model, field, position["value"])
            queryset = queryset.filter(self._after(field, value, position["id"], walk_descending))
        if request.query_params.get("q"):
            rows = self._search_page(queryset, field)
        else:
            rows = list(queryset[: self.page_size + 1])
        more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if backwards:
            rows.reverse()
        self.page = rows
        self.has_next = more if not backwards else True
        self.has_previous = (more if backwards else bool(position)) and bool(rows)
        if backwards and not rows:
            self.has_next = False
        return rows

    def _search_page(self, queryset, field) -> list:
        """A search's page (and one claim more): its order comes from sorting the hits, not
        from walking an index, so sort the bare hits for the page's ids and load just those
        claims by id. In one query PostgreSQL joined every hit to its speaker and verdict
        before sorting, and repeated the ranking: 46 ms against 9 ms for 3,000 hits of a
        million claims (bench/)."""
        found = list(queryset.values_list("pk", field)[: self.page_size + 1])
        claims = {claim.pk: claim for claim in claims_for_list(Claim.objects.filter(pk__in=[pk for pk, _ in found]))}
        page = []
        for pk, value in found:
            if pk in claims:  # unless deleted in between
                if field == "rank":  # computed by the first query only; the next page's cursor needs it
                    claims[pk].rank = value
                page.append(claims[pk])
        return page

    def _value(self, model, field, value):
        if value is None:
            return None
        try:
            if field == "rank":
                return float(value)
            return model._meta.get_field(field).to_python(value)
        except (TypeError, ValueError, DjangoValidationError):
            raise ValidationError({"cursor": ["Invalid cursor: use the next or previous link as given."]}) from None

    @staticmethod
    def _after(field, value, pk, descending) -> Q:
        """Rows strictly after (value, pk) in the walk order; NULL sorts after every value
        when ascending and before every value when descending."""
        if descending:
            if value is None:
                return Q(**{f"{field}__isnull": True, "id__lt": pk}) | Q(**{f"{field}__isnull": False})
            return Q(**{f"{field}__lte": value}) & (Q(**{f"{field}__lt": value}) | Q(id__lt=pk))
        if value is None:
            return Q(**{f"{field}__isnull": True, "id__gt": pk})
        return (Q(**{f"{field}__gte": value}) & (Q(**{f"{field}__gt": value}) | Q(id__gt=pk))) | Q(
            **{f"{field}__isnull": True}
        )

    def _position(self, row, back: bool) -> dict:
        value = getattr(row, self.field)
        if value is not None and not isinstance(value, float):
            value = value.isoformat()
        return {"value": value, "id": row.pk, "back": back}

    def get_next_link(self):
        if not self.has_next or not self.page:
            return None
        return self._link(self._position(self.page[-1], back=False))

    def get_previous_link(self):
        if not self.has_previous or not self.page:
            return None
        return self._link(self._position(self.page[0], back=True))

    def _link(self, position) -> str:
        token = base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode()
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    def _decode(self, token):
        if not token:
            return None
        try:
            position = json.loads(base64.urlsafe_b64decode(token.encode()).decode())
            if not isinstance(position, dict) or not isinstance(position.get("id"), int):
                raise ValueError
            if not (position.get("value") is None or isinstance(position["value"], (str, float, int))):
                raise ValueError
            return position
        except (ValueError, UnicodeError, binascii.Error):
            raise ValidationError({"cursor": ["Invalid cursor: use the next or previous link as given."]}) from None

    def get_paginated_response(self, data):
        return Response({"next": self.get_next_link(), "previous": self.get_previous_link(), "results": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri",
                         "description": "The next page, or null on the last."},
                "previous": {"type": "string", "nullable": True, "format": "uri",
                             "description": "The previous page, or null on the first."},
                "results": {**schema, "description": "The claims of this page."},
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {"name": "cursor", "required": False, "in": "query", "schema": {"type": "string"},
             "description": "Opaque position from a `next` or `previous` link."},
            {"name": "page_size", "required": False, "in": "query",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": 50},
             "description": "Claims per page (1 to 200, default 50)."},
        ]

