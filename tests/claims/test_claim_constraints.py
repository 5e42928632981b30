import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from factbase.claims import services
from factbase.claims.dates import PartialDate
from factbase.claims.models import Appearance, Claim, Speaker
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory


def test_the_database_refuses_the_same_words_by_the_same_speaker_twice(db):
    claim = ClaimFactory(text="Wir müssen mehr tun.")
    with pytest.raises(IntegrityError), transaction.atomic():
        # Case, punctuation and white space are folded before hashing.
        Claim.objects.create(speaker=claim.speaker, text="  wir MÜSSEN mehr tun!! ")


def test_the_same_words_by_another_speaker_are_another_claim(db):
    claim = ClaimFactory(text="Synthetic words.")
    ClaimFactory(text="Synthetic words.", speaker=SpeakerFactory())
    assert Claim.objects.filter(text_hash=claim.text_hash).count() == 2


def test_a_quote_from_a_second_article_adds_an_appearance_not_a_claim(db):
    speaker = SpeakerFactory()
    first, second = SourceFactory(), SourceFactory()
    recorded = services.claim_record(speaker=speaker, text="Synthetic quote about budgets.", source=first,
                                     said=PartialDate.parse("2024-11"))
    again = services.claim_record(speaker=speaker, text="synthetic quote, about budgets", source=second)
    assert recorded.created and not again.created
    assert again.claim == recorded.claim
    assert Claim.objects.count() == 1
    assert Appearance.objects.filter(claim=recorded.claim).count() == 2


def test_recording_again_never_overwrites_what_a_curator_changed(db):
    speaker, source = SpeakerFactory(), SourceFactory()
    claim = services.claim_record(speaker=speaker, text="Synthetic original.", source=source).claim
    claim.place = "Curated place"
    claim.save()
    services.claim_record(speaker=speaker, text="Synthetic original.", source=source, place="Machine place")
    claim.refresh_from_db()
    assert claim.place == "Curated place"
    assert claim.appearances.count() == 1


def test_an_empty_claim_is_refused(db):
    with pytest.raises(ValidationError) as error:
        services.claim_record(speaker=SpeakerFactory(), text="   ")
    assert "text" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(speaker=SpeakerFactory(), text="")


def test_model_validation_names_a_duplicate_claim(db):
    claim = ClaimFactory(text="Synthetic duplicate.")
    with pytest.raises(ValidationError) as error:
        Claim(speaker=claim.speaker, text="synthetic DUPLICATE").full_clean()
    assert "already has this claim" in error.value.message_dict["text"][0]


@pytest.mark.parametrize("bad", ["57792", "q57792", "Q", "Q0", "Q12a", "P31"])
def test_a_wikidata_id_must_be_q_and_digits(db, bad):
    with pytest.raises(ValidationError) as error:
        Speaker(name="Speaker 00042", slug="speaker-00042", wikidata_id=bad).full_clean()
    assert "wikidata_id" in error.value.message_dict


def test_a_valid_wikidata_id_passes(db):
    Speaker(name="Speaker 00042", slug="speaker-00042", wikidata_id="Q42").full_clean()


def test_a_claim_date_is_stored_at_the_start_of_its_period(db):
    claim = ClaimFactory.build(speaker=SpeakerFactory(), said_on=dt.date(2024, 11, 17), said_on_precision="month")
    claim.full_clean()
    assert claim.said_on == dt.date(2024, 11, 1)


def test_a_date_without_precision_is_refused_by_the_database(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(speaker=SpeakerFactory(), text="x", said_on=dt.date(2024, 1, 1), said_on_precision="")


def test_speaker_stats_follow_published_claims(db):
    speaker = SpeakerFactory()
    ClaimFactory(speaker=speaker, said_on=dt.date(2020, 5, 1))
    ClaimFactory(speaker=speaker, said_on=dt.date(2024, 5, 1))
    draft = ClaimFactory(speaker=speaker, status="draft", said_on=dt.date(2025, 1, 1))
    speaker.refresh_from_db()
    assert (speaker.claim_count, speaker.first_said_on, speaker.last_said_on) == (
        2, dt.date(2020, 5, 1), dt.date(2024, 5, 1))
    services.claim_publish(claim=draft)
    speaker.refresh_from_db()
    assert (speaker.claim_count, speaker.last_said_on) == (3, dt.date(2025, 1, 1))


def test_moving_a_claim_to_another_speaker_updates_both_counts(db):
    claim = ClaimFactory()
    other = SpeakerFactory()
    claim = Claim.objects.get(pk=claim.pk)
    old = claim.speaker
    claim.speaker = other
    claim.save()
    old.refresh_from_db()
    other.refresh_from_db()
    assert (old.claim_count, other.claim_count) == (0, 1)


@pytest.mark.parametrize("text, same_as", [
    ("Synthetic words, said  twice!", "synthetic WORDS said twice"),
    ("Ünïcödé and “curly” quotes", "unicode and curly quotes"),
    ("Straße", "STRASSE"),
])
def test_the_fingerprint_folds_case_accents_punctuation_and_space(text, same_as):
    from factbase.claims.text import claim_text_hash

    assert claim_text_hash(text) == claim_text_hash(same_as)
