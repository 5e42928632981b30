"""Attribution: which cue a quote belongs to, and which phrase around a cue names the speaker."""
import re

from .cues import Cue
from .quotes import Quote
from .speakers import FINITE_AUX, Mention, read_noun_phrase, read_noun_phrase_before

LEADING_CONJUNCTIONS = {"und", "aber", "doch", "denn", "so", "and", "but"}
# a clause opening with these has its subject after the verb: "Nach dem Treffen sagte Rutte"
OPENING_ADVERBIALS = set(
    """nach in im am an auf bei mit vor seit während angesichts laut gegenüber für gegen über unter
    zudem außerdem weiter dazu dann nun jetzt gestern heute zuletzt damals später ebenfalls auch
    bereits dabei darauf daraufhin hierzu dort hier so zwar später ferner überdies wörtlich
    in on at after before during""".split()
)
_CLAUSE_MARK = re.compile(r"[,;:()„“”\"»«–]")
_PLACE = re.compile(r"^\s*(?:[\w\-]+\s+){0,8}?(?:in|im|at|auf)\s+([A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)")
_FOLLOWING_WORD = re.compile(r"\s*(\w[\w\-]*)")


def speaker_for_cue(text: str, cue: Cue, start: int, end: int) -> Mention | None:
    """The speaker phrase a cue points to, within the sentence text[start:end]."""
    clause_start = _clause_start(text, start, cue.start)
    clause_end = _clause_end(text, cue.end, end)
    if cue.kind == "impersonal":
        return None
    if cue.kind == "so":
        return read_noun_phrase(text, cue.end, clause_end)
    if cue.kind == "according":
        word = cue.word.lower()
        if word.endswith("zufolge"):
            return read_noun_phrase_before(text, clause_start, cue.start)
        if word.startswith(("seiner", "ihrer")) or "eigenen" in word:
            return _subject(text, clause_start, cue.start) or read_noun_phrase(text, start, cue.start)
        return read_noun_phrase(text, _skip_von(text, cue.end), clause_end)
    lead = text[clause_start:cue.start]
    as_match = re.search(r"\b(?:wie|as)\s+", lead)
    if as_match:
        return read_noun_phrase(text, clause_start + as_match.end(), cue.start)
    subject = _subject(text, clause_start, cue.start)
    if subject:
        return subject
    after = read_noun_phrase(text, cue.end, clause_end)
    if after:
        return after
    aux = next((m for m in re.finditer(r"\w+", lead) if m.group() in FINITE_AUX), None)
    if aux:
        return read_noun_phrase(text, clause_start + aux.end(), cue.start)
    return None


def place_for_cue(text: str, cue: Cue, end: int) -> str:
    """"sagte Rutte … in Paris" -> "Paris"."""
    clause_end = _clause_end(text, cue.end, end)
    match = _PLACE.match(text[cue.end:clause_end])
    return match.group(1) if match else ""


def cue_for_quote(text: str, quote: Quote, cues: list[Cue], start: int, end: int) -> Cue | None:
    """The cue attributing a quote within its sentence(s) text[start:end]: right after the quote
    (", sagte Rutte"), right before it ("Rutte sagte: „…“"), or elsewhere in the sentence."""
    after = [c for c in cues if c.start >= quote.end and c.start - quote.end <= 40 and c.start < end]
    if after and not re.search(r"[.!?]\s", text[quote.end + 1:after[0].start]):
        return after[0]
    before = [c for c in cues if c.end <= quote.start and c.start >= start]
    if before and quote.start - before[-1].end <= 80:
        return before[-1]
    inside = [c for c in cues if start <= c.start < end and not (quote.start <= c.start < quote.end)]
    return inside[0] if inside else None


def _subject(text: str, clause_start: int, cue_start: int) -> Mention | None:
    """The noun phrase opening the clause when the verb follows it ("Rutte sagte", "X hatte … gesagt")."""
    position = clause_start
    word = _FOLLOWING_WORD.match(text, position)
    if word and word.group(1).lower() in LEADING_CONJUNCTIONS:
        position = word.end()
        word = _FOLLOWING_WORD.match(text, position)
    if word is None or word.group(1).lower() in OPENING_ADVERBIALS:
        return None
    mention = read_noun_phrase(text, position, cue_start)
    if mention and _verb_follows(text, mention.end, cue_start):
        return mention
    return None


def _verb_follows(text: str, position: int, cue_start: int) -> bool:
    between = text[position:cue_start].split()
    return not between or between[0] in FINITE_AUX or (len(between) <= 3 and between[0].islower() and
                                                      between[0] not in {"in", "im", "am", "bei", "mit", "nach"})


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, sentence_start, position)]
    return marks[-1] if marks else sentence_start


def _clause_end(text: str, position: int, sentence_end: int) -> int:
    match = _CLAUSE_MARK.search(text, position, sentence_end)
    return match.start() if match else sentence_end


def _skip_von(text: str, position: int) -> int:
    match = re.match(r"\s*(?:von|vom|to)\b", text[position:])
    return position + match.end() if match else position
