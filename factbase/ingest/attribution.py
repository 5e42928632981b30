"""Attribution: which cue a quote belongs to, and which phrase around a cue names the speaker."""
import re

from .cues import Cue
from .quotes import Quote
from .speakers import (
    DEMONSTRATIVES,
    DETERMINERS,
    FINITE_AUX,
    NOT_SPEAKERS,
    PRONOUNS,
    Mention,
    is_role_word,
    read_noun_phrase,
    read_noun_phrase_before,
)

COORDINATORS = {"und", "sowie", "oder", "and"}
LEADING_CONJUNCTIONS = {"und", "aber", "doch", "denn", "so", "auch", "selbst", "sogar", "and", "but"}
# a clause opening with these has its subject after the verb: "Nach dem Treffen sagte Rutte"
OPENING_ADVERBIALS = set(
    """nach in im am an auf bei mit vor seit während angesichts laut gegenüber für gegen über unter
    zudem außerdem weiter dazu dann nun jetzt gestern heute zuletzt damals später ebenfalls auch
    bereits dabei darauf daraufhin hierzu dort hier so zwar später ferner überdies wörtlich zuvor
    inzwischen insbesondere unterdessen indes derweil demnach danach dagegen hingegen trotzdem
    schließlich bisher gleichzeitig zugleich anschließend mittlerweile morgen darin denn doch
    zu zum zur vom beim ins als wegen trotz ohne durch um bis außer neben zwischen dank bezüglich gemäß
    entsprechend hinsichtlich infolge mithilfe anlässlich
    in on at after before during""".split()
)
_CLAUSE_MARK = re.compile(r"[,;:–]")
_CLAUSE_END = re.compile(r"[,;:()–]")
_PLACE = re.compile(r"^\s*(?:[\w\-]+\s+){0,8}?(?:in|im|at|auf)\s+([A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)")
# whatever verb follows „…“, directly introduces its speaker, listed as a verb of saying or not
_VERB_AFTER_QUOTE = re.compile(
    r"[“”\"«»]?\s*,\s*(?!(?:mit|von|bei|aus|nach|auf|für|über|unter|vor|der|die|das|dem|den|deren|dessen|welche\w*"
    r"|wie|was|und|oder|aber|denn|als|dass|weil|wenn|sondern|doch|the|and|but|which|who)\b)"
    r"([a-zäöüß]{3,})\s+(?=[A-ZÄÖÜ]|der |die |das |ein |eine |er |sie )"
)
_FOLLOWING_WORD = re.compile(r"\s*(\w[\w\-]*)")
_SOURCE_WORD = re.compile(r"\s*[„“\"»«]?([\w\-]+(?:\.[\w\-]+)*\.(?:de|com|net|org|at|ch|fr|uk|info)"
                          r"|[A-ZÄÖÜ][\w\-.]*(?:\s[A-ZÄÖÜ][\w\-.]*)*)")
# a capitalised sentence opening like these is an adverb, and the subject follows the verb:
# "Relativierend fügt Gall hinzu"
ADVERB_ENDINGS = ("end", "erweise", "licherweise")
# after a verb these open an object, never the subject: "begrüßte den Beschluss", "sagte dem Sender"
_OBJECT_CASE = re.compile(r"\s*(?:den|dem|einen|einem|ihren|ihrem|seinen|seinem|diesen|diesem)\b")
_OBJECT_OPENING = re.compile(r"[\s„“”\"»«]*(?:Den|Dem|Einen|Einem|Ihren|Ihrem|Seinen|Seinem|Diesen|Diesem)\b")
# "Seine Zuversicht gründet sich auf …: „…“": a possessive phrase points back at the person just named
_POSSESSIVE_OPENING = re.compile(r"[\s„“”\"»«]*(?:Sein|Seine|Seiner|Seines|Ihr|Ihre|Ihrer|Ihres|His|Her|Their)\b")
# "ein Kommentar, der die Entscheidung als „…“ bezeichnete": a masculine relative pronoun with no noun of its own is
# the subject of its clause, so the verb at the clause's end speaks for the phrase before the comma
_RELATIVE_SUBJECT = re.compile(r"\s*(?:der|welcher)\s+(?=(?:den|die|das|diese[nrs]?|einen|eine|ein|"
                               r"seine[nr]?|ihre[nr]?|"
                               r"zunächst|bereits|schon|auch|nun|damals|jetzt|zuvor|zudem)\s)")
# a German passive names its agent with "von" after the auxiliary: "Die Pläne wurden vom Verband als „…“ bezeichnet"
_PASSIVE_AGENT = re.compile(r"\b(?:wird|werden|wurde|wurden)\s+(?:[a-zäöüß]+\s+){0,2}?(?:von|vom)\s+")
QUANTIFIERS = set("einige mehrere viele wenige beide alle zahlreiche manche andere zwei drei vier "
                  "some many both all".split())
# lowercase words between a clause opening and its verb that are not the verb: "Auf den Dienst zeigte sich …"
NOT_VERBS = set(
    """der die das des dem den ein eine einer eines einem einen von vom zu zum zur mit bei beim aus nach vor seit
    auf in im an am über unter um durch gegen ohne für bis wegen und oder sowie sich
    the a an of to for with by""".split()
)


def speaker_for_cue(text: str, cue: Cue, start: int, end: int) -> Mention | None:
    """The speaker phrase a cue points to, within the sentence text[start:end]."""
    clause_start = _clause_start(text, start, cue.start)
    clause_end = _clause_end(text, cue.end, end)
    if cue.kind == "impersonal":
        if not text[clause_start:cue.start].strip() and text[clause_start - 1:clause_start] == ",":
            # "In dem Brief, der am Montag einging, heißt es": the document opens the sentence, a clause between
            return _source_of_impersonal(text, start, cue, clause_end)
        return _source_of_impersonal(text, clause_start, cue, clause_end)
    if cue.kind == "so":  # "„…“, so Anna Beispiel" / "„…“, so charakterisierte ihn Anna Beispiel"
        verb = re.match(r"\s+[a-zäöüß]{3,}\s+(?:(?:ihn|sie|es|ihm|ihr|sich|dies|das)\s+)?", text[cue.end:clause_end])
        return read_noun_phrase(text, cue.end, clause_end) or (
            read_noun_phrase(text, cue.end + verb.end(), clause_end) if verb else None)
    if cue.kind == "according":
        return _according_source(text, cue, start, clause_start, clause_end)
    clause_start = _past_opening_quote(text, _past_quote_end(text, clause_start, cue.start), cue.start)
    lead = text[clause_start:cue.start]
    if antecedent := _relative_antecedent(text, start, end, clause_start, cue):
        return antecedent
    if agent := re.match(r"\s+by\s+", text[cue.end:clause_end]):  # "was confirmed by Mayor Anna Example"
        return read_noun_phrase(text, cue.end + agent.end(), clause_end)
    if cue.word.lower().startswith(("zitiert", "zitierte", "quoted", "quotes")) and (
            quoted := _quoted_person(text, cue, clause_start, clause_end)):
        return quoted
    if (agent := _PASSIVE_AGENT.search(lead)) and not cue.word.lower().startswith("zitiert"):
        # "wird von Fachleuten als „…“ bezeichnet": the agent judges; "X wird von Y zitiert" stays X's (see above)
        if mention := read_noun_phrase(text, clause_start + agent.end(), cue.start):
            return mention
    as_match = re.search(r"\b(?:wie|as)\s+", lead, re.IGNORECASE)
    if as_match and (mention := read_noun_phrase(text, clause_start + as_match.end(), cue.start)):
        return mention
    subject = _subject(text, clause_start, cue.start)
    if subject and not (subject.name or subject.role or subject.is_pronoun) \
            and not _OBJECT_CASE.match(text, cue.end) and (after := read_noun_phrase(text, cue.end, clause_end)) \
            and after.name and (after.role or " " in after.name):
        return after  # "Der Zeitung sagte Anna Beispiel": a named phrase after the verb is the subject
    if subject:
        return subject
    if opening := _noun_phrase_opening(text, clause_start, cue.start):
        return opening  # the clause opens with its subject, so the phrase after the verb is an object
    if not lead.strip() and (apposed := _apposed_subject(text, start, clause_start)):
        return apposed
    if (joined := re.search(r"\s(?:und|and)\s+$", lead)) and (
            first := _conjunct_subject(text, clause_start, clause_start + joined.start())):
        return first  # "Am Montag lobte die Ministerin X den Plan und nannte ihn „…“": the subject before "und"
    after = read_noun_phrase(text, cue.end, clause_end)
    if after and not _OBJECT_CASE.match(text, cue.end):
        return after
    opens_with_aux = bool(lead.split()) and lead.split()[0] in FINITE_AUX
    if (not lead.strip() or opens_with_aux) and text[clause_start - 1:clause_start] == "," \
            and clause_start > start + 1 and text[clause_start - 2] not in "“”\"»«":
        # the subject carries an apposition: "Erik Schweickert, der Sprecher der Fraktion, äußerte"
        opening = _subject(text, start, _clause_end(text, start, end), loose=True)
        if opening:
            return opening
    aux = next((m for m in re.finditer(r"\w+", lead) if m.group() in FINITE_AUX), None)
    if aux and (after_aux := read_noun_phrase(text, clause_start + aux.end(), cue.start)):
        return after_aux
    if lead.strip() and (inverted := _subject_after_verb(text, clause_start, cue.start)):
        return inverted
    if not lead.strip() and text[clause_start - 1:clause_start] == ",":
        # an apposition before the verb: "Der Leiter des Programms, Klaus Stöhr, sagte"
        previous_start = _clause_start(text, start, clause_start - 1)
        return read_noun_phrase_before(text, previous_start, clause_start - 1)
    return None


def place_for_cue(text: str, cue: Cue, end: int) -> str:
    """"sagte Rutte … in Paris" -> "Paris"."""
    clause_end = _clause_end(text, cue.end, end)
    match = _PLACE.match(text[cue.end:clause_end])
    return match.group(1) if match else ""


def cue_for_quote(text: str, quote: Quote, cues: list[Cue], start: int, end: int) -> Cue | None:
    """The cue attributing a quote within its sentence(s) text[start:end]: right before it
    ("Rutte sagte: „…“"), right after it (", sagte Rutte"), or elsewhere in the sentence."""
    before = [c for c in cues if c.end <= quote.start and c.start >= start]
    if before and quote.start - before[-1].end <= 80 \
            and text[before[-1].end:quote.start].rstrip(" „“\"»«").endswith(":"):
        if before[-1].kind == "according" and len(before) > 1 and before[-2].kind == "verb" \
                and not re.search(r"[.;:]", text[before[-2].end:before[-1].start]):
            return before[-2]  # "X kommentierte laut „Beispielblatt“: „…“": X speaks, the outlet reports
        return before[-1]
    after = [c for c in cues if c.start >= quote.end and c.start - quote.end <= 40 and c.start < end]
    if after and not re.search(r"[.!?]\s", text[quote.end + 1:after[0].start]) \
            and not _opens_new_clause(text, quote, after[0]) and not _coordinated(text, quote, after[0]):
        return after[0]
    if before and before[-1].kind == "according" and quote.start - before[-1].end <= 80 \
            and not re.search(r"[,;:!?]", text[before[-1].end:quote.start]):
        return before[-1]  # "laut Klinikchefin X „…“, suchen die Forscher …": the source right before the quote
    verb = _VERB_AFTER_QUOTE.match(text, quote.end)
    if verb and verb.end(1) <= end:
        return Cue(verb.start(1), verb.end(1), verb.group(1), "verb")  # „…“, strich Romney heraus
    if before and quote.start - before[-1].end <= 80:
        return before[-1]
    inside = [c for c in cues if start <= c.start < end and not (quote.start <= c.start < quote.end)]
    return inside[0] if inside else None


def _coordinated(text: str, quote: Quote, cue: Cue) -> bool:
    """„…“, und fügt hinzu: „…“ — a verb joined by "und" goes on to the next quote; it does not attribute this one."""
    return re.fullmatch(r"[\s,“”\"«»]*(?:und|and)\s+", text[quote.end:cue.start]) is not None


def _opens_new_clause(text: str, quote: Quote, cue: Cue) -> bool:
    """German puts the verb first when it attributes the quote before it („…“, sagte X); „…“, Anna Beispiel
    kritisierte … is a main clause of its own, with its own subject, that says nothing about the quote."""
    between = text[quote.end:cue.start].strip(" ,“”\"«»–-")
    return cue.kind == "verb" and text[quote.start - 1:quote.start] in ("„", "»") and bool(between) \
        and between[:1].isupper()


def speaker_before_colon(text: str, quote: Quote, start: int) -> Mention | None:
    """"Hier sparte der Bundespräsident nicht mit Kritik: „…“": the subject of the clause the colon ends."""
    lead = text[start:quote.start - 1].rstrip()
    if not lead.endswith(":"):
        return None
    colon = start + len(lead) - 1
    clause_start = _clause_start(text, start, colon)
    if re.search(r"\bzu\s+[a-zäöüß]+\s*:$", lead) and clause_start > start:
        clause_start = start  # "X hat kein Problem, seine Meinung zu zeigen:": an infinitive clause has no subject
    subject = _subject(text, clause_start, colon, loose=True) \
        or _subject(text, start, _clause_end(text, start, colon + 1), loose=True) \
        or _noun_phrase_opening(text, start, _clause_end(text, start, colon + 1))
    inverted = _subject_after_verb(text, clause_start, colon)
    if subject and not _names_someone(subject) and not subject.is_pronoun and inverted and _names_someone(inverted):
        return inverted  # "Die Anwendung des Gesetzes stellte Ministerin Anna Beispiel in Frage: „…“"
    if subject and not _names_someone(subject) and not subject.is_pronoun and clause_start > start \
            and (opening := _subject(text, start, _clause_end(text, start, colon + 1), loose=True)) \
            and _names_someone(opening):
        return opening  # "Der Experte wandte sich gegen die Behauptung, die neue Sorte sei sicher: „…“"
    if subject is None and inverted is None and clause_start > start:
        # "Den Unmut brachte die Sprecherin, Anna Beispiel, zum Ausdruck: „…“": the clause is the whole sentence
        return _subject_after_verb(text, start, colon)
    return subject or inverted


def _source_of_impersonal(text: str, clause_start: int, cue: Cue, clause_end: int) -> Mention | None:
    """"hieß es vom Abgeordneten X" -> X; "In dem Antrag heißt es" -> the Antrag."""
    agent = re.match(r"\s+(?:\w+\s+)?(?:vom|von)\s+", text[cue.end:clause_end])
    if agent:
        return read_noun_phrase(text, cue.end + agent.end(), clause_end)
    document = re.match(r"\s*(?:In|Im|Auf|Aus|in|im|auf|aus)\s+", text[clause_start:cue.start])
    if document:
        return read_noun_phrase(text, clause_start + document.end(), cue.start)
    document_after = re.match(r"\s+(?:[a-zäöüß]+\s+)?(?:in|im|auf)\s+", text[cue.end:clause_end])
    if document_after:  # "So heißt es in dem Schreiben: „…“": the document may follow the phrase too
        return read_noun_phrase(text, cue.end + document_after.end(), clause_end)
    return None


def _past_quote_end(text: str, clause_start: int, cue_start: int) -> int:
    """„Wer zweifelt, versteht nichts“ wird die Trainerin zitiert: a comma inside the quote opens no clause; the clause
    that attributes the quote begins after its closing mark."""
    close = re.match(r"[^„“”\"»«]*?\S([“”«])(?=[\s,.;:])", text[clause_start:cue_start])
    return clause_start + close.end(1) if close else clause_start


def _past_opening_quote(text: str, clause_start: int, cue_start: int) -> int:
    """A clause opening with a quote („…“ erklärte X) has its subject after the quote, not in it."""
    opening = re.match(r"\s*[„“\"»«]", text[clause_start:cue_start])
    if opening is None:
        return clause_start
    close = re.search(r"[“”\"«»]", text[clause_start + opening.end():cue_start])
    return clause_start + opening.end() + close.end() if close else clause_start


def _relative_antecedent(text: str, start: int, end: int, clause_start: int, cue: Cue) -> Mention | None:
    """"Kritik kam vom Verband, der die Maßnahme als „Kapitulation“ sieht": the relative clause's subject is its
    pronoun, which stands for the noun phrase before the comma, when the verb closes the clause."""
    if clause_start <= start or text[clause_start - 1] != "," or not _RELATIVE_SUBJECT.match(text, clause_start):
        return None
    rest = text[cue.end:_clause_end(text, cue.end, end)].strip(" .!?“”\"«»").split()
    if rest and not (len(rest) == 1 and rest[0] in FINITE_AUX):
        return None  # the verb (or its auxiliary: "gelobt hatte") must close the clause
    previous_start = _clause_start(text, start, clause_start - 1)
    return read_noun_phrase_before(text, previous_start, clause_start - 1)


def sentence_subject(text: str, start: int, end: int, any_noun: bool = False) -> Mention | None:
    """The person or body a sentence is about, from its opening: "Oettinger begrüßte den Beschluss als „…“";
    with `any_noun`, also a subject that neither names nor has a role ("Die Partei will …")."""
    if not text[start:end].strip():
        return None
    clause_end = _clause_end(text, start, end)
    mention = _subject(text, start, clause_end, loose=True) or _subject_after_verb(text, start, clause_end)
    return mention if mention and (mention.name or mention.role or mention.is_pronoun or any_noun) else None


def _subject_after_verb(text: str, clause_start: int, end: int) -> Mention | None:
    """"Hier sparte der Bundespräsident nicht …", "biss der Randalierer … und rief": the phrase after the verb."""
    verb = _first_verb(text, clause_start, end)
    if verb is None:
        return None
    mention = read_noun_phrase(text, clause_start + verb.end(), end)
    if mention and (mention.name or mention.role or mention.is_pronoun
                    or text[clause_start + verb.end():mention.start].strip()):
        return mention
    return None


def _first_verb(text: str, clause_start: int, end: int) -> re.Match | None:
    """The first lowercase word of text[clause_start:end] that is neither an article, a preposition nor an
    adjective after one: the finite verb, offsets relative to `clause_start`."""
    previous = ""
    for word in re.finditer(r"[\w\-]+", text[clause_start:end]):
        skip = word.group().lower() in NOT_VERBS | DETERMINERS \
            or previous.lower() in NOT_VERBS and re.search(r"(?:e|en|er|es|em)$", word.group())
        previous = word.group()
        if skip or word.group().isdigit():
            continue
        if word.group().islower() and word.group() not in OPENING_ADVERBIALS:
            return word
    return None


def _conjunct_subject(text: str, start: int, end: int) -> Mention | None:
    """The subject of the clause text[start:end] when it names someone: after the verb as German has it after an
    opening adverbial ("Am Montag lobte die Ministerin den Plan"), else right before it ("On Monday Mayor Anna
    Example praised the plan")."""
    verb = _first_verb(text, start, end)
    if verb is None:
        return None
    after = read_noun_phrase(text, start + verb.end(), end)
    if after and _names_someone(after):
        return after
    for capital in re.finditer(r"(?<![\w\-])[A-ZÄÖÜ][\w\-]*", text[start:start + verb.start()]):
        if capital.group().lower() in OPENING_ADVERBIALS | NOT_SPEAKERS | DETERMINERS or re.search(
                r"(?:^|\s)[a-zäöüß]+\s+$", text[start:start + capital.start()]):
            continue  # a phrase after a lowercase word ("Auf den Sender X") sits in an adverbial or an object
        before = read_noun_phrase(text, start + capital.start(), start + verb.start())
        if before and _names_someone(before) and not text[before.end:start + verb.start()].strip():
            return before
    return None


def _subject(text: str, clause_start: int, cue_start: int, loose: bool = False) -> Mention | None:
    """The noun phrase opening the clause when the verb follows it ("Rutte sagte", "X hatte … gesagt")."""
    position = clause_start + len(re.match(r"[\s„“”\"»«]*", text[clause_start:cue_start]).group())
    word = _FOLLOWING_WORD.match(text, position)
    if word and word.group(1).lower() in LEADING_CONJUNCTIONS:
        position = word.end()
        word = _FOLLOWING_WORD.match(text, position)
    if word is None or word.group(1).lower() in OPENING_ADVERBIALS or word.group(1).endswith(ADVERB_ENDINGS):
        return None
    if _OBJECT_OPENING.match(text, position):
        return None  # "Den Unmut der Partei brachte die Sprecherin … zum Ausdruck"
    if word.group(1).islower() and word.group(1) not in DETERMINERS | PRONOUNS | QUANTIFIERS:
        return None  # "…, kritisierte die Entscheidung": a verb, not the start of a noun phrase
    mention = read_noun_phrase(text, position, cue_start)
    if mention and (coordinated := re.match(r"\s+(?:und|sowie|and)\s+", text[mention.end:cue_start])):
        # "Der Abgeordnete und Fraktionschef Anna Beispiel sprach …": the conjunct that names someone
        other = read_noun_phrase(text, mention.end + coordinated.end(), cue_start)
        if other and (other.name or not mention.name):
            mention = other
    if mention and (_verb_follows(text, mention.end, cue_start) or loose and _finite_follows(text, mention)):
        if _POSSESSIVE_OPENING.match(text, position) and not (mention.name or mention.role):
            return Mention(mention.start, mention.end, mention.phrase, "", None, is_pronoun=True)
        return mention
    return None


def _noun_phrase_opening(text: str, clause_start: int, cue_start: int) -> Mention | None:
    """"Ein nicht genannter Vertreter der Firma bezeichnet ihre Investition als …": a clause that opens with a
    noun phrase (not an adverbial, an object or a verb) has it as its subject; the phrase naming a person or a
    role within it, else its first noun."""
    position = clause_start + len(re.match(r"[\s„“”\"»«]*", text[clause_start:cue_start]).group())
    word = _FOLLOWING_WORD.match(text, position)
    if word and word.group(1).lower() in LEADING_CONJUNCTIONS:
        position = word.end()  # "Auch die Ministerin äußerte …"
        word = _FOLLOWING_WORD.match(text, position)
    if word is None or word.group(1).lower() in OPENING_ADVERBIALS | NOT_SPEAKERS | LEADING_CONJUNCTIONS \
            or word.group(1).endswith(ADVERB_ENDINGS) \
            or word.group(1) in FINITE_AUX or _OBJECT_OPENING.match(text, position) \
            or not (word.group(1)[:1].isupper() or word.group(1) in DETERMINERS) \
            or word.group(1) in {"Ende", "Anfang", "Mitte", "Beginn", "Seit"}:
        return None  # "Ende Januar verkündete …" is an adverbial, not a subject
    if word.group(1).lower() in DEMONSTRATIVES and read_noun_phrase(text, position, cue_start) is None:
        return None  # "Das sagte …"
    candidates = []
    for capital in re.finditer(r"(?<![\w\-])[A-ZÄÖÜ][\w\-]*", text[position:cue_start]):
        mention = read_noun_phrase(text, position + capital.start(), cue_start)
        if mention and not any(c.start <= mention.start < c.end for c in candidates):
            candidates.append(mention)
    named = [m for m in candidates if _names_someone(m)]
    return named[0] if named else candidates[0] if candidates else None


def _apposed_subject(text: str, start: int, clause_start: int) -> Mention | None:
    """"Die Vorsitzende des Verbands, Anna Beispiel, kritisierte …": the sentence opens with a phrase naming
    someone and an apposition, and the verb follows the apposition's comma."""
    match = re.match(r"([^,]+),([^,]{1,120}),\s*$", text[start:clause_start])
    if match is None:
        # "X wies das zurück, die Sprecherin der Fraktion, Anna Beispiel (Grüne), erklärte": the last clause
        later = re.search(r",\s+(?:und\s+|and\s+)?([^,]+),([^,]{1,80}),\s*$", text[start:clause_start])
        apposed = later and read_noun_phrase(text, start + later.start(2), start + later.end(2))
        role = later and read_noun_phrase(text, start + later.start(1), start + later.end(1))
        if apposed and apposed.name and len(apposed.name.split()) > 1 and role \
                and any(is_role_word(word) for word in role.phrase.split()):
            return apposed
        return _last_of_appositions(text, start, clause_start)
    opening = _subject(text, start, start + match.end(1), loose=True) or \
        read_noun_phrase(text, start + match.start(2), start + match.end(2))
    for mention in (read_noun_phrase(text, start + match.start(2), start + match.end(2)), opening):
        if mention and _names_someone(mention) and mention.name:
            return mention
    return opening if opening and _names_someone(opening) else None


def _last_of_appositions(text: str, start: int, clause_start: int) -> Mention | None:
    """"Der Vorsitzende der Gewerkschaft, Nachfolgerin der ÖTV, Bernd Muster, würdigte …": a role opening the
    sentence, more than one apposition, and a full name last before the verb."""
    match = re.match(r"([^,]+),(?:[^,]{1,80},)+([^,]{1,80}),\s*$", text[start:clause_start])
    if match is None:
        return None
    role = read_noun_phrase(text, start, start + match.end(1))
    apposed = read_noun_phrase(text, start + match.start(2), start + match.end(2))
    if role and role.role and apposed and apposed.name and not apposed.role and len(apposed.name.split()) > 1:
        return apposed
    return None


def _names_someone(mention: Mention) -> bool:
    """A role or a name of two words or more: "Sprecherin", "Anna Beispiel"; a lone capitalised word may be any noun."""
    return bool(mention.role or mention.name and len(mention.name.split()) > 1)


def _verb_follows(text: str, position: int, cue_start: int) -> bool:
    between = text[position:cue_start].split()
    if len(between) > 1 and between[-1] in COORDINATORS and between[0].islower():
        return True  # "Gillard bezeichnete das Unglück als Tragödie und erklärte"
    return not between or between[0] in FINITE_AUX or (len(between) <= 3 and between[0].islower() and
                                                      between[0] not in {"in", "im", "am", "bei", "mit", "nach"})


def _finite_follows(text: str, mention: Mention) -> bool:
    """Right after the phrase comes a lowercase word, the verb of a main clause ("Der Sprecher meinte: …"),
    or the comma of an apposition ("Anna Beispiel, die Sprecherin, …"); a preposition may follow only a
    phrase naming someone ("Das Fazit von Anna Beispiel nach …", not "Jegliche Kritik an …")."""
    position = mention.end
    if re.match(r"\s*,", text[position:position + 3]):
        return True  # an apposition follows
    word = _FOLLOWING_WORD.match(text, position)
    return bool(word) and word.group(1).islower() and word.group(1) not in LEADING_CONJUNCTIONS \
        and (word.group(1) not in NOT_VERBS or bool(mention.name or mention.role))


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, sentence_start, position)]
    return marks[-1] if marks else sentence_start


def _clause_end(text: str, position: int, sentence_end: int) -> int:
    match = _CLAUSE_END.search(text, position, sentence_end)
    return match.start() if match else sentence_end


def _quoted_person(text: str, cue: Cue, clause_start: int, clause_end: int) -> Mention | None:
    """"Der Sender zitierte Anna Beispiel mit den Worten", "„…“, zitiert beispiel.de Sprecherin Anna Beispiel":
    in the active voice the one quoted is the object, not the outlet that quotes."""
    unquoted = re.split(r"[„“”\"»«]", text[cue.end:clause_end], maxsplit=1)[0]
    if re.search(r"\b(?:wird|wurde|werden|wurden|is|was|were)\b", text[clause_start:cue.start] + unquoted):
        return None  # "X wird von der Zeitung zitiert": X is the subject already
    words = re.finditer(r"(?<![\w\-.])(?:[A-ZÄÖÜ][\w\-]*|[a-z][\w\-]*\.(?:de|com|net|org))", text[cue.end:clause_end])
    candidates: list[Mention] = []
    for word in words:
        if word.group() in {"Worten", "Worte"}:
            break
        if mention := read_noun_phrase(text, cue.end + word.start(), clause_end):
            candidates.append(mention)
    if not candidates:
        return None
    lead = text[clause_start:cue.start]
    if re.search(r"[A-ZÄÖÜ]", lead) and not re.search(r"[“”\"«»]\s*,?\s*$", lead) \
            or re.match(r"\s+man\b", text[cue.end:clause_end]):
        return candidates[0]  # the outlet opened the clause: the first phrase after the verb is the one quoted
    first = candidates[0]
    people = [m for m in candidates if m.start >= first.end or m.start > first.start and (
        m.role or m.name and len(m.name.split()) > 1)]
    return next((m for m in people if m.role or m.name and len(m.name.split()) > 1), None)


def _according_source(text: str, cue: Cue, start: int, clause_start: int, clause_end: int) -> Mention | None:
    """Who "laut …", "nach Angaben …", "… zufolge" names: "nach Polizeiangaben" -> "Polizeiangaben",
    "laut beispiel.de" -> "beispiel.de", "nach offiziellen Angaben" -> "offiziellen Angaben"."""
    word = cue.word.lower()
    if word.endswith("zufolge"):
        return read_noun_phrase_before(text, clause_start, cue.start)
    if word.startswith(("seiner", "ihrer")) or "eigenen" in word:
        return _subject(text, clause_start, cue.start) or read_noun_phrase(text, start, cue.start) \
            or _phrase_mention(text, cue, word.startswith("nach"))
    position = _skip_von(text, cue.end)
    if mention := read_noun_phrase(text, position, clause_end):
        return mention
    source = _SOURCE_WORD.match(text, position, clause_end)
    if source:  # a web address or a quoted name: "laut beispiel.de", "laut „Beispielblatt“"
        return Mention(source.start(1), source.end(1), source.group(1), "", None)
    if re.search(r"angaben$|-Angaben$", cue.word, re.IGNORECASE) or re.search(r"\s", cue.word.strip()) and \
            not re.match(r"\s*(?:von|vom|des|der|eines|einer)\b", text[cue.end:clause_end]):
        return _phrase_mention(text, cue, word.startswith("nach"))  # "nach Polizeiangaben", "nach ersten Angaben"
    return None


def _phrase_mention(text: str, cue: Cue, drop_first: bool) -> Mention:
    """The cue itself names the source: "nach Polizeiangaben" -> "Polizeiangaben"."""
    words = cue.word.split(maxsplit=1) if drop_first else [cue.word]
    phrase = words[-1]
    start = cue.end - len(phrase)
    return Mention(start, cue.end, phrase, "", None)


def _skip_von(text: str, position: int) -> int:
    match = re.match(r"\s*(?:von|vom|to)\b", text[position:])
    return position + match.end() if match else position
