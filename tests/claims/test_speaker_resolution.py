import pytest

from factbase.claims import services
from factbase.claims.models import Speaker
from tests.factories import SpeakerFactory


@pytest.mark.parametrize("name", ["Zelensky", "selenskyj", "Selenskyjs", "ZELENSKYY", "Wolodymyr Selenskyj",
                                  "Volodymyr Zelensky's"])
def test_every_spelling_finds_the_same_speaker(demo, name):
    assert Speaker.objects.resolve(name).slug == "wolodymyr-selenskyj"


def test_accents_are_ignored(db):
    speaker = services.speaker_create(name="Speaker Zoë Ångström", aliases=["Ångström"])
    assert Speaker.objects.resolve("speaker zoe angstrom") == speaker
    assert Speaker.objects.resolve("Angstroms") == speaker


def test_an_unknown_name_resolves_to_nothing(demo):
    assert Speaker.objects.resolve("Speaker 99999") is None
    assert Speaker.objects.resolve("") is None


def test_an_exact_name_wins_over_a_genitive_reading(db):
    plural = SpeakerFactory(name="Speaker Reuters")
    SpeakerFactory(name="Speaker Reuter")
    assert Speaker.objects.resolve("Speaker Reuters") == plural


def test_an_ambiguous_alias_prefers_the_one_confirmed_speaker(db):
    confirmed = services.speaker_create(name="Speaker 00001", aliases=["The Spokesperson"])
    services.speaker_create(name="Speaker 00002", aliases=["The Spokesperson"], confirmed=False)
    assert Speaker.objects.resolve("the spokesperson") == confirmed
    services.speaker_create(name="Speaker 00003", aliases=["The Spokesperson"])
    assert Speaker.objects.resolve("the spokesperson") is None


def test_matching_name_lists_every_speaker_with_that_name_or_alias(db):
    one = services.speaker_create(name="Speaker 00010", aliases=["S. Ten"])
    services.speaker_create(name="Speaker 00011")
    assert list(Speaker.objects.matching_name("s ten")) == [one]
