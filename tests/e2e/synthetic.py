"""Synthetic data for browser tests: made-up speakers ("Speaker 00042"), made-up quotes."""
import datetime as dt

from factbase.claims.models import Speaker
from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SpeakerFactory


def synthetic_speaker(number, **extra):
    return SpeakerFactory(name=f"Speaker {number:05d}", slug=f"speaker-{number:05d}", confirmed=True, **extra)


def synthetic_claim(speaker, text, *, said_on=dt.date(2024, 11, 13), rating=None, **extra):
    """A published claim with a source; with rating, also a published review."""
    claim = ClaimFactory(speaker=speaker, text=text, said_on=said_on, **extra)
    AppearanceFactory(claim=claim)
    if rating:
        ReviewFactory(claim=claim, rating=rating, explanation=f"Synthetic explanation: rated {rating}.")
    return claim


def refresh_speaker_stats():
    Speaker.objects.all().refresh_stats()
