"""Who a direct quote belongs to, when the clause around it is not the plain "X sagte: „…“"."""
import pytest

from factbase.ingest.pipeline import extract_claims


def direct_speakers(text, language="de"):
    return {p.text: p.speaker for p in extract_claims(text, language) if p.kind == "direct"}


def test_a_prepositional_opening_with_a_determiner_is_no_subject():
    text = ("Zu dieser Zeit ging Anna Beispiel, die Anwältin der Familie, noch davon aus, dass der Antrag gestellt "
            "würde, „um den Kindern den langen Weg zum Gericht zu ersparen“.")
    assert direct_speakers(text) == {"um den Kindern den langen Weg zum Gericht zu ersparen": "Anna Beispiel"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Behörde schrieb der Familie. So heißt es in dem Schreiben wörtlich: „Die Kinder werden abgeholt.“",
         "Schreiben"),
        ("Im Bericht heißt es: „Die Kinder werden abgeholt.“", "Bericht"),
    ],
)
def test_an_impersonal_phrase_names_the_document_before_or_after_it(text, speaker):
    assert direct_speakers(text) == {"Die Kinder werden abgeholt.": speaker}


def test_a_verb_joined_by_und_shares_the_subject_and_attributes_only_the_next_quote():
    text = ("Anna Beispiel vom Institut für Physik in Musterstadt erläutert die Annahme, die der Vorbeiflug der Sonde "
            "im nächsten Sommer endlich überprüfen soll, so: „Es gibt zwei Arten von Teilchen, die beide vom Mond "
            "kommen“, und fügt hinzu: „Wir denken, die hellen Teilchen stammen von der Oberfläche.“")
    speakers = list(direct_speakers(text).values())
    assert len(speakers) == 2 and speakers[0] == speakers[1]
    assert speakers[0].startswith("Anna Beispiel")


def test_a_long_apposition_before_the_verb_keeps_the_name_as_speaker():
    text = ("Anna Beispiel, eine langjährige Vertreterin der Umweltschutzorganisation „Beispielverband für Naturschutz“ "
            "(BVN), kommentierte die Entscheidung mit folgenden Worten: „Es gibt keinen Markt für dieses Holz.“")
    assert direct_speakers(text) == {"Es gibt keinen Markt für dieses Holz.": "Anna Beispiel"}


def test_an_infinitive_clause_before_a_colon_leaves_the_sentence_subject_as_speaker():
    text = ("Ministerin Anna Beispiel sagte, der Plan komme. Der Mitarbeiter Bernd Muster hat weniger Hemmungen, "
            "seine Sympathie öffentlich zu zeigen: „Wir sind der Meinung, dass die Brücke gebaut wird.“")
    [speaker] = direct_speakers(text).values()
    assert speaker.endswith("Bernd Muster")


def test_a_long_quote_without_a_cue_belongs_to_the_subject_after_the_heading():
    text = ("Umwelt: Die Beispielpartei will alte Kraftwerke („alle Anlagen, die älter als dreißig Jahre sind und viel "
            "Kohle verbrennen“) schneller abschalten.")
    assert direct_speakers(text) == {
        "alle Anlagen, die älter als dreißig Jahre sind und viel Kohle verbrennen": "Beispielpartei"}


def test_a_bare_noun_after_the_verb_is_its_object_not_a_named_speaker():
    text = "Die Stadtreinigung äußerte Zweifel, ob der Plan reiche: „Alle Anlagen sind randvoll.“"
    assert direct_speakers(text) == {"Alle Anlagen sind randvoll.": "Stadtreinigung"}
