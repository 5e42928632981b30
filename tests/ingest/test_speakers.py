"""Speaker phrases: role and name apart, later mentions resolved within the article."""
import pytest

from factbase.ingest.attribution import speaker_for_cue
from factbase.ingest.cues import find_cues
from factbase.ingest.pipeline import extract_claims
from factbase.ingest.speakers import Cast, mention_from_phrase, read_noun_phrase

ARTICLE = (
    "Ministerin Anna Beispiel besuchte am Montag Musterstadt. "
    "Bürgermeister Bernd Muster empfing sie. "
    "Beispiel sagte später, es sei ein guter Tag gewesen. "
    "Die Ministerin fügte hinzu, sie komme wieder."
)


@pytest.mark.parametrize(
    ("phrase", "role", "name"),
    [
        ("NATO-Generalsekretär Anna Beispiel", "NATO-Generalsekretär", "Anna Beispiel"),
        ("der ukrainische Außenminister Speaker Zweiundvierzig", "ukrainische Außenminister", "Speaker Zweiundvierzig"),
        ("Anna Beispiel", "", "Anna Beispiel"),
        ("Sprecherin Anna Beispiel", "Sprecherin", "Anna Beispiel"),
        ("spokeswoman Anna Example", "spokeswoman", "Anna Example"),
    ],
)
def test_it_splits_the_role_from_the_name(phrase, role, name):
    mention = mention_from_phrase(phrase)
    assert (mention.role, mention.name) == (role, name)


def test_an_organisation_is_a_speaker_without_a_name():
    mention = mention_from_phrase("ein Sprecher des Beispielministeriums")
    assert mention.name is None and mention.phrase == "Sprecher des Beispielministeriums"


def test_the_noun_phrase_after_a_verb_stops_before_the_place():
    text = "sagte Außenamtssprecherin Anna Beispiel in Musterstadt."
    mention = read_noun_phrase(text, len("sagte"), len(text))
    assert (mention.role, mention.name) == ("Außenamtssprecherin", "Anna Beispiel")


def test_a_surname_resolves_to_the_full_name():
    cast = Cast.from_text(ARTICLE)
    assert cast.full_name("Beispiel") == "Anna Beispiel"
    assert cast.full_name("Beispiels") == "Anna Beispiel"


def test_a_role_resolves_to_the_last_person_with_that_role():
    cast = Cast.from_text(ARTICLE)
    mention = mention_from_phrase("Die Ministerin")
    assert cast.resolve(mention, ARTICLE.index("Die Ministerin fügte"))[0] == "Anna Beispiel"


def test_a_pronoun_resolves_to_the_last_person_mentioned():
    cast = Cast.from_text(ARTICLE)
    mention = read_noun_phrase("er", 0, 2)
    assert mention.is_pronoun
    assert cast.resolve(mention, ARTICLE.index("empfing"))[0] == "Bernd Muster"
    assert cast.resolve(mention, len(ARTICLE))[0] == "Anna Beispiel"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("„Wir bleiben“, sagte Anna Beispiel.", "Anna Beispiel"),
        ("Anna Beispiel sagte: „Wir bleiben.“", "Anna Beispiel"),
        ("Nach dem Treffen sagte Anna Beispiel, man bleibe.", "Anna Beispiel"),
        ("Die Sprecherin Anna Beispiel hatte am Montag gesagt, dass man bleibe.", "Sprecherin Anna Beispiel"),
        ("Anna Beispiel, die Sprecherin der Firma, erklärte: „Wir bleiben.“", "Anna Beispiel"),
        ("Laut Bernd Muster bleibt die Firma.", "Bernd Muster"),
        ("Dem Beispielministerium zufolge bleibt die Firma.", "Beispielministerium"),
        ("„Wir bleiben“, so Anna Beispiel.", "Anna Beispiel"),
        ("Wie Anna Beispiel mitteilte, bleibt die Firma.", "Anna Beispiel"),
        ("Auch Anna Beispiel argumentierte, die Firma bleibe.", "Anna Beispiel"),
        ("Anna Beispiel nannte das Projekt gut und erklärte, die Firma bleibe.", "Anna Beispiel"),
        ("„Wir bleiben“ erklärte Anna Beispiel.", "Anna Beispiel"),
        ("Dies stelle alles infrage, hieß es vom Sprecher Bernd Muster.", "Sprecher Bernd Muster"),
        ("Anna Example said the firm would stay.", "Anna Example"),
        ("“We stay,” said Anna Example.", "Anna Example"),
    ],
)
def test_it_finds_who_a_cue_names(sentence, speaker):
    language = "en" if "Example" in sentence else "de"
    cue = find_cues(sentence, language=language)[0]
    mention = speaker_for_cue(sentence, cue, 0, len(sentence))
    assert mention is not None and mention.phrase == speaker


def test_a_name_with_a_particle_is_introduced_whole():
    cast = Cast.from_text("Ministerin Anna von der Beispiel sagte etwas. Der Präsident der Republik kam.")
    assert cast.names == ["Anna von der Beispiel"]
    assert cast.full_name("Beispiel") == "Anna von der Beispiel"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Der 58-Jährige sagte", "58-Jährige"),
        ("Der 84-jährige Muster sagte", "84-jährige Muster"),
        ("The 58-year-old said", "58-year-old"),
    ],
)
def test_an_age_makes_a_noun_phrase(text, phrase):
    mention = read_noun_phrase(text, 0, len(text))
    assert mention is not None and mention.phrase == phrase


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Die den Sturm überstehende Anna Beispiel", "", "Anna Beispiel"),
        ("der seit Jahren amtierende Bürgermeister Bernd Muster", "Bürgermeister", "Bernd Muster"),
        ("the long-serving mayor Anna Example", "long-serving mayor", "Anna Example"),
    ],
)
def test_a_participle_phrase_before_the_name_is_not_part_of_it(text, role, name):
    mention = read_noun_phrase(text, 0, len(text))
    assert (mention.role, mention.name) == (role, name)


@pytest.mark.parametrize(
    "phrase", ["die steigende Nachfrage", "der Leiter der betreffenden Schule", "die so genannten Brückenbauer"])
def test_a_plain_adjective_participle_stays_in_the_phrase(phrase):
    assert mention_from_phrase(phrase).phrase == phrase.split(" ", 1)[1]


def test_a_genitive_chain_ends_at_an_acronym():
    text = "einem Bericht des VDB der Stärkung des Radverkehrs"
    assert read_noun_phrase(text, 0, len(text)).phrase == "Bericht des VDB"


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("der Sprecher des Ministeriums", "Sprecher des Ministeriums"),
        ("die praktische Anwendung der Regeln des Bürgermeisters", ""),
        ("der Bruder des Präsidenten", ""),
        ("the spokesman", "spokesman"),
    ],
)
def test_the_head_noun_before_a_genitive_carries_the_role(phrase, role):
    assert mention_from_phrase(phrase).role == role


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Entscheidung des Bürgermeisters überraschte am Montag die ganze Stadt. „Wir bleiben hier, was auch "
         "immer geschieht.“", "de", []),
        ("Die praktische Anwendung der Regeln des Bürgermeisters stellte die Vorsitzende Anna Muster "
         "ebenfalls in Frage: „Diese Regeln sind nicht lebensnah und werden in keiner Gemeinde so angewandt.“",
         "de", ["Anna Muster"]),
        # English noun phrases end before "of", so an English genitive never lent its role to the head
        ("The decision of the mayor surprised the whole town on Monday. “We are staying here whatever happens.”",
         "en", []),
    ],
)
def test_a_phrase_whose_genitive_names_a_role_does_not_speak(text, language, expected):
    assert [p.speaker for p in extract_claims(text, language) if p.kind == "direct"] == expected


def test_a_name_before_vom_is_the_persons_name_and_the_body_stays_in_the_phrase():
    # English reads "Anna Example of/from the Sample Institute" as the bare name already; no English counterpart
    mention = mention_from_phrase("Bernd Muster vom Netzwerk Beispiel")
    assert (mention.phrase, mention.name) == ("Bernd Muster vom Netzwerk Beispiel", "Bernd Muster")


def test_the_opinion_of_someone_named_with_vom_is_theirs():
    text = ("Bernd Muster vom Netzwerk Beispiel ist der Meinung, dass die Klage einiger „lichtscheuer Abgeordneter“ "
            "die Umsetzung nicht verzögern dürfe.")
    claims = {p.kind: p.speaker for p in extract_claims(text)}
    assert claims == {"indirect": "Bernd Muster", "direct": "Bernd Muster"}


@pytest.mark.parametrize(
    ("text", "language", "quote", "speaker"),
    [
        ("„Wir danken ihm“, sagte Anna Muster. Für den Theologen Bernd Beispiel sei der Rücktritt „aus vielen Gründen "
         "verständlich“.", "de", "aus vielen Gründen verständlich", "Bernd Beispiel"),
        ("Die Journalistin Anna Muster schrieb, der Plan sei „nicht durchdacht“. Muster kündigte an, weiter zu "
         "berichten.", "de", "nicht durchdacht", "Anna Muster"),
        ("“We thank him,” said Bernd Sample. For the journalist Anna Example, the resignation is “understandable for "
         "many reasons”.", "en", "understandable for many reasons", "Anna Example"),
    ],
)
def test_a_profession_before_a_name_is_a_role(text, language, quote, speaker):
    claims = {p.text: p.speaker for p in extract_claims(text, language) if p.kind == "direct"}
    assert claims[quote] == speaker
