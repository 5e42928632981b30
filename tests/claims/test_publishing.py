import pytest
from django.core.exceptions import ValidationError

from factbase.claims import services
from factbase.claims.models import Claim
from tests.factories import ClaimFactory, ReviewFactory, SpeakerFactory


def test_publish_and_retract_change_the_status_and_record_who(db, editor):
    claim = ClaimFactory(status="draft")
    services.claim_publish(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.status == "published"
    assert claim.history.first().history_user == editor
    services.claim_retract(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.status == "retracted"


def test_a_claim_by_an_unconfirmed_speaker_cannot_be_published(db):
    claim = ClaimFactory(status="draft", speaker=SpeakerFactory(confirmed=False))
    with pytest.raises(ValidationError, match="Confirm the speaker"):
        services.claim_publish(claim=claim)
    claim.refresh_from_db()
    assert claim.status == "draft"
    services.speaker_confirm(speaker=claim.speaker)
    services.claim_publish(claim=claim)
    assert Claim.objects.get(pk=claim.pk).status == "published"


def test_the_verdict_is_the_latest_published_review(db):
    claim = ClaimFactory()
    older = ReviewFactory(claim=claim, rating="true", reviewed_on="2024-11-01")
    newer = ReviewFactory(claim=claim, rating="false", reviewed_on="2024-11-20")
    ReviewFactory(claim=claim, rating="half-true", reviewed_on="2024-12-01", published=False)
    claim.refresh_from_db()
    assert claim.verdict == newer
    newer.delete()
    claim.refresh_from_db()
    assert claim.verdict == older
    assert claim.reviews.count() == 2  # earlier reviews stay as the history of corrections


def test_evidence_links_must_be_http_urls(db):
    review = ReviewFactory.build(claim=ClaimFactory(), evidence_links=["javascript:alert(1)"])
    with pytest.raises(ValidationError) as error:
        review.full_clean()
    assert "evidence_links" in error.value.message_dict


def test_visible_to_hides_drafts_from_the_public_only(db, editor, reviewer):
    from django.contrib.auth.models import AnonymousUser

    ClaimFactory(status="draft")
    ClaimFactory(status="published")
    assert Claim.objects.visible_to(AnonymousUser()).count() == 1
    assert Claim.objects.visible_to(reviewer).count() == 2  # staff
    assert Claim.objects.visible_to(editor).count() == 2
