"""Verbs and phrases of saying ("sagte", "teilte … mit", "laut", "zufolge", "said", "according to").

A cue is a span of the text; its kind tells the speaker finder where to look:
- "verb": a verb of saying; the speaker is its subject, before or after it.
- "according": "laut X", "nach Angaben von X", "X zufolge", "according to X".
- "so": German ", so X" after a quote.
- "impersonal": "hieß es", "it was said": no speaker in the phrase itself.
"""
import re
from dataclasses import dataclass

from . import lexicon

WEAK_STEMS_DE = lexicon.de.WEAK_SAYING_STEMS
STRONG_FORMS_DE = lexicon.de.STRONG_SAYING_FORMS
STRONG_SEPARABLE_DE = lexicon.de.STRONG_SEPARABLE_SAYING
VERBS_EN = lexicon.en.SAYING_VERBS

ACCORDING_DE = re.compile(
    r"\b(?:[Ll]aut|[Nn]ach [\w\-]+-Angaben|[Nn]ach \w+angaben"
    r"|[Nn]ach (?:eigenen |offiziellen |ersten |übereinstimmenden |bisherigen |den )?"
    # "nach Darstellung der Polizei", "nach Schätzungen des Verbands", "nach Bewertung von X"
    r"(?:Angaben|Aussagen?|Auskunft|Ansicht|Auffassung|Meinung|Einschätzung(?:en)?|Informationen|Darstellung(?:en)?"
    r"|Bewertung(?:en)?|Schätzung(?:en)?|Berechnung(?:en)?|Worten)"
    r"|[Zz]ufolge|[Ss]einer Meinung nach|[Ii]hrer Meinung nach|[Ss]einer Ansicht nach|[Ii]hrer Ansicht nach"
    r"|[Nn]ach \w+(?:meinung|einschätzung|ansicht)"
    # "nach einer neuen Studie", "nach dem Bericht der Kommission": the document is the source
    r"|[Nn]ach(?= (?:einer|einem|dem|der|den|jüngsten|neuen|neuesten|ersten) (?:[\w\-]+ )?(?:Studie|Bericht|Berichten"
    r"|Umfrage|Untersuchung|Schätzung|Schätzungen|Meldung|Meldungen|Erkenntnissen|Mitteilung|Darstellung)\b))\b"
)
ACCORDING_EN = re.compile(r"\b[Aa]ccording to\b")
# words that may open the speaker after ", so": "so der Sprecher", "so ihre Anwältin", "so auch Anna Beispiel"
SO_SPEAKER_OPENERS = ("der|die|das|den|dem|des|ein|eine|einer|eines|einem|sein|seine|seiner|ihr|ihre|ihrer"
                      "|letztere|auch|etwa")
# "erläutert es, so:" is an adverb. Right after a quote "so" attributes it ("„…“, so charakterisierte ihn X");
# elsewhere "Sollten sie klagen, so gebe es …", "so lange", "so wie" are conjunctions unless a name or a
# determiner follows
SO_DE = re.compile(
    r"(?:[“”\"«»]\s*[,–—-]?\s*so\b(?!\s+(?:dass|daß)\b|\s*:)"
    r"|(?<![“”\"«»])(?<![“”\"«»]\s)[,–—-]\s*so\b(?!\s*:|\s+(?!(?:" + SO_SPEAKER_OPENERS + r")\b)[a-zäöüß]+\b(?!-)))"
)
IMPERSONAL_DE = re.compile(r"\b(?:hieß|heißt|hiess) es\b|\bes hieß\b|\bwurde (?:mitgeteilt|erklärt|bekannt)\b"
                           r"|\b(?:hat|hatte) es (?:[a-zäöüß]+ )?geheißen\b"
                           r"|\bes (?:hat|hatte) (?:[a-zäöüß]+ )?geheißen\b")
IMPERSONAL_EN = re.compile(r"\bit (?:was|is|had been|has been) (?:said|reported|claimed)\b")

# verbs of judging that take someone's wording as a quoted phrase, though they introduce no clause:
# "sprach von einem „Feldzug“", "hält den Plan für „gefährlich“", "würdigte ihn als „großen Mann“"
JUDGING_DE = re.compile(
    r"\b(?:sprach|sprachen|spricht|sprechen|riet|rieten|rät|konstatiert\w*|würdigt\w*|beurteilt\w*|wertet\w*|"
    r"attackiert\w*|feiert\w*|lobt\w*|verurteilt\w*|beklagt\w*|hält|hielt|hielten|sieht|sah|sahen|"
    r"empfiehlt|empfahl|zeigt\w* sich|gab sich|gibt sich|verteidigt\w*|nannte|nannten|nennt|bezeichnet\w*|"
    r"rechnet|rechnen|rechnete|rechneten|charakterisiert\w*|tituliert\w*)\b"
)
JUDGING_EN = re.compile(
    r"\b(?:spoke of|called|calls|described|describes|praised|praises|condemned|condemns|hailed|defended|defends|"
    r"expects|expected|rated|rates)\b"
)

INSEPARABLE_PREFIXES = ("be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "über", "unter", "wider")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str
    kind: str  # "verb", "according", "so" or "impersonal"


def _weak_forms(stem: str) -> set[str]:
    needs_e = re.search(r"(?:[td]|[^aeiouälr]n)$", stem) is not None
    ends_er = stem.endswith(("er", "el"))
    joint = "e" if needs_e else ""
    forms = {stem + joint + "t", stem + joint + "te", stem + joint + "ten", stem + "e"}
    forms.add(stem + "n" if ends_er else stem + "en")
    participle = stem + joint + "t"
    if not stem.startswith(INSEPARABLE_PREFIXES) and not stem.endswith("ier"):
        participle = "ge" + participle
    forms.add(participle)
    return forms


def _lexicon_de() -> tuple[set[str], dict[str, set[str]]]:
    """Forms that are cues on their own, and finite forms that need a particle."""
    plain: set[str] = set(STRONG_FORMS_DE)
    needs_particle: dict[str, set[str]] = {
        form: set(particles.split()) for form, particles in STRONG_SEPARABLE_DE.items()
    }
    for entry in WEAK_STEMS_DE:
        particle, _, stem = entry.rpartition(":")
        forms = _weak_forms(stem)
        if not particle:
            plain |= forms
            continue
        for form in forms:
            plain.add(particle + form)  # mitgeteilt, mitteilen, (wie er) mitteilte
            if form.endswith("en") and not form.startswith("ge"):
                plain.add(particle + "zu" + form)
            needs_particle.setdefault(form, set()).add(particle)
    plain -= {"meine", "meinen"}  # possessives far more often than verbs
    return plain, needs_particle


VERBS_DE, SEPARATED_DE = _lexicon_de()
_WORD = re.compile(r"\w+")


def find_cues(text: str, start: int = 0, end: int | None = None, language: str = "de") -> list[Cue]:
    """Cues inside text[start:end], with offsets into `text`, in order."""
    end = len(text) if end is None else end
    span = text[start:end]
    cues = []
    if language == "en":
        for match in _WORD.finditer(span):
            if match.group().lower() in VERBS_EN and not _compares(span, match):
                cues.append(Cue(start + match.start(), start + match.end(), match.group(), "verb"))
        patterns = ((ACCORDING_EN, "according"), (IMPERSONAL_EN, "impersonal"))
    else:
        for match in _WORD.finditer(span):
            word = match.group()
            if _looms(span, match) or _compares(span, match):
                continue
            if word in VERBS_DE or (word.lower() in VERBS_DE and match.start() == 0):
                cues.append(Cue(start + match.start(), start + match.end(), word, "verb"))
            elif word in SEPARATED_DE and _particle_follows(span, match.end(), SEPARATED_DE[word]):
                cues.append(Cue(start + match.start(), start + match.end(), word, "verb"))
        patterns = ((ACCORDING_DE, "according"), (SO_DE, "so"), (IMPERSONAL_DE, "impersonal"))
    for pattern, kind in patterns:
        for match in pattern.finditer(span):
            cues.append(Cue(start + match.start(), start + match.end(), match.group().strip(",–—-“”\"«» "), kind))
    cues = [cue for cue in cues if not any(
        other is not cue and other.start <= cue.start and cue.end <= other.end and other.kind != "verb"
        for other in cues)]
    return sorted(cues, key=lambda cue: cue.start)


def _looms(span: str, match: re.Match) -> bool:
    """"Es drohe eine Erderwärmung", "es droht Streik": with the expletive "es" a threat looms; nobody speaks."""
    return match.group().startswith("droh") and re.search(r"(?<![\w\-])[Ee]s\s+$", span[:match.start()]) is not None


def _compares(span: str, match: re.Match) -> bool:
    """"früher als erwartet", "wie befürchtet", "than predicted": a participle after a comparison word says what was
    expected, not who speaks."""
    return re.search(r"(?<![\w\-])(?:als|wie|than|as)\s+$", span[:match.start()]) is not None \
        and re.match(r"\s*(?:[.,;:!?)]|und\b|and\b|$)", span[match.end():]) is not None


def find_judging(text: str, start: int, end: int, language: str = "de") -> list[Cue]:
    """Verbs of judging inside text[start:end] (see JUDGING_DE), as cues of kind "verb"."""
    pattern = JUDGING_EN if language == "en" else JUDGING_DE
    return [Cue(start + m.start(), start + m.start() + len(m.group().split()[0]), m.group(), "verb")
            for m in pattern.finditer(text[start:end])]


def _particle_follows(span: str, position: int, particles: set[str]) -> bool:
    """"wies die Vorwürfe als „haltlos“ zurück": the particle closes the clause, quoted words and all."""
    rest = re.sub(r"[„“\"»«][^„“”\"»«]{0,200}[“”\"«»]", " ", span[position:])
    clause = re.split(r"[,;:.!?„“”\"»«]", rest, maxsplit=1)[0]
    words = clause.split()
    return bool(words) and words[-1] in particles
