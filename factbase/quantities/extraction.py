"""Finding the quantities in a claim's words: value, qualifier and the counted thing.

Babel parses the numbers in the claim's locale ("10.000" is ten thousand in German, ten
in English) and Snowball stems the counted thing so "Soldaten" finds "Soldat:innen".
What no library does for German and English alike is here: where a number starts and
ends, its scale word ("Milliarden", "billion"), the qualifier before it and the noun after it.
"""
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import snowballstemmer
from babel.numbers import NumberFormatError, parse_decimal

QUALIFIERS = {  # as written (lower case) -> one code per meaning, for both languages
    "more-than": ["mehr als", "über", "ueber", "more than", "over"],
    "at-least": ["mindestens", "wenigstens", "at least"],
    "about": ["rund", "etwa", "circa", "ca.", "ungefähr", "annähernd", "about", "around", "roughly",
              "approximately", "some", "an estimated"],
    "almost": ["fast", "knapp", "beinahe", "nahezu", "almost", "nearly", "close to"],
    "up-to": ["bis zu", "up to"],
    "less-than": ["weniger als", "unter", "less than", "fewer than", "under"],
    "at-most": ["höchstens", "maximal", "at most"],
}
QUALIFIER_OF = {written: code for code, words in QUALIFIERS.items() for written in words}
SCALES = {
    "tausend": 10**3, "thousand": 10**3, "million": 10**6, "millionen": 10**6, "mio.": 10**6, "mio": 10**6,
    "milliarde": 10**9, "milliarden": 10**9, "mrd.": 10**9, "mrd": 10**9, "billion": 10**9, "billions": 10**9,
    "millions": 10**6, "thousands": 10**3, "trillion": 10**12,
}
# German "Billion" is 10**12, English "billion" 10**9: the claim's language decides.
GERMAN_SCALES = {**SCALES, "billion": 10**12, "billionen": 10**12}
CURRENCIES = {"$": "$", "€": "€", "£": "£", "us-dollar": "$", "dollar": "$", "dollars": "$", "euro": "€",
              "euros": "€", "pfund": "£", "pounds": "£"}
PERCENT = {"%", "prozent", "percent", "per cent", "prozentpunkte", "percentage points"}

NUMBER = re.compile(
    r"(?<![\w.,])(?P<currency>[$€£]\s?)?(?P<number>\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![\w])(?!\.\s)"  # "5. November" is an ordinal, not five
)
WORD = re.compile(r"%|[^\W\d_][\w:*_\-]*\.?|[$€£]", re.UNICODE)
GENDER_SUFFIX = re.compile(r"[:*_]in(?:nen)?$|(?<=[a-zäöü])In(?:nen)?$")
STOP = {
    "de": {"und", "oder", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "seit", "von", "vom", "zu",
           "zum", "zur", "für", "der", "die", "das", "den", "dem", "des", "ein", "eine", "sind", "seien", "ist",
           "sei", "wurden", "werden", "haben", "hätten", "hat", "als", "wie", "pro", "je", "bis"},
    "en": {"and", "or", "in", "on", "at", "of", "to", "for", "from", "by", "with", "since", "the", "a", "an",
           "are", "were", "is", "was", "have", "has", "had", "will", "would", "who", "that", "which", "than",
           "per", "each", "as", "into"},
}
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
MAX_PHRASE = 8  # words looked at after a German number ("in den Osten Russlands geschickten Nordkoreaner:innen")
YEARS = range(1800, 2101)
STEMMERS = {"de": snowballstemmer.stemmer("german"), "en": snowballstemmer.stemmer("english")}


@dataclass(frozen=True)
class FoundQuantity:
    value: Decimal
    number: str      # the figure as written, with its qualifier and scale: "mehr als 10.000"
    qualifier: str   # a QUALIFIERS code, or ""
    unit: str        # "%", "$", "€", "£" or ""
    counted: str     # the counted thing as written: "nordkoreanische Soldaten"
    key: str         # stems of the counted thing (or the unit), space-separated, for matching
    start: int
    end: int


def language_of(text: str, language: str = "") -> str:
    language = (language or "").lower()[:2]
    if language in STEMMERS:
        return language
    # No language recorded: the thousands separator tells ("10.000" German, "10,000" English).
    if re.search(r"\d\.\d{3}(?!\d)", text) or re.search(r"\b(?:und|der|die|das|nicht)\b", text):
        return "de"
    return "en"


@lru_cache(maxsize=50_000)
def _stem(word: str, language: str) -> str:
    # Snowball in pure Python was half of the extraction time; counted things repeat a lot.
    return STEMMERS[language].stemWord(word)


def counted_key(words: str, language: str) -> str:
    """The stems of `words`, lower case, gender endings folded: "Soldat:innen" -> "soldat"."""
    stems = []
    for word in WORD.findall(words):
        word = GENDER_SUFFIX.sub("", word.rstrip(".")).lower()
        if word and word not in CURRENCIES and word not in STOP[language]:
            stems.append(_stem(word, language))
    return " ".join(stems)


def query_stems(query: str) -> set[str]:
    """The stems a search term may take in either language ("Soldaten" -> soldat, soldaten)."""
    return {stem for language in STEMMERS for stem in counted_key(query, language).split()}


def quantities_in(text: str, language: str = "") -> list[FoundQuantity]:
    """Every quantity in `text`, in order."""
    language = language_of(text, language)
    found = []
    for match in NUMBER.finditer(text):
        value = _parse(match["number"], language)
        if value is None:
            continue
        start, end = match.start(), match.end()
        unit = (match["currency"] or "").strip()
        words = list(WORD.finditer(text, end, min(len(text), end + 200)))
        words = _contiguous(text, end, words)
        scales = GERMAN_SCALES if language == "de" else SCALES
        if words and words[0].group().lower() in scales:
            value *= scales[words[0].group().lower()]
            end = words[0].end()
            words = _contiguous(text, end, words[1:])
        percent = [n for n in (2, 1) if len(words) >= n and " ".join(w.group().lower() for w in words[:n]) in PERCENT]
        if percent:
            unit, end = "%", words[percent[0] - 1].end()
            words = []
        elif words and words[0].group().lower() in CURRENCIES and not unit:
            unit, end = CURRENCIES[words[0].group().lower()], words[0].end()
            words = _contiguous(text, end, words[1:])
        qualifier, start = _qualifier(text, start)
        phrase = _counted_phrase(words, language)
        counted = text[phrase[0].start():phrase[-1].end()] if phrase else ""
        if not counted and not unit and not qualifier and value == value.to_integral() and int(value) in YEARS \
                and not re.search(r"\d[.,\s]\d", match["number"]):
            continue  # "seit 2022": a year
        key = counted_key(counted, language) if counted else {"%": "percent"}.get(unit, unit)
        found.append(FoundQuantity(
            value=value, number=text[start:end].strip(), qualifier=qualifier, unit=unit,
            counted=counted, key=key, start=start, end=end,
        ))
    return found


def _parse(number: str, language: str) -> Decimal | None:
    number = re.sub(r"[\u202f\u00a0 ]", "", number)
    try:
        return parse_decimal(number, locale=language, strict=True)
    except (NumberFormatError, InvalidOperation):
        # Written the other language's way ("10,000" in a German claim): try that before giving up.
        other = "en" if language == "de" else "de"
        try:
            return parse_decimal(number, locale=other, strict=True)
        except (NumberFormatError, InvalidOperation):
            return None


def _contiguous(text, end, words):
    """The words right after `end`, up to the first punctuation between them."""
    kept = []
    for word in words:
        gap = text[end:word.start()]
        if gap.strip():
            break
        kept.append(word)
        end = word.end()
    return kept


def _qualifier(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 25):start].lower()
    for written in sorted(QUALIFIER_OF, key=len, reverse=True):
        if re.search(rf"(?:^|[\s(„\"'])({re.escape(written)})\s*$", before):
            return QUALIFIER_OF[written], start - (len(before) - before.rfind(written))
    return "", start


def _counted_phrase(words, language):
    words = words[:MAX_PHRASE]
    if language == "de":
        return _german_noun_phrase(words)
    phrase = []
    for word in words[:4]:
        if word.group().lower() in STOP["en"]:
            break
        phrase.append(word)
    return phrase


def _german_noun_phrase(words):
    """Adjectives up to the first noun ("nordkoreanische Soldaten"); after a preposition, the
    noun an inflected participle leads to ("in den Osten Russlands geschickten Nordkoreaner:innen")."""
    texts = [word.group() for word in words]
    if not texts:
        return []
    if texts[0][0].isupper():
        return words[:1]
    if texts[0].lower() not in STOP["de"]:
        for i, text in enumerate(texts):
            if text[0].isupper():
                return words[:i + 1]
            if not text.endswith(ADJECTIVE_ENDINGS):
                return []
        return []
    for i in range(1, len(texts) - 1):
        if texts[i][0].islower() and texts[i].endswith(ADJECTIVE_ENDINGS) and texts[i + 1][0].isupper() \
                and texts[i] not in STOP["de"]:
            return words[i + 1:i + 2]  # the participle describes; the noun is what is counted
    return []
