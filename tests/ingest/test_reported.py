"""Reported speech: the clause a verb of saying introduces, and the Konjunktiv that carries it."""
import pytest

from factbase.ingest.cues import find_cues
from factbase.ingest.pipeline import extract_claims
from factbase.ingest.reported import find_reported, is_subjunctive


def reported(sentence, language="de"):
    cues = find_cues(sentence, language=language)
    return [sentence[r.start:r.end] for r in find_reported(sentence, 0, len(sentence), cues, language)]


def test_a_konjunktiv_clause_after_the_verb_is_reported():
    sentence = "Anna Beispiel sagte weiter, die Partner müssten mehr tun."
    assert reported(sentence) == ["die Partner müssten mehr tun."]


def test_a_konjunktiv_clause_before_the_verb_is_reported():
    sentence = "Sie sei überzeugt, dass die Firma bleiben werde, sagte Anna Beispiel."
    assert reported(sentence) == ["Sie sei überzeugt, dass die Firma bleiben werde"]


def test_a_dass_clause_is_reported():
    sentence = "Speaker 00042 hatte bereits gesagt, dass die Firma bleibt."
    assert reported(sentence) == ["dass die Firma bleibt."]


def test_an_indicative_clause_after_a_plain_verb_of_saying_is_reported():
    assert reported("Anna Beispiel sagte, die Brücke ist fertig.") == ["die Brücke ist fertig."]
    assert reported("Die Brücke ist fertig, sagte Anna Beispiel.") == ["Die Brücke ist fertig"]


def test_a_subordinate_clause_or_an_apposition_is_not_reported():
    assert reported("Anna Beispiel sagte, als sie ankam, war es dunkel.") == []
    assert reported("Anna Beispiel, die Bürgermeisterin der Stadt, sagte: „Wir bleiben.“") == []


def test_an_infinitive_after_a_verb_of_announcing_is_reported():
    sentence = "Anna Beispiel kündigte am Montag an, von ihrem Amt zurückzutreten."
    assert reported(sentence) == ["von ihrem Amt zurückzutreten."]


def test_a_direct_quote_is_left_to_the_quote_finder():
    assert reported("Anna Beispiel sagte: „Wir müssten mehr tun.“") == []


def test_an_according_to_phrase_reports_its_sentence():
    sentence = "Die Firma bleibt nach Angaben von Anna Beispiel in der Stadt."
    assert reported(sentence) == [sentence]


def test_english_said_that_is_reported():
    sentence = "Anna Example said that the firm would stay."
    assert reported(sentence, "en") == ["that the firm would stay."]


def test_english_said_before_the_clause_is_reported():
    sentence = "The firm would stay in town, Anna Example said."
    assert reported(sentence, "en") == ["The firm would stay in town"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Es sei wichtig, weiterzumachen.", True),
        ("Die Partner müssten mehr tun.", True),
        ("Musterstadt setze auf Wachstum.", True),
        ("Es gebe viele Gründe.", True),
        ("Die Firma bleibt in der Stadt.", False),
        ("Der frühere Minister hatte das Amt übernommen.", False),
        ("Details nannte er nicht.", False),
        ("Sie sagte: „Ich habe keine Zeit.“", False),
    ],
)
def test_it_recognises_the_konjunktiv(clause, expected):
    assert is_subjunctive(clause) is expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("In dem Schreiben des Vereins heißt es: „Wir bleiben.“", "de"),
        ("In a statement by the club it had been said: “We will stay.”", "en"),
    ],
)
def test_the_document_before_an_impersonal_phrase_is_not_reported(sentence, language):
    assert reported(sentence, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Sprecherin Anna Muster sagte: „Wir sind zuversichtlich, dass die Brücke bis zum Sommer fertig wird.“",
         "de"),
        # English has no dass-clause fallback; the quote stays one direct claim there too
        ("Spokeswoman Anna Example said: “We are confident that the bridge will be finished by summer.”", "en"),
    ],
)
def test_a_dass_clause_inside_a_direct_quote_is_part_of_the_quote_not_a_report(text, language):
    assert [p.kind for p in extract_claims(text, language)] == ["direct"]
