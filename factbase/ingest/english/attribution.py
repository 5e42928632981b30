"""Which mention a cue names: the subject before the verb ("Chamisa said", "the newspaper wrote"), the
subject after it ("said Republican whip Roy Blunt"), past an apposition ("Deben Tchoffo, governor of the
North-West region, told …"; "the director, Paul Ashdown, said"), or the source after "according to"."""
from ..lexicon import of
from .cues import Cue
from .mentions import PRONOUNS, Mention, chunk_around, chunk_from
from .tokens import Token

TIME_WORDS = of("en", "TIME_WORDS")
_SKIPPABLE_TAGS = ("AV0", "VM0", "VBD", "VBZ", "VHD", "VHZ", "VHB", "VBB", "XX0", "VDD", "VDZ")
_DOCUMENTS = frozenset("report study survey statement review letter analysis assessment".split())


def speaker_for_cue(tokens: list[Token], quoted: list[bool], cue: Cue, text: str,
                    cast_words: frozenset[str]) -> Mention | None:
    if cue.kind == "according":
        return _source_after(tokens, cue.index + 2, text, cast_words)
    return _subject_before(tokens, quoted, cue.index, text, cast_words) or \
        _subject_after(tokens, quoted, cue.index, text, cast_words)


def _subject_before(tokens, quoted, index, text, cast_words) -> Mention | None:
    position = index - 1
    while position >= 0 and not quoted[position] and (
            tokens[position].tag in _SKIPPABLE_TAGS or tokens[position].text.lower() in TIME_WORDS
            and tokens[position].text.lower() not in ("in", "at", "on")):
        position -= 1
    if position < 0 or quoted[position]:
        return None
    if tokens[position].text == ",":
        return _past_apposition(tokens, quoted, position, text, cast_words)
    mention = chunk_around(tokens, position, text, cast_words)
    if mention is None or mention.kind == "pronoun" and tokens[position].text.lower() not in PRONOUNS:
        return None
    return mention


def _past_apposition(tokens, quoted, comma, text, cast_words) -> Mention | None:
    """"X, a Democrat from Nevada, said" -> X; "the director, Paul Ashdown, said" -> Paul Ashdown (role kept)."""
    opening = next((p for p in range(comma - 1, max(-1, comma - 15), -1) if tokens[p].text == "," or quoted[p]), None)
    if opening is None or quoted[opening] or opening == comma - 1:
        return None
    inner = chunk_around(tokens, comma - 1, text, cast_words)
    outer = chunk_around(tokens, opening - 1, text, cast_words)
    if inner is not None and inner.start == tokens[opening + 1].start and inner.kind == "person" \
            and outer is not None and outer.kind == "role":
        return Mention(outer.start, inner.end, text[outer.start:inner.end], inner.name, outer.role, "person")
    if outer is not None and outer.kind != "pronoun":
        return outer
    return None


def _subject_after(tokens, quoted, index, text, cast_words) -> Mention | None:
    """"…," said Roy Blunt / "…," says the report."""
    before = tokens[index - 1] if index > 0 else None
    if before is not None and not (before.text in (",", ":") or quoted[index - 1] or before.text in "”\"?!"):
        return None
    if index + 1 < len(tokens) and not quoted[index + 1]:
        return chunk_from(tokens, index + 1, text, cast_words)
    return None


def _source_after(tokens, index, text, cast_words) -> Mention | None:
    """"according to a report by the state auditor" -> the state auditor; "according to her spokesman, Felix
    Moreau," -> Felix Moreau."""
    mention = chunk_from(tokens, index, text, cast_words)
    if mention is None:
        return None
    after = next((p for p, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    if mention.text.split()[-1].lower() in _DOCUMENTS and after < len(tokens) and tokens[after].text in ("by", "from"):
        return chunk_from(tokens, after + 1, text, cast_words) or mention
    if mention.kind == "role" and after + 1 < len(tokens) and tokens[after].text == ",":
        named = chunk_from(tokens, after + 1, text, cast_words)
        if named is not None and named.kind == "person":
            return Mention(mention.start, named.end, text[mention.start:named.end], named.name, mention.role)
    return mention
