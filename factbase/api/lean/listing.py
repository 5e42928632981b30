"""/api/claims/ for anonymous readers: the ClaimFilter parameters (validated by its own form)
as a WHERE clause, cursor pages and samples as ClaimCursorPagination and the view make them.

The hot filters (speaker, topic, source, kind, language, verdict, search) are SQL written
here; the rarer ones (speaker_name, outlet, dates; the search on SQLite) compile their
Q from the domain's querysets, so each rule has one definition."""
from django.db import connections
from django_filters.constants import EMPTY_VALUES

from factbase.claims.models import Appearance, Claim, Speaker

from .. import search
from .claims import CLAIM, CLAIM_COLUMNS, CLAIM_JOINS, CREATED, claim_rows_by_id
from .sql import Nothing, placeholders, public_claims, rows, subquery_of, where_of

REVIEW_JOIN = f'LEFT OUTER JOIN "claims_review" ON {CLAIM}."verdict_id" = "claims_review"."id"'


class Where:
    """The conditions of one request, ANDed; `review` when they need the verdict joined."""

    def __init__(self, alias: str):
        self.alias, self.parts, self.params, self.review = alias, [], [], False

    def add(self, sql: str, params=()):
        self.parts.append(sql)
        self.params.extend(params)

    def add_queryset(self, queryset):
        sql, params = where_of(queryset, self.alias)
        if sql:
            self.add(f"({sql})", params)

    @property
    def sql(self) -> str:
        return " AND ".join(self.parts) or "1 = 1"


def ids_of(alias: str, table: str, slugs: list) -> list[int]:
    return [pk for (pk,) in rows(alias, f'SELECT "id" FROM "{table}" WHERE "slug" IN ({placeholders(slugs)})', slugs)]


def claim_where(alias: str, data: dict) -> Where:
    """The cleaned ClaimFilter parameters as SQL over claims_claim, in ClaimFilter's order
    (relevance bounds its candidates by all the others). Raises Nothing for a filter
    that matches no row."""
    where = Where(alias)
    visible, params = public_claims(alias)
    where.add(visible, params)

    def given(name):
        return data.get(name) not in EMPTY_VALUES

    if given("speaker"):
        # Ids as constants, as ClaimFilter.filter_speaker does (the planner then knows the speaker).
        speaker_ids = ids_of(alias, "claims_speaker", data["speaker"])
        if not speaker_ids:
            raise Nothing
        where.add(f'{CLAIM}."speaker_id" IN ({placeholders(speaker_ids)})', speaker_ids)
    if given("speaker_name"):
        sql, params = subquery_of(Speaker.objects.matching_name(data["speaker_name"]).values("pk"), alias)
        where.add(f'{CLAIM}."speaker_id" IN ({sql})', params)
    if given("topic"):
        topic_ids = ids_of(alias, "claims_topic", data["topic"])
        if not topic_ids:
            raise Nothing
        where.add(f'{CLAIM}."id" IN (SELECT U0."claim_id" FROM "claims_claim_topics" U0 '
                  f'WHERE U0."topic_id" IN ({placeholders(topic_ids)}))', topic_ids)
    if given("source"):
        where.add(f'{CLAIM}."id" IN (SELECT U0."claim_id" FROM "claims_appearance" U0 WHERE U0."source_id" = %s)',
                  [int(data["source"])])
    if given("outlet"):
        sql, params = subquery_of(Appearance.objects.filter(source__outlet__iexact=data["outlet"]).values("claim_id"),
                                  alias)
        where.add(f'{CLAIM}."id" IN ({sql})', params)
    for name in ("kind", "language"):
        if given(name):
            where.add(f'{CLAIM}."{name}" = %s', [data[name]])
    for name in ("rating", "attribution"):
        if given(name):
            where.add(f'"claims_review"."{name}" IN ({placeholders(data[name])})', data[name])
            where.review = True
    if given("reviewed"):
        where.add(f'{CLAIM}."verdict_id" IS {"NOT " if data["reviewed"] == "true" else ""}NULL')
    if given("said_after") or given("said_before"):
        after, before = data.get("said_after"), data.get("said_before")
        where.add_queryset(Claim.objects.said_between(after.start if after else None, before.end if before else None))
    if given("q"):
        if connections[alias].vendor == "postgresql":
            sql, params = search.match_sql(data["q"], f'{CLAIM}."search_vector"')
            where.add(sql, params)
        else:
            where.add_queryset(search.matching(Claim.objects.all(), data["q"]))
    if given("status"):
        where.add(f'{CLAIM}."status" = %s', [data["status"]])
    if data.get("ordering") == "relevance":
        # search.ranked(): the newest RANK_CANDIDATES matches of every filter above.
        joins = REVIEW_JOIN if where.review else ""
        where.add(f'{CLAIM}."id" IN (SELECT * FROM (SELECT {CLAIM}."id" FROM {CLAIM} {joins} WHERE {where.sql} '
                  f'ORDER BY {CLAIM}."id" DESC LIMIT {search.RANK_CANDIDATES}) candidates)', list(where.params))
    return where


def _after(column: str, value, pk: int, descending: bool) -> tuple[str, list]:
    """ClaimCursorPagination._after as SQL: rows strictly after (value, pk) in the walk
    order; NULL sorts after every value ascending, before every value descending."""
    if descending:
        if value is None:
            return f'(({column} IS NULL AND {CLAIM}."id" < %s) OR {column} IS NOT NULL)', [pk]
        return f'({column} <= %s AND ({column} < %s OR {CLAIM}."id" < %s))', [value, value, pk]
    if value is None:
        return f'({column} IS NULL AND {CLAIM}."id" > %s)', [pk]
    return f'(({column} >= %s AND ({column} > %s OR {CLAIM}."id" > %s)) OR {column} IS NULL)', [value, value, pk]


def page(alias: str, where: Where, *, field: str, descending: bool, position: dict | None, cursor_value,
         size: int, q: str | None) -> tuple[list[tuple], list]:
    """Up to size + 1 claim rows after the cursor in the walk order, and each row's sort value
    (the cursor of the next link). With a search the hits are sorted bare for the page's ids,
    then only those claims are read (ClaimCursorPagination._search_page)."""
    backwards = bool(position and position.get("back"))
    walk_descending = descending != backwards
    column = f'{CLAIM}."{field}"'
    # With a search, sort the hits rather than walk the date index (ClaimCursorPagination).
    key = f"COALESCE({column}, {column})" if q and field != "rank" else column
    order = (f'{key} DESC NULLS FIRST, {CLAIM}."id" DESC' if walk_descending
             else f'{key} ASC NULLS LAST, {CLAIM}."id" ASC')
    conditions, params = where.sql, list(where.params)
    if position:
        after_sql, after_params = _after(column, cursor_value, position["id"], walk_descending)
        conditions, params = f"{conditions} AND {after_sql}", params + after_params
    if not q:
        found = rows(alias, f"SELECT {CLAIM_COLUMNS} FROM {CLAIM} {CLAIM_JOINS} WHERE {conditions} "
                            f"ORDER BY {order} LIMIT {size + 1}", params)
        index = 4 if field == "said_on" else CREATED
        return found, [row[index] for row in found]
    joins = REVIEW_JOIN if where.review else ""
    if field == "rank":
        # The ranked candidates as a table of (id, rank) under the claims table's name, so
        # the cursor condition and the order read like the date orderings'.
        rank, rank_params = search.rank_sql(q, f'{CLAIM}."search_vector"', connections[alias].vendor)
        source = (f'(SELECT {CLAIM}."id", {rank} AS "rank" FROM {CLAIM} {joins} WHERE {where.sql}) {CLAIM}')
        cursor_sql = after_sql if position else "1 = 1"
        statement = f'SELECT {CLAIM}."id", {column} FROM {source} WHERE {cursor_sql} ORDER BY {order} LIMIT {size + 1}'
        found = rows(alias, statement, [*rank_params, *where.params, *(after_params if position else [])])
    else:
        found = rows(alias, f"SELECT {CLAIM}.\"id\", {column} FROM {CLAIM} {joins} WHERE {conditions} "
                            f"ORDER BY {order} LIMIT {size + 1}", params)
    by_id = {row[0]: row for row in claim_rows_by_id(alias, [pk for pk, _ in found])}
    kept = [(pk, value) for pk, value in found if pk in by_id]  # unless deleted in between
    return [by_id[pk] for pk, _ in kept], [value for _, value in kept]


def sample(alias: str, where: Where, size: int, start: float) -> list[tuple]:
    """`size` claim rows at or after `start` in random_key order, wrapping around at 1.0
    (ClaimViewSet._sample)."""
    base = f"SELECT {CLAIM_COLUMNS} FROM {CLAIM} {CLAIM_JOINS} WHERE {where.sql} AND {CLAIM}.\"random_key\" "
    order = f'ORDER BY {CLAIM}."random_key" ASC, {CLAIM}."id" ASC'
    found = rows(alias, f"{base}>= %s {order} LIMIT {size}", [*where.params, start])
    if len(found) < size:
        found += rows(alias, f"{base}< %s {order} LIMIT {size - len(found)}", [*where.params, start])
    return found
