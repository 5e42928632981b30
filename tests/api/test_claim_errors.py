"""Bad input gets a 400 whose JSON names the parameter: never a 500, never a filter
silently ignored."""
import base64
import json

import pytest

BAD = [
    ("said_after=yesterday", "said_after"),
    ("said_before=2024-02-30", "said_before"),
    ("said_after=2024-13", "said_after"),
    ("sample=-3", "sample"),
    ("sample=51", "sample"),
    ("sample=lots", "sample"),
    ("sample=3&seed=-1", "seed"),
    ("page_size=100000", "page_size"),
    ("page_size=0", "page_size"),
    ("page_size=ten", "page_size"),
    ("rating=maybe", "rating"),
    ("attribution=probably", "attribution"),
    ("kind=shouted", "kind"),
    ("reviewed=maybe", "reviewed"),
    ("status=secret", "status"),
    ("source=abc", "source"),
    ("ordering=loudest", "ordering"),
    ("ordering=relevance", "ordering"),
    ("said_after=2024-12-01&said_before=2024-11-30", "said_before"),
    ("cursor=not-a-cursor", "cursor"),
    ("cursor=" + base64.urlsafe_b64encode(b'{"value": "yesterday", "id": 3}').decode(), "cursor"),
    ("cursor=" + base64.urlsafe_b64encode(b'["a list"]').decode(), "cursor"),
    ("q=" + "x" * 10_000, "q"),
    ('q="unbalanced quote', "q"),
]


@pytest.mark.parametrize(("query", "parameter"), BAD, ids=[q[:40] for q, _ in BAD])
def test_a_malformed_parameter_gets_a_400_naming_it(anonymous, db, query, parameter):
    response = anonymous.get(f"/api/claims/?{query}")
    assert response.status_code == 400
    body = response.json()
    assert parameter in body, body
    assert all(isinstance(message, str) and message for message in body[parameter])


def test_a_bad_date_says_enter_a_valid_date(anonymous, db):
    assert anonymous.get("/api/claims/?said_after=yesterday").json() == {"said_after": ["Enter a valid date."]}


def test_several_bad_parameters_are_all_named(anonymous, db):
    body = anonymous.get("/api/claims/?said_after=yesterday&rating=maybe&sample=-3").json()
    assert set(body) == {"said_after", "rating", "sample"}


def test_an_unknown_claim_is_a_404(anonymous, db):
    assert anonymous.get("/api/claims/999999/").status_code == 404
    assert anonymous.get("/api/speakers/nobody/").status_code == 404


def test_an_unknown_speaker_slug_gives_an_empty_list(anonymous, corpus):
    assert anonymous.get("/api/claims/?speaker=nobody").json()["results"] == []


def test_cursor_with_a_tampered_id_is_rejected(anonymous, db):
    token = base64.urlsafe_b64encode(json.dumps({"value": None, "id": "1; drop"}).encode()).decode()
    assert anonymous.get(f"/api/claims/?cursor={token}").status_code == 400


def test_one_request_s_errors_never_show_in_the_next_one(db, client):
    """The filters' form class is built once and shared; its forms and errors are not."""
    assert client.get("/api/claims/?said_after=2024-13&kind=shouted").json().keys() == {"said_after", "kind"}
    assert client.get("/api/claims/?said_after=2024-11").status_code == 200
    assert client.get("/api/claims/?rating=maybe").json().keys() == {"rating"}
