"""Who a stretch of words names: a person (a name, with the office before it), a role without a name
("the president"), a pronoun, or a body ("the report", "union officials", "The Mapleford Courier").

A capitalised word is part of a name only when the tagger tags it a proper noun (NP0): sentence-initial
"According", "Asked" or "They" never are. The article's cast then turns a surname or a role into the
full name it was introduced with.
"""
import re
from dataclasses import dataclass, field

from ..lexicon import of
from .tokens import Token

OFFICE_WORDS = of("en", "OFFICE_WORDS")
SPEAKER_NOUNS = of("en", "SPEAKER_NOUNS")
PUBLICATION_WORDS = of("en", "PUBLICATION_WORDS")
TIME_WORDS = of("en", "TIME_WORDS")
PRONOUNS = frozenset("he she they it we i".split())
DETERMINERS = frozenset("the a an its his her their our this that".split())
CONNECTORS = frozenset("of for to".split())
ORGANISATION_WORDS = frozenset("""commission department ministry association university organization organisation party
    council committee agency office union company corporation group institute bank court army navy house senate
    congress parliament government administration board panel authority service network""".split()) | PUBLICATION_WORDS


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str  # the whole phrase: "Senate Majority Leader Mitch McConnell"
    name: str = ""  # the proper-name part: "Mitch McConnell"
    role: str = ""  # the words before the name, or the role alone: "Senate Majority Leader", "the president"
    kind: str = "person"  # person | role | pronoun | body (a speaker noun: "the report") | thing (other nouns)

    @property
    def is_organisation(self) -> bool:
        return self.kind == "body" or is_organisation_name(self.name)


def is_organisation_name(name: str) -> bool:
    """"Zimbabwe Electoral Commission", "The Telegraph", "Reuters", "SAGE": a body, not a person."""
    words = name.split()
    return any(w.lower() in ORGANISATION_WORDS for w in words) or len(words) == 1 and len(words[0]) > 1 \
        and words[0].isupper()


def is_name_word(token: Token, cast_words: frozenset[str] = frozenset()) -> bool:
    """A proper noun by the tagger (or a word the cast knows as one), never a weekday or month."""
    if not token.text[:1].isupper() or token.text.lower() in TIME_WORDS or token.text.lower() in PRONOUNS:
        return False
    return token.is_proper or token.text in cast_words


def _chunkable(token: Token, cast_words: frozenset[str]) -> bool:
    """Part of a noun phrase: a name, an office, a noun or an adjective before one, a possessive "'s"."""
    low = token.text.lower()
    if low in TIME_WORDS or low in PRONOUNS:
        return False
    return (is_name_word(token, cast_words) or low in OFFICE_WORDS or low in SPEAKER_NOUNS
            or token.text in ("'s", "’s") or token.tag in ("AJ0", "NN1", "NN2", "NP0", "POS") and token.is_word)


def chunk_around(tokens: list[Token], index: int, text: str,
                 cast_words: frozenset[str] = frozenset()) -> Mention | None:
    """The noun phrase that ends at tokens[index] (read leftwards), as a Mention, or None."""
    if index < 0 or index >= len(tokens):
        return None
    token = tokens[index]
    if token.text.lower() in PRONOUNS:
        return Mention(token.start, token.end, token.text, kind="pronoun")
    if not _chunkable(token, cast_words) and not _is_initial_dot(tokens, index):
        return None
    first = index
    while first > 0 and index - first < 10:
        before = tokens[first - 1]
        if _chunkable(before, cast_words) or _is_initial_dot(tokens, first - 1):
            first -= 1
        elif before.text.lower() in CONNECTORS and first >= 2 and _chunkable(tokens[first - 2], cast_words) \
                and tokens[first].text[:1].isupper():
            first -= 1
        else:
            break
    if first > 0 and tokens[first - 1].text.lower() in DETERMINERS:
        first -= 1
    return build_mention(tokens[first:index + 1], text, cast_words)


def chunk_from(tokens: list[Token], index: int, text: str, cast_words: frozenset[str] = frozenset()) -> Mention | None:
    """The noun phrase that starts at tokens[index] (read rightwards), as a Mention, or None."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.text.lower() in PRONOUNS:
        return Mention(token.start, token.end, token.text, kind="pronoun")
    last = index
    if token.text.lower() in DETERMINERS:
        last += 1
    if last >= len(tokens) or not (_chunkable(tokens[last], cast_words) or _is_initial_dot(tokens, last)):
        return None
    while last + 1 < len(tokens) and last - index < 10:
        after = tokens[last + 1]
        if _chunkable(after, cast_words) or _is_initial_dot(tokens, last + 1):
            last += 1
        elif after.text.lower() in CONNECTORS and last + 2 < len(tokens) \
                and tokens[last + 2].text[:1].isupper() and _chunkable(tokens[last + 2], cast_words):
            last += 1
        else:
            break
    return build_mention(tokens[index:last + 1], text, cast_words)


def _is_initial_dot(tokens: list[Token], index: int) -> bool:
    """The dot of "David S. Jackson" or "U.S.": part of the name."""
    return tokens[index].text == "." and index > 0 and len(tokens[index - 1].text) <= 3 \
        and tokens[index - 1].text[:1].isupper() and tokens[index - 1].end == tokens[index].start \
        and index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper()


def build_mention(run: list[Token], text: str, cast_words: frozenset[str] = frozenset()) -> Mention | None:
    while run and (run[-1].text in ("'s", "’s", ".") or run[-1].text.lower() in CONNECTORS):
        run = run[:-1]
    if not run:
        return None
    start, end = run[0].start, run[-1].end
    phrase = text[start:end]
    name_start = len(run)
    while name_start > 0 and (is_name_word(run[name_start - 1], cast_words) and run[name_start - 1].text.lower()
                              not in OFFICE_WORDS or _is_initial_dot(run, name_start - 1)):
        name_start -= 1
    name_tokens = run[name_start:]
    head = run[-1].text.lower()
    if name_tokens and head not in OFFICE_WORDS and head not in SPEAKER_NOUNS:
        name = text[name_tokens[0].start:end]
        role = text[start:name_tokens[0].start].strip(" ,")
        determined = role.lower() in DETERMINERS  # "the Example Times", "the Sample Institute": a body's name
        role = "" if determined else role
        organisation = is_organisation_name(name)
        return Mention(start, end, phrase, name, role, "body" if determined or organisation else "person")
    if head in OFFICE_WORDS:
        return Mention(start, end, phrase, "", phrase, "role")
    if head in SPEAKER_NOUNS:
        return Mention(start, end, phrase, "", "", "body")
    if run[-1].tag in ("NN1", "NN2"):
        return Mention(start, end, phrase, "", "", "thing")
    return None


@dataclass
class Cast:
    """The people and bodies an article names, to resolve a surname, a role or "the newspaper"."""

    roles: dict[str, str] = field(default_factory=dict)  # full name -> role it was introduced with
    seen: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name), in text order

    @property
    def words(self) -> frozenset[str]:
        return frozenset(w for name in self.roles for w in name.split())

    def introduce(self, mention: Mention) -> None:
        if mention.name and len(mention.name.split()) >= 2 and mention.name not in self.roles:
            self.roles[mention.name] = mention.role
        if mention.name:
            self.seen.append((mention.start, self.full_name(mention.name)))

    def full_name(self, name: str) -> str:
        """"Chamisa" -> "Nelson Chamisa", when the article introduced exactly one such person."""
        if name in self.roles:
            return name
        surname = re.sub(r"['’]s$", "", name)
        matches = [full for full in self.roles if full.split()[-1] == surname or surname in full.split()[1:]]
        return matches[0] if len(set(matches)) == 1 else name

    def by_role(self, role: str, before: int) -> str | None:
        """"the president": the person introduced with that office word, the latest one before `before`."""
        head = role.split()[-1].lower()
        for _, name in sorted((p for p in self.seen if p[0] < before), reverse=True):
            if head in self.roles.get(name, "").lower().split():
                return name
        return None

    def publication(self, before: int) -> str | None:
        """"the newspaper": the latest publication named before `before`."""
        for _, name in sorted((p for p in self.seen if p[0] < before), reverse=True):
            if any(w.lower() in PUBLICATION_WORDS for w in name.split()[1:]):
                return name
        return None
