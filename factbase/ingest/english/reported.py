"""The reported clause a cue introduces: "said (on Friday) (that) CLAUSE", "told reporters CLAUSE",
"According to X, CLAUSE", and the clause before a closing cue: "CLAUSE, the government said."."""
from ..lexicon import of
from .cues import Cue
from .mentions import Mention
from .tokens import Token

AUDIENCE_WORDS = of("en", "AUDIENCE_WORDS")
TIME_WORDS = of("en", "TIME_WORDS")
_OPENING_MARKS = "“\""
_SETTINGS = frozenset("""statement interview letter post address speech briefing conference email message remarks
    hearing debate meeting session lawmakers reporters journalists""".split())


def clause_after(tokens: list[Token], quoted: list[bool], cue: Cue, speaker: Mention | None) -> tuple[int, int] | None:
    """Token span [first, last) of the clause after the cue, or None when no clause follows (a quote does)."""
    position = cue.index + (2 if cue.kind == "according" else 1)
    if cue.kind == "according":
        if speaker is None:
            return None
        position = _after_offset(tokens, speaker.end)
        if position >= len(tokens) or tokens[position].text != ",":
            return None
        position += 1
    else:
        if speaker is not None and speaker.start > cue.start:
            return None  # "…," said X: the quote before is the claim
        position = _skip_frame(tokens, position, cue)
    last = _clause_end(tokens, quoted, position)
    if last - position < 3 or tokens[position].text in _OPENING_MARKS and _quote_to_end(quoted, position, last):
        return None
    if tokens[position].text in ",:" or tokens[position].tag in ("PRP", "PRF") and cue.kind != "according":
        return None  # "reports from Capitol Hill, where …" is no clause
    if cue.kind != "according" and not any(t.is_finite_verb for t in tokens[position:last]):
        return None  # "said the plan was dead" has a verb; "According to X, noise harms sleep": the tagger may miss
    return position, last


def clause_before(tokens: list[Token], quoted: list[bool], cue: Cue, speaker: Mention | None) -> tuple[int, int] | None:
    """"Hundreds … walked off the job, union officials said." -> the words before the comma."""
    if speaker is None:
        return None
    head = min(cue.index, _after_offset(tokens, speaker.start))
    comma = head - 1
    if comma < 3 or tokens[comma].text != "," or quoted[comma - 1]:
        return None
    tail = tokens[max(cue.index, _after_offset(tokens, speaker.end)):]
    if sum(1 for t in tail if t.is_word) > 6:
        return None
    if any(quoted[:comma]) and all(quoted[p] or not tokens[p].is_word for p in range(comma)):
        return None
    if not any(t.is_finite_verb for t in tokens[:comma]):
        return None
    return 0, comma


def _skip_frame(tokens: list[Token], position: int, cue: Cue) -> int:
    """Past what stands between the verb and its clause: time words, "in a statement", "told reporters", "that"."""
    while position < len(tokens):
        word = tokens[position].text.lower()
        if word in TIME_WORDS - {"in", "at", "on"} or word in ("on", "at") and position + 1 < len(tokens) \
                and tokens[position + 1].text.lower() in TIME_WORDS:
            position += 1
        elif word in ("in", "to", "during", "at") and _setting_ends(tokens, position) is not None:
            position = _setting_ends(tokens, position)
        elif cue.lemma == "tell" and (word in AUDIENCE_WORDS or tokens[position].is_proper):
            position += 1
        elif cue.lemma == "tell" and word in ("the", "a") and position + 1 < len(tokens) \
                and (tokens[position + 1].text.lower() in AUDIENCE_WORDS or tokens[position + 1].is_proper):
            position += 2
        elif word == "that" and tokens[position].tag == "CJT":
            return position + 1
        else:
            break
    return position


def _setting_ends(tokens: list[Token], position: int) -> int | None:
    """"in a statement", "in his nightly video address": the end of such a phrase, or None."""
    for p in range(position + 1, min(len(tokens), position + 6)):
        if tokens[p].text.lower() in _SETTINGS:
            return p + 1
    return None


def _clause_end(tokens: list[Token], quoted: list[bool], position: int) -> int:
    """The sentence's end, less a closing attribution (", Reuters reported.") and the final full stop."""
    last = len(tokens)
    while last > position and not tokens[last - 1].is_word and not quoted[last - 1] \
            and tokens[last - 1].text not in "”\"":
        last -= 1
    for p in range(last - 1, max(position, last - 8), -1):
        if tokens[p].text == "," and not quoted[p] and tokens[p].tag.startswith("PU") and any(
                t.tag.startswith("VV") and t.lemma in ("say", "report", "write", "add") for t in tokens[p + 1:last]):
            return p
    return last


def _quote_to_end(quoted: list[bool], position: int, last: int) -> bool:
    return all(quoted[p] for p in range(position + 1, max(position + 1, last - 1)))


def _after_offset(tokens: list[Token], offset: int) -> int:
    return next((p for p, t in enumerate(tokens) if t.start >= offset), len(tokens))
