"""Split an article into sentences that keep their character offsets.

syntok does the tokenising and the segmenting; two German habits it trips over are
mended here: an ordinal date ("am 1. Oktober") and a sentence-final abbreviation
followed by a lowercase word both end up split in two.
"""
import re
from dataclasses import dataclass

from syntok import segmenter

MONTHS = (
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember "
    "January February March May June July October December"
).split()

_ORDINAL_END = re.compile(r"\b\d{1,2}\.$")
# syntok keeps „Satz.“ Nächster Satz together: German closing marks look like English opening ones
_AFTER_CLOSING_QUOTE = re.compile(r"(?<=[.!?…][“”»«\"])\s+(?=[A-ZÄÖÜ„“\"»«])")
# …and takes short words before a full stop for abbreviations: "…, hieß es. Austin habe …"
_AFTER_SHORT_WORD = re.compile(r"\s(?:es|er|sie|ab|an|um|so|da|zu|in|ein|aus|vor|mit|nun|ja)[.!?](\s+)(?=[A-ZÄÖÜ])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, each with its offsets and paragraph number."""
    spans: list[tuple[int, int, int]] = []
    for number, paragraph in enumerate(_paragraphs(text)):
        start, body = paragraph
        for sentence in segmenter.analyze(body):
            for tokens in sentence:
                if not tokens:
                    continue
                first, last = tokens[0], tokens[-1]
                spans.extend(_split_after_quotes(text, start + first.offset, start + last.offset + len(last.value),
                                                 number))
    merged: list[tuple[int, int, int]] = []
    for span in spans:
        if merged and _continues(text, merged[-1], span):
            merged[-1] = (merged[-1][0], span[1], span[2])
        else:
            merged.append(span)
    return [Sentence(s, e, text[s:e], p) for s, e, p in merged]


def _split_after_quotes(text: str, start: int, end: int, paragraph: int) -> list[tuple[int, int, int]]:
    spans = []
    breaks = sorted([*_AFTER_CLOSING_QUOTE.finditer(text, start, end), *_AFTER_SHORT_WORD.finditer(text, start, end)],
                    key=lambda match: match.start())
    for match in breaks:
        gap = match.start(match.lastindex) if match.lastindex else match.start()
        spans.append((start, gap, paragraph))
        start = match.end()
    return spans + [(start, end, paragraph)]


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Paragraphs are separated by line breaks; a headline line is a paragraph of its own."""
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]


def _continues(text: str, previous: tuple[int, int, int], current: tuple[int, int, int]) -> bool:
    if previous[2] != current[2]:
        return False
    before, after = text[previous[0]:previous[1]], text[current[0]:current[1]]
    first_word = after.split(maxsplit=1)[0] if after.split() else ""
    if _ORDINAL_END.search(before) and first_word.strip(",.") in MONTHS:
        return True
    return bool(first_word) and first_word[0].islower() and not before.endswith(("!", "?", "“", "”", '"'))
