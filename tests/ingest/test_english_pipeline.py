"""extract_claims on short English articles written for the tests (made-up speakers): the steps together."""
from factbase.ingest.pipeline import extract_claims

ARTICLE = """State Transport Secretary Dana Example on Tuesday defended a plan to raise bridge tolls.

"Nobody likes paying more," Example told reporters. "But the bridge is sixty years old."

She said that the increase would be phased in over three years.

Asked whether his party had an alternative, Senator Otto Muster said it would propose using the surplus. \
He said the claim that the surplus was already spent was "just not true."
"""


def claims(text):
    return [(p.kind, p.speaker, p.text) for p in extract_claims(text, "en")]


def test_a_split_quote_and_later_mentions_resolve_to_the_full_name():
    found = claims(ARTICLE)
    assert ("direct", "Dana Example", "Nobody likes paying more,") in found
    assert ("direct", "Dana Example", "But the bridge is sixty years old.") in found
    assert ("indirect", "Dana Example", "the increase would be phased in over three years") in found


def test_a_partial_quote_inside_a_reported_clause_is_a_claim_too():
    found = claims(ARTICLE)
    assert ("direct", "Otto Muster", "just not true.") in found
    assert any(kind == "indirect" and speaker == "Otto Muster" and text.startswith("the claim that")
               for kind, speaker, text in found)


def test_sentence_initial_words_never_become_speakers():
    speakers = {speaker for _, speaker, _ in claims(ARTICLE + "\nAccording to the auditor, the bridge is unsafe.\n"
                                                    "\"They're late,\" Muster said.\n")}
    assert not speakers & {"Asked", "According", "They", "They're"}


def test_a_quote_over_several_paragraphs_is_one_speakers():
    text = ("Union president Marisol Example said the strike would go on.\n\n"
            "\"We sat at that table for eleven weeks.\n\n"
            "\"The company answered with a letter.\n\n"
            "\"So today we are outside the gates,\" she said.\n")
    direct = [(speaker, text) for kind, speaker, text in claims(text) if kind == "direct"]
    assert direct == [("Marisol Example", "We sat at that table for eleven weeks."),
                      ("Marisol Example", "The company answered with a letter."),
                      ("Marisol Example", "So today we are outside the gates,")]


def test_a_publication_as_the_speaker():
    text = ("The Mapleford Courier first reported the plan on Monday.\n\n"
            "The newspaper wrote that both parties had ignored the bridge for too long.\n")
    assert ("indirect", "Mapleford Courier", "both parties had ignored the bridge for too long") in claims(text) \
        or ("indirect", "The Mapleford Courier", "both parties had ignored the bridge for too long") in claims(text)


def test_german_text_still_takes_the_german_steps():
    assert [p.speaker for p in extract_claims("„Wir bleiben hier“, sagte Anna Beispiel.", "de")] == ["Anna Beispiel"]
