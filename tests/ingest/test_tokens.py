"""Tokens: each sentence tokenized (SoMaJo) and tagged (HanTa) once, with offsets into the article."""
from factbase.ingest.sentences import split_sentences
from factbase.ingest.tokens import tag_sentences

TEXT = "Musterstadt baut.\n\nAnna Beispiel sagte am Montag: „Wir bleiben hier.“ Danach ging sie."


def test_every_token_points_into_the_article_text():
    sentences = split_sentences(TEXT)
    tagged = tag_sentences(TEXT, sentences)
    assert len(tagged) == len(sentences)
    for index, tokens in enumerate(tagged):
        assert tokens and all(TEXT[t.start:t.end] == t.text and t.sentence == index for t in tokens)


def test_german_tokens_carry_their_part_of_speech_and_lemma():
    tokens = {t.text: t for sentence in tag_sentences(TEXT, split_sentences(TEXT)) for t in sentence}
    assert tokens["sagte"].lemma == "sagen" and tokens["sagte"].tag.startswith("VV")
    assert tokens["Beispiel"].tag in {"NE", "NN"}


def test_english_tokens_are_tagged_with_the_english_model():
    text = "Anna Example said the bridge would open."
    tokens = {t.text: t for sentence in tag_sentences(text, split_sentences(text), "en") for t in sentence}
    assert tokens["said"].lemma == "say"
