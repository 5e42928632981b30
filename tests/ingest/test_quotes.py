"""The quote finder knows every common quote style and returns offsets inside the marks."""
import pytest

from factbase.ingest.quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Sie sagte: „Wir bleiben hier.“",
        'Sie sagte: "Wir bleiben hier."',
        "She said: “Wir bleiben hier.”",
        "Sie sagte: »Wir bleiben hier.«",
        "Sie sagte: «Wir bleiben hier.»",
        "Sie sagte: „Wir bleiben hier.\"",
    ],
)
def test_it_finds_a_quote_in_every_style(text):
    [quote] = find_quotes(text)
    assert quote.text == "Wir bleiben hier."
    assert text[quote.start:quote.end] == quote.text


def test_a_quote_inside_a_quote_stays_part_of_the_outer_one():
    text = "„Wir nennen das den ‚Plan B‘, und er gilt“, sagte Anna Beispiel."
    [quote] = find_quotes(text)
    assert quote.text == "Wir nennen das den ‚Plan B‘, und er gilt"


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("„Wir haben viele Anmeldungen für „kleine Firmen“ gehabt, das freut uns“, sagte Anna Beispiel.",
         "Wir haben viele Anmeldungen für „kleine Firmen“ gehabt, das freut uns"),
        ("»Der Titel »Musterstadt liest« passt gut«, sagte Anna Beispiel.", "Der Titel »Musterstadt liest« passt gut"),
    ],
)
def test_a_quote_inside_a_quote_with_the_same_marks_stays_part_of_the_outer_one(text, inner):
    # English nests with single marks (“… ‘…’ …”), which the finder keeps already; no English counterpart
    [quote] = find_quotes(text)
    assert quote.text == inner


def test_a_stray_opening_mark_inside_a_quote_does_not_swallow_the_paragraph():
    text = "„Wir nennen es „Plan B“, sagte Anna Beispiel.\nDer nächste Absatz beginnt „hier“."
    assert [q.text for q in find_quotes(text)] == ["Wir nennen es „Plan B", "hier"]


def test_a_quote_may_span_several_sentences():
    [quote] = find_quotes("„Wir bleiben. Wir kämpfen. Wir gewinnen.“")
    assert quote.words == 6 and quote.is_full_sentence


def test_a_quote_never_crosses_a_paragraph_break():
    assert find_quotes("„Ein offenes Zitat\n\nund ein neuer Absatz.“ ohne Anfang") == []


def test_inch_marks_are_no_quotes():
    assert find_quotes('Ein 12" Bildschirm und ein 15" Bildschirm.') == []


def test_two_quotes_in_one_sentence_are_two_quotes():
    quotes = find_quotes("„Erstens“, sagte sie, „zweitens.“")
    assert [q.text for q in quotes] == ["Erstens", "zweitens."]


def test_a_phrase_is_not_a_full_sentence():
    [quote] = find_quotes("Er sprach vom „Siegesplan“.")
    assert not quote.is_full_sentence
