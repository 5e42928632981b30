"""A write takes each field as the JSON type its schema says (schemathesis found 0 taken for a
name, false for a confidence, [0] for aliases), and the request schema says what the API takes."""
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from schemathesis.core.jsonschema.patterns import compile_ecma_pattern  # how schemathesis reads a pattern

from factbase.claims.models import Appearance, Review, Source, Speaker, Topic
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/api/topics/", {"name": 0}, "name"),
    ("/api/speakers/", {"name": "Speaker 00042", "aliases": [0]}, "aliases"),
    ("/api/speakers/", {"name": "Speaker 00042", "confirmed": 1}, "confirmed"),
    ("/api/sources/", {"title": "Synthetic", "text": 0}, "text"),
    ("/api/sources/", {"title": True}, "title"),
    ("/api/appearances/", {"claim": "1", "source": 1}, "claim"),
    ("/api/appearances/", {"claim": 1, "source": 1, "confidence": False}, "confidence"),
    ("/api/appearances/", {"claim": 1, "source": 1, "start": "3"}, "start"),
    ("/api/claims/", {"speaker": "speaker-00042", "text": "Synthetic words", "topics": [1]}, "topics"),
    ("/api/reviews/", {"claim": 1, "rating": "true", "published": "yes"}, "published"),
    ("/api/reviews/", {"claim": 1, "rating": "true", "evidence_links": None}, "evidence_links"),
])
def test_a_write_refuses_a_value_of_another_json_type(editor_client, reviewer_client, db, path, body, field):
    claim = ClaimFactory(id=1, speaker=SpeakerFactory(slug="speaker-00042"))
    SourceFactory(id=1)
    writer = reviewer_client if path == "/api/reviews/" else editor_client
    response = writer.post(path, body, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert not Topic.objects.exists() and not Review.objects.exists()
    assert Speaker.objects.count() == 1 and Source.objects.count() == 1
    assert Appearance.objects.exclude(claim=claim).count() == 0


def test_an_appearance_whose_end_comes_before_its_start_names_the_end(editor_client, db):
    claim, source = ClaimFactory(), SourceFactory()
    response = editor_client.post("/api/appearances/", {"claim": claim.pk, "source": source.pk, "start": 9,
                                                        "end": 3}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["end"]


def _request_schema(client, component):
    return client.get("/api/schema/?format=json").json()["components"]["schemas"][component]["properties"]


@pytest.mark.parametrize("url", [
    # Not "https://[::1]/": the pattern leaves IPv6 literals out (Django checks more than its regex says).
    "https://synthetic.example/a?b#c", "HTTP://SYNTHETIC.EXAMPLE", "ftp://synthetic.example", "https://1.2.3.4/x",
    "https://user:pw@synthetic.example:8080/", "https://" + "a" * 64 + ".example", "gopher://synthetic.example",
    "https://a.b", "https://" + ".".join(["a" * 60] * 5) + ".example", "https://synthetic.example/\x00",
])
def test_the_source_url_pattern_takes_what_the_api_takes(client, db, url):
    url_schema = next(alternative for alternative in _request_schema(client, "SourceWriteRequest")["url"]["oneOf"]
                      if alternative.get("format") == "uri")
    try:
        URLValidator()(url)
        valid = "\x00" not in url
    except ValidationError:
        valid = False
    assert bool(compile_ecma_pattern(url_schema["pattern"]).search(url)) == valid


def test_every_url_the_pattern_generates_is_one_the_api_takes(client, db):
    # What schemathesis does: generate from the pattern (hypothesis), then expect the API to take it.
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    url_schema = next(alternative for alternative in _request_schema(client, "SourceWriteRequest")["url"]["oneOf"]
                      if alternative.get("format") == "uri")

    @settings(max_examples=300, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(compile_ecma_pattern(url_schema["pattern"])))
    def check(url):
        URLValidator()(url)

    check()


def test_evidence_links_are_http_urls_in_the_schema(client, db):
    items = _request_schema(client, "ReviewWriteRequest")["evidence_links"]["items"]
    assert re.search(items["pattern"], "https://synthetic.example/evidence")
    assert not re.search(items["pattern"], "ftp://synthetic.example/evidence")


def test_text_that_must_not_be_blank_needs_a_character_other_than_space(client, db):
    title = _request_schema(client, "SourceWriteRequest")["title"]
    assert not re.search(title["pattern"], "   ") and not re.search(title["pattern"], "a\x00")
    assert re.search(title["pattern"], " Synthetic ")
    outlet = _request_schema(client, "SourceWriteRequest")["outlet"]["oneOf"][0]
    assert re.search(outlet["pattern"], "") and not re.search(outlet["pattern"], "\x00")
