"""Each of the English extractor's quote strategies on its own (made-up speakers): given the article's first pass,
the strategy names the quote's speaker, or passes (None) so that the next one in QUOTE_STRATEGIES may try."""
import pytest

from factbase.ingest.english import pipeline
from factbase.ingest.english.pipeline import QUOTE_STRATEGIES, read_article


def speaker_by(strategy, text, quote_index=0, done=()):
    article = read_article(text)
    found = strategy(article, article.quotes[quote_index], list(done))
    return found[0] if found else None


def test_the_strategies_are_tried_in_a_fixed_order():
    assert [s.__name__ for s in QUOTE_STRATEGIES] == [
        "by_cue_of_its_sentence", "by_name_right_before", "by_split_quote", "by_running_quote", "by_pointing_back",
        "by_introducing_colon", "by_sentence_subject", "by_recent_speaker"]


@pytest.mark.parametrize("text", [
    "“We tried,” said Otto Muster.",
    "“We tried,” Otto Muster told reporters on Friday.",
    "Otto Muster said the plan was “dead on arrival.”",
])
def test_the_cue_of_its_sentence(text):
    assert speaker_by(pipeline.by_cue_of_its_sentence, text) == "Otto Muster"


def test_the_cue_of_its_sentence_passes_when_there_is_none():
    assert speaker_by(pipeline.by_cue_of_its_sentence, "Otto Muster left early. “We tried.”", 0) is None


def test_a_name_before_a_bracket_or_colon():
    text = "Others agreed, among them Director Anna Example (“The club has earned it.”)."
    assert speaker_by(pipeline.by_name_right_before, text) == "Anna Example"


def test_the_second_part_of_a_split_quote():
    text = "“We tried,” Otto Muster said. “It did not work.”"
    article = read_article(text)
    done = [(article.quotes[0], "Otto Muster", "", 0.9)]
    assert pipeline.by_split_quote(article, article.quotes[1], done)[0] == "Otto Muster"


def test_a_split_quote_does_not_reach_over_a_new_sentence_about_someone_else():
    text = "“We tried,” Otto Muster said. For Mayor Clara Example, the plan is “dead”."
    article = read_article(text)
    done = [(article.quotes[0], "Otto Muster", "", 0.9)]
    assert pipeline.by_split_quote(article, article.quotes[1], done) is None


def test_a_paragraph_that_carries_on_a_quote():
    text = "“We sat there for weeks.\n\n“They answered with a letter,” Anna Example said."
    article = read_article(text)
    done = [(article.quotes[0], "Anna Example", "", 0.7)]
    assert pipeline.by_running_quote(article, article.quotes[1], done)[0] == "Anna Example"


def test_a_sentence_pointing_back_at_the_quote():
    text = "“We are staying here.” That was confirmed by Mayor Anna Example on Monday."
    assert speaker_by(pipeline.by_pointing_back, text) == "Anna Example"


def test_an_introducing_colon():
    text = "Union leader Marisol Example issued the following statement:\n\n“We will not give up.”"
    assert speaker_by(pipeline.by_introducing_colon, text) == "Marisol Example"


@pytest.mark.parametrize("text", [
    "Mayor Otto Muster described the claims as “baseless”.",
    "For Mayor Otto Muster, the situation is “untenable”.",
])
def test_the_sentence_subject_owns_a_judged_phrase(text):
    assert speaker_by(pipeline.by_sentence_subject, text) == "Otto Muster"


def test_a_standalone_quote_after_someone_spoke():
    text = "Otto Muster said the talks had failed. “We gave them every chance.”"
    assert speaker_by(pipeline.by_recent_speaker, text) == "Otto Muster"


def test_he_and_she_point_at_the_latest_person_and_it_at_the_latest_body():
    text = ("Reuters reported that Mayor Clara Example visited the site. She said the repairs would take a year. "
            "The Sample Agency published a report. It said the bridge was safe.")
    speakers = {p.text: p.speaker for p in pipeline.extract_english(text) if p.kind == "indirect"}
    assert speakers["the repairs would take a year"] == "Clara Example"
    assert speakers["the bridge was safe"] == "Sample Agency"


def test_a_statement_issued_in_the_paragraph_before_is_the_issuers():
    text = ("Senator Anna Example (D-Sampleland), chair of the transport committee, issued the following statement. "
            "Otto Muster had asked her about the bridge.\n\n"
            "“We will not let this bridge fall down.\n\n"
            "“We will pay for it.”")
    article = read_article(text)
    assert pipeline.by_recent_speaker(article, article.quotes[0], [])[0] == "Anna Example"
    assert {p.speaker for p in pipeline.extract_english(text) if p.kind == "direct"} == {"Anna Example"}
