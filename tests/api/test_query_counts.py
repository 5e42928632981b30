"""A list request runs a fixed number of queries whatever the page size."""
import pytest

from factbase.claims.models import Claim
from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SpeakerAliasFactory, TopicFactory


@pytest.fixture
def topics(db):
    """Three topics and 24 synthetic claims spread over them, some with appearances and reviews."""
    topics = TopicFactory.create_batch(3)
    for n in range(24):
        claim = ClaimFactory(topics=topics[: n % 4])
        AppearanceFactory.create_batch(n % 3, claim=claim)
        if n % 2:
            ReviewFactory(claim=claim)
        SpeakerAliasFactory(speaker=claim.speaker)
    return topics


@pytest.mark.parametrize("page_size", [1, 5, 24])
def test_claim_list_runs_a_fixed_number_of_queries_for_any_page_size(
        anonymous, topics, page_size, django_assert_num_queries):
    # 1. the topic's id (a constant plans better than a join on the slug)
    # 2. the page of claims, speaker and verdict joined, appearance_count a subquery
    # 3. their topics
    # 4. their first appearances, with sources
    with django_assert_num_queries(4):
        response = anonymous.get(f"/api/claims/?page_size={page_size}&topic={topics[1].slug}&rating=false")
    assert len(response.json()["results"]) == min(page_size, 6)


def test_the_next_page_costs_the_same(anonymous, topics, django_assert_num_queries):
    next_url = anonymous.get("/api/claims/?page_size=10").json()["next"]
    with django_assert_num_queries(3):  # the same three queries, keyed on the cursor
        assert anonymous.get(next_url).status_code == 200


def test_a_curators_list_adds_only_the_token_lookup(editor_client, topics,
                                                                   django_assert_num_queries):
    # 1. the token and its user (may_see_drafts needs no query for staff);
    # 2.-4. the page of claims, topics, first appearances
    with django_assert_num_queries(4):
        assert editor_client.get("/api/claims/?page_size=50").status_code == 200


@pytest.mark.parametrize(("sample", "queries"), [(1, 3), (50, 4)])
def test_a_sample_runs_three_queries_or_four_when_it_wraps_around(anonymous, topics, sample, queries,
                                                                   django_assert_num_queries):
    # Keys spread over [0, 1): seed 11 starts at 0.31, so one claim lies beyond it, fifty do not.
    for n, claim in enumerate(Claim.objects.order_by("id")):
        Claim.objects.filter(pk=claim.pk).update(random_key=n / 24)
    # 1. the claims at or after the seeded key, speaker and verdict joined; 2. their topics;
    # 3. their first appearances; when that was too few (wrapping around), the claims from key 0
    # come before the topics and first appearances of all
    with django_assert_num_queries(queries):
        response = anonymous.get(f"/api/claims/?sample={sample}&seed=11")
    assert len(response.json()["results"]) == min(sample, 24)


def test_claim_detail_queries(anonymous, topics, django_assert_num_queries):
    claim_id = anonymous.get("/api/claims/?page_size=1").json()["results"][0]["id"]
    # 1. the claim; 2. topics; 3. its appearances with sources (the first is among them); 4. reviews
    with django_assert_num_queries(4):
        assert anonymous.get(f"/api/claims/{claim_id}/").status_code == 200


@pytest.mark.parametrize("limit", [5, 50])
def test_speaker_list_queries(anonymous, topics, limit, django_assert_num_queries):
    # 1. the count of speakers (speakers only, never claims); 2. the page; 3. their aliases
    with django_assert_num_queries(3):
        assert anonymous.get(f"/api/speakers/?limit={limit}").status_code == 200


def test_speaker_detail_queries(anonymous, topics, django_assert_num_queries):
    slug = anonymous.get("/api/speakers/?limit=1").json()["results"][0]["slug"]
    # 1. the speaker with its kept profile; 2. aliases. No pass over its claims.
    with django_assert_num_queries(2):
        assert anonymous.get(f"/api/speakers/{slug}/").status_code == 200


def test_a_curators_speaker_detail_counts_drafts_afresh(editor_client, topics, django_assert_num_queries):
    slug = editor_client.get("/api/speakers/?limit=1").json()["results"][0]["slug"]
    # 1. token; 2. the speaker; 3. aliases; 4. its claims, drafts included, by role, year and rating
    with django_assert_num_queries(4):
        assert editor_client.get(f"/api/speakers/{slug}/").status_code == 200


def test_related_speakers_queries(anonymous, corpus, django_assert_num_queries):
    slug = "speaker-ada"
    # 1. the speaker; 2. aliases; 3. topics of its recent claims; 4. sources of its recent claims;
    # 5. (speaker, topic) pairs; 6. (speaker, source) pairs; 7. the related speakers
    with django_assert_num_queries(7):
        assert anonymous.get(f"/api/speakers/{slug}/related/").status_code == 200


def test_topic_list_runs_two_queries(anonymous, topics, django_assert_num_queries):
    # 1. the count; 2. the page (claim counts are kept on the topic rows)
    with django_assert_num_queries(2):
        assert anonymous.get("/api/topics/").status_code == 200


def test_source_list_runs_two_queries(anonymous, topics, django_assert_num_queries):
    # 1. the count; 2. the page
    with django_assert_num_queries(2):
        assert anonymous.get("/api/sources/").status_code == 200


def test_a_speaker_filter_adds_one_query_for_the_speaker_ids(anonymous, topics, django_assert_num_queries):
    slug = anonymous.get("/api/speakers/?limit=1").json()["results"][0]["slug"]
    # 1. the speakers' ids by slug (constants let PostgreSQL pick the speaker index for prolific
    # speakers); 2.-4. the page of claims, topics, first appearances
    with django_assert_num_queries(4):
        assert len(anonymous.get(f"/api/claims/?speaker={slug}&page_size=50").json()["results"]) >= 1
