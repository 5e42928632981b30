"""/api/speakers/: type-ahead list, detail with roles, scorecard and claims per year."""
import datetime as dt

import pytest

from factbase.claims.models import Review
from tests.factories import ClaimFactory, ReviewFactory, SpeakerFactory


def _slugs(response):
    assert response.status_code == 200
    return [row["slug"] for row in response.json()["results"]]


def test_the_list_is_paged_by_limit_and_offset_most_claims_first(anonymous, corpus):
    body = anonymous.get("/api/speakers/?limit=2").json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 3
    assert [row["slug"] for row in body["results"]] == ["speaker-ada", "speaker-bob"]
    assert "offset=2" in body["next"]


def test_a_speaker_shows_the_contract_fields(anonymous, corpus):
    row = anonymous.get("/api/speakers/?q=ada").json()["results"][0]
    assert set(row) == {"slug", "name", "aliases", "kind", "description", "wikidata_id", "claim_count",
                        "first_said_on", "last_said_on", "url"}
    assert (row["claim_count"], row["first_said_on"], row["last_said_on"]) == (3, "2023-01-01", "2024-11-13")
    assert row["aliases"] == ["Ada Ammala"]


@pytest.mark.parametrize(("q", "expected"), [
    ("ada", ["speaker-ada"]), ("AMMÄ", ["speaker-ada"]), ("ammala", ["speaker-ada"]), ("speaker b", ["speaker-bob"]),
    ("speaker", ["speaker-ada", "speaker-bob", "speaker-cyd"]), ("zzz", []),
])
def test_type_ahead_matches_the_start_of_any_word_of_a_name_or_alias(anonymous, corpus, q, expected):
    assert _slugs(anonymous.get("/api/speakers/", {"q": q})) == expected


def test_zelensky_type_ahead_finds_selenskyj(anonymous, demo):
    assert _slugs(anonymous.get("/api/speakers/?q=zelensky")) == ["wolodymyr-selenskyj"]
    assert _slugs(anonymous.get("/api/speakers/?q=zel")) == ["wolodymyr-selenskyj"]


def test_unconfirmed_speakers_are_hidden_from_the_public(anonymous, editor_client, db):
    proposed = SpeakerFactory(confirmed=False)
    assert proposed.slug not in _slugs(anonymous.get("/api/speakers/"))
    assert anonymous.get(f"/api/speakers/{proposed.slug}/").status_code == 404
    assert proposed.slug in _slugs(editor_client.get("/api/speakers/"))


def test_detail_has_roles_a_full_scorecard_and_counts_per_year(anonymous, db):
    speaker = SpeakerFactory()
    for year, role, rating in [(2023, "Synthetic minister", "false"), (2024, "Synthetic minister", "false"),
                               (2024, "Synthetic envoy", "true"), (2024, "", None)]:
        claim = ClaimFactory(speaker=speaker, role=role, said_on=dt.date(year, 3, 1))
        if rating:
            ReviewFactory(claim=claim, rating=rating)
    ClaimFactory(speaker=speaker, status="draft", said_on=dt.date(2022, 1, 1), role="Synthetic draft role")
    body = anonymous.get(f"/api/speakers/{speaker.slug}/").json()
    assert body["roles"] == ["Synthetic envoy", "Synthetic minister"]
    assert body["scorecard"] == {rating: {"false": 2, "true": 1}.get(rating, 0) for rating in Review.Rating.values}
    assert list(body["scorecard"]) == list(Review.Rating.values)  # in rating order, as charts show it
    assert body["per_year"] == {"2023": 1, "2024": 3}


def test_the_demo_speaker_counts_per_year(anonymous, demo):
    body = anonymous.get("/api/speakers/mark-rutte/").json()
    assert body["per_year"] == {"2024": 5}
    assert body["wikidata_id"] == "Q57792"
    assert sum(body["scorecard"].values()) == 0
