"""The querysets the API views serialise from: every relation a page shows, fetched in a
fixed number of queries whatever the page size."""
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce

from factbase.claims.models import Appearance, Review


def _first_appearances():
    # Each claim's earliest appearance only, however many sources quote it (Quotebank
    # claims can have hundreds): the prefetch keeps rows that are their claim's first.
    earliest = (
        Appearance.objects.filter(claim=OuterRef("claim"))
        .order_by(F("source__published_on").asc(nulls_last=True), "id")
        .values("id")[:1]
    )
    return Appearance.objects.filter(id=Subquery(earliest)).select_related("source")


def claims_for_list(queryset):
    """Query 1: the claims with speaker and verdict joined and appearance_count as a
    subquery; query 2: their topics; query 3: their first appearances with sources."""
    appearance_count = (
        Appearance.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(n=Count("pk")).values("n")
    )
    return queryset.select_related("speaker", "verdict").annotate(
        appearance_count=Coalesce(Subquery(appearance_count, output_field=IntegerField()), 0)
    ).prefetch_related(
        "topics",
        Prefetch("appearances", queryset=_first_appearances(), to_attr="first_appearances"),
    )


def claims_for_detail(queryset, *, all_reviews: bool):
    """A list claim plus every appearance (earliest first) and its review history."""
    reviews = Review.objects.order_by("-reviewed_on", "-id")
    if not all_reviews:
        reviews = reviews.filter(published=True)
    return claims_for_list(queryset).prefetch_related(
        Prefetch("appearances", queryset=Appearance.objects.select_related("source")
                 .order_by(F("source__published_on").asc(nulls_last=True), "id")),
        Prefetch("reviews", queryset=reviews, to_attr="visible_reviews"),
    )


