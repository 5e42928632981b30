"""The server-side cache of public API responses: a repeated anonymous read is answered
without touching the database while nothing changes, a change shows in the next read,
and nothing a curator may see (drafts) is ever stored or served to them from it."""
import json
import os
import threading
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.http.response import HttpResponseBase
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from factbase.api.views import ClaimViewSet
from factbase.claims.models import Claim
from factbase.ingest.quotebank import quotebank_load
from tests.factories import ClaimFactory, ReviewFactory, SpeakerFactory, UserFactory


@pytest.fixture
def cached_responses(settings):
    settings.API_RESPONSE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def curator(db):
    return UserFactory(is_staff=True, is_superuser=True)


def counts(response):
    return {speaker["slug"]: speaker["claim_count"] for speaker in response.json()["results"]}


def responses_stored(cache_set):
    values = [call.args[1] for call in cache_set.call_args_list]
    return sum(isinstance(value[-1] if isinstance(value, tuple) else value, HttpResponseBase) for value in values)


def texts(response):
    return [claim["text"] for claim in response.json()["results"]]


@pytest.mark.parametrize("path", ["/api/claims/", "/api/speakers/", "/api/topics/", "/api/claims/?q=Synthetic"])
def test_a_repeated_anonymous_read_is_answered_without_queries(db, cached_responses, django_assert_num_queries,
                                                               path):
    ClaimFactory()
    client = APIClient()
    first = client.get(path)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(path)
    assert second.status_code == 200
    assert second.json() == first.json()
    assert second["Cache-Control"] == first["Cache-Control"] == "public, max-age=60"


def test_a_claim_detail_is_cached_and_a_new_review_shows_at_once(db, cached_responses, django_assert_num_queries):
    claim = ClaimFactory()
    client = APIClient()
    assert client.get(f"/api/claims/{claim.pk}/").json()["verdict"] is None
    with django_assert_num_queries(0):
        client.get(f"/api/claims/{claim.pk}/")
    ReviewFactory(claim=claim)
    assert client.get(f"/api/claims/{claim.pk}/").json()["verdict"]["rating"] == "false"


def test_a_new_claim_and_a_renamed_speaker_show_in_the_next_read(db, cached_responses):
    speaker = SpeakerFactory()
    ClaimFactory(speaker=speaker, text="Synthetic first claim.")
    client = APIClient()
    assert counts(client.get("/api/speakers/"))[speaker.slug] == 1
    assert texts(client.get("/api/claims/")) == ["Synthetic first claim."]
    ClaimFactory(speaker=speaker, text="Synthetic second claim.")
    assert counts(client.get("/api/speakers/"))[speaker.slug] == 2
    assert sorted(texts(client.get("/api/claims/"))) == ["Synthetic first claim.", "Synthetic second claim."]
    speaker.name = "Speaker Renamed"
    speaker.save()
    assert [s["name"] for s in client.get("/api/speakers/").json()["results"]] == ["Speaker Renamed"]


def test_a_response_made_while_a_change_lands_is_not_served_after_it(db, cached_responses, settings):
    settings.API_LEAN_READS = False  # the change lands inside the DRF view's list(), patched below
    ClaimFactory(text="Synthetic first claim.")
    original_list = ClaimViewSet.list

    def list_then_change(view, request, *args, **kwargs):
        response = original_list(view, request, *args, **kwargs)
        ClaimFactory(text="Synthetic claim saved while the list was made.")
        return response

    client = APIClient()
    with mock.patch.object(ClaimViewSet, "list", list_then_change):
        assert texts(client.get("/api/claims/")) == ["Synthetic first claim."]
    assert len(texts(client.get("/api/claims/"))) == 2


def test_a_published_quotebank_load_shows_in_the_next_read(db, cached_responses):
    """The bulk loader saves no model, so no signal runs: it must bump the version itself."""
    client = APIClient()
    assert texts(client.get("/api/claims/")) == []
    line = {"quoteID": "2015-08-31-000001", "quotation": "Synthetic quotation loaded in bulk.",
            "speaker": "Speaker 00042", "qids": ["Q9000000042"], "date": "2015-08-31 07:06:15",
            "numOccurrences": 1, "probas": [["Speaker 00042", "0.9"]], "urls": ["https://news.example.org/a/1"]}
    quotebank_load(lines=[json.dumps(line).encode()], document="synthetic.jsonl", publish=True,
                   confirm_speakers=True)
    assert texts(client.get("/api/claims/")) == ["Synthetic quotation loaded in bulk."]


def test_a_signed_in_curator_is_never_answered_from_the_cache(db, cached_responses, curator):
    ClaimFactory(text="Synthetic published claim.")
    anonymous = APIClient()
    assert texts(anonymous.get("/api/claims/")) == ["Synthetic published claim."]  # now cached
    ClaimFactory.create(text="Synthetic draft claim.", status=Claim.Status.DRAFT)  # bumps; re-cache:
    anonymous.get("/api/claims/")
    signed_in = APIClient()
    signed_in.force_login(curator)
    assert sorted(texts(signed_in.get("/api/claims/"))) == ["Synthetic draft claim.", "Synthetic published claim."]
    token = APIClient(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=curator).key}")
    assert len(texts(token.get("/api/claims/"))) == 2


def test_what_a_curator_sees_is_never_stored_for_anonymous_readers(db, cached_responses, curator):
    ClaimFactory(text="Synthetic draft claim.", status=Claim.Status.DRAFT)
    signed_in = APIClient()
    signed_in.force_login(curator)
    assert texts(signed_in.get("/api/claims/")) == ["Synthetic draft claim."]
    assert signed_in.get("/api/claims/")["Cache-Control"] == "private, no-store"
    assert texts(APIClient().get("/api/claims/")) == []


def test_json_and_the_browsable_api_are_kept_apart(db, cached_responses):
    ClaimFactory()
    client = APIClient()
    html = client.get("/api/claims/", HTTP_ACCEPT="text/html")
    json_response = client.get("/api/claims/", HTTP_ACCEPT="application/json")
    assert html["Content-Type"].startswith("text/html")
    assert json_response["Content-Type"] == "application/json"
    assert client.get("/api/claims/", HTTP_ACCEPT="text/html")["Content-Type"].startswith("text/html")


def test_a_cached_answer_still_gets_an_etag_and_304(db, cached_responses, django_assert_num_queries):
    ClaimFactory()
    client = APIClient()
    etag = client.get("/api/claims/")["ETag"]
    with django_assert_num_queries(0):
        response = client.get("/api/claims/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


def test_errors_and_streamed_exports_are_not_stored(db, cached_responses):
    ClaimFactory(text="Synthetic exported claim.")
    client = APIClient()
    with mock.patch.object(cache, "set", wraps=cache.set) as stored:
        assert client.get("/api/claims/?said_after=2024-13").status_code == 400
        export = client.get("/api/claims/?format=jsonl")
        assert b"Synthetic exported claim." in b"".join(export.streaming_content)
        assert responses_stored(stored) == 0
        client.get("/api/claims/")
        assert responses_stored(stored) == 1


@pytest.mark.skipif(bool(os.getenv("REDIS_URL")), reason="REDIS_URL is set")
def test_the_cache_is_off_by_default_without_redis(db, settings, django_assert_num_queries):
    assert settings.API_RESPONSE_CACHE_SECONDS == 0
    ClaimFactory()
    APIClient().get("/api/claims/")
    with django_assert_num_queries(3):
        APIClient().get("/api/claims/")


def test_a_foreign_host_gets_a_400_and_nothing_is_stored(db, cached_responses):
    ClaimFactory()
    with mock.patch.object(cache, "set", wraps=cache.set) as stored:
        response = APIClient().get("/api/claims/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert responses_stored(stored) == 0


def test_a_read_made_before_a_change_commits_is_not_served_after_it(transactional_db, cached_responses):
    # The signal bumps the version before the commit; a reader taking that version then still
    # sees the data of before (another connection), so the commit must bump it once more.
    ClaimFactory(text="Synthetic claim on file.")
    client = APIClient()
    seen_during = []
    with transaction.atomic():
        ClaimFactory(text="Synthetic claim not yet committed.")
        reader = threading.Thread(target=lambda: (seen_during.append(texts(client.get("/api/claims/"))),
                                                  connection.close()))
        reader.start()
        reader.join()
    assert seen_during == [["Synthetic claim on file."]]
    assert len(texts(client.get("/api/claims/"))) == 2
