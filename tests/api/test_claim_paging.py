"""Cursor (keyset) paging: every claim exactly once, in order, forwards and backwards."""
import datetime as dt

import pytest

from factbase.claims.models import Claim
from tests.factories import ClaimFactory, SpeakerFactory


@pytest.fixture
def many(db):
    """23 synthetic claims with tied dates, month and year precision, and no date."""
    speaker = SpeakerFactory()
    dates = [dt.date(2024, 11, 13), dt.date(2024, 11, 1), None, dt.date(2023, 1, 1), dt.date(2024, 12, 24)]
    for n in range(23):
        ClaimFactory(speaker=speaker, said_on=dates[n % 5], said_on_precision="" if dates[n % 5] is None else "day")
    return Claim.objects.published()


def _walk(client, url, link="next"):
    pages, seen = 0, []
    while url:
        body = client.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body[link]
        pages += 1
    return seen, pages


def _expected(claims, field, descending):
    # A missing date sorts after every date: first when newest-first, last when oldest-first.
    def key(claim):
        value = getattr(claim, field)
        return (value is None, value or dt.date.min, claim.pk)
    ordered = sorted(claims, key=key, reverse=descending)
    return [claim.pk for claim in ordered]


@pytest.mark.parametrize(("ordering", "field", "descending"), [
    ("-said_on", "said_on", True), ("said_on", "said_on", False),
    ("-created", "created", True), ("created", "created", False),
])
def test_paging_visits_every_claim_once_in_order(anonymous, many, ordering, field, descending):
    seen, pages = _walk(anonymous, f"/api/claims/?ordering={ordering}&page_size=4")
    assert seen == _expected(many, field, descending)
    assert pages == 6


def test_default_order_is_newest_first_with_undated_claims_first(anonymous, many):
    seen, _ = _walk(anonymous, "/api/claims/?page_size=5")
    assert seen == _expected(many, "said_on", True)
    assert Claim.objects.get(pk=seen[0]).said_on is None


def test_previous_links_walk_back_over_the_same_pages(anonymous, many):
    forward, url = [], "/api/claims/?page_size=4"
    while url:
        body = anonymous.get(url).json()
        forward.append([row["id"] for row in body["results"]])
        last_previous, url = body["previous"], body["next"]
    backward, url = [], last_previous
    while url:
        body = anonymous.get(url).json()
        backward.append([row["id"] for row in body["results"]])
        url = body["previous"]
    assert list(reversed(backward)) == forward[:-1]


def test_the_first_page_has_no_previous_link_and_the_last_no_next(anonymous, many):
    first = anonymous.get("/api/claims/?page_size=50").json()
    assert first["previous"] is None and first["next"] is None
    assert len(first["results"]) == 23


def test_page_size_defaults_to_50_and_allows_200(anonymous, db):
    ClaimFactory.create_batch(60)
    assert len(anonymous.get("/api/claims/").json()["results"]) == 50
    assert len(anonymous.get("/api/claims/?page_size=200").json()["results"]) == 60
