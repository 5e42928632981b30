"""/api/topics/ and /api/sources/."""
from factbase.claims.models import Claim


def test_topics_count_published_claims(anonymous, corpus):
    body = anonymous.get("/api/topics/").json()
    assert body["count"] == 2
    counts = {row["slug"]: row["claim_count"] for row in body["results"]}
    expected = {slug: Claim.objects.published().filter(topics__slug=slug).count() for slug in ("alpha", "beta")}
    assert counts == expected == {"alpha": 3, "beta": 2}
    assert set(body["results"][0]) == {"slug", "name", "claim_count"}


def test_a_topic_by_slug(anonymous, corpus):
    assert anonymous.get("/api/topics/beta/").json() == {"slug": "beta", "name": "Beta", "claim_count": 2}


def test_sources_list_newest_first(anonymous, corpus):
    body = anonymous.get("/api/sources/").json()
    assert [row["outlet"] for row in body["results"]] == ["Weekly Example", "Daily Example"]
    assert "text" not in body["results"][0]


def test_a_source_shows_the_published_claims_found_in_it(anonymous, staff_client, corpus):
    daily = corpus["cyd-draft"].appearances.get().source
    body = anonymous.get(f"/api/sources/{daily.pk}/").json()
    assert [claim["id"] for claim in body["claims"]] == [corpus["ada-day"].pk]
    curated = staff_client.get(f"/api/sources/{daily.pk}/").json()
    assert {claim["id"] for claim in curated["claims"]} == {corpus["ada-day"].pk, corpus["cyd-draft"].pk}


def test_sources_filter_by_outlet(anonymous, corpus):
    rows = anonymous.get("/api/sources/?outlet=weekly example").json()["results"]
    assert [row["outlet"] for row in rows] == ["Weekly Example"]
