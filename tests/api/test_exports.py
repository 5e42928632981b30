"""?format=csv and ?format=jsonl: the whole filtered list, streamed."""
import csv
import io
import json

from factbase.claims.models import Claim
from tests.factories import ClaimFactory


def _body(response):
    assert response.status_code == 200
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def test_csv_exports_every_matching_claim_beyond_one_page(anonymous, corpus):
    ClaimFactory.create_batch(60, speaker=corpus["ada-day"].speaker)
    response = anonymous.get("/api/claims/?format=csv&speaker=speaker-ada")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="claims.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(_body(response))))
    expected = Claim.objects.published().by_speaker("speaker-ada")
    assert len(rows) == expected.count() == 63
    assert {int(row["id"]) for row in rows} == set(expected.values_list("pk", flat=True))
    by_id = {int(row["id"]): row for row in rows}
    ada_day = by_id[corpus["ada-day"].pk]
    assert (ada_day["rating"], ada_day["topics"], ada_day["appearance_count"]) == ("false", "alpha", "2")
    assert ada_day["url"].endswith(f"/api/claims/{corpus['ada-day'].pk}/")


def test_jsonl_exports_one_claim_per_line_in_list_order(anonymous, corpus):
    response = anonymous.get("/api/claims/?format=jsonl")
    assert response["Content-Type"].startswith("application/jsonl")
    lines = [json.loads(line) for line in _body(response).splitlines()]
    listed = [row["id"] for row in anonymous.get("/api/claims/").json()["results"]]
    assert [line["id"] for line in lines] == listed
    assert "draft" not in {line["status"] for line in lines}
    assert set(lines[0]) >= {"speaker", "topics", "verdict", "first_appearance"}


def test_an_export_with_a_bad_filter_is_a_400(anonymous, db):
    response = anonymous.get("/api/claims/?format=csv&said_after=yesterday")
    assert response.status_code == 400
    assert b"said_after" in response.content


def test_a_sample_can_be_exported(anonymous, corpus):
    sampled = [row["id"] for row in anonymous.get("/api/claims/?sample=3&seed=5").json()["results"]]
    lines = _body(anonymous.get("/api/claims/?sample=3&seed=5&format=jsonl")).splitlines()
    assert [json.loads(line)["id"] for line in lines] == sampled
