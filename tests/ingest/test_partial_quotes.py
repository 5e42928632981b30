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
