"""Which mention a cue names: the subject before the verb ("Chamisa said", "the newspaper wrote"), the
subject after it ("said Republican whip Roy Blunt"), past appositions and brackets ("Deben Tchoffo, governor of
the North-West region, told …"; "the director, Paul Ashdown, said"), the agent of a passive ("was confirmed by
Mayor X"), the person quoted ("quoted Mayor X:"), or the source after "according to"."""
from ..lexicon import of
from .cues import Cue
from .mentions import PRONOUNS, Mention, chunk_around, chunk_from
from .tokens import Token

TIME_WORDS = of("en", "TIME_WORDS")
_SKIPPABLE_TAGS = ("AV0", "VM0", "VBD", "VBZ", "VHD", "VHZ", "VHB", "VBB", "XX0", "VDD", "VDZ")
DOCUMENTS = frozenset("report study survey statement review letter analysis assessment release post".split())
_PREPOSITIONS = frozenset("for of from at in with".split())


def speaker_for_cue(tokens: list[Token], quoted: list[bool], cue: Cue, text: str,
                    cast_words: frozenset[str]) -> Mention | None:
    if cue.kind == "according":
        return _source_after(tokens, cue.index + 2, text, cast_words)
    if cue.kind == "passive":
        return _agent(tokens, quoted, cue, text, cast_words)
    if cue.lemma == "quote":
        return _after_quoted_marks(tokens, quoted, cue.index + 1, text, cast_words)
    return subject_before(tokens, quoted, cue.index, text, cast_words) or \
        _subject_after(tokens, quoted, cue.index, text, cast_words) or \
        _shared_subject(tokens, quoted, cue.index, text, cast_words)


def _shared_subject(tokens, quoted, index, text, cast_words) -> Mention | None:
    """"Mayor X thanked the planners and told Example Radio: …": a verb after "and" shares the first one's subject."""
    if index == 0 or tokens[index - 1].text.lower() not in ("and", "but"):
        return None
    first = next((p for p in range(index - 1) if tokens[p].is_finite_verb and not quoted[p]), None)
    return subject_before(tokens, quoted, first, text, cast_words) if first is not None else None


def subject_before(tokens, quoted, index, text, cast_words) -> Mention | None:
    """The subject of the verb at tokens[index], read leftwards past adverbs, auxiliaries and appositions."""
    position = index - 1
    while position >= 0 and not quoted[position] and (
            tokens[position].tag in _SKIPPABLE_TAGS or tokens[position].text.lower() in TIME_WORDS
            and tokens[position].text.lower() not in ("in", "at", "on")):
        position -= 1
    while position >= 1 and tokens[position].text.lower() in ("on", "at", "in") and position + 1 < index \
            and tokens[position + 1].text.lower() in TIME_WORDS:
        position -= 1  # "Cameroon on Wednesday said"
        while position >= 0 and tokens[position].tag in _SKIPPABLE_TAGS:
            position -= 1
    if position >= 1 and tokens[position].text == "." and tokens[position - 1].end == tokens[position].start \
            and tokens[position - 1].text[:1].isupper() and len(tokens[position - 1].text) <= 3:
        position -= 1  # "the U.S. said"
    if position >= 1 and tokens[position].text.lower() in ("who", "which") and tokens[position - 1].text != ",":
        position -= 1  # "a statement by Secretary of State Condoleezza Rice who noted …"
    if position >= 0 and tokens[position].text == ")":
        opening = next((p for p in range(position - 1, max(-1, position - 12), -1) if tokens[p].text == "("), None)
        position = opening - 1 if opening is not None else position
    if position < 0 or quoted[position]:
        return None
    if tokens[position].text == ",":
        return _past_apposition(tokens, quoted, position, text, cast_words)
    mention = chunk_around(tokens, position, text, cast_words)
    if mention is None or mention.kind == "pronoun" and tokens[position].text.lower() not in PRONOUNS:
        return None
    return _head_of(tokens, mention, text, cast_words)


def _head_of(tokens, mention: Mention, text, cast_words) -> Mention:
    """"A spokesman for the town": the phrase before the preposition is the subject, not the town."""
    first = next(p for p, t in enumerate(tokens) if t.start >= mention.start)
    if first >= 2 and tokens[first - 1].text.lower() == "of":
        return chunk_around(tokens, first - 2, text, cast_words) or mention  # "The decision of the mayor"
    if first >= 2 and tokens[first - 1].text.lower() in _PREPOSITIONS:
        head = chunk_around(tokens, first - 2, text, cast_words)
        if head is not None and head.kind in ("role", "body") and not mention.name:
            return head
        if head is not None and head.kind == "role" and mention.kind != "person":
            return head
    return mention


def _past_apposition(tokens, quoted, comma, text, cast_words) -> Mention | None:
    """"X, a Democrat from Nevada, said" -> X; "the director, Paul Ashdown, said" -> Paul Ashdown (role kept);
    "The chairman of the union, a former teacher, Bernd Example, praised" -> Bernd Example."""
    last = comma - 1
    if tokens[last].text == ")":  # "Anna Example (Sample Party), said"
        last = next((p for p in range(last - 1, max(-1, last - 12), -1) if tokens[p].text == "("), last) - 1
    opening = next((p for p in range(last, max(-1, comma - 15), -1) if tokens[p].text == "," or quoted[p]), None)
    if opening is None or quoted[opening] or opening >= last:
        return None
    inner = chunk_around(tokens, last, text, cast_words)
    outer_end = opening - 1
    if outer_end >= 0 and tokens[outer_end].text == ")":  # "Senator Bob Menendez (D-N.J.), Ranking Member …,"
        outer_end = next((p for p in range(outer_end - 1, max(-1, outer_end - 12), -1) if tokens[p].text == "("),
                         outer_end) - 1
    outer = chunk_around(tokens, outer_end, text, cast_words)
    inner_is_name = inner is not None and inner.start == tokens[opening + 1].start and inner.kind == "person"
    full_name = inner_is_name and len(inner.name.split()) >= 2
    if inner_is_name and (outer is None or outer.kind != "person" or full_name):
        if outer is not None and outer.kind == "role":
            return Mention(outer.start, inner.end, text[outer.start:inner.end], inner.name, outer.role, "person")
        return inner
    if outer is not None and outer.kind != "pronoun":
        return outer
    return None


def _subject_after(tokens, quoted, index, text, cast_words) -> Mention | None:
    """"…," said Roy Blunt / "…," says the report."""
    before = tokens[index - 1] if index > 0 else None
    if before is not None and not (before.text in (",", ":") and any(quoted[max(0, index - 3):index - 1])
                                   or quoted[index - 1] or before.text in "”\"?!"):
        return None  # the comma of an apposition ("X (D-N.J.), Ranking Member …, issued") is no inversion
    return _after_quoted_marks(tokens, quoted, index + 1, text, cast_words)


def _after_quoted_marks(tokens, quoted, index, text, cast_words) -> Mention | None:
    """The phrase at tokens[index]; an outlet in quote marks inside it ("the “Sample Weekly” spokeswoman Anna
    Example") is passed over."""
    if index >= len(tokens) or quoted[index] and tokens[index].text not in "“\"":
        return None
    mention = chunk_from(tokens, index, text, cast_words)
    if mention is not None and mention.kind in ("person", "role", "body", "pronoun") and not (
            mention.kind == "body" and index + 2 < len(tokens) and tokens[index + 1].text in "“\""):
        return mention
    position = index + (1 if tokens[index].text.lower() in ("the", "a", "an") else 0)
    while position < len(tokens) and (quoted[position] or tokens[position].text in "“”\""):
        position += 1
    return chunk_from(tokens, position, text, cast_words) if position > index else mention


def _agent(tokens, quoted, cue: Cue, text, cast_words) -> Mention | None:
    """"That was confirmed by Mayor X" -> Mayor X; "it was said in a statement by the club" -> the statement."""
    for position in range(cue.index + 1, min(len(tokens), cue.index + 10)):
        if quoted[position]:
            break
        if tokens[position].text == "by":
            if tokens[position - 1].text.lower() in DOCUMENTS:
                return Mention(tokens[position - 1].start, tokens[position - 1].end, tokens[position - 1].text,
                               kind="body")
            return chunk_from(tokens, position + 1, text, cast_words)
    if any(t.text.lower() == "it" for t in tokens[max(0, cue.index - 4):cue.index]):
        document = next((t for p, t in enumerate(tokens) if t.text.lower() in DOCUMENTS and not quoted[p]), None)
        if document is not None:
            return Mention(document.start, document.end, document.text, kind="body")
    return None


def _source_after(tokens, index, text, cast_words) -> Mention | None:
    """"according to a report by the state auditor" -> the state auditor; "according to the spokeswoman of the
    group, Anna Example," -> Anna Example."""
    mention = chunk_from(tokens, index, text, cast_words)
    if mention is None:
        return None
    after = next((p for p, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    if mention.text.split()[-1].lower() in DOCUMENTS and after < len(tokens) and tokens[after].text in ("by", "from"):
        return chunk_from(tokens, after + 1, text, cast_words) or mention
    if mention.kind == "role" and after < len(tokens) and tokens[after].text in ("of", "for", "at"):
        attached = chunk_from(tokens, after + 1, text, cast_words)
        if attached is not None:
            after = next((p for p, t in enumerate(tokens) if t.start >= attached.end), len(tokens))
    if mention.kind == "role" and after + 1 < len(tokens) and tokens[after].text == ",":
        named = chunk_from(tokens, after + 1, text, cast_words)
        if named is not None and named.kind == "person":
            return Mention(mention.start, named.end, text[mention.start:named.end], named.name, mention.role)
    return mention
