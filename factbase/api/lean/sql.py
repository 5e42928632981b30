"""SQL fragments taken from the domain's querysets, compiled once, and rows read with a
plain cursor."""
import datetime as dt
import functools
import json

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.utils import timezone

from factbase.claims.models import Claim


class Nothing(Exception):
    """The filters can match no row (an unknown slug): answer without a query, as Django does."""


def where_of(queryset, alias: str) -> tuple[str, list]:
    """The WHERE clause of `queryset` as (sql, params), columns named by their tables."""
    query = queryset.query
    try:
        sql, params = query.get_compiler(using=alias).compile(query.where)
    except EmptyResultSet:
        raise Nothing from None
    return sql, list(params)


def subquery_of(queryset, alias: str) -> tuple[str, list]:
    try:
        # As a subquery of __in: no ordering (with DISTINCT it would add a column).
        sql, params = queryset.order_by().query.get_compiler(using=alias).as_sql()
    except EmptyResultSet:
        raise Nothing from None
    return sql, list(params)


@functools.cache
def public_claims(alias: str) -> tuple[str, tuple]:
    """What anonymous readers may see of claims: the rule of ClaimQuerySet.visible_to,
    compiled once per database (a test pins it to the rule)."""
    sql, params = where_of(Claim.objects.visible_to(AnonymousUser()), alias)
    return sql, tuple(params)


def rows(alias: str, sql: str, params) -> list[tuple]:
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def placeholders(values) -> str:
    return ", ".join(["%s"] * len(values))


def date_of(value) -> dt.date | None:
    """A date column as the model field gives it (SQLite may hand back text)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def datetime_of(value) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if timezone.is_naive(value):  # SQLite keeps UTC without a zone, as Django's converter knows
        value = value.replace(tzinfo=dt.UTC)
    return value


def json_of(value):
    return json.loads(value) if isinstance(value, str) else value
