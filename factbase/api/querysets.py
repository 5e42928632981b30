"""The querysets the API views serialise from: every relation a page shows, fetched in a
fixed number of queries whatever the page size."""
from itertools import islice
from typing import NamedTuple

from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.db.models.query import ModelIterable

from factbase.claims.models import Appearance, Claim, Review

# What a list shows (ClaimSerializer): loading only these skips each source's archived full
# text (kilobytes an article, once per claim on a page), the claim's search vector and timestamps.
CLAIM_LIST_FIELDS = (
    "text", "kind", "language", "said_on", "said_on_precision", "place", "status", "role", "created",
    "speaker__slug", "speaker__name", "speaker__kind",
    "verdict__claim_id", "verdict__rating", "verdict__attribution", "verdict__explanation", "verdict__reviewed_on",
)
SOURCE_SUMMARY_FIELDS = ("id", "title", "url", "outlet", "published_on", "published_on_precision")
EARLIEST_FIRST = (F("source__published_on").asc(nulls_last=True), "id")
RELATIONS_BATCH = 1000


class TopicSummary(NamedTuple):
    """A listed claim's topic: what a list shows of it, without a model instance."""

    slug: str
    name: str


def appearances_with_sources():
    """Appearances with what the API shows of them and of their sources (not the archived text)."""
    return Appearance.objects.select_related("source").only(
        "claim", "context", "start", "end", "printed_text", *(f"source__{name}" for name in SOURCE_SUMMARY_FIELDS)
    )


def _with_speaker_verdict_and_count(claims):
    appearance_count = (
        Appearance.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(n=Count("pk")).values("n")
    )
    return claims.select_related("speaker", "verdict").annotate(
        appearance_count=Coalesce(Subquery(appearance_count, output_field=IntegerField()), 0)
    )


class _ClaimsWithListRelations(ModelIterable):
    """Claims with `listed_topics` and `appearances_earliest_first` (their earliest appearance
    only: Quotebank claims can have hundreds) set, in two queries per batch of claims read.
    Django's prefetch_related did the same at three times the cost of the claims' own query
    (a related manager and queryset per claim; bench/)."""

    def __iter__(self):
        claims = super().__iter__()
        while batch := list(islice(claims, max(self.chunk_size, RELATIONS_BATCH))):
            _attach_list_relations(batch)
            yield from batch


def _attach_list_relations(claims: list) -> None:
    ids = [claim.pk for claim in claims]
    topics, firsts = {}, {}
    links = Claim.topics.through.objects.filter(claim_id__in=ids).order_by("topic__name", "topic_id")
    for claim_id, slug, name in links.values_list("claim_id", "topic__slug", "topic__name"):
        topics.setdefault(claim_id, []).append(TopicSummary(slug, name))
    earliest = Appearance.objects.filter(claim=OuterRef("claim")).order_by(*EARLIEST_FIRST).values("id")[:1]
    for appearance in appearances_with_sources().filter(claim_id__in=ids, id=Subquery(earliest)):
        firsts[appearance.claim_id] = [appearance]
    for claim in claims:
        claim.listed_topics = topics.get(claim.pk, [])
        claim.appearances_earliest_first = firsts.get(claim.pk, [])


def claims_for_list(queryset):
    """Claims as lists show them: one query for the claims with speaker, verdict and
    appearance count, then two for their topics and earliest appearances, however the
    queryset is read (a page, a sample, an export's chunks)."""
    claims = _with_speaker_verdict_and_count(queryset.only(*CLAIM_LIST_FIELDS))
    claims._iterable_class = _ClaimsWithListRelations  # how Django's own .values() swaps the row type
    return claims


def claims_for_detail(queryset, *, user):
    """One claim with its topics, every appearance (earliest first) and the review history
    `user` may see. The claim is loaded whole: updates save it and record its history."""
    reviews = Review.objects.visible_to(user).order_by("-reviewed_on", "-id")
    return _with_speaker_verdict_and_count(queryset).prefetch_related(
        Prefetch("topics", to_attr="listed_topics"),
        Prefetch("appearances", queryset=appearances_with_sources().order_by(*EARLIEST_FIRST),
                 to_attr="appearances_earliest_first"),
        Prefetch("reviews", queryset=reviews, to_attr="visible_reviews"),
    )
