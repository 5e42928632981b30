"""The claim extractor end to end: made-up articles, then the seed article against its reference."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from bench.extraction.score_extraction import score_doc
from factbase.ingest.furniture import is_furniture
from factbase.ingest.pipeline import extract_claims

DEMO = Path(__file__).resolve().parents[2] / "factbase" / "demo"
SEED = "article-2024-11-nato-ukraine.de"

ARTICLE_DE = """Musterstadt baut eine neue Brücke

Anzeige

Bürgermeisterin Anna Beispiel hat am Montag den Bau einer Brücke angekündigt. „Die Brücke verbindet beide Ufer. \
Sie wird im Herbst fertig“, sagte Beispiel bei einer Versammlung in Musterstadt. „Wir haben lange darauf gewartet.“

Im Video: „Wie eine Brücke entsteht“ - Ingenieure erklären

Der Stadtrat Bernd Muster sagte, die Kosten seien zu hoch. Es sei besser, \
zuerst die Straßen zu reparieren. Laut dem Bauamt kostet die Brücke zwölf Millionen Euro. Das Bauamt \
nannte den Zeitplan \
„ehrgeizig“. Die Zeitung „Musterstädter Bote“ berichtete zuerst.

Lesen Sie auch: Neue Radwege in Musterstadt
"""

ARTICLE_EN = """Sampletown builds a bridge

Mayor Anna Example announced a new bridge on Monday. “The bridge will connect both banks,” \
Example said. She added that it would be finished in autumn. \
According to the town's planning office, the bridge will cost twelve million euros.
"""


def by_text(proposals):
    return {p.text: p for p in proposals}


def test_direct_quotes_are_attributed_to_the_full_name():
    claims = by_text(extract_claims(ARTICLE_DE))
    first = claims["Die Brücke verbindet beide Ufer. Sie wird im Herbst fertig"]
    assert (first.speaker, first.role, first.kind) == ("Anna Beispiel", "Bürgermeisterin", "direct")
    assert first.place == "Musterstadt"


def test_a_quote_after_an_attributed_one_has_the_same_speaker():
    claims = by_text(extract_claims(ARTICLE_DE))
    assert claims["Wir haben lange darauf gewartet."].speaker == "Anna Beispiel"


def test_reported_speech_is_an_indirect_claim_and_carries_on_in_the_konjunktiv():
    claims = [p.text for p in extract_claims(ARTICLE_DE) if p.kind == "indirect" and p.speaker == "Bernd Muster"]
    assert claims == ["die Kosten seien zu hoch.", "Es sei besser, zuerst die Straßen zu reparieren."]


def test_an_according_to_phrase_names_an_organisation():
    claims = [p for p in extract_claims(ARTICLE_DE) if "zwölf Millionen" in p.text]
    assert [p.speaker for p in claims] == ["Bauamt"]


def test_a_short_quote_next_to_a_verb_of_saying_is_a_claim():
    claims = by_text(extract_claims(ARTICLE_DE))
    assert claims["ehrgeizig"].speaker == "Bauamt"


def test_furniture_titles_and_names_are_no_claims():
    texts = [p.text for p in extract_claims(ARTICLE_DE)]
    assert not any("Wie eine Brücke entsteht" in t or "Musterstädter Bote" in t or "Anzeige" in t for t in texts)
    assert not any("Radwege" in t for t in texts)


def test_offsets_and_context_point_into_the_article():
    for proposal in extract_claims(ARTICLE_DE):
        assert ARTICLE_DE[proposal.start:proposal.end] == proposal.text
        assert proposal.text in proposal.context
        assert 0 < proposal.confidence <= 1


def test_claims_come_ordered_by_offset():
    starts = [p.start for p in extract_claims(ARTICLE_DE)]
    assert starts == sorted(starts)


def test_english_quotes_and_reported_speech():
    claims = extract_claims(ARTICLE_EN, language="en")
    direct = [p for p in claims if p.kind == "direct"]
    indirect = [p for p in claims if p.kind == "indirect"]
    assert [(p.text, p.speaker) for p in direct] == [("The bridge will connect both banks,", "Anna Example")]
    # English has steps of its own (factbase/ingest/english/): a reported clause is given without its "that"
    assert any(p.text.startswith("it would be finished") and p.speaker == "Anna Example" for p in indirect)
    assert any("twelve million" in p.text and p.speaker == "town's planning office" for p in indirect)


@pytest.mark.parametrize("line", ["Anzeige", "Im Video: Ein Beispiel", "Lesen Sie auch: Mehr",
                                  "Jetzt den Newsletter abonnieren"])
def test_page_furniture_is_recognised(line):
    assert is_furniture(line)


def test_article_text_is_not_furniture():
    assert not is_furniture("Anna Beispiel sagte, das Video sei neu.")


# The seed article against its hand-made reference, scored by the judged scorer's own function.


@pytest.fixture(scope="module")
def seed():
    article = (DEMO / f"{SEED}.txt").read_text(encoding="utf-8")
    text = re.sub(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s+", "", article, count=1)
    reference = json.loads((DEMO / f"{SEED}.gold.json").read_text(encoding="utf-8"))
    proposals = extract_claims(text)
    predictions = [{"text": p.text, "speaker": p.speaker, "kind": p.kind} for p in proposals]
    stats, misses = Counter(), []
    score_doc(reference, predictions, stats, misses)
    return proposals, stats


def test_the_seed_article_yields_every_direct_quote_with_its_speaker(seed):
    _, stats = seed
    assert (stats["tp_direct"], stats["ref_direct"]) == (5, 5)


def test_the_seed_article_yields_most_reported_speech(seed):
    _, stats = seed
    assert stats["tp_indirect"] >= 9


def test_the_seed_article_yields_none_of_its_non_claims(seed):
    _, stats = seed
    assert stats["not_claims_extracted"] == 0


def test_the_seed_article_resolves_surnames_and_roles(seed):
    proposals, _ = seed
    rutte = [p for p in proposals if p.speaker == "Mark Rutte"]
    assert rutte and all(p.role == "NATO-Generalsekretär" for p in rutte)
    assert any(p.speaker == "Wolodymyr Selenskyj" and p.text.startswith("Die Ukraine werde") for p in proposals)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bauen die Brücke noch in diesem Jahr“, strich Anna Beispiel heraus.",
        "„Wir bauen die Brücke noch in diesem Jahr.“ Das sagte Anna Beispiel am Montag.",
        "Anna Beispiel, die Bürgermeisterin der Stadt, erklärte: „Wir bauen die Brücke noch in diesem Jahr.“",
        "Wie Anna Beispiel mitteilte, werde die Brücke noch in diesem Jahr gebaut.",
    ],
)
def test_the_speaker_is_found_however_the_sentence_is_built(text):
    [claim] = extract_claims(text)
    assert claim.speaker == "Anna Beispiel"


def test_a_scare_quote_without_a_verb_of_saying_is_no_claim():
    text = "Die Stadt nennt das Projekt intern „Brückenschlag“. Der Bau beginnt im Mai."
    assert [p.text for p in extract_claims(text)] == []


def test_a_quoted_title_is_no_claim():
    text = "Anna Beispiel sagte, sie lese gerade das Buch „Die lange Brücke über den breiten Fluss“."
    assert all("lange Brücke" not in p.text or p.kind == "indirect" for p in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an object opening the clause is not the speaker
        ("Den Ärger der Partei brachte Sprecherin Anna Beispiel zum Ausdruck: „Wir sind enttäuscht über den Plan.“",
         "Anna Beispiel"),
        # a preposition or an adverb opening the clause is not the speaker either
        ("Auf der Versammlung zeigte sich Anna Beispiel zufrieden und bezeichnete den Vorschlag als „großen Wurf“.",
         "Anna Beispiel"),
        ("Von einer „gezielten Kampagne“ sprach der Stadtrat Bernd Muster.", "Bernd Muster"),
        ("Jede Verantwortung für den Fehler weist Anna Beispiel von sich: „Ich habe davon nichts gewusst.“",
         "Anna Beispiel"),
        # of two coordinated subjects, the one with a name
        ("Der Abgeordnete und Fraktionschef Bernd Muster sprach von einem „Feldzug gegen die Schulen“.",
         "Bernd Muster"),
        ("At the meeting, Mayor Anna Example said: “We will build the bridge this year.”", "Anna Example"),
        # a clause opening with a noun phrase has its subject there, the phrase after the verb is an object
        ("Ein nicht genannter Sprecher der Stadt bezeichnet die Investition als „strategisch“.", "Sprecher der Stadt"),
        ("A spokesman for the town described the investment as “strategic”.", "spokesman"),
        # a dative outlet before the verb, the named subject after it
        ("Der englischsprachigen Zeitung sagte Anna Beispiel: „Wir geben nicht auf, was auch geschieht.“",
         "Anna Beispiel"),
        # an apposition: the verb after the comma does not start a noun phrase
        ("Die Vorsitzende des Verbands, Anna Beispiel, kritisierte die Entscheidung scharf: „Das ist ein Fehler.“",
         "Anna Beispiel"),
        ("Ähnlich äußerte sich Stadtrat Bernd Muster: „Die Brücke kommt zu spät.“", "Bernd Muster"),
    ],
)
def test_the_speaker_is_the_subject_not_an_object_or_adverbial(text, speaker):
    language = "de" if "„" in text else "en"
    direct = [p for p in extract_claims(text, language) if p.kind == "direct"]
    assert direct and all(p.speaker == speaker for p in direct)


def test_a_possessive_phrase_points_back_at_the_last_speaker():
    text = ("Ministerin Anna Beispiel sagte, die Brücke komme bald. "
            "Ihre Zuversicht gründet sich auf die Erfahrung: „Wir haben jede Brücke pünktlich gebaut.“")
    direct = [p for p in extract_claims(text) if p.kind == "direct"]
    assert [p.speaker for p in direct] == ["Anna Beispiel"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das meldete die Nachrichtenagentur „Beispielpresse“ am Montag.", "de"),
        ("Laut „Musterstädter Bote“ kostet die Brücke zwölf Millionen Euro, sagte Anna Beispiel.", "de"),
        ("Wie „Beispiel Online“ berichtet, beginnt der Bau im Mai.", "de"),
        ("The news agency “Sample Press” reported the plan on Monday, Anna Example said.", "en"),
        ("Die so genannte „Brückensteuer“ lehnte Stadtrat Bernd Muster ab, sagte er.", "de"),
        ("Das Bündnis, das sich selbst „Allianz für die Brücke“ nennt, erklärte, es sei zufrieden.", "de"),
        ("The group, which calls itself “Friends of the Bridge”, said it was pleased.", "en"),
        ("Die regierende „Sample People's Party“ erklärte, sie sei zufrieden.", "de"),
        ("Den „Grand Prix de Musterstadt“ gewann laut Veranstalter Anna Beispiel.", "de"),
        ("Der Bericht nennt „Beispielnetz“ und „Musterfunk“ als Quellen, sagte Anna Beispiel.", "de"),
        ("The report names “Samplenet” and “Examplecast” as sources, Anna Example said.", "en"),
    ],
)
def test_a_quoted_outlet_or_name_is_no_direct_claim(text, language):
    assert all(p.kind != "direct" for p in extract_claims(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bürgermeisterin Anna Beispiel verteidigte den Bau der Brücke. „Wir haben keine andere Wahl gehabt.“", "de"),
        ("Mayor Anna Example defended the new bridge. “We had no other choice at all.”", "en"),
    ],
)
def test_a_quote_standing_alone_continues_the_person_just_spoken_of(text, language):
    direct = [p for p in extract_claims(text, language) if p.kind == "direct"]
    assert [p.speaker for p in direct] == [("Anna Beispiel" if language == "de" else "Anna Example")]


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("Der Stadtrat Bernd Muster sprach von einer „gezielten Kampagne gegen die Stadt“.", "de",
         "gezielten Kampagne gegen die Stadt"),
        ("Stadtrat Bernd Muster hält den Vorschlag für „völlig unbezahlbar“.", "de", "völlig unbezahlbar"),
        ("Mayor Bernd Muster spoke of a “deliberate campaign”.", "en", "deliberate campaign"),
    ],
)
def test_a_phrase_a_verb_of_judging_takes_is_its_subjects_wording(text, language, phrase):
    claims = by_text(extract_claims(text, language))
    assert claims[phrase].kind == "direct" and claims[phrase].speaker == "Bernd Muster"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt.", "de", "Polizeiangaben"),
        ("Nach ersten Angaben sind alle Fahrgäste unverletzt geblieben.", "de", "ersten Angaben"),
        ("Laut beispiel.de beginnt der Bau der Brücke im Mai.", "de", "beispiel.de"),
        ("According to example.com, the bridge will open in May.", "en", "example.com"),
    ],
)
def test_an_according_phrase_without_a_person_names_its_source(text, language, speaker):
    [claim] = extract_claims(text, language)
    assert (claim.kind, claim.speaker) == ("indirect", speaker)


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Ein Fernsehsender zitierte Anna Beispiel mit den Worten: „Wenn ich das Problem bin, gehe ich.“", "de",
         "Anna Beispiel"),
        ("„Das wird das größte Fest aller Zeiten“, zitiert die „Beispielwoche“ Sprecherin Anna Beispiel.", "de",
         "Anna Beispiel"),
        ("Anna Beispiel wird von der „Beispielzeitung“ mit den Worten zitiert: „Wir bleiben hier.“", "de",
         "Anna Beispiel"),
        ("The broadcaster quoted Mayor Anna Example: “If I am the problem, I will go.”", "en", "Anna Example"),
        ("„Er ist die eiserne Hand im Handschuh“, so charakterisierte ihn Stadtrat Bernd Muster.", "de",
         "Bernd Muster"),
    ],
)
def test_the_one_quoted_speaks_not_the_outlet_that_quotes(text, language, speaker):
    direct = [p for p in extract_claims(text, language) if p.kind == "direct"]
    assert [p.speaker for p in direct] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Die Bürgermeisterin Anna Beispiel sagte, der Bauherr trage die „volle Verantwortung“ für den Fehler.", "de",
         "volle Verantwortung", "Anna Beispiel"),
        ("Mayor Anna Example said the builder bore the “full responsibility” for the delay.", "en",
         "full responsibility", "Anna Example"),
    ],
)
def test_a_lowercase_phrase_after_an_article_is_wording_not_a_name(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("text", "language", "claim", "speaker"),
    [
        ("Wie die Stadtverwaltung mitteilte, lag die Beteiligung bei vierzig Prozent.", "de",
         "lag die Beteiligung bei vierzig Prozent.", "Stadtverwaltung"),
        ("Die Zeitung „Musterstädter Bote“ hatte berichtet, zwanzig Mitarbeiter sollen entlassen werden.", "de",
         "zwanzig Mitarbeiter sollen entlassen werden.", "Musterstädter Bote"),
        ("Die Kosten sind bei Frauen höher als bei Männern, stellten die Forscher außerdem fest.", "de",
         "Die Kosten sind bei Frauen höher als bei Männern", "Forscher"),
        ("The turnout was forty percent, the town council said.", "en", "The turnout was forty percent",
         "town council"),
    ],
)
def test_an_indicative_clause_after_a_plain_verb_of_saying_is_reported(text, language, claim, speaker):
    reported = by_text(extract_claims(text, language))[claim]
    assert reported.kind == "indirect" and speaker in reported.speaker


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die neue Brücke kostet zwölf Millionen Euro. Das bestätigte Bürgermeisterin Anna Beispiel am Montag.", "de"),
        ("The new bridge costs twelve million euros. That was confirmed by Mayor Anna Example on Monday.", "en"),
    ],
)
def test_a_sentence_pointed_back_at_by_das_bestaetigte_is_a_claim(text, language):
    [claim] = extract_claims(text, language)
    assert claim.kind == "indirect" and claim.text.startswith(("Die neue Brücke", "The new bridge"))
    assert claim.speaker == ("Anna Beispiel" if language == "de" else "Anna Example")


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Nach einer neuen Studie schadet Lärm in der Nacht dem Schlaf.", "de", "neuen Studie"),
        ("According to a new study, noise at night harms sleep.", "en", "new study"),
    ],
)
def test_a_study_named_after_nach_is_the_source_of_its_sentence(text, language, speaker):
    [claim] = extract_claims(text, language)
    assert (claim.kind, claim.speaker) == ("indirect", speaker)


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Anna Beispiel, eine Vertreterin des Verbands, kommentierte die Entscheidung laut „news.beispiel.co.uk“ "
         "mit folgenden Worten: „Es gibt in der Stadt keinen Bedarf für eine zweite Brücke.“", "de", "Anna Beispiel"),
        ("Mayor Anna Example commented on the decision, according to example.co.uk: “The town does not need a second "
         "bridge at all.”", "en", "Anna Example"),
    ],
)
def test_the_person_speaks_when_an_outlet_only_reports_the_quote(text, language, speaker):
    proposals = extract_claims(text, language)
    assert [(p.kind, p.speaker) for p in proposals] == [("direct", speaker)]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Nach den Worten der Sprecherin der Fraktion, Anna Beispiel, fehle es „an einem Konzept gegen Lärm“.", "de",
         "Anna Beispiel"),
        ("Laut dem Sprecher der Fraktion, Bernd Muster, wird die Brücke „in den kommenden Wochen“ geprüft.", "de",
         "Bernd Muster"),
        ("According to the spokeswoman of the group, Anna Example, the plan was “a serious mistake”.", "en",
         "Anna Example"),
    ],
)
def test_a_role_phrase_takes_the_name_in_its_apposition(text, language, speaker):
    claims = extract_claims(text, language)
    assert claims and all(p.speaker == speaker for p in claims)


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Geschäftsführerin Anna Beispiel wies alle Vorwürfe als „haltlos“ zurück.", "de", "haltlos", "Anna Beispiel"),
        ("Mayor Anna Example described all the claims as “baseless”.", "en", "baseless", "Anna Example"),
    ],
)
def test_a_word_a_speaker_applies_is_a_direct_claim(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Der Innenminister des Landes, Bernd Muster, verteidigte die Bezeichnung „Gesindel“, mit der er die "
         "Randalierer belegt hatte.", "de", "Gesindel", "Bernd Muster"),
        ("Mayor Anna Example defended the term “rabble”, which she had used for the rioters.", "en", "rabble",
         "Anna Example"),
    ],
)
def test_a_word_a_speaker_defends_is_their_wording(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


def test_a_preposition_after_a_quote_is_no_verb_of_saying():
    text = "Die Stadt nennt das Projekt „Brückenschlag“, mit dem sie Touristen anlocken will."
    assert all(p.kind != "direct" for p in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "language", "quote", "speaker"),
    [
        ("Ministerin Anna Beispiel besuchte am Montag das Werk in Musterstadt. „Wir bleiben hier, und zwar mit "
         "allen Arbeitsplätzen“, hieß es dort.", "de", "Wir bleiben hier, und zwar mit allen Arbeitsplätzen",
         "Anna Beispiel"),
        ("Minister Anna Example visited the plant in Sampletown on Monday. “We are staying here, with every single "
         "job,” it was said there.", "en", "We are staying here, with every single job,", "Anna Example"),
    ],
)
def test_a_quote_without_a_speaker_goes_to_the_person_just_named_with_less_confidence(
        text, language, quote, speaker):
    claim = by_text(extract_claims(text, language))[quote]
    assert (claim.kind, claim.speaker) == ("direct", speaker) and claim.confidence < 0.9


def test_a_quote_without_a_speaker_is_not_given_to_a_person_named_sentences_earlier():
    text = ("Ministerin Anna Beispiel besuchte am Montag das Werk. Das Wetter war gut. Die Sonne schien. "
            "„Wir bleiben hier, und zwar mit allen Arbeitsplätzen“, hieß es dort.")
    assert by_text(extract_claims(text))["Wir bleiben hier, und zwar mit allen Arbeitsplätzen"].speaker is None


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Der Stadtrat Bernd Muster nannte den Bericht eine „Luftnummer“.", "de", "Luftnummer",
         "Bernd Muster"),
        ("Minister Anna Example called the report a “hoax”.", "en", "hoax", "Anna Example"),
    ],
)
def test_a_word_predicated_of_a_report_is_the_speakers_not_the_reports_title(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Die Forscherin Anna Beispiel rechnet mit „deutlich kühleren Sommern“.", "de",
         "deutlich kühleren Sommern", "Anna Beispiel"),
        ("Minister Anna Example expects “much cooler summers”.", "en", "much cooler summers", "Anna Example"),
    ],
)
def test_an_expected_phrase_is_the_wording_of_who_expects_it(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Die Hilfsorganisation „Helfer ohne Grenzen“ kündigte an, mehr Personal zu schicken.", "de",
         "Helfer ohne Grenzen"),
        ("Die Ministerin Anna Beispiel sprach vom „Gesetz zur Stärkung der Radwege“.", "de",
         "Gesetz zur Stärkung der Radwege"),
        ("Minister Anna Example praised “Helpers without Borders” for their work.", "en", "Helpers without Borders"),
    ],
)
def test_capitalised_nouns_joined_by_a_preposition_name_a_body_or_a_law(text, language, name):
    assert name not in by_text(extract_claims(text, language))


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("Der Abgeordnete Bernd Muster sprach von einem „Feldzug gegen die Schulen“.", "de",
         "Feldzug gegen die Schulen"),
        ("Minister Anna Example spoke of a “War on the Schools”.", "en", "War on the Schools"),
    ],
)
def test_capitalised_nouns_joined_by_a_preposition_are_wording_when_predicated(text, language, phrase):
    assert by_text(extract_claims(text, language))[phrase].kind == "direct"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Die den Sturm überstehende Anna Beispiel, 41, sagte: „Der Wind hat drei Tage lang nicht nachgelassen.“",
         "de", "Anna Beispiel"),
        ("The long-serving mayor Anna Example said: “The wind did not let up for three days.”", "en",
         "Anna Example"),
    ],
)
def test_a_speaker_introduced_by_a_participle_phrase_is_named(text, language, speaker):
    [claim] = [p for p in extract_claims(text, language) if p.kind == "direct"]
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Das Beispielwerk bezeichnete die Vorwürfe als „völlig haltlos“.", "de", "völlig haltlos", "Beispielwerk"),
        ("The Sampletown council described the claims as “completely baseless”.", "en", "completely baseless",
         "Sampletown council"),
    ],
)
def test_a_body_opening_the_sentence_owns_the_phrase_it_judges(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Für den Verkehrsminister Bernd Muster ist die Lage in Musterstadt „unhaltbar“.", "de", "unhaltbar",
         "Bernd Muster"),
        ("For Minister Anna Example, the situation in Sampletown is “untenable”.", "en", "untenable", "Anna Example"),
    ],
)
def test_the_person_a_view_is_ascribed_to_owns_the_quoted_phrase(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


def test_a_body_a_thing_matters_to_is_no_opinion_holder():
    assert extract_claims("Für die Stadt Musterstadt ist der Plan „Brückenschlag“ wichtig.") == []


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Den Ärger des Vereins brachte die Sprecherin des Vorstands, Anna Beispiel, zum Ausdruck: „Wir lassen uns "
         "den Sportplatz nicht wegnehmen, ganz egal, was der Stadtrat beschließt.“", "de", "Anna Beispiel"),
        ("Minister Anna Example, who chairs the club, put it plainly: “We will not let them take the sports ground "
         "away, whatever the council decides.”", "en", "Anna Example"),
    ],
)
def test_the_subject_after_the_verb_speaks_when_an_apposition_splits_the_clause_before_the_colon(
        text, language, speaker):
    [claim] = [p for p in extract_claims(text, language) if p.kind == "direct"]
    assert claim.speaker == speaker


def test_a_main_clause_after_a_quote_speaks_for_its_own_subject_not_for_the_quote():
    text = ("Bernd Muster nannte die neue Gebühr „unsozial“, Trainerin Anna Beispiel bezeichnete "
            "die Öffnungszeiten als „zu knapp“.")
    claims = by_text(extract_claims(text))
    assert (claims["unsozial"].speaker, claims["zu knapp"].speaker) == ("Bernd Muster", "Anna Beispiel")


def test_an_english_attribution_after_the_quote_puts_the_subject_first():
    text = "“The referee was far too strict with us today,” coach Anna Example said after the match."
    [claim] = extract_claims(text, "en")
    assert (claim.kind, claim.speaker) == ("direct", "Anna Example")


@pytest.mark.parametrize(
    ("text", "language", "quote", "speaker"),
    [
        ("Ministerin Susanne Muster wies diese Behauptung zurück, die Sprecherin der Fraktion, Anna Beispiel "
         "(Beispielpartei), erklärte: „Die Bibliothek bleibt an sechs Tagen geöffnet.“", "de",
         "Die Bibliothek bleibt an sechs Tagen geöffnet.", "Anna Beispiel"),
        ("Minister Susan Sample rejected the claim, and the group spokeswoman, Anna Example (Sample Party), said: "
         "“The library stays open six days a week.”", "en", "The library stays open six days a week.", "Anna Example"),
    ],
)
def test_a_second_clause_with_a_role_and_an_apposed_name_speaks_for_itself(text, language, quote, speaker):
    assert by_text(extract_claims(text, language))[quote].speaker == speaker


@pytest.mark.parametrize(
    ("text", "language", "quote", "speaker"),
    [
        ("„Wir bleiben hier“. Das musste Bürgermeister Bernd Muster am Ende der langen Sitzung über den "
         "Hafen einräumen.", "de", "Wir bleiben hier", "Bernd Muster"),
        ("“We are staying here”. That was admitted by Mayor Anna Example at the end of the long meeting on the "
         "harbour.", "en", "We are staying here", "Anna Example"),
    ],
)
def test_a_quote_standing_as_its_own_sentence_is_claimed_by_the_next_one_pointing_back(
        text, language, quote, speaker):
    claim = by_text(extract_claims(text, language))[quote]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


def test_a_sentence_opening_with_a_noun_does_not_point_back_at_the_quote_before_it():
    text = ("„Das Urteil fällt im Sommer“. Das Landgericht in Musterstadt hat nach langen Beratungen am Montag "
            "einen Termin erklärt.")
    assert all(p.speaker != "Gericht in Musterstadt" for p in extract_claims(text) if p.kind == "direct")


@pytest.mark.parametrize(
    ("text", "language", "phrase", "speaker"),
    [
        ("Bernd Muster erklärte, der Bericht sei „eine brauchbare Landkarte für den Umbau des alten Hafens“.",
         "de", "eine brauchbare Landkarte für den Umbau des alten Hafens", "Bernd Muster"),
        ("Anna Example said the paper was “a useful map for rebuilding the old harbour”.", "en",
         "a useful map for rebuilding the old harbour", "Anna Example"),
    ],
)
def test_a_quote_predicated_of_a_report_by_a_verb_is_no_title(text, language, phrase, speaker):
    claim = by_text(extract_claims(text, language))[phrase]
    assert (claim.kind, claim.speaker) == ("direct", speaker)


def test_a_quote_right_after_a_work_is_its_title():
    assert extract_claims("Die Ministerin las im Buch „Die lange Reise nach Musterstadt im Winter“ vor.") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Auch andere gratulierten, so der Bürgermeister Bernd Muster, die Leiterin der Behörde, Anna Beispiel "
         "(„Der Verein hat sich den Pokal redlich verdient.“), und der Landrat Carl Probe: „Das Team hat die ganze "
         "Region stolz gemacht.“", "de", {"Der Verein hat sich den Pokal redlich verdient.": "Anna Beispiel",
                                          "Das Team hat die ganze Region stolz gemacht.": "Carl Probe"}),
        ("Others congratulated the club too, among them Director Anna Example (“The club has earned the cup.”), "
         "and Minister Carl Sample: “The team made the whole region proud.”", "en",
         {"The club has earned the cup.": "Anna Example", "The team made the whole region proud.": "Carl Sample"}),
    ],
)
def test_a_quote_in_brackets_after_a_name_or_after_the_last_name_of_a_list_is_theirs(text, language, expected):
    claims = by_text(extract_claims(text, language))
    assert {quote: claims[quote].speaker for quote in expected} == expected


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("„Der neue Fahrplan gilt ab dem ersten Mai“, sagte der „Beispielwoche“ Sprecherin Anna Beispiel.", "de",
         "Anna Beispiel"),
        ("“The new timetable starts on the first of May,” said the “Sample Weekly” spokeswoman Anna Example.", "en",
         "Anna Example"),
    ],
)
def test_an_outlet_in_quote_marks_before_a_name_is_not_part_of_the_speaker(text, language, speaker):
    [claim] = extract_claims(text, language)
    assert claim.speaker == speaker
