"""The lean read path (factbase/api/lean/) answers exactly what the DRF views and serializers
answer: the same status, JSON and headers for every filter, ordering, page, sample and
claim, on SQLite and PostgreSQL; and it serves the public only what the public may see."""
import datetime as dt
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from factbase.api.lean import views as lean_views
from factbase.claims.models import Claim
from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SourceFactory, SpeakerFactory

HEADERS = ("Content-Type", "Cache-Control", "Vary", "Allow")


@pytest.fixture
def varied(corpus):
    """The API corpus plus claims with every kind of field: a role, an undated source without
    URL, several appearances and reviews (one unpublished, several evidence links), hostile
    text, a retracted claim and an unconfirmed speaker's draft (neither public)."""
    eve = SpeakerFactory(name="Speaker Eve", slug="speaker-eve")
    undated = SourceFactory(outlet="Undated Example", url=None, published_on=None, published_on_precision="")
    roled = ClaimFactory(speaker=eve, text='Synthetic "quoted" <b>words</b>\u2028 with a line separator & turnips.',
                         role="Synthetic Minister", place="Synthetic City", said_on=dt.date(2022, 5, 1),
                         said_on_precision="month", language="en")
    for source in (undated, SourceFactory(published_on=dt.date(2021, 1, 1), published_on_precision="year")):
        AppearanceFactory(claim=roled, source=source, start=3, end=9, printed_text="Synthetic printed words")
    ReviewFactory(claim=roled, rating="mostly-true", attribution="out-of-context", reviewed_on=dt.date(2023, 1, 2),
                  evidence_links=["https://evidence.example/a", "https://evidence.example/b"])
    ReviewFactory(claim=roled, rating="pants-on-fire", reviewed_on=dt.date(2023, 3, 4))
    ReviewFactory(claim=roled, rating="false", reviewed_on=dt.date(2023, 5, 6), published=False)
    ClaimFactory(speaker=eve, text="Synthetic retracted turnips.", status=Claim.Status.RETRACTED)
    ClaimFactory(speaker=SpeakerFactory(slug="speaker-unconfirmed", confirmed=False),
                 text="Synthetic unconfirmed turnips.", status=Claim.Status.DRAFT)
    return {**corpus, "roled": roled}


def both(client, settings, url):
    """The response of the lean path and of DRF alone to the same anonymous request."""
    with mock.patch.object(lean_views, "json_response", wraps=lean_views.json_response) as served:
        settings.API_LEAN_READS = True
        lean = client.get(url)
    settings.API_LEAN_READS = False
    drf = client.get(url)
    settings.API_LEAN_READS = True
    return lean, drf, served.called


def assert_same(lean, drf):
    assert lean.status_code == drf.status_code, (lean.content, drf.content)
    assert lean.json() == drf.json()
    for header in HEADERS:
        assert lean.get(header) == drf.get(header), header


LIST_QUERIES = [
    "", "format=json", "page_size=2", "page_size=200", "speaker=speaker-ada", "speaker=speaker-ada&speaker=speaker-bob",
    "speaker=nobody", "speaker_name=ada ammala", "speaker_name=nobody", "topic=alpha", "topic=alpha&topic=beta",
    "topic=nothing", "kind=indirect", "language=en", "rating=false", "rating=false&rating=true",
    "attribution=verified", "reviewed=true", "reviewed=false", "said_after=2024-11-20", "said_before=2024-11",
    "said_after=2024&said_before=2024-11-15", "q=turnips", "q=turnips -only", 'q="undated saying"',
    "q=turnips or carrots", "q=turnips&ordering=relevance", "q=turnips&ordering=said_on", "ordering=said_on",
    "ordering=-created", "ordering=created", "status=draft", "status=published", "source={source}",
    "outlet=weekly example", "outlet=WEEKLY EXAMPLE&kind=direct", "sample=3&seed=5", "sample=50&seed=1",
    "sample=2&seed=9&topic=alpha", "sample=2&seed=3&page_size=lots", "unknown=1",
]


@pytest.mark.parametrize("query", LIST_QUERIES)
def test_a_claim_list_is_what_drf_answers(anonymous, varied, settings, query):
    source = varied["ada-day"].appearances.first().source_id
    lean, drf, served = both(anonymous, settings, "/api/claims/?" + query.format(source=source))
    assert served
    assert_same(lean, drf)


@pytest.mark.parametrize("ordering", ["", "said_on", "-created", "created", "relevance"])
@pytest.mark.parametrize("query", ["", "q=synthetic", "speaker=speaker-ada"])
def test_every_page_forwards_and_back_is_what_drf_answers(anonymous, varied, settings, ordering, query):
    if ordering == "relevance" and "q=" not in query:
        pytest.skip("relevance needs a search")
    url, pages = f"/api/claims/?page_size=2&{query}&ordering={ordering or '-said_on'}", 0
    last = None
    while url:
        lean, drf, served = both(anonymous, settings, url)
        assert served
        assert_same(lean, drf)
        last, url, pages = url, lean.json()["next"], pages + 1
    assert pages >= 2 or query
    back = anonymous.get(last).json()["previous"]
    while back:
        lean, drf, served = both(anonymous, settings, back)
        assert_same(lean, drf)
        back = lean.json()["previous"]


def test_every_claim_detail_is_what_drf_answers(anonymous, varied, settings):
    for claim in Claim.objects.all():
        lean, drf, served = both(anonymous, settings, f"/api/claims/{claim.pk}/")
        assert served == (claim.status == Claim.Status.PUBLISHED)
        assert_same(lean, drf)
    lean, drf, _ = both(anonymous, settings, f"/api/claims/{varied['roled'].pk}/?format=json")
    assert_same(lean, drf)
    detail = lean.json()
    assert [review["rating"] for review in detail["reviews"]] == ["pants-on-fire", "mostly-true"]
    assert detail["appearances"][0]["source"]["published_on_precision"] == "year"
    assert detail["url"].endswith("?format=json")


@pytest.mark.parametrize("url", [
    "/api/claims/999999/", "/api/claims/abc/", "/api/claims/99999999999999999999999/", "/api/claims/?cursor=bad",
    "/api/claims/?page_size=0", "/api/claims/?said_after=yesterday&rating=maybe", "/api/claims/?ordering=relevance",
])
def test_errors_are_drfs_own(anonymous, varied, settings, url):
    lean, drf, served = both(anonymous, settings, url)
    assert not served
    assert lean.status_code in (400, 404)
    assert_same(lean, drf)


@pytest.mark.parametrize(("url", "headers"), [
    ("/api/claims/", {"HTTP_ACCEPT": "text/html"}),
    ("/api/claims/?format=csv", {}),
    ("/api/claims/?format=api", {}),
    ("/api/claims/", {"HTTP_ACCEPT": "application/json; indent=4"}),
    ("/api/claims.json", {}),
])
def test_the_browsable_api_exports_and_json_options_stay_with_drf(anonymous, varied, url, headers):
    with mock.patch.object(lean_views, "json_response") as served:
        assert anonymous.get(url, **headers).status_code == 200
    assert not served.called


def test_curators_get_drf_and_see_drafts(editor_client, varied):
    with mock.patch.object(lean_views, "json_response") as served:
        ids = {row["id"] for row in editor_client.get("/api/claims/?page_size=200").json()["results"]}
    assert not served.called
    assert varied["cyd-draft"].pk in ids


def test_the_public_sees_exactly_what_visible_to_allows(anonymous, varied):
    seen, url = [], "/api/claims/?page_size=3"
    while url:
        body = anonymous.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(Claim.objects.visible_to(AnonymousUser()).values_list("pk", flat=True))
    assert len(seen) < Claim.objects.count()


def test_a_throttled_client_gets_drfs_429(anonymous, varied, settings):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import AnonRateThrottle

    with mock.patch.dict(api_settings.DEFAULT_THROTTLE_RATES, {"anon": "2/minute"}), \
            mock.patch.object(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"}):
        from django.core.cache import cache

        cache.clear()
        statuses = [anonymous.get("/api/claims/").status_code for _ in range(4)]
    assert statuses[:2] == [200, 200] and statuses[2:] == [429, 429]


def test_links_keep_the_host_and_query(anonymous, varied, settings):
    settings.ALLOWED_HOSTS = ["api.example"]
    body = anonymous.get("/api/claims/?page_size=1&topic=alpha", HTTP_HOST="api.example").json()
    parts = urlsplit(body["next"])
    assert parts.netloc == "api.example" and "topic=alpha" in parts.query
    assert body["results"][0]["url"].startswith("http://api.example/api/claims/")


def test_it_runs_on_this_database(varied):
    assert connection.vendor in ("sqlite", "postgresql")
