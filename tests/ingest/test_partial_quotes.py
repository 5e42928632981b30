"""Partial quotes: a quoted phrase the sentence attributes to someone is their claim; a quoted name is not."""
import pytest

from factbase.ingest.pipeline import extract_claims


def direct_claims(text, language="de"):
    return {p.text: p.speaker for p in extract_claims(text, language) if p.kind == "direct"}


@pytest.mark.parametrize(
    ("text", "phrase", "speaker"),
    [
        # what someone speaks of or warns against is their wording, article or not
        ("Der Analyst Bernd Muster sprach am Montag von „Panikverkäufen“.", "Panikverkäufen", "Bernd Muster"),
        ("Die Ökonomin Anna Beispiel warnte vor den „Lockangeboten“ der Banken.", "Lockangeboten", "Anna Beispiel"),
        # an adjective before a lone capitalised word marks a common noun, not a name
        ("Die Sprecherin Anna Beispiel berichtete über erste „Landnahmen“ in der Region.", "Landnahmen",
         "Anna Beispiel"),
        # characterising something as a phrase is judging it
        ("Der Minister Bernd Muster charakterisierte das Vorgehen als ein „Beispiel schlechter Planung“.",
         "Beispiel schlechter Planung", "Bernd Muster"),
    ],
)
def test_a_phrase_attributed_to_a_speaker_is_a_direct_claim(text, phrase, speaker):
    assert direct_claims(text).get(phrase) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin Anna Beispiel sprach vom „Gesetz zur Stärkung der Radwege“.",
        "Anna Beispiel sprach mit der „Musterstädter Rundschau“ über den Plan.",
        "Bernd Muster las am Abend die renommierte „Beispielzeitung“.",
    ],
)
def test_a_quoted_name_stays_no_claim(text):
    assert direct_claims(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Der wissenschaftliche Name lautet „Beispielia musterensis“ und stammt aus dem Lateinischen.",
        "Das Motto des Festes hieß „Musterstadt feiert“, sagte Anna Beispiel.",
    ],
)
def test_what_a_name_or_motto_is_said_to_be_is_a_name(text):
    assert direct_claims(text) == {}


def test_a_phrase_quoted_inside_an_impersonal_report_is_its_wording():
    text = "Aus dem Rathaus hieß es, in den Kitas würden „händeringend“ Erzieherinnen gesucht."
    claims = {p.text: (p.kind, p.speaker) for p in extract_claims(text)}
    assert claims["händeringend"] == ("direct", "Rathaus")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Beispiel sagte, der so genannte „kleine Ring“ sei bald fertig.",
        "Dann nennt sich die Messe „beispielmesse 12“ und dauert eine Woche, sagte Anna Beispiel.",
        "Das nennt man einen „Zwischenschritt“, erklärte Anna Beispiel.",
    ],
)
def test_a_lowercase_name_after_so_genannt_or_nennt_sich_is_no_claim(text):
    assert direct_claims(text) == {}


def test_a_lowercase_phrase_after_a_reflexive_verb_stays_a_claim():
    text = "Der Staatsanwalt Bernd Muster sagte, der Mann habe sich „bewusst und gewollt versteckt“."
    assert direct_claims(text) == {"bewusst und gewollt versteckt": "Bernd Muster"}


def test_a_long_run_of_capitalised_words_is_a_name_not_a_statement():
    text = ("Der Wettbewerb der Schützinnen, das „Grand Prix de Tir de Précision de Musterstadt, Dames“, ging an "
            "Anna Beispiel.")
    assert direct_claims(text) == {}


def test_a_slogan_after_a_speech_noun_stays_a_claim_however_capitalised():
    text = ("Die Sprecherin Anna Beispiel sagte, auf den Transparenten hätten Sprüche wie „Nieder mit der Brücke "
            "und der Mautstation von Musterstadt“ gestanden.")
    assert "Nieder mit der Brücke und der Mautstation von Musterstadt" in direct_claims(text)
