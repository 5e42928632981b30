"""/api/claims/{id}/claimreview/: schema.org ClaimReview JSON-LD."""
import datetime as dt

from factbase.claims.models import Claim
from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SourceFactory, SpeakerFactory


def test_the_document_has_the_required_claimreview_fields(anonymous, db):
    speaker = SpeakerFactory(wikidata_id="Q4115189")  # the Wikidata sandbox item, not a real person
    claim = ClaimFactory(speaker=speaker, role="Synthetic spokesperson", said_on=dt.date(2024, 11, 1),
                         said_on_precision="month")
    AppearanceFactory(claim=claim, source=SourceFactory(url="https://news.example/late",
                                                        published_on=dt.date(2024, 11, 20)))
    AppearanceFactory(claim=claim, source=SourceFactory(url="https://news.example/early",
                                                        published_on=dt.date(2024, 11, 2)))
    ReviewFactory(claim=claim, rating="mostly-false", reviewed_on=dt.date(2024, 11, 21))

    response = anonymous.get(f"/api/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    doc = response.json()
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "ClaimReview"
    assert doc["claimReviewed"] == claim.text
    assert doc["datePublished"] == "2024-11-21"
    assert doc["url"].endswith(f"/api/claims/{claim.pk}/claimreview/")
    assert doc["author"]["@type"] in ("Organization", "Person")
    rating = doc["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] == "mostly false"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = doc["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": speaker.name,
                              "sameAs": "https://www.wikidata.org/wiki/Q4115189", "jobTitle": "Synthetic spokesperson"}
    assert item["datePublished"] == "2024-11"
    assert item["firstAppearance"]["url"] == "https://news.example/early"
    assert [work["url"] for work in item["appearance"]] == ["https://news.example/early", "https://news.example/late"]


def test_an_organisation_speaker_is_an_organization_author(anonymous, db):
    claim = ClaimFactory(speaker=SpeakerFactory(kind="organisation"))
    ReviewFactory(claim=claim)
    author = anonymous.get(f"/api/claims/{claim.pk}/claimreview/").json()["itemReviewed"]["author"]
    assert author["@type"] == "Organization" and "sameAs" not in author


def test_no_published_review_is_a_404(anonymous, staff_client, db):
    unreviewed = ClaimFactory()
    draft_review = ReviewFactory(published=False).claim
    draft_claim = ReviewFactory(claim=ClaimFactory(status=Claim.Status.DRAFT)).claim
    for claim in (unreviewed, draft_review, draft_claim):
        assert anonymous.get(f"/api/claims/{claim.pk}/claimreview/").status_code == 404
        assert staff_client.get(f"/api/claims/{claim.pk}/claimreview/").status_code == 404


def test_the_document_is_served_for_json_ld_and_json_accept_headers(anonymous, db):
    claim = ReviewFactory().claim
    url = f"/api/claims/{claim.pk}/claimreview/"
    assert anonymous.get(url, HTTP_ACCEPT="application/ld+json")["Content-Type"].startswith("application/ld+json")
    assert anonymous.get(url, HTTP_ACCEPT="application/json")["Content-Type"].startswith("application/json")
