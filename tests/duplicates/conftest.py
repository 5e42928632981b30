"""A small SYNTHETIC corpus of near-duplicates: made-up speakers, made-up sentences."""
import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from factbase.claims.models import Claim
from tests.factories import AppearanceFactory, ClaimFactory, SpeakerFactory

BASE = "We will send more than ten thousand additional engineers to the northern border before the winter begins."
SHORTENED = "We will send more than ten thousand additional engineers to the northern border."
TWO_WORDS = "We shall send more than ten thousand extra engineers to the northern border before the winter begins."
LONGER = ("The minister said on Tuesday: we will send more than ten thousand additional engineers to the northern "
          "border before the winter begins, and the state will pay for all of it.")
OTHER = "Our schools need better teachers, smaller classes and a budget that lasts longer than one election."
DRAFT = "We will send more than ten thousand additional engineers to the northern border before the winter, draft."


@pytest.fixture
def near(db):
    """Speaker 00001 said BASE, a shortened form, a longer quote around it, an unrelated
    claim and (in draft) one more variant; Speaker 00002 said it with two words changed."""
    first = SpeakerFactory(name="Speaker 00001", slug="speaker-00001")
    second = SpeakerFactory(name="Speaker 00002", slug="speaker-00002")
    claims = {
        "base": ClaimFactory(speaker=first, text=BASE),
        "shortened": ClaimFactory(speaker=first, text=SHORTENED),
        "two_words": ClaimFactory(speaker=second, text=TWO_WORDS),
        "longer": ClaimFactory(speaker=first, text=LONGER),
        "other": ClaimFactory(speaker=first, text=OTHER),
        "draft": ClaimFactory(speaker=first, text=DRAFT, status=Claim.Status.DRAFT),
    }
    for claim in claims.values():
        AppearanceFactory(claim=claim)
    return claims


@pytest.fixture
def anonymous():
    return APIClient()


@pytest.fixture
def editor_client(editor):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    return client
