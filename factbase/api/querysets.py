"""The querysets the API views serialise from: every relation a page shows, fetched in a
fixed number of queries whatever the page size."""
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce

from factbase.claims.models import Appearance, Review

# What a list shows (ClaimSerializer): loading only these skips each source's archived full
# text (kilobytes an article, once per claim on a page), the claim's search vector and timestamps.
CLAIM_LIST_FIELDS = (
    "text", "kind", "language", "said_on", "said_on_precision", "place", "status", "role", "created",
    "speaker__slug", "speaker__name", "speaker__kind",
    "verdict__claim_id", "verdict__rating", "verdict__attribution", "verdict__explanation", "verdict__reviewed_on",
)
SOURCE_SUMMARY_FIELDS = ("id", "title", "url", "outlet", "published_on", "published_on_precision")
EARLIEST_FIRST = (F("source__published_on").asc(nulls_last=True), "id")


def _appearances_with_sources():
    return Appearance.objects.select_related("source").only(
        "claim", "context", "start", "end", "printed_text", *(f"source__{name}" for name in SOURCE_SUMMARY_FIELDS)
    )


def _with_relations(claims, appearances):
    """Query 1: the claims with speaker and verdict joined and appearance_count as a
    subquery; query 2: their topics; query 3: `appearances` (earliest first) with their
    sources, as each claim's `appearances_earliest_first`."""
    appearance_count = (
        Appearance.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(n=Count("pk")).values("n")
    )
    return claims.select_related("speaker", "verdict").annotate(
        appearance_count=Coalesce(Subquery(appearance_count, output_field=IntegerField()), 0)
    ).prefetch_related(
        "topics",
        Prefetch("appearances", queryset=appearances.order_by(*EARLIEST_FIRST), to_attr="appearances_earliest_first"),
    )


def claims_for_list(queryset):
    """Claims as lists show them: with only each claim's earliest appearance (Quotebank
    claims can have hundreds), picked in SQL."""
    earliest = Appearance.objects.filter(claim=OuterRef("claim")).order_by(*EARLIEST_FIRST).values("id")[:1]
    first_appearances = _appearances_with_sources().filter(id=Subquery(earliest))
    return _with_relations(queryset.only(*CLAIM_LIST_FIELDS), first_appearances)


def claims_for_detail(queryset, *, all_reviews: bool):
    """One claim with every appearance and its review history. The claim is loaded whole:
    updates save it and record its history."""
    reviews = Review.objects.order_by("-reviewed_on", "-id")
    if not all_reviews:
        reviews = reviews.filter(published=True)
    return _with_relations(queryset, _appearances_with_sources()).prefetch_related(
        Prefetch("reviews", queryset=reviews, to_attr="visible_reviews"),
    )
