"""Cues: verbs of saying found by their lemma ("said", "told", "wrote", "adds") and "according to"."""
from dataclasses import dataclass

from ..lexicon import of
from .tokens import Token

SAYING_LEMMAS = of("en", "SAYING_LEMMAS")
CLAUSE_LEMMAS = of("en", "CLAUSE_LEMMAS")
_BE = frozenset("is was were are be been being 's".split())


@dataclass(frozen=True)
class Cue:
    index: int  # position of the verb (or of "according") among the sentence's tokens
    start: int
    end: int
    lemma: str
    kind: str  # "verb", "passive" ("was confirmed by X", "it was said") or "according"

    @property
    def takes_clause(self) -> bool:
        return self.kind == "according" or self.kind == "verb" and self.lemma in CLAUSE_LEMMAS


def find_cues(tokens: list[Token], quoted: list[bool]) -> list[Cue]:
    """The cues among `tokens` that stand outside quote marks."""
    cues = []
    for index, token in enumerate(tokens):
        if quoted[index]:
            continue
        if token.text.lower() == "according" and index + 1 < len(tokens) and tokens[index + 1].text == "to":
            cues.append(Cue(index, token.start, tokens[index + 1].end, "according", "according"))
        elif token.tag.startswith("VV") and token.lemma in ("issue", "release", "give", "deliver") and any(
                t.text.lower() in ("statement", "statements", "remarks", "speech")
                for t in tokens[index + 1:index + 5]):
            cues.append(Cue(index, token.start, token.end, token.lemma, "verb"))  # "issued the following statement"
        elif token.tag.startswith("VV") and token.lemma in SAYING_LEMMAS and _speaks(tokens, quoted, index):
            kind = "passive" if _passive(tokens, index) else "verb"
            cues.append(Cue(index, token.start, token.end, token.lemma, kind))
    return cues


def _speaks(tokens: list[Token], quoted: list[bool], index: int) -> bool:
    """"added two frequencies" adds a thing, "claimed responsibility" claims a deed; "added that …", "…," he
    added, "claimed the vote was stolen" report speech."""
    token, following = tokens[index], tokens[index + 1] if index + 1 < len(tokens) else None
    if token.lemma == "add":
        return following is None or following.text in ",:.“\"" or following.text.lower() == "that" \
            or any(quoted[max(0, index - 4):index])
    if token.lemma == "claim" and following is not None:
        return following.text.lower() not in ("responsibility", "credit", "victory", "asylum", "the title")
    return True


def _passive(tokens: list[Token], index: int) -> bool:
    """"He was said to have used …", "That was confirmed by X": the speaker, if any, follows "by"."""
    return tokens[index].tag in ("VVN", "VVD") and index > 0 and tokens[index - 1].text.lower() in _BE
