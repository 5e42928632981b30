"""Verbs and phrases of saying, German and English."""
import pytest

from factbase.ingest.cues import find_cues
from factbase.ingest.pipeline import extract_claims


def kinds(text, language="de"):
    return [(cue.word, cue.kind) for cue in find_cues(text, language=language)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Anna Beispiel sagte, sie komme.", "sagte"),
        ("Das erklärte Speaker 00042 am Montag.", "erklärte"),
        ("Sie betonte, das sei wichtig.", "betonte"),
        ("Er warnte vor den Folgen.", "warnte"),
        ("Sie hatte gesagt, dass sie komme.", "gesagt"),
        ("Er schrieb auf seiner Seite, es gehe voran.", "schrieb"),
        ("Die Ministerin hatte die Lage als ernst bezeichnet.", "bezeichnet"),
    ],
)
def test_it_finds_german_verbs_of_saying(text, word):
    assert (word, "verb") in kinds(text)


def test_a_separable_verb_counts_only_with_its_particle():
    assert ("teilte", "verb") in kinds("Die Firma teilte am Montag mit, sie schließe.")
    assert ("fügte", "verb") in kinds("Er fügte hinzu, es sei spät.")
    assert kinds("Die Firma teilte den Gewinn.") == []


def test_it_finds_according_to_phrases():
    assert ("Laut", "according") in kinds("Laut Anna Beispiel ist das falsch.")
    assert ("zufolge", "according") in kinds("Dem Bericht zufolge ist das falsch.")
    assert ("nach Angaben", "according") in kinds("Das ist nach Angaben der Polizei falsch.")
    assert ("according to", "according") in kinds("The plan failed, according to Anna Example.", "en")


def test_it_finds_so_after_a_quote_and_impersonal_phrases():
    assert ("so", "so") in kinds("„Das ist falsch“, so Anna Beispiel.")
    assert ("hieß es", "impersonal") in kinds("Das sei falsch, hieß es.")


@pytest.mark.parametrize("word", ["said", "told", "added", "wrote", "stated"])
def test_it_finds_english_verbs_of_saying(word):
    assert (word, "verb") in kinds(f"Anna Example {word} the plan would work.", "en")


def test_offsets_point_into_the_text():
    text = "Vorher. Anna Beispiel sagte, sie komme."
    [cue] = find_cues(text)
    assert text[cue.start:cue.end] == "sagte"


def test_nouns_and_possessives_are_no_cues():
    assert kinds("Meine Aussage war klar, meinen Kollegen war das recht.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nach einer neuen Studie schadet Lärm dem Schlaf.",
        "Nach dem Bericht der Kommission fehlen zwölf Millionen Euro.",
        "Nach Expertenmeinung hält die Brücke noch zehn Jahre.",
    ],
)
def test_a_study_or_report_after_nach_is_an_according_cue(text):
    assert [c.kind for c in find_cues(text)][:1] == ["according"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Einschätzungen der Stadtwerke ist die Leitung „seit Jahren marode“.", "Stadtwerke"),
        ("Nach Darstellungen des Verlags bietet das Buch eine „nüchterne Bilanz der Reform“.", "Verlags"),
        ("Die Sirene gibt nach Bewertung von Feuerwehr und Polizei „keinen Anlass zur Sorge“.", "Feuerwehr"),
        ("Nach Schätzungen des Verbands sind bereits 4.000 Tonnen Mehl „unverkäuflich“.", "Verbands"),
        ("Nach Berechnungen der Forscherin Anna Beispiel reicht das Wasser „bis zum Herbst“.", "Anna Beispiel"),
    ],
)
def test_a_view_estimate_or_account_after_nach_names_its_source(text, source):
    # English has one cue for these ("according to estimates by …"); no English counterpart
    assert [c.kind for c in find_cues(text)][:1] == ["according"]
    assert [p.speaker for p in extract_claims(text) if p.kind == "direct"] == [source]


def test_nach_before_a_time_or_place_is_no_cue():
    assert find_cues("Nach dem Spiel fuhren die Fans nach Hause.") == []


@pytest.mark.parametrize(
    ("text", "word", "claim", "speaker"),
    [
        ("Ein Augenzeuge erzählte der Zeitung, die Brücke sei schon am Morgen gesperrt gewesen.", "erzählte",
         "die Brücke sei schon am Morgen gesperrt gewesen.", "Augenzeuge"),
        ("Die Ministerin Anna Muster hatte Gutes zu vermelden. Die Stadt sei „aller Voraussicht nach“ schuldenfrei.",
         "vermelden", "aller Voraussicht nach", "Anna Muster"),
    ],
)
def test_telling_and_announcing_are_verbs_of_saying(text, word, claim, speaker):
    # English "told" and "announced" are cues already; no English counterpart
    assert (word, "verb") in kinds(text)
    assert {p.text: p.speaker for p in extract_claims(text)}[claim] == speaker


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Der Geschäftsführer wies alle Vorwürfe als „haltlos“ zurück.", "de", "wies"),
        ("Die Sprecherin gab den Plan als „beschlossen“ bekannt.", "de", "gab"),
    ],
)
def test_a_separable_verb_finds_its_particle_after_a_quoted_phrase(text, language, word):
    assert (word, "verb") in kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("„Das war schwer“, erinnerte sich Anna Beispiel später.", "de", "erinnerte"),
        ("Bernd Muster gestand, er habe sich geirrt.", "de", "gestand"),
        ("Die Ministerin wandte ein, das sei zu teuer.", "de", "wandte"),
        ("“That was hard,” Anna Example recalled later.", "en", "recalled"),
        ("“We will be back,” Anna Example joked.", "en", "joked"),
    ],
)
def test_it_finds_verbs_of_recalling_admitting_and_objecting(text, language, word):
    assert (word, "verb") in kinds(text, language)


def test_so_before_a_colon_is_an_adverb_not_an_attribution():
    assert ("so", "so") not in kinds("Sie erklärt den Plan, so: „Wir bauen die Brücke.“")
    assert ("so", "so") in kinds("„Wir bauen die Brücke“, so Anna Beispiel.")


@pytest.mark.parametrize(
    "text",
    [
        "Wenn die Stadt klagt, so gebe es keinen Ausweg, schreibt Anna Beispiel.",
        "Der Bau dauere Jahre, so lange müsse man warten.",
        "Wir helfen, so wie wir es immer getan haben.",
    ],
)
def test_so_before_a_verb_or_adverb_is_a_conjunction_not_an_attribution(text):
    assert ("so", "so") not in kinds(text)


@pytest.mark.parametrize("speaker", ["der Sprecher", "ihre Anwältin", "Anna Beispiel", "verdi-Sprecher Max Muster"])
def test_so_before_a_name_or_a_determiner_names_the_speaker(speaker):
    assert ("so", "so") in kinds(f"Das Werk schließe im Mai, so {speaker}.")


def test_drohen_after_the_expletive_es_is_a_threat_looming_not_a_verb_of_saying():
    assert kinds("Es drohe eine Erderwärmung von bis zu sechs Grad.") == []
    assert kinds("Wenn der Plan scheitert, es droht Streit im Rat.") == []
    assert ("drohte", "verb") in kinds("Der Verband drohte mit einer Klage.")
    # English lists no verb of threatening among its cues, so "there is a threat of …" has none either
    assert kinds("There is a threat of a strike, the union threatened.", "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Flutwelle erreichte die Stadt früher als erwartet, wie befürchtet.", "de"),
        ("The flood reached the town earlier than predicted, as noted.", "en"),
    ],
)
def test_a_participle_after_a_comparison_word_is_no_verb_of_saying(text, language):
    assert kinds(text, language) == []


def test_a_phrase_quoted_before_a_comparison_is_no_ones_statement():
    assert extract_claims("Die Flutwelle erreichte die Stadt „acht bis zehn Stunden früher“ als erwartet.") == []
    assert extract_claims("The flood reached the town “eight to ten hours earlier” than predicted.", "en") == []
