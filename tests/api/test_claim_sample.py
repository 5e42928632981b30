"""?sample=N&seed=S: N random claims among the matches, the same ones for the same seed."""
import pytest

from factbase.claims.models import Claim
from tests.factories import ClaimFactory, SpeakerFactory

from .conftest import ids


@pytest.fixture
def thirty(db):
    speaker = SpeakerFactory(slug="speaker-sampled")
    ClaimFactory.create_batch(20, speaker=speaker)
    ClaimFactory.create_batch(10)
    ClaimFactory(speaker=speaker, status=Claim.Status.DRAFT)


def test_the_same_seed_gives_the_same_claims(anonymous, thirty):
    first = ids(anonymous.get("/api/claims/?sample=4&seed=7"))
    assert len(first) == 4 == len(set(first))
    assert ids(anonymous.get("/api/claims/?sample=4&seed=7")) == first


def test_different_seeds_give_different_samples(anonymous, thirty):
    samples = {tuple(ids(anonymous.get(f"/api/claims/?sample=4&seed={seed}"))) for seed in range(6)}
    assert len(samples) > 1


def test_a_sample_respects_the_other_filters_and_never_shows_drafts(anonymous, thirty):
    sampled = ids(anonymous.get("/api/claims/?sample=50&seed=3&speaker=speaker-sampled"))
    assert set(sampled) == set(Claim.objects.published().by_speaker("speaker-sampled").values_list("pk", flat=True))


def test_a_sample_wraps_around_to_fill_n(anonymous, thirty):
    for seed in range(10):
        assert len(ids(anonymous.get(f"/api/claims/?sample=30&seed={seed}"))) == 30


def test_the_demo_sample_is_stable(anonymous, demo):
    first = anonymous.get("/api/claims/?sample=4&seed=7").json()
    assert len(first["results"]) == 4
    assert anonymous.get("/api/claims/?sample=4&seed=7").json() == first


def test_sampling_without_a_seed_still_returns_n(anonymous, thirty):
    assert len(ids(anonymous.get("/api/claims/?sample=5"))) == 5
