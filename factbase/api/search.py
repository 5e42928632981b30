"""Full-text search over claim text: `q` on /api/claims/.

PostgreSQL: the stored, GIN-indexed `search_vector` (see the claims migration 0002),
stemmed per claim language and accent-folded, queried with websearch_to_tsquery
("exact phrase", -word, or). SQLite: a simpler search, every word (or quoted phrase)
must occur in the case- and accent-folded text, "-word" must not; no stemming beyond
substring matching ("Eskalation" also finds "Eskalationen").
"""
import re

from django.db import connection
from django.db.backends.signals import connection_created
from django.db.models import BooleanField, Expression, F, FloatField, Func, Q, Value

from factbase.claims.text import fold

# Relevance is ranked over at most this many hits (the newest), never over every hit:
# ts_rank reads each candidate's vector, which is slow on millions of rows.
RANK_CANDIDATES = 5000

# One tsquery per stemming configuration the vectors are built with, OR-ed together:
# the right-hand side stays a constant, so the GIN index serves the match.
_TSQUERY = " || ".join(
    f"websearch_to_tsquery('pg_catalog.{config}', factbase_unaccent(%s))"
    for config in ("german", "english", "french", "simple")
)
_CONFIG_COUNT = 4
_MATCH = "{vector} @@ ({tsquery})"
_RANK = "ts_rank({vector}, ({tsquery}))::float8"


class _Tsquery(Expression):
    """SQL over the search vector and the tsquery of `q`, with the vector column named
    through the alias of the query it is compiled in. RawSQL with a hard-coded
    "claims_claim" named the outer table inside ranked()'s candidate subquery, which made
    the subquery correlated (re-run for every hit) and bounded the wrong rows."""

    def __init__(self, sql: str, q: str, output_field):
        super().__init__(output_field=output_field)
        self.sql, self.q = sql, q

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        vector = f'{table}."search_vector"'
        return self.sql.format(vector=vector, tsquery=_TSQUERY), [self.q] * _CONFIG_COUNT


def matching(queryset, q: str):
    """Claims in `queryset` whose text matches the search `q`."""
    if connection.vendor == "postgresql":
        return queryset.filter(_Tsquery(_MATCH, q, output_field=BooleanField()))
    condition = Q()
    for group in _alternatives(q):
        every = Q()
        for negated, term in group:
            found = Q(_folded_text__contains=fold(term))
            every &= ~found if negated else found
        condition |= every
    return queryset.annotate(_folded_text=Func(F("text"), function="factbase_fold")).filter(condition)


def ranked(queryset, q: str):
    """The newest RANK_CANDIDATES matches annotated with `rank` (higher is more relevant).
    SQLite has no ranking: every match ranks 1."""
    candidates = queryset.order_by("-id").values("pk")[:RANK_CANDIDATES]
    bounded = queryset.filter(pk__in=candidates)
    if connection.vendor == "postgresql":
        return bounded.annotate(rank=_Tsquery(_RANK, q, output_field=FloatField()))
    return bounded.annotate(rank=Value(1.0, output_field=FloatField()))


def match_sql(q: str, vector: str) -> tuple[str, list]:
    """matching() on PostgreSQL as SQL over the search vector column `vector` (the lean read path)."""
    return _MATCH.format(vector=vector, tsquery=_TSQUERY), [q] * _CONFIG_COUNT


def rank_sql(q: str, vector: str, vendor: str) -> tuple[str, list]:
    """ranked()'s rank as SQL over `vector`: SQLite has no ranking, every match ranks 1."""
    if vendor == "postgresql":
        return _RANK.format(vector=vector, tsquery=_TSQUERY), [q] * _CONFIG_COUNT
    return "1.0", []


_TERM = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


def _alternatives(q: str) -> list[list[tuple[bool, str]]]:
    """A web-search query as alternatives (split at a bare "or"), each a list of
    (negated, word or phrase) that must all hold."""
    groups = [[]]
    for match in _TERM.finditer(q):
        if match.group(4) is not None and match.group(4).lower() == "or" and not match.group(3):
            groups.append([])
            continue
        negated = bool(match.group(1) or match.group(3))
        term = (match.group(2) if match.group(2) is not None else match.group(4)).strip()
        if term:
            groups[-1].append((negated, term))
    return [group for group in groups if group]


def _register_sqlite_fold(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("factbase_fold", 1, fold, deterministic=True)


connection_created.connect(_register_sqlite_fold, dispatch_uid="factbase_api_sqlite_fold")
