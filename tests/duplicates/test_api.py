"""GET /api/claims/{id}/similar/: near-duplicates with their score, published ones for the public."""
import pytest

from factbase.claims.models import Claim


def similar(client, claim, query=""):
    return client.get(f"/api/claims/{claim.pk}/similar/{query}")


def test_anonymous_users_get_the_published_near_duplicates_with_their_score(anonymous, near):
    response = similar(anonymous, near["base"])
    assert response.status_code == 200
    body = response.json()
    assert body["claim"] == near["base"].pk
    listed = {row["claim"]["id"]: row for row in body["results"]}
    assert set(listed) == {near[name].pk for name in ("shortened", "two_words", "longer")}
    assert listed[near["two_words"].pk]["same_speaker"] is False
    assert listed[near["two_words"].pk]["claim"]["speaker"]["slug"] == "speaker-00002"
    scores = [row["score"] for row in body["results"]]
    assert scores == sorted(scores, reverse=True) and all(0.8 <= s <= 1 for s in scores)
    assert "public" in response["Cache-Control"]


def test_drafts_never_reach_anonymous_users(anonymous, editor_client, near):
    assert near["draft"].pk not in {r["claim"]["id"] for r in similar(anonymous, near["base"]).json()["results"]}
    assert "draft" not in similar(anonymous, near["base"]).content.decode()
    assert similar(anonymous, near["draft"]).status_code == 404
    curators = {r["claim"]["id"] for r in similar(editor_client, near["base"]).json()["results"]}
    assert near["draft"].pk in curators
    assert similar(editor_client, near["draft"]).status_code == 200


def test_same_speaker_and_the_score_and_limit_parameters(anonymous, near):
    same = {r["claim"]["id"] for r in similar(anonymous, near["base"], "?speaker=same").json()["results"]}
    assert same == {near["shortened"].pk, near["longer"].pk}
    assert len(similar(anonymous, near["base"], "?limit=1").json()["results"]) == 1
    strict = similar(anonymous, near["base"], "?min_score=1").json()["results"]
    assert {r["score"] for r in strict} == {1.0}


@pytest.mark.parametrize(("query", "parameter"), [
    ("?min_score=abc", "min_score"), ("?min_score=0.2", "min_score"), ("?limit=0", "limit"), ("?limit=x", "limit"),
    ("?limit=51", "limit"), ("?speaker=nobody", "speaker"), ("?colour=red", "colour"),
])
def test_bad_parameters_are_a_400_naming_them(anonymous, near, query, parameter):
    response = similar(anonymous, near["base"], query)
    assert response.status_code == 400
    assert parameter in response.json()


def test_an_unknown_claim_is_a_404(anonymous, db):
    assert anonymous.get("/api/claims/999999/similar/").status_code == 404


def test_it_is_in_the_schema_with_its_400_and_404(anonymous, db):
    operation = anonymous.get("/api/schema/?format=json").json()["paths"]["/api/claims/{id}/similar/"]["get"]
    assert {"200", "400", "404"} <= set(operation["responses"])
    assert {p["name"] for p in operation["parameters"]} >= {"speaker", "min_score", "limit"}


def test_a_request_takes_a_fixed_number_of_queries(anonymous, near, django_assert_num_queries):
    # claim; candidates: fingerprints, then their texts;
    # the similar claims with speaker and verdict, their topics, their first appearances
    with django_assert_num_queries(6):
        response = similar(anonymous, near["base"])
    assert len(response.json()["results"]) == 3
    assert Claim.objects.published().count() == 5
