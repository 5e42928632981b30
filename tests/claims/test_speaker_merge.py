import pytest
from django.core.exceptions import ValidationError

from factbase.claims import services
from factbase.claims.models import Claim, Speaker
from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SourceFactory, SpeakerFactory


@pytest.fixture
def pair(db):
    kept = services.speaker_create(name="Speaker 00042", aliases=["S42"])
    other = services.speaker_create(name="Speaker 0042", aliases=["Spkr 42"], wikidata_id="Q4242")
    ClaimFactory.create_batch(3, speaker=kept)
    ClaimFactory.create_batch(2, speaker=other)
    return kept, other


def test_merge_moves_every_claim_and_alias_and_keeps_the_other_name(pair, editor):
    kept, other = pair
    assert (Claim.objects.filter(speaker=kept).count(), Claim.objects.filter(speaker=other).count()) == (3, 2)
    merged = services.speaker_merge(source=other, target=kept, user=editor)
    assert Claim.objects.filter(speaker=kept).count() == 5
    assert not Speaker.objects.filter(pk=other.pk).exists()
    assert set(merged.aliases.values_list("name", flat=True)) == {"S42", "Speaker 0042", "Spkr 42"}
    assert merged.claim_count == 5
    assert merged.wikidata_id == "Q4242"
    assert Speaker.objects.resolve("Spkr 42") == kept


def test_merge_writes_history_for_who_did_it(pair, editor):
    kept, other = pair
    services.speaker_merge(source=other, target=kept, user=editor)
    deleted = Speaker.history.filter(id=other.pk, history_type="-").get()
    assert deleted.history_user == editor
    moved = Claim.history.filter(speaker_id=kept.pk, history_user=editor)
    assert moved.count() == 2


def test_a_claim_both_said_is_merged_with_its_appearances_and_reviews(db):
    kept, other = SpeakerFactory(), SpeakerFactory()
    mine = ClaimFactory(speaker=kept, text="Synthetic shared sentence.")
    theirs = ClaimFactory(speaker=other, text="synthetic shared sentence")
    AppearanceFactory(claim=mine, source=SourceFactory())
    AppearanceFactory(claim=theirs, source=SourceFactory())
    ReviewFactory(claim=theirs)
    services.speaker_merge(source=other, target=kept)
    mine.refresh_from_db()
    assert Claim.objects.filter(speaker=kept).count() == 1
    assert mine.appearances.count() == 2
    assert mine.reviews.count() == 1 and mine.verdict is not None


def test_a_speaker_cannot_be_merged_into_itself(pair):
    kept, _ = pair
    with pytest.raises(ValidationError, match="itself"):
        services.speaker_merge(source=kept, target=kept)
    assert Claim.objects.filter(speaker=kept).count() == 3
