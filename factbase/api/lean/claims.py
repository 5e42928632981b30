"""Claims as ClaimSerializer and ClaimDetailSerializer show them, read with plain SQL:
one query for a page of claims (speaker and verdict joined, appearance count a
subquery), one for their topics, one for their earliest appearances."""
from factbase.claims.dates import PartialDate
from factbase.claims.models import Review

from .sql import date_of, json_of, placeholders, public_claims, rows

CLAIM = '"claims_claim"'
# The columns a list shows, in the order claim_json() reads them.
CLAIM_COLUMNS = f"""{CLAIM}."id", {CLAIM}."text", {CLAIM}."kind", {CLAIM}."language", {CLAIM}."said_on",
    {CLAIM}."said_on_precision", {CLAIM}."place", {CLAIM}."status", {CLAIM}."role", {CLAIM}."created",
    "claims_speaker"."slug", "claims_speaker"."name", "claims_speaker"."kind",
    "claims_review"."claim_id", "claims_review"."rating", "claims_review"."attribution",
    "claims_review"."explanation", "claims_review"."reviewed_on",
    COALESCE((SELECT COUNT(*) FROM "claims_appearance" U0 WHERE U0."claim_id" = {CLAIM}."id"), 0)"""
CLAIM_JOINS = f"""INNER JOIN "claims_speaker" ON {CLAIM}."speaker_id" = "claims_speaker"."id"
    LEFT OUTER JOIN "claims_review" ON {CLAIM}."verdict_id" = "claims_review"."id\""""
CREATED = 9  # index of `created` in a claim row

_SOURCE = """"claims_source"."id", "claims_source"."title", "claims_source"."url", "claims_source"."outlet",
    "claims_source"."published_on", "claims_source"."published_on_precision\""""
_EARLIEST_FIRST = '"claims_source"."published_on" ASC NULLS LAST, "claims_appearance"."id" ASC'
FIRST_APPEARANCES = f"""SELECT "claims_appearance"."claim_id", "claims_appearance"."context", {_SOURCE}
    FROM "claims_appearance" INNER JOIN "claims_source" ON "claims_appearance"."source_id" = "claims_source"."id"
    WHERE "claims_appearance"."claim_id" IN ({{ids}}) AND "claims_appearance"."id" = (
        SELECT U0."id" FROM "claims_appearance" U0 INNER JOIN "claims_source" U1 ON U0."source_id" = U1."id"
        WHERE U0."claim_id" = "claims_appearance"."claim_id"
        ORDER BY U1."published_on" ASC NULLS LAST, U0."id" ASC LIMIT 1)"""
TOPICS = """SELECT "claims_claim_topics"."claim_id", "claims_topic"."slug", "claims_topic"."name"
    FROM "claims_claim_topics" INNER JOIN "claims_topic" ON "claims_claim_topics"."topic_id" = "claims_topic"."id"
    WHERE "claims_claim_topics"."claim_id" IN ({ids})
    ORDER BY "claims_topic"."name" ASC, "claims_claim_topics"."topic_id" ASC"""
APPEARANCES = f"""SELECT "claims_appearance"."id", "claims_appearance"."context", "claims_appearance"."start",
    "claims_appearance"."end", "claims_appearance"."printed_text", {_SOURCE}
    FROM "claims_appearance" INNER JOIN "claims_source" ON "claims_appearance"."source_id" = "claims_source"."id"
    WHERE "claims_appearance"."claim_id" = %s ORDER BY {_EARLIEST_FIRST}"""
PUBLISHED_REVIEWS = """SELECT "id", "rating", "attribution", "explanation", "evidence_links", "reviewed_on", "published"
    FROM "claims_review" WHERE "claim_id" = %s AND "published" ORDER BY "reviewed_on" DESC, "id" DESC"""


class Links:
    """The claim URLs of one request, as ClaimSerializer writes them (DRF's reverse keeps ?format=)."""

    def __init__(self, list_url: str):
        self.path, _, query = list_url.partition("?")
        self.query = f"?{query}" if query else ""

    def claim(self, pk, action: str = "") -> str:
        return f"{self.path}{pk}/{action}{self.query}"


def _iso(value) -> str | None:
    value = date_of(value)
    return value.isoformat() if value else None


def source_json(row) -> dict:
    """source_summary() of api/serializers.py, from (id, title, url, outlet, published_on, precision)."""
    pk, title, url, outlet, published_on, precision = row
    return {"id": pk, "title": title, "url": url, "outlet": outlet, "published_on": _iso(published_on),
            "published_on_precision": precision or None}


def claim_json(row, topics: list, first, links: Links) -> dict:
    """ClaimSerializer.to_representation of one row of CLAIM_COLUMNS."""
    (pk, text, kind, language, said_on, precision, place, status, role, _created, speaker_slug, speaker_name,
     speaker_kind, verdict_claim, rating, attribution, explanation, reviewed_on, appearance_count) = row
    said_on = date_of(said_on)
    said = PartialDate.of(said_on, precision)
    return {
        "id": pk,
        "url": links.claim(pk),
        "text": text,
        "kind": kind,
        "language": language,
        "said_on": said_on.isoformat() if said_on else None,
        "said_on_precision": precision or None,
        "said_on_display": said.display("en") if said else None,
        "said_on_iso": said.isoformat() if said else None,
        "place": place,
        "status": status,
        "speaker": {"slug": speaker_slug, "name": speaker_name, "kind": speaker_kind, "role": role},
        "first_appearance": first,
        "appearance_count": appearance_count,
        "topics": topics,
        "verdict": None if verdict_claim is None else {
            "rating": rating,
            "rating_display": _label(Review.Rating, rating),
            "attribution": attribution,
            "attribution_display": _label(Review.Attribution, attribution),
            "explanation": explanation,
            "reviewed_on": _iso(reviewed_on),
            "url": links.claim(verdict_claim, "claimreview/"),
        },
    }


_LABELS = {Review.Rating: dict(Review.Rating.choices), Review.Attribution: dict(Review.Attribution.choices)}


def _label(choices, value) -> str:
    """What get_FOO_display() gives: the (translated) label, or the value itself when it is no choice."""
    label = _LABELS[choices].get(value)
    return str(label) if label is not None else value


def claims_json(alias: str, claim_rows: list, links: Links) -> list[dict]:
    """A list's claims, with their topics and earliest appearances (two queries)."""
    if not claim_rows:
        return []
    ids = [row[0] for row in claim_rows]
    marks = placeholders(ids)
    topics, firsts = {}, {}
    for claim_id, slug, name in rows(alias, TOPICS.format(ids=marks), ids):
        topics.setdefault(claim_id, []).append({"slug": slug, "name": name})
    for claim_id, context, *source in rows(alias, FIRST_APPEARANCES.format(ids=marks), ids):
        firsts[claim_id] = {"source": source_json(source), "context": context}
    return [claim_json(row, topics.get(row[0], []), firsts.get(row[0]), links) for row in claim_rows]


def claim_rows_by_id(alias: str, ids: list) -> list[tuple]:
    """Claim rows of `ids` (already known to be visible), in no particular order."""
    if not ids:
        return []
    return rows(alias, f"SELECT {CLAIM_COLUMNS} FROM {CLAIM} {CLAIM_JOINS} WHERE {CLAIM}.\"id\" IN "
                       f"({placeholders(ids)})", ids)


def claim_detail_json(alias: str, pk: int, links: Links) -> dict | None:
    """ClaimDetailSerializer's representation of a published claim for anonymous readers,
    or None when there is no such claim (the DRF view then answers its 404)."""
    visible, params = public_claims(alias)
    found = rows(alias, f"SELECT {CLAIM_COLUMNS} FROM {CLAIM} {CLAIM_JOINS} WHERE {visible} AND {CLAIM}.\"id\" = %s",
                 [*params, pk])
    if not found:
        return None
    topics = [{"slug": slug, "name": name} for _, slug, name in rows(alias, TOPICS.format(ids="%s"), [pk])]
    appearances = [
        {"id": appearance_id, "source": source_json(source), "context": context, "start": start, "end": end,
         "printed_text": printed_text}
        for appearance_id, context, start, end, printed_text, *source in rows(alias, APPEARANCES, [pk])
    ]
    first = appearances[0] and {"source": appearances[0]["source"], "context": appearances[0]["context"]} \
        if appearances else None
    data = claim_json(found[0], topics, first, links)
    data["appearances"] = appearances
    data["reviews"] = [
        {"id": review_id, "rating": rating, "rating_display": _label(Review.Rating, rating),
         "attribution": attribution, "attribution_display": _label(Review.Attribution, attribution),
         "explanation": explanation, "evidence_links": [str(link) for link in json_of(links_json) or []],
         "reviewed_on": _iso(reviewed_on), "published": bool(published)}
        for review_id, rating, attribution, explanation, links_json, reviewed_on, published
        in rows(alias, PUBLISHED_REVIEWS, [pk])
    ]
    return data
