"""The server-side cache of public lists: served from the cache while nothing changes,
fresh at once after a claim, review or speaker changes, never for signed-in curators."""
import os

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.factories import ClaimFactory, SpeakerFactory, UserFactory


@pytest.fixture
def cached_lists(settings):
    settings.API_LIST_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def counts(response):
    return {speaker["slug"]: speaker["claim_count"] for speaker in response.json()["results"]}


def test_a_repeated_speaker_list_is_served_without_queries(db, cached_lists, django_assert_num_queries):
    ClaimFactory()
    client = APIClient()
    first = client.get("/api/speakers/")
    with django_assert_num_queries(0):
        second = client.get("/api/speakers/")
    assert second.status_code == 200 and second.json() == first.json()


def test_a_new_claim_shows_in_the_next_speaker_list(db, cached_lists):
    speaker = SpeakerFactory()
    ClaimFactory(speaker=speaker)
    client = APIClient()
    assert counts(client.get("/api/speakers/"))[speaker.slug] == 1
    ClaimFactory(speaker=speaker)
    assert counts(client.get("/api/speakers/"))[speaker.slug] == 2


def test_a_renamed_speaker_shows_in_the_next_list(db, cached_lists):
    speaker = ClaimFactory().speaker
    client = APIClient()
    client.get("/api/speakers/")
    speaker.name = "Speaker Renamed"
    speaker.save()
    assert [s["name"] for s in client.get("/api/speakers/").json()["results"]] == ["Speaker Renamed"]


def test_signed_in_curators_are_never_served_from_the_cache(db, cached_lists, django_assert_max_num_queries):
    ClaimFactory()
    client = APIClient()
    client.force_authenticate(UserFactory(is_staff=True, is_superuser=True))
    client.get("/api/speakers/")
    with django_assert_max_num_queries(10) as captured:
        client.get("/api/speakers/")
    assert len(captured.captured_queries) > 0


@pytest.mark.skipif(bool(os.getenv("REDIS_URL")), reason="REDIS_URL is set")
def test_the_cache_is_off_by_default_without_redis(db, settings):
    assert settings.API_LIST_CACHE_SECONDS == 0
