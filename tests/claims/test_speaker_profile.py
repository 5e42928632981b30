"""A speaker's kept profile (roles, verdict scorecard, claims per year) follows every change
to its published claims and their verdicts, so the public speaker page needs no count."""
import datetime as dt

from django.contrib.auth.models import AnonymousUser

from factbase.claims.models import Claim, Speaker
from factbase.claims.services import claim_publish, claim_retract
from tests.factories import ClaimFactory, ReviewFactory, SpeakerFactory


def kept(speaker):
    return Speaker.objects.get(pk=speaker.pk).profile


def test_it_follows_claims_reviews_and_retractions(db):
    speaker = SpeakerFactory(name="Speaker 00042")
    first = ClaimFactory(speaker=speaker, role="Synthetic Role A", said_on=dt.date(2023, 5, 1))
    ClaimFactory(speaker=speaker, role="Synthetic Role B", said_on=dt.date(2024, 11, 1), said_on_precision="month")
    ClaimFactory(speaker=speaker, role="Draft Role", status=Claim.Status.DRAFT)
    profile = kept(speaker)
    assert profile["roles"] == ["Synthetic Role A", "Synthetic Role B"]
    assert profile["per_year"] == {"2023": 1, "2024": 1}
    assert set(profile["scorecard"].values()) == {0} and len(profile["scorecard"]) == 7

    review = ReviewFactory(claim=first, rating="false")
    assert kept(speaker)["scorecard"]["false"] == 1
    review.rating = "mostly-false"  # a correction of the verdict itself
    review.save()
    assert (kept(speaker)["scorecard"]["false"], kept(speaker)["scorecard"]["mostly-false"]) == (0, 1)
    review.published = False
    review.save()
    assert kept(speaker)["scorecard"]["false"] == 0

    claim_retract(claim=first)
    assert kept(speaker)["per_year"] == {"2024": 1}
    claim_publish(claim=Claim.objects.get(pk=first.pk))
    assert kept(speaker)["per_year"] == {"2023": 1, "2024": 1}


def test_a_bulk_refresh_keeps_every_speakers_profile(db):
    speakers = SpeakerFactory.create_batch(3)
    for n, speaker in enumerate(speakers):
        ClaimFactory.create_batch(n, speaker=speaker)
    Speaker.objects.update(profile={})
    Speaker.objects.all().refresh_stats()
    assert [kept(s)["per_year"] for s in speakers] == [{}, {"2024": 1}, {"2024": 2}]


def test_a_profile_not_kept_yet_is_counted(db):
    speaker = SpeakerFactory()
    ClaimFactory(speaker=speaker)
    Speaker.objects.filter(pk=speaker.pk).update(profile={})  # as after the migration that added it
    assert Speaker.objects.get(pk=speaker.pk).profile_for(AnonymousUser())["per_year"] == {"2024": 1}
