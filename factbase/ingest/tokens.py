"""Tokens: each sentence tokenized and tagged once, with offsets, for every step that reads words.

SoMaJo tokenizes (it knows abbreviations, dates, quote marks); HanTa, the Hannover Tagger, gives each
token its part of speech (STTS for German: `NE` proper noun, `VVFIN` finite verb, `APPR` preposition;
the BNC tags for English) and its lemma ("sagte" -> "sagen"). Both ship their models inside the
package, so nothing is downloaded; each model loads once per process (about a second) and is kept.
"""
from dataclasses import dataclass
from functools import cache

from .sentences import Sentence

HANTA_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
SOMAJO_LANGUAGES = {"de": "de_CMC", "en": "en_PTB"}


@dataclass(frozen=True)
class Token:
    start: int  # offsets into the article text
    end: int
    text: str
    tag: str  # STTS ("NE", "VVFIN", "APPR") for German, BNC ("NP0", "VVD") for English
    lemma: str
    sentence: int  # index of the sentence the token is in


@cache
def _tokenizer(language: str):
    from somajo import SoMaJo

    return SoMaJo(SOMAJO_LANGUAGES.get(language, "de_CMC"), split_camel_case=False, split_sentences=False,
                  character_offsets=True)


@cache
def _tagger(language: str):
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(HANTA_MODELS.get(language, HANTA_MODELS["de"]))


def tag_sentences(text: str, sentences: list[Sentence], language: str = "de") -> list[list[Token]]:
    """The tokens of each sentence in `sentences`, in order, tagged in context."""
    tokenized = _tokenizer(language).tokenize_text([text[s.start:s.end] for s in sentences])
    tagger = _tagger(language)
    tagged = []
    for index, (sentence, tokens) in enumerate(zip(sentences, tokenized, strict=True)):
        tokens = list(tokens)
        tags = tagger.tag_sent([t.text for t in tokens], taglevel=1) if tokens else []
        tagged.append([Token(sentence.start + t.character_offset[0], sentence.start + t.character_offset[1], t.text,
                             tag.replace("(", "").replace(")", ""), lemma, index)
                       for t, (_, lemma, tag) in zip(tokens, tags, strict=True)])
    return tagged
