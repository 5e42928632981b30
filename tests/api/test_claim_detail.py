"""/api/claims/{id}/: a claim with every appearance and its review history."""
import datetime as dt

from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SourceFactory


def test_detail_lists_every_appearance_earliest_first(anonymous, corpus):
    claim = corpus["ada-day"]
    body = anonymous.get(f"/api/claims/{claim.pk}/").json()
    outlets = [appearance["source"]["outlet"] for appearance in body["appearances"]]
    assert outlets == ["Daily Example", "Weekly Example"]
    assert body["appearance_count"] == 2
    assert body["first_appearance"]["source"]["outlet"] == "Daily Example"
    assert set(body["appearances"][0]) >= {"source", "context", "start", "end"}


def test_public_sees_published_reviews_only_and_curators_all(anonymous, staff_client, db):
    claim = ClaimFactory()
    ReviewFactory(claim=claim, rating="false", reviewed_on=dt.date(2024, 11, 20))
    ReviewFactory(claim=claim, rating="true", reviewed_on=dt.date(2024, 11, 22), published=False)
    public = anonymous.get(f"/api/claims/{claim.pk}/").json()
    assert [review["rating"] for review in public["reviews"]] == ["false"]
    assert public["verdict"]["rating"] == "false"
    assert public["verdict"]["url"].endswith(f"/api/claims/{claim.pk}/claimreview/")
    curated = staff_client.get(f"/api/claims/{claim.pk}/").json()
    assert [review["rating"] for review in curated["reviews"]] == ["true", "false"]


def test_a_draft_is_a_404_for_the_public_and_readable_by_curators(anonymous, editor_client, reviewer_client, corpus):
    draft = corpus["cyd-draft"]
    assert anonymous.get(f"/api/claims/{draft.pk}/").status_code == 404
    assert editor_client.get(f"/api/claims/{draft.pk}/").json()["status"] == "draft"
    assert reviewer_client.get(f"/api/claims/{draft.pk}/").status_code == 200


def test_the_verdict_is_the_latest_published_review(anonymous, db):
    claim = ClaimFactory()
    ReviewFactory(claim=claim, rating="false", reviewed_on=dt.date(2024, 11, 20))
    ReviewFactory(claim=claim, rating="mostly-true", reviewed_on=dt.date(2024, 11, 25))
    verdict = anonymous.get(f"/api/claims/{claim.pk}/").json()["verdict"]
    assert (verdict["rating"], verdict["rating_display"], verdict["reviewed_on"]) == (
        "mostly-true", "mostly true", "2024-11-25")


def test_an_undated_claim_has_null_dates(anonymous, db):
    claim = ClaimFactory(said_on=None, said_on_precision="")
    AppearanceFactory(claim=claim, source=SourceFactory(published_on=None, published_on_precision=""))
    body = anonymous.get(f"/api/claims/{claim.pk}/").json()
    assert (body["said_on"], body["said_on_precision"], body["said_on_display"], body["said_on_iso"]) == (
        None, None, None, None)
    assert body["first_appearance"]["source"]["published_on_precision"] is None
