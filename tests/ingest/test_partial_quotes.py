"""Partial quotes: a quoted phrase the sentence attributes to someone is their claim; a quoted name is not."""
import pytest

from factbase.ingest.pipeline import extract_claims
from tests.ingest.extracting import direct_claims


@pytest.mark.parametrize(
    ("text", "phrase", "speaker"),
    [
        # what someone speaks of or warns against is their wording, article or not
        ("Der Analyst Bernd Muster sprach am Montag von „Angstkäufen“.", "Angstkäufen", "Bernd Muster"),
        ("Die Ökonomin Anna Beispiel warnte vor den „Lockangeboten“ der Banken.", "Lockangeboten", "Anna Beispiel"),
        # an adjective before a lone capitalised word marks a common noun, not a name
        ("Die Sprecherin Anna Beispiel berichtete über weitere „Enteignungen“ im Tal.", "Enteignungen",
         "Anna Beispiel"),
        # characterising something as a phrase is judging it
        ("Der Minister Bernd Muster charakterisierte den Umbau als ein „Lehrstück der Planlosigkeit“.",
         "Lehrstück der Planlosigkeit", "Bernd Muster"),
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
        "Der lateinische Name der Pflanze lautet „Beispielia musterensis“ und stammt von ihrer Entdeckerin.",
        "Das Motto des Festes hieß „Musterstadt feiert“, sagte Anna Beispiel.",
    ],
)
def test_what_a_name_or_motto_is_said_to_be_is_a_name(text):
    assert direct_claims(text) == {}


def test_a_phrase_quoted_inside_an_impersonal_report_is_its_wording():
    text = "Aus dem Rathaus hieß es, für die Kitas würden „fieberhaft“ Köchinnen gesucht."
    claims = {p.text: (p.kind, p.speaker) for p in extract_claims(text)}
    assert claims["fieberhaft"] == ("direct", "Rathaus")


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
    text = "Der Staatsanwalt Bernd Muster sagte, der Zeuge habe sich „ganz absichtlich verspätet“."
    assert direct_claims(text) == {"ganz absichtlich verspätet": "Bernd Muster"}


def test_a_long_run_of_capitalised_words_is_a_name_not_a_statement():
    text = ("Das Turnier der Jugend, der „Grand Prix de la Chanson de Musterstadt et du Pays Voisin“, endete mit einem "
            "Sieg von Anna Beispiel.")
    assert direct_claims(text) == {}


def test_a_slogan_after_a_speech_noun_stays_a_claim_however_capitalised():
    text = ("Die Sprecherin Anna Beispiel sagte, auf den Plakaten hätten Sprüche wie „Hände weg von der Brücke "
            "und der Maut in Musterstadt“ gestanden.")
    assert "Hände weg von der Brücke und der Maut in Musterstadt" in direct_claims(text)


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("Die Menge rief Protestparolen gegen die Regierung wie „Nieder mit dem Plan“.", "Nieder mit dem Plan"),
        ("Sie schrieben Hassparolen in großer Schrift wie „Wir kriegen euch alle“ an die Wand.",
         "Wir kriegen euch alle"),
    ],
)
def test_a_slogan_after_a_compound_speech_noun_and_a_few_words_stays_a_claim(text, slogan):
    # English reads a capitalised phrase after "like" as words already; no English counterpart
    assert slogan in direct_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ihr erster Roman erscheint im Mai bei einem kleinen Verlag: „Wir sind jetzt angekommen“.",
        "Beim Auftritt stellte die Sängerin Anna Beispiel ihr neues Album vor: „Sing a song for me“.",
    ],
)
def test_a_short_quote_after_a_clause_about_a_work_is_its_title(text):
    assert direct_claims(text) == {}


def test_a_numbered_event_is_a_name_however_long():
    text = ("Die Ministerin Anna Beispiel sprach am Montag beim "
            "„3. Beispieltag der Stadtwerke Musterstadt Energie und Wasser AG“ in Berlin.")
    assert direct_claims(text) == {}


def test_a_maxim_after_principle_is_its_name_not_a_claim():
    text = "Bernd Muster sagte, der Grundsatz „jeder zahlt den gleichen Beitrag“ gelte auch in diesem Verein."
    assert direct_claims(text) == {}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Die ersten Helfer trafen am Abend ein. „Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an, mehr "
         "Personal zu schicken.", "de", "Ärzte ohne Grenzen"),
        ("Nobody knew what the hall would be used as. “Doctors without Borders” and the Red Cross announced they "
         "would send more staff.", "en", "Doctors without Borders"),
    ],
)
def test_a_predicating_word_ending_the_sentence_before_leaves_a_name_a_name(text, language, name):
    assert name not in [p.text for p in extract_claims(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Die Hauptstadt der Region, deren amtliche Bezeichnung „Republik Musterland“ lautet, liegt am Fluss.", "de",
         "Republik Musterland"),
        ("Die Schlange wurde nach dem Fundort benannt, der Name lautet also „riesige Schlange von Musterberg“.", "de",
         "riesige Schlange von Musterberg"),
        ("The researchers said the scientific name is therefore “giant snake of Sample Hill”.", "en",
         "giant snake of Sample Hill"),
    ],
)
def test_what_a_naming_noun_is_said_to_be_is_a_name_with_an_adverb_or_the_verb_after_it(text, language, name):
    assert name not in direct_claims(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Den Titel der neuen Sendung gab der Sender am Montag bekannt: „Musterstadt bei Nacht – eine Reise“.", "de"),
        ("The broadcaster announced the name it had chosen: “Sample Town by night – a journey”.", "en"),
    ],
)
def test_a_short_quote_after_a_clause_about_a_name_is_the_name_though_a_verb_of_saying_stands_there(text, language):
    assert direct_claims(text, language) == {}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eine kleine Bürgerinitiative feierte die Absage dagegen als „großen Sieg für das Tal“.",
         "kleine Bürgerinitiative"),
        ("Diese Organisation feierte den Beschluss als „Erfolg für alle Pendler“.", "Organisation"),
    ],
)
def test_a_body_opening_the_sentence_after_a_longer_article_owns_the_phrase_it_judges(text, speaker):
    # English articles ("The", "A") are as short as the German ones the rule covered before; no English counterpart
    assert list(direct_claims(text).values()) == [speaker]
