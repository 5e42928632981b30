"""Who may see what, endpoint by endpoint: drafts, retracted claims, unconfirmed speakers and
unpublished reviews reach curators only, through every GET operation of the schema, its exports,
searches, samples and aggregates (counts, scorecards, per-year counts, related-speaker scores)."""
import csv
import io
import json

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from factbase.claims.models import Claim, Speaker, Topic
from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SpeakerFactory, UserFactory

# Words that only hidden rows hold: a response that contains one has leaked it.
HIDDEN_WORDS = ["Synthetic draft never shown", "Hidden proposal", "speaker-proposal", "Retracted words",
                "Unpublished verdict", "Verdict on a draft"]


@pytest.fixture
def hidden(corpus):
    """Beside the corpus's draft: an unconfirmed speaker (the importer's proposal) with a draft
    in a shared topic and source, a retracted claim, an unpublished review of a published claim,
    and a published review of a draft."""
    alpha = Topic.objects.get(slug="alpha")
    proposal = SpeakerFactory(name="Speaker Hidden proposal", slug="speaker-proposal", confirmed=False)
    proposed = ClaimFactory(speaker=proposal, text="Synthetic Hidden proposal words.", status=Claim.Status.DRAFT,
                            topics=[alpha])
    AppearanceFactory(claim=proposed, source=corpus["ada-day"].appearances.first().source)
    retracted = ClaimFactory(speaker=corpus["ada-day"].speaker, text="Synthetic Retracted words.",
                             status=Claim.Status.RETRACTED, topics=[alpha])
    AppearanceFactory(claim=retracted, source=corpus["ada-day"].appearances.first().source)
    unpublished = ReviewFactory(claim=corpus["ada-day"], rating="pants-on-fire", explanation="Unpublished verdict.",
                                published=False)
    on_draft = ReviewFactory(claim=corpus["cyd-draft"], rating="true", explanation="Verdict on a draft.")
    Speaker.objects.all().refresh_stats()
    Topic.objects.all().refresh_stats()
    cache.clear()
    return {"claims": [corpus["cyd-draft"], proposed, retracted], "speakers": [proposal],
            "reviews": [unpublished, on_draft]}


def public_urls(corpus):
    """Every GET operation of the schema, each with the ways of reading it (filters, exports,
    search, sample), for the rows the public may see."""
    published = Claim.objects.published()
    speakers = Speaker.objects.filter(confirmed=True)
    reviews = [claim.verdict for claim in published if claim.verdict]
    claims_list = ["", "?format=csv", "?format=jsonl", "?sample=50&seed=1", "?sample=50&format=csv",
                   "?q=Synthetic", "?q=Synthetic&ordering=relevance", "?status=draft", "?status=retracted",
                   "?topic=alpha", "?speaker=speaker-cyd", "?speaker=speaker-proposal", "?speaker_name=Hidden",
                   "?reviewed=true", "?rating=true", "?rating=pants-on-fire", "?ordering=created&page_size=200"]
    return {
        "/api/claims/": [f"/api/claims/{query}" for query in claims_list],
        "/api/claims/{id}/": [f"/api/claims/{claim.pk}/" for claim in published],
        "/api/claims/{id}/similar/": [f"/api/claims/{claim.pk}/similar/{query}" for claim in published
                                      for query in ("", "?min_score=0.5", "?speaker=same")],
        "/api/claims/{id}/claimreview/": [f"/api/claims/{claim.pk}/claimreview/" for claim in published
                                          if claim.verdict],
        "/api/speakers/": ["/api/speakers/", "/api/speakers/?q=speaker", "/api/speakers/?q=hidden"],
        "/api/speakers/{slug}/": [f"/api/speakers/{speaker.slug}/" for speaker in speakers],
        "/api/speakers/{slug}/related/": [f"/api/speakers/{speaker.slug}/related/" for speaker in speakers],
        "/api/topics/": ["/api/topics/"],
        "/api/quantities/": ["/api/quantities/", "/api/quantities/?q=words"],
        "/api/topics/{slug}/": ["/api/topics/alpha/", "/api/topics/beta/"],
        "/api/sources/": ["/api/sources/"],
        "/api/sources/{id}/": [f"/api/sources/{appearance.source_id}/"
                               for claim in published for appearance in claim.appearances.all()],
        "/api/appearances/": ["/api/appearances/"],
        "/api/appearances/{id}/": [f"/api/appearances/{appearance.pk}/"
                                   for claim in published for appearance in claim.appearances.all()],
        "/api/reviews/": ["/api/reviews/"],
        "/api/reviews/{id}/": [f"/api/reviews/{review.pk}/" for review in reviews],
    }


def hidden_urls(hidden):
    """The hidden rows' own URLs: each is a 404 for the public, as if it did not exist."""
    urls = []
    for claim in hidden["claims"]:
        urls += [f"/api/claims/{claim.pk}/", f"/api/claims/{claim.pk}/claimreview/", f"/api/claims/{claim.pk}/similar/"]
        urls += [f"/api/appearances/{appearance.pk}/" for appearance in claim.appearances.all()]
    for speaker in hidden["speakers"]:
        urls += [f"/api/speakers/{speaker.slug}/", f"/api/speakers/{speaker.slug}/related/"]
    urls += [f"/api/reviews/{review.pk}/" for review in hidden["reviews"]]
    return urls


def reader_client():
    client = APIClient()
    client.force_authenticate(UserFactory(username="reader"))  # signed in, in no group
    return client


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def test_the_list_covers_every_get_operation_of_the_schema(anonymous, corpus):
    schema = anonymous.get("/api/schema/?format=json").json()
    operations = {path for path, methods in schema["paths"].items() if "get" in methods}
    urls = public_urls(corpus)
    assert operations == set(urls), "a GET operation without a visibility check (add it to public_urls)"
    assert all(urls.values()), [template for template, found in urls.items() if not found]


@pytest.mark.parametrize("persona", ["anonymous", "reader"])
def test_nothing_hidden_reaches_the_public_through_any_endpoint(anonymous, corpus, hidden, persona):
    client = anonymous if persona == "anonymous" else reader_client()
    read = 0
    for urls in public_urls(corpus).values():
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            text = body(response)
            leaked = [word for word in HIDDEN_WORDS if word.lower() in text.lower()]
            assert not leaked, f"{url} shows {leaked}"
            read += 1
    assert read > 40
    for url in hidden_urls(hidden):
        assert client.get(url).status_code == 404, url


def test_curators_see_what_the_public_does_not(editor_client, reviewer_client, corpus, hidden):
    listed = {row["id"] for row in editor_client.get("/api/claims/?page_size=200").json()["results"]}
    assert {claim.pk for claim in hidden["claims"]} <= listed
    assert editor_client.get("/api/speakers/speaker-proposal/").status_code == 200
    reviews = {row["id"] for row in reviewer_client.get("/api/reviews/").json()["results"]}
    assert {review.pk for review in hidden["reviews"]} <= reviews


def test_counts_and_aggregates_count_published_claims_only(anonymous, corpus, hidden):
    published = Claim.objects.published()
    topics = {row["slug"]: row["claim_count"] for row in anonymous.get("/api/topics/").json()["results"]}
    assert topics["alpha"] == published.filter(topics__slug="alpha").count()

    ada = anonymous.get("/api/speakers/speaker-ada/").json()
    assert ada["claim_count"] == published.filter(speaker__slug="speaker-ada").count()
    assert sum(ada["per_year"].values()) == ada["claim_count"]
    assert ada["scorecard"]["pants-on-fire"] == 0  # the unpublished review does not count
    cyd = anonymous.get("/api/speakers/speaker-cyd/").json()
    assert cyd["scorecard"]["true"] == 0 and sum(cyd["per_year"].values()) == 1  # not the draft

    related = anonymous.get("/api/speakers/speaker-ada/related/").json()["results"]
    assert "speaker-proposal" not in {row["slug"] for row in related}
    cyd_row = next(row for row in related if row["slug"] == "speaker-cyd")
    # Cyd shares topic alpha through a published claim and source "daily" only through the draft.
    assert (cyd_row["shared_topics"], cyd_row["shared_sources"]) == (1, 0)

    exported = list(csv.DictReader(io.StringIO(body(anonymous.get("/api/claims/?format=csv")))))
    assert len(exported) == published.count()
    lines = body(anonymous.get("/api/claims/?format=jsonl")).splitlines()
    assert {json.loads(line)["status"] for line in lines} == {"published"}


def test_a_curators_read_never_fills_the_public_cache(settings, editor_client, anonymous, corpus, hidden):
    settings.API_RESPONSE_CACHE_SECONDS = 300
    cache.clear()
    assert "Synthetic draft never shown" in body(editor_client.get("/api/claims/"))
    assert "Synthetic draft never shown" not in body(anonymous.get("/api/claims/"))
    assert "Synthetic draft never shown" not in body(anonymous.get("/api/claims/"))  # a cache hit now
    assert "Synthetic draft never shown" in body(editor_client.get("/api/claims/"))


def test_a_speaker_with_published_claims_cannot_be_unconfirmed(editor_client, corpus):
    response = editor_client.patch("/api/speakers/speaker-ada/", {"confirmed": False}, format="json")
    assert response.status_code == 400
    assert "confirmed" in response.json()
    assert Speaker.objects.get(slug="speaker-ada").confirmed


def test_merging_a_confirmed_speaker_into_a_proposal_confirms_it(corpus):
    from factbase.claims.services import speaker_merge

    proposal = SpeakerFactory(name="Speaker Proposed twin", confirmed=False)
    merged = speaker_merge(source=corpus["ada-day"].speaker, target=proposal)
    assert merged.confirmed
    assert not Claim.objects.published().filter(speaker__confirmed=False).exists()
