"""Sentence splitting keeps offsets and mends what German news text trips over."""
from factbase.ingest.sentences import split_sentences


def test_each_sentence_carries_its_offsets():
    text = "Anna Beispiel kam am Montag. Sie blieb bis Dienstag."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Anna Beispiel kam am Montag.", "Sie blieb bis Dienstag."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_an_ordinal_date_does_not_end_a_sentence():
    sentences = split_sentences("Speaker 00042 übernahm das Amt am 1. Oktober 2024 von ihrem Vorgänger.")
    assert len(sentences) == 1


def test_a_closing_german_quote_ends_a_sentence():
    text = "Anna Beispiel sagte: „Wir bleiben.“ Danach ging sie."
    assert [s.text for s in split_sentences(text)] == ["Anna Beispiel sagte: „Wir bleiben.“", "Danach ging sie."]


def test_a_short_word_before_the_full_stop_is_no_abbreviation():
    text = "Das sei wichtig, hieß es. Speaker 00042 habe zugestimmt."
    assert len(split_sentences(text)) == 2


def test_lines_are_paragraphs_of_their_own():
    sentences = split_sentences("Eine Überschrift ohne Punkt\n\nDer erste Satz. Der zweite Satz.")
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_english_sentences_split_too():
    text = "Anna Example arrived on Monday. She said it went well."
    assert len(split_sentences(text)) == 2
