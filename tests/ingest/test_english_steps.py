"""The English extractor's steps, each on its own, with sentences written for the tests (made-up speakers)."""
import pytest

from factbase.ingest.english.attribution import speaker_for_cue
from factbase.ingest.english.cues import find_cues
from factbase.ingest.english.mentions import Cast, chunk_around, chunk_from
from factbase.ingest.english.quotes import find_quotes
from factbase.ingest.english.reported import clause_after, clause_before
from factbase.ingest.english.tokens import split_words, tokenize


def read(sentence: str):
    tokens = tokenize(sentence)
    quotes = find_quotes(sentence)
    quoted = [any(q.start <= t.start < q.end for q in quotes) for t in tokens]
    return tokens, quoted


def test_contractions_are_split_so_the_tagger_sees_a_pronoun():
    tokens = tokenize("They're asking families to pay, Anna Example said.")
    assert [t.text for t in tokens[:2]] == ["They", "'re"]
    assert tokens[0].tag == "PNP"


def test_offsets_point_back_into_the_text():
    text = "  Speaker 00042 said: “We don’t know.”"
    for token in split_words(text):
        assert text[token.start:token.end] == token.text


@pytest.mark.parametrize("word", ["According", "Asked", "They"])
def test_sentence_initial_words_are_not_tagged_as_names(word):
    sentence = {"According": "According to the report, the plan failed.",
                "Asked": "Asked about the plan, Anna Example said it failed.",
                "They": "They said the plan failed."}[word]
    assert not tokenize(sentence)[0].is_proper


def test_a_quote_split_by_its_attribution_is_two_quotes():
    text = "“We tried,” Anna Example said. “It did not work.”"
    assert [q.text for q in find_quotes(text)] == ["We tried,", "It did not work."]


def test_a_quote_over_three_paragraphs_has_one_quote_per_paragraph():
    text = ("Anna Example said:\n\n“We sat there for weeks.\n\n“They answered with a letter.\n\n"
            "“So we are outside the gates.”\n\nThe talks end.")
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["We sat there for weeks.", "They answered with a letter.",
                                        "So we are outside the gates."]
    assert [(q.runs_on, q.continued) for q in quotes] == [(True, False), (True, True), (False, True)]


def test_an_inch_mark_does_not_open_a_quote():
    assert find_quotes('The 12" screen costs more, "a lot more," she said.')[0].text == "a lot more,"


def test_role_and_name_are_told_apart():
    text = "Senate Majority Leader Berta Beispiel said the vote would be held."
    tokens = tokenize(text)
    mention = chunk_around(tokens, 4, text)
    assert (mention.name, mention.role) == ("Berta Beispiel", "Senate Majority Leader")


def test_a_publication_is_a_body_the_newspaper_points_back_at():
    cast = Cast()
    text = "The Mapleford Courier wrote that the plan was late."
    cast.introduce(chunk_from(tokenize(text), 0, text))
    assert cast.publication(before=100) in ("The Mapleford Courier", "Mapleford Courier")


def test_a_surname_resolves_to_the_full_name_the_article_introduced():
    cast = Cast()
    text = "Council member Priya Example voted."
    cast.introduce(chunk_from(tokenize(text), 0, text))
    assert cast.full_name("Example") == "Priya Example"
    assert cast.by_role("the council member", before=100) == "Priya Example"


def test_cues_are_found_by_lemma_outside_quotes_and_a_passive_names_no_one_without_by():
    sentence = "“They said no,” Anna Example told reporters. He was said to be angry."
    tokens, quoted = read(sentence)
    cues = find_cues(tokens, quoted)
    assert [(c.lemma, c.kind) for c in cues] == [("tell", "verb"), ("say", "passive")]
    assert speaker_for_cue(tokens, quoted, cues[1], sentence, frozenset()) is None


def test_the_agent_of_a_passive_is_the_speaker():
    sentence = "That was confirmed by Mayor Anna Example on Monday."
    tokens, quoted = read(sentence)
    [cue] = find_cues(tokens, quoted)
    assert speaker_for_cue(tokens, quoted, cue, sentence, frozenset()).name == "Anna Example"


def test_according_to_is_a_cue():
    tokens, quoted = read("According to the port authority, 40 ships call each week.")
    assert [c.kind for c in find_cues(tokens, quoted)] == ["according"]


@pytest.mark.parametrize("sentence, speaker", [
    ("“We tried,” said Republican whip Otto Muster.", "Otto Muster"),
    ("“We tried,” Otto Muster said on Friday.", "Otto Muster"),
    ("Otto Muster, a Democrat from Exampletown, said the bill was dead.", "Otto Muster"),
    ("The state's transport director, Paul Example, said the bridge was safe.", "Paul Example"),
    ("The newspaper wrote that the plan was late.", "The newspaper"),
    ("According to a report by the state auditor, the bridge is unsafe.", "the state auditor"),
    ("“It worked,” she said.", "she"),
])
def test_the_speaker_of_a_cue(sentence, speaker):
    tokens, quoted = read(sentence)
    cue = find_cues(tokens, quoted)[0]
    assert speaker_for_cue(tokens, quoted, cue, sentence, frozenset()).text.endswith(speaker)


@pytest.mark.parametrize("sentence, clause", [
    ("Anna Example said that the plan would be phased in over three years.",
     "the plan would be phased in over three years"),
    ("Anna Example said Friday she would appeal the ruling.", "she would appeal the ruling"),
    ("Otto Muster told reporters the results were “fiction.”", "the results were “fiction.”"),
    ("The airline said in a statement that its system had been restored.", "its system had been restored"),
    ("According to the port authority, about 40 ships call each week.", "about 40 ships call each week"),
])
def test_the_reported_clause_after_a_cue(sentence, clause):
    tokens, quoted = read(sentence)
    cue = find_cues(tokens, quoted)[0]
    mention = speaker_for_cue(tokens, quoted, cue, sentence, frozenset())
    first, last = clause_after(tokens, quoted, cue, mention)
    assert sentence[tokens[first].start:tokens[last - 1].end].rstrip(".") == clause.rstrip(".")


def test_a_quote_after_the_verb_is_not_a_reported_clause():
    sentence = "Anna Example said, “We will appeal.”"
    tokens, quoted = read(sentence)
    cue = find_cues(tokens, quoted)[0]
    assert clause_after(tokens, quoted, cue, speaker_for_cue(tokens, quoted, cue, sentence, frozenset())) is None


def test_the_reported_clause_before_a_closing_cue():
    sentence = "Hundreds of workers walked off the job on Friday, union officials said."
    tokens, quoted = read(sentence)
    cue = find_cues(tokens, quoted)[0]
    mention = speaker_for_cue(tokens, quoted, cue, sentence, frozenset())
    first, last = clause_before(tokens, quoted, cue, mention)
    assert sentence[tokens[first].start:tokens[last - 1].end] == "Hundreds of workers walked off the job on Friday"
