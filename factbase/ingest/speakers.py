"""Speaker mentions: find the phrase that names who speaks, split it into role and name,
and resolve later mentions ("Rutte", "der Präsident", "er") to the person the article
introduced ("Mark Rutte").
"""
import re
from dataclasses import dataclass, field

from . import lexicon

# quote marks are transparent inside a speaker phrase: schrieb „Die Zeit“
TOKEN = re.compile(r"\w[\w\-’'.:]*\w|\w|[^\w\s„“”\"»«]")

DETERMINERS = lexicon.known("DETERMINERS")
ENGLISH_DETERMINERS = lexicon.en.PHRASE_DETERMINERS
ENGLISH_STOPS = lexicon.en.PHRASE_STOPS
# capitalised words at a sentence start that never name a speaker
NOT_SPEAKERS = set(
    """es man was wer wie wo dort hier da dann so nun doch auch it there what damit davon dafür darum daher
    deshalb derzeit insgesamt besonders zuerst erst anderen andere von zu mit für bei aus nach vor seit auf
    über unter um durch gegen ohne selbst gerade offenbar angeblich wörtlich passend ähnlich""".split()
)
# demonstratives that stand alone ("Dies sei wichtig") rather than before a noun ("Das Bauamt")
DEMONSTRATIVES = set("das dies diese dieser dieses this that".split())
PRONOUNS = lexicon.known("PRONOUNS")
ADVERBS = set(
    "weiter auch zudem außerdem dazu dann nun jetzt noch bereits ebenfalls gestern heute zuletzt "
    "damals später erneut wiederum jedoch aber daher deshalb also allerdings zuvor inzwischen "
    "insbesondere unterdessen indes derweil demnach danach dagegen hingegen trotzdem schließlich "
    "bisher gleichzeitig zugleich anschließend mittlerweile morgen dort hier dabei darin "
    "sich further also then later".split()
)
# lowercase words that look like adjectives ("gegenüber", "immer") but never start a speaker phrase
NOT_ADJECTIVES = set("gegenüber über unter hinter wieder aber oder immer weiter später sehr eher außer "
                     "lediglich einer einem eines".split())
FINITE_AUX = set(
    "hat hatte hatten haben habe hätte hätten ist war waren sind sei wird wurde wurden werde würde "
    "will wollte wollten soll sollte sollten kann konnte könne könnte ließ ließen lässt has had have "
    "is was were will would".split()
)
GENITIVE = {"des", "der", "von", "vom", "of"}
# a present or past participle used as an adjective: "überlebende", "geborene", "gewählten"
PARTICIPLE = re.compile(r"^(?:[a-zäöü]+ende[nr]?|ge[a-zäöü]+(?:ene[nr]?|te[nr]?))$")
PLACE_LINKS = {"in", "aus"}
NAME_PARTICLES = {"von", "van", "de", "der", "da", "al", "bin", "ibn", "le", "la", "del", "di"}
ROLE_SUFFIXES = lexicon.de.ROLE_NOUNS + lexicon.en.ROLE_NOUNS
# inflected role forms: "Präsidenten", "Ministers", "Sprechers"
_ROLE_ENDINGS = ("", "s", "en", "n", "in", "es")
_CAPITAL = re.compile(r"^(?:[A-ZÄÖÜ]|\d+-[A-ZÄÖÜ])")  # "Anna", "58-Jährige"
_ROLE_AND_NAME = re.compile(
    r"(?=\b([\w\-]+)\s+((?:[A-ZÄÖÜ][\w\-’']+\s+){1,2}(?:von(?: der| dem| den)?|van(?: der| den)?|de|al)\s+"
    r"[A-ZÄÖÜ][\w\-’']+|(?:[A-ZÄÖÜ][\w\-’']+\s+){0,2}[A-ZÄÖÜ][\w\-’']+))"
)  # "Ministerin Ursula von der Leyen"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    phrase: str  # the words as they stand, without a leading determiner
    role: str
    name: str | None  # a person's name when the phrase holds one
    is_pronoun: bool = False


def is_role_word(word: str) -> bool:
    lowered = word.lower().strip(".")
    head = lowered.rsplit("-", 1)[-1]
    for ending in _ROLE_ENDINGS:
        stem = head[: len(head) - len(ending)] if ending and head.endswith(ending) else head
        if not ending or head.endswith(ending):
            if stem.endswith(ROLE_SUFFIXES):
                return True
    return False


def _is_capital(word: str) -> bool:
    return bool(_CAPITAL.match(word))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in TOKEN.finditer(text[start:end])]


def read_noun_phrase(text: str, start: int, end: int) -> Mention | None:
    """The noun phrase that starts at `start` (after skipping a few adverbs), or None."""
    tokens = _tokens(text, start, end)
    index = 0
    while index < len(tokens) and index < 3 and tokens[index][2].lower() in ADVERBS \
            and tokens[index][2].lower() not in DETERMINERS:
        index += 1
    if index >= len(tokens):
        return None
    first = tokens[index][2]
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    standalone = first.lower() in DEMONSTRATIVES and not (
        _is_capital(following) or re.match(r"^[a-zäöü]+(?:e|en|er|es|em)$", following))
    if standalone and first.lower() in {"dieser", "diese", "jener", "jene"}:
        return Mention(tokens[index][0], tokens[index][1], first, "", None, is_pronoun=True)  # "Dieser behaupte"
    if first.lower() in NOT_SPEAKERS or standalone:
        return None
    if first.lower() in PRONOUNS:
        return Mention(tokens[index][0], tokens[index][1], first, "", None, is_pronoun=True)
    taken: list[tuple[int, int, str]] = []
    has_head = False
    started_with_determiner = first.lower() in DETERMINERS
    while index < len(tokens):
        word = tokens[index][2]
        lower = word.lower()
        following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if len(taken) == 1 and not has_head and taken[0][2].lower() in DETERMINERS and \
                (participle := _participle_ahead(tokens, index)) is not None:
            index = participle  # "Die den Sturm überstehende Anna Beispiel": on to the participle
            continue
        if not taken and lower in {"einer", "eine", "eines", "keiner"} and following.lower() in {"der", "des"}:
            taken.append(tokens[index])  # "Einer der beteiligten Feuerwehrmänner"
            has_head = True
        elif not taken and lower in DETERMINERS:
            taken.append(tokens[index])
        elif word.isdigit() and taken and taken[-1][2].lower() in DETERMINERS | GENITIVE:
            taken.append(tokens[index])  # "Einer der 13 Feuerwehrmänner"
        elif _is_capital(word) and word.isalpha() is False and not re.match(r"^\w", word):
            break
        elif _is_capital(word) and lower not in PRONOUNS:
            taken.append(tokens[index])
            has_head = True
        elif started_with_determiner and taken[0][2].lower() in ENGLISH_DETERMINERS \
                and re.match(r"^[\da-z][\da-z'’\-]*$", word) and lower not in ENGLISH_STOPS and len(taken) < 6:
            taken.append(tokens[index])  # "the town's planning office"
            has_head = True
        elif (not has_head or taken[-1][2].lower() in DETERMINERS | GENITIVE or taken[-1][2].isdigit()) \
                and re.match(r"^[\da-zäöüß\-]+(?:e|en|er|es|em)$", word) and lower not in ADVERBS \
                and lower not in NOT_ADJECTIVES:
            taken.append(tokens[index])  # an adjective before the head: "der ukrainische Präsident"
        elif taken and not has_head and taken[-1][2].lower() in DETERMINERS and re.match(r"^[a-zäöüß]{4,}$", word) \
                and re.match(r"^[a-zäöüß\-]+(?:e|en|er|es|em)$", following) \
                and lower not in ADVERBS | NOT_ADJECTIVES | {"nicht", "noch", "schon"}:
            taken.append(tokens[index])  # an adverb before the adjective: "die staatlich kontrollierten Medien"
        elif has_head and lower in NAME_PARTICLES and _is_capital(following) and taken and _is_capital(taken[-1][2]) \
                and not is_role_word(taken[-1][2]) and lower not in GENITIVE:
            taken.append(tokens[index])  # "Ursula von der Leyen"
        elif has_head and lower in PLACE_LINKS and started_with_determiner and _is_capital(following) and \
                not is_role_word(taken[-1][2]):
            taken.append(tokens[index])  # "Die Militärführung in Kiew"
        elif has_head and lower in {"von", "vom"} and _is_capital(taken[-1][2]) and (
                _is_capital(following) or following.lower() in DETERMINERS):
            taken.append(tokens[index])  # "Theo Kitz vom Bankhaus Merck Finck"
            started_with_determiner = True
        elif has_head and lower in GENITIVE and (started_with_determiner or is_role_word(taken[-1][2])) \
                and not _is_acronym(taken[-1][2]) and \
                (_is_capital(following) or following.lower() in DETERMINERS or following.isdigit()
                 or re.match(r"^[a-zäöü]+e[nrs]?$", following)):
            taken.append(tokens[index])  # "Sprecher des Ministeriums", "Präsident der Ukraine"
            started_with_determiner = True
        elif has_head and word == "(":
            close = next((i for i in range(index, min(index + 8, len(tokens))) if tokens[i][2] == ")"), None)
            if close is None:
                break
            index = close  # "Renate Künast (Grüne)"
        else:
            break
        index += 1
    while len(taken) > 1 and not _is_capital(taken[-1][2]) and not (
            taken[0][2].lower() in ENGLISH_DETERMINERS and len(taken) > 1 and taken[-1][2][:1].isalnum()):
        taken.pop()
    if not taken or not has_head:
        return None
    phrase_start, phrase_end = taken[0][0], taken[-1][1]
    mention = mention_from_phrase(text[phrase_start:phrase_end], phrase_start)
    return mention if mention.phrase else None


def _is_acronym(word: str) -> bool:
    """"BMI", "ACLU": a genitive chain ends at an acronym ("die Mitteilung des BMI der Presse" is two phrases)."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _participle_ahead(tokens: list[tuple[int, int, str]], index: int) -> int | None:
    """The index of a participle that closes a phrase opened by a determiner, after a noun of that phrase and
    before a capitalised word: "die [in Musterstadt geborene] Anna Beispiel",
    "der [seit Jahren amtierende] Bürgermeister"."""
    for ahead in range(index + 1, min(index + 6, len(tokens) - 1)):
        word = tokens[ahead][2]
        if not re.match(r"^[\w\-]+$", word):
            return None
        before = tokens[ahead - 1][2]
        if PARTICIPLE.match(word) and _is_capital(tokens[ahead + 1][2]) and (_is_capital(before) or before.isdigit()):
            return ahead
    return None


def read_noun_phrase_before(text: str, start: int, end: int) -> Mention | None:
    """The noun phrase that ends at `end` ("den Angaben des Ministeriums zufolge")."""
    tokens = _tokens(text, start, end)
    index = len(tokens)
    while index > 0 and (_is_capital(tokens[index - 1][2]) or tokens[index - 1][2].lower() in DETERMINERS | GENITIVE
                         or re.match(r"^[a-zäöü]+e[nrs]?$", tokens[index - 1][2])) and len(tokens) - index < 8:
        index -= 1
    for candidate in range(index, len(tokens)):
        mention = read_noun_phrase(text, tokens[candidate][0], end)
        if mention and mention.end >= tokens[-1][1]:
            return mention
    return None


def mention_from_phrase(phrase: str, start: int = 0) -> Mention:
    """Split a speaker phrase into its role and the person's name, where it has one."""
    outlet = re.match(r"(?:\w+\s+)?[„“\"»«][^„“”\"»«]+[“”\"«»]\s+"
                      r"((?:[a-z][\w\-]*\s+)?[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)*)$", phrase)
    if outlet:  # "sagte der „Beispielblatt“ Anna Beispiel": the outlet is the dative object, the name speaks
        return mention_from_phrase(outlet.group(1), start + outlet.start(1))
    words = phrase.split()
    participle = next((i for i, w in enumerate(words[2:-1], 2)
                       if PARTICIPLE.match(w) and (_is_capital(words[i - 1]) or words[i - 1].isdigit())), None)
    if participle is not None and words[0].lower() in DETERMINERS and _is_capital(words[participle + 1]):
        rest = " ".join(words[participle + 1:])  # "Die den Sturm überstehende Anna Beispiel": the name after it
        return mention_from_phrase(rest, start + phrase.rfind(rest))
    while len(words) > 1 and words[0].lower() in DETERMINERS and words[1].lower() not in GENITIVE:
        words = words[1:]
    clean = " ".join(words)
    offset = start + phrase.find(clean) if clean else start
    role_end = None
    for position, word in enumerate(words):
        if is_role_word(word) and position < len(words) - 1 and _is_capital(words[position + 1]):
            role_end = position
        elif word.lower() in GENITIVE | DETERMINERS:
            break
    if role_end is not None:
        name_words = []
        for word in words[role_end + 1:]:
            if word.lower() in GENITIVE and name_words:
                break
            if word.lower() in DETERMINERS:
                break
            name_words.append(word)
        role = " ".join(words[: role_end + 1])
        return Mention(offset, offset + len(clean), clean, role, " ".join(name_words) or None)
    if words and all(_is_capital(w) or w.lower() in NAME_PARTICLES for w in words) and len(words) <= 4 \
            and not any(is_role_word(w) for w in words) and phrase.split()[0].lower() not in DETERMINERS:
        return Mention(offset, offset + len(clean), clean, "", clean)
    if "vom" in words[2:] and phrase.split()[0].lower() not in DETERMINERS:
        person = words[:words.index("vom")]  # "Theo Kitz vom Bankhaus Beispiel": the name before "vom"
        if all(_is_capital(w) for w in person) and len(person) <= 3 and not any(is_role_word(w) for w in person):
            return Mention(offset, offset + len(clean), clean, "", " ".join(person))
    # the head noun before a genitive carries the role: "Sprecher des Ministeriums", not "Kritik des Ministers"
    head = next((words[i - 1] for i, word in enumerate(words) if i and word.lower() in GENITIVE | DETERMINERS),
                words[-1] if words else "")
    role = clean if words and is_role_word(head) else ""
    return Mention(offset, offset + len(clean), clean, role, None)


@dataclass
class Cast:
    """The people an article introduces, and where each is mentioned."""

    names: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    seen_at: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str) -> "Cast":
        """Everyone introduced with a role before the name ("Außenminister Andrij Sybiha")."""
        cast = cls()
        for match in _ROLE_AND_NAME.finditer(text):
            role_word, name = match.group(1), match.group(2)
            if is_role_word(role_word) and _is_capital(role_word) and not any(is_role_word(w) for w in name.split()):
                cast.introduce(name, role_word, match.start(2))
        cast.names = [n for n in cast.names if cast.full_name(n) == n]
        for name in cast.names:
            surname = name.split()[-1]
            for hit in re.finditer(rf"\b{re.escape(surname)}s?\b", text):
                cast.seen(name, hit.start())
        return cast

    def introduce(self, name: str, role: str, position: int) -> None:
        name = self.full_name(name)
        if name not in self.names:
            self.names.append(name)
        if role and not self.roles.get(name):
            self.roles[name] = role
        self.seen(name, position)

    def seen(self, name: str, position: int) -> None:
        self.seen_at.setdefault(name, []).append(position)

    def full_name(self, name: str) -> str:
        """"Rutte" or "Selenskyjs" -> the longest introduced name ending in it."""
        words = name.split()
        if len(words) != 1:
            return name
        candidates = [n for n in self.names if len(n.split()) > 1 and n.split()[-1] in (name, name.rstrip("s"))]
        return max(candidates, key=len) if candidates else name

    def latest_before(self, position: int, role: str = "") -> str | None:
        """The person mentioned last before `position`, with that role when a role is given."""
        head = role.lower().rsplit("-", 1)[-1].rstrip("n") if role else ""
        best, best_position = None, -1
        for name in self.names:
            if head and head not in self.roles.get(name, "").lower():
                continue
            seen = [p for p in self.seen_at.get(name, []) if p < position]
            if seen and max(seen) > best_position:
                best, best_position = name, max(seen)
        return best

    def resolve(self, mention: Mention, position: int) -> tuple[str | None, str]:
        """The speaker's best name and role for a mention at `position`."""
        if mention.is_pronoun:
            name = self.latest_before(position)
            return name, self.roles.get(name, "") if name else ""
        if mention.name:
            name = self.full_name(mention.name)
            return name, mention.role or self.roles.get(name, "")
        if mention.role and len(mention.phrase.split()) <= 3:
            name = self.latest_before(position, mention.role)
            if name:
                return name, mention.role
        return mention.phrase, mention.role
