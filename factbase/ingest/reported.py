"""Reported speech: the clause a verb of saying introduces ("Rutte sagte, die Partner müssten …",
"…, sagte Sybiha", "hatte gesagt, dass …", "said that …"), and the Konjunktiv sentences that
carry a report on without a verb of saying of their own ("Es sei wichtig, …").
"""
import re
from dataclasses import dataclass

from . import lexicon
from .cues import Cue
from .speakers import DETERMINERS

SUBJUNCTIVE_DE = lexicon.de.SUBJUNCTIVE_FORMS
# Konjunktiv II singular: reported speech as often as a plain conditional ("das könnte helfen")
CONDITIONAL_DE = lexicon.de.CONDITIONAL_FORMS
# words ending in -e after a noun that are not verbs
NOT_VERBS = set(
    """heute gerade ohne bitte gerne alle solche welche jene diese manche einige keine eine meine
    deine seine ihre unsere beide andere viele wenige mehrere erste letzte nahe lange die
    ende weise wurde""".split()
)
# a word in second place ending like these is an adjective or a past tense, not a Konjunktiv
ADJECTIVE_ENDINGS = ("te", "ische", "liche", "ige", "ene", "ere", "ste", "ale", "ive", "ende", "bare", "lose")
# English verbs of saying that take a clause without "that": "said the plan would work"
BARE_CLAUSE_VERBS_EN = lexicon.en.BARE_CLAUSE_VERBS
_FINITE_EN = re.compile(r"\b(?:would|will|was|were|is|are|had|has|have|could|should|must|might|can)\b")
# verbs after which even an indicative clause is reported: "Die Lage ist ernst, sagte Anna Beispiel"
PLAIN_SAYING = lexicon.de.PLAIN_SAYING_STEMS
# finite verbs ending like adjectives ("sollen", "werden"), which _has_verb would otherwise pass over
FINITE_EN_ENDING = set(
    """sind haben hatten werden wurden waren sollen sollten müssen mussten können konnten wollen wollten dürfen
    durften gehen kommen stehen liegen bleiben gelten""".split()
)
SUBORDINATORS = set("weil wenn als nachdem obwohl während da bevor seit sobald damit falls indem ob dass".split())
FUNCTION_WORDS = set("und oder sowie von vom in im am an auf aus für mit bei nach zu zum zur".split())
COMPLEMENTIZERS = {"dass", "daß", "ob", "that", "wie"}
_WORD = re.compile(r"\w[\w\-:]*")
# "kündigte an, … zurückzutreten", "forderte ihn auf, Ruhe zu bewahren"
_INFINITIVE_END = re.compile(r"(?:\bzu\s+\w+n|\w+zu\w+en)\W*$")
_QUOTED = re.compile(r"[„“\"»«][^„“”\"»«]*[“”\"«»]")


@dataclass(frozen=True)
class Reported:
    start: int
    end: int
    cue: Cue | None  # None for a report carried on from an earlier sentence


def is_subjunctive(clause: str, language: str = "de", conditional: bool = True) -> bool:
    """Whether a German clause speaks in the Konjunktiv ("sei", "habe … besprochen", "Russland setze");
    `conditional=False` leaves out the singular Konjunktiv II ("könnte"), which alone says little."""
    if language != "de":
        return False
    words = _WORD.findall(_QUOTED.sub(" ", clause))
    for index, word in enumerate(words):
        if word in SUBJUNCTIVE_DE or conditional and word in CONDITIONAL_DE:
            return True
        if index == 1 and word.endswith("e") and not word.endswith(ADJECTIVE_ENDINGS) and word.islower() \
                and word not in NOT_VERBS and len(word) > 3 and words[0][:1].isupper() \
                and words[0].lower() not in DETERMINERS:
            return True  # verb second after a one-word subject: "Russland setze"
    return False


def find_reported(text: str, start: int, end: int, cues: list[Cue], language: str = "de") -> list[Reported]:
    """Reported clauses in the sentence text[start:end] that one of `cues` introduces."""
    found = []
    for cue in cues:
        if cue.kind == "verb" and cue.word.startswith(("bezeichn", "nannte", "genannt")):
            lead = text[start:cue.start]
            span = _whole_sentence(text, start, end) if re.search(r"\bals\b", lead) and "," not in lead else None
        elif cue.kind == "verb":
            span = _after(text, start, cue, end, language) or _before(text, start, cue, language)
        elif cue.kind == "according":
            span = _whole_sentence(text, _clause_opening(text, start, cue.start), end)
        else:
            span = _after(text, start, cue, end, language) or _before(text, start, cue, language, loose=True)
        if span and not any(s.start < span[1] and span[0] < s.end for s in found):
            found.append(Reported(span[0], span[1], cue))
    return found


def _after(text: str, start: int, cue: Cue, end: int, language: str) -> tuple[int, int] | None:
    """"sagte weiter, die Partner müssten …" / "said that …": the complement after the cue."""
    rest = text[cue.end:end]
    match = re.search(r"[,:]\s*|\s+(?=(?:dass|daß|ob|that)\b)", rest)
    if match is None and language == "en" and cue.word.lower() in BARE_CLAUSE_VERBS_EN:
        match = re.match(r"\s*(?:(?:reporters|journalists|the\s+\w+|[A-Z][\w\-]+)\s+)?", rest)  # said the plan would …
        if not _FINITE_EN.search(rest[match.end():]):
            return None
    if match is None:
        return None
    lead = rest[:match.start()]
    if len(_WORD.findall(lead)) > 8:
        return None
    clause_start = cue.end + match.end()
    clause = text[clause_start:end].rstrip()
    if re.match(r"^[„“\"»«]", clause) and _quote_fills(clause):
        return None  # a direct quote follows, the quote finder owns it
    first = clause.split(maxsplit=1)[0] if clause.split() else ""
    plain_clause = cue.word.lower().startswith(PLAIN_SAYING) and first.lower() not in SUBORDINATORS \
        and _has_verb(clause) and match.group().strip() == ","
    if language == "de" and first.lower() not in COMPLEMENTIZERS and not is_subjunctive(clause, language) and not (
            _INFINITIVE_END.search(clause) and not is_subjunctive(text[start:cue.start], language)) \
            and not plain_clause:
        return None
    if len(_WORD.findall(clause)) < 3:
        return None
    return clause_start, clause_start + len(clause)


def _before(text: str, start: int, cue: Cue, language: str, loose: bool = False) -> tuple[int, int] | None:
    """"Er sei überzeugt, dass …, sagte Sybiha": the clause before ", sagte".

    `loose` for ", so X" and "hieß es", which need neither a comma of their own nor a Konjunktiv.
    """
    lead = text[start:cue.start]
    comma = r"(?:[\"“”«»]?\s*[,–—]\s*[\"“”«»]?\s*)" + ("?" if loose else "")
    if language == "en":
        # "…, Anna Example said", "…, the town council said"
        comma += r"(?:(?:the|a|an|[A-Z][\w\-.]*)\s+(?:[\w\-.]+\s+){0,3})?"
    match = re.search(comma + r"$", lead)
    if match is None:
        return None
    clause = lead[:match.start()]
    clause = clause.strip()
    if not clause or _quote_fills(clause):
        return None
    clause_start = start + lead.find(clause)
    if language == "de" and not is_subjunctive(clause, language) and not loose and not (
            cue.word.lower().startswith(PLAIN_SAYING) and clause.split()[0].lower() not in SUBORDINATORS
            and _has_verb(clause)):
        return None  # an indicative clause counts only before a plain "sagte", not "Weil …, fordert"
    if len(_WORD.findall(clause)) < 3 or cue.kind == "impersonal" and (
            not re.search(r"[,–—]", match.group()) and re.match(r"(?:In|Im|Auf|Aus)\s[^,]*$", clause)
            or re.match(r"(?:In|Im|Auf|Aus)\s[^,]*,\s*(?:der|die|das|welche[rs]?)\s[^,]*$", clause)):
        return None  # "In dem Schreiben (, das … einging,) heißt es": the phrase names the document
    return clause_start, clause_start + len(clause)


def _has_verb(clause: str) -> bool:
    """Whether a clause has a lowercase word besides articles and adjectives: a verb, so not an apposition."""
    return any(word.islower() and word not in DETERMINERS and word not in FUNCTION_WORDS
               and (not re.search(r"(?:e|en|er|es|em)$", word) or word in FINITE_EN_ENDING)
               for word in _WORD.findall(clause))


def _clause_opening(text: str, start: int, position: int) -> int:
    """Where the clause holding `position` begins: "Katar, der laut einer Meldung … will" -> "der …"."""
    commas = [m.end() for m in re.finditer(r",\s+(?=(?:der|die|das|welche[rs]?|wo|weil|da|nachdem|wobei)\b)",
                                           text[start:position])]
    return start + commas[-1] if commas else start


def _whole_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    sentence = text[start:end]
    if _quote_fills(sentence) or len(_WORD.findall(sentence)) < 5:
        return None
    return start, end


def _quote_fills(clause: str) -> bool:
    """Whether most of the clause is inside quote marks (then it is a direct quote, not a report)."""
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(clause))
    return quoted > 0.6 * len(clause.strip())


def dass_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """"Beide Regierungen legten Wert darauf, dass …": a dass-clause after a main clause, the content
    of an opinion or statement even where no verb of saying stands."""
    match = re.search(r",\s+(?=(?:dass|daß)\b)", text[start:end])
    if match is None or not re.match(r"^\s*[A-ZÄÖÜ]", text[start:end]):
        return None
    main = text[start:start + match.start()]
    if main.split()[0].lower() in SUBORDINATORS or "," in main or len(_WORD.findall(main)) > 12:
        return None
    return start + match.end(), end
