"""The claim extractor: article text in, proposed claims out.

The steps, each a module of its own:
  sentences  -> split the text, keep offsets
  furniture  -> drop "Anzeige", "Im Video: …" and such lines
  speakers   -> the article's cast, to resolve "Rutte"/"der Präsident"/"er" to a full name
  quotes     -> direct quotes in any quote style
  cues       -> verbs and phrases of saying
  attribution-> which cue a quote belongs to, and who the cue names
  reported   -> reported speech after or before a cue, carried on in the Konjunktiv
"""
import re
from dataclasses import dataclass, field, replace

from .attribution import cue_for_quote, place_for_cue, sentence_subject, speaker_before_colon, speaker_for_cue
from .cues import Cue, find_cues, find_judging
from .english import extract_english
from .furniture import is_furniture
from .lexicon import known
from .proposals import Proposal
from .quotes import Quote, find_quotes
from .ranking import Context, model_in_use, ranked
from .reported import dass_clause, find_reported, is_subjunctive
from .sentences import Sentence, split_sentences
from .speakers import DETERMINERS, Cast, Mention, read_noun_phrase, read_noun_phrase_before
from .tokens import tag_sentences

SHORT_QUOTE_WORDS = 3
LONG_QUOTE_WORDS = 8  # a quote this long is nearly always someone's statement, cue or not
CARRY_DISTANCE = 200  # characters within which a Konjunktiv sentence continues an earlier claim
TITLE_WORDS = known("TITLE_WORDS") | known("WORKS")  # a quote right after these names a work or a thing
NAMING_NOUNS = known("NAMING_NOUNS")
NAMING_VERBS = known("NAMING_VERBS")
WORKS = known("WORKS")
PREDICATING_WORDS = known("PREDICATING_WORDS")
NOT_ADJECTIVE_ENDINGS = known("NOT_ADJECTIVE_ENDINGS")
NAME_PREPOSITIONS = known("NAME_PREPOSITIONS")
NAME_ARTICLES = known("NAME_ARTICLES")
FOREIGN_PARTICLES = known("FOREIGN_PARTICLES")
# longest first, so an alternation built from them prefers "Worten" to "Wort"
SPEECH_NOUNS = sorted(known("SPEECH_NOUNS"), key=lambda w: (-len(w), w))
SPEECH_COMPOUND_HEADS = sorted((w.lower() for w in known("SPEECH_COMPOUND_NOUNS")), key=lambda w: (-len(w), w))


@dataclass
class _Article:
    """What the steps share while reading one article."""

    text: str
    language: str
    sentences: list[Sentence]
    cast: Cast
    quotes: list[Quote]
    proposals: list[Proposal] = field(default_factory=list)
    pending: list[Quote] = field(default_factory=list)  # short quotes awaiting a report to sit in
    hosts: list[Proposal] = field(default_factory=list)  # reports a short quote may sit in
    events: list[Proposal] = field(default_factory=list)  # sentences where someone speaks without a claim


def extract_claims(text: str, language: str = "de") -> list[Proposal]:
    """Direct quotes and reported speech in `text`, each with its speaker, ordered by offset."""
    if language == "en":
        return extract_english(text)  # English has steps of its own (factbase/ingest/english/)
    context, proposals = read_article(text, language)
    model = model_in_use()
    if model is None or language not in model.languages:
        return proposals
    return ranked(context, proposals, model)


def read_article(text: str, language: str = "de") -> tuple[Context, list[Proposal]]:
    """The rules' proposals for `text`, and what the learned step reads of the article."""
    sentences = [s for s in split_sentences(text) if not is_furniture(_line(text, s.start))]
    quotes = [q for q in find_quotes(text) if not is_furniture(_line(text, q.start))]
    article = _Article(text, language, sentences, Cast.from_text(text), quotes)
    _add_direct_quotes(article)
    _add_reported_speech(article)
    _add_nested_quotes(article)
    _add_standalone_quotes(article)
    _attribute_to_nearest_person(article)
    return _context(article), _finish(article)


def _context(article: _Article) -> Context:
    return Context(article.text, article.sentences, tag_sentences(article.text, article.sentences, article.language),
                   _cues(article, 0, len(article.text)), [(q.start, q.end) for q in article.quotes], article.cast)


def _line(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start:end if end >= 0 else len(text)]


def _sentences_around(article: _Article, start: int, end: int) -> list[Sentence]:
    return [s for s in article.sentences if s.start < end and start < s.end] or [
        s for s in article.sentences if s.start <= start <= s.end]


def _cues(article: _Article, start: int, end: int) -> list[Cue]:
    """Cues in text[start:end] outside quote marks."""
    return [c for c in find_cues(article.text, start, end, article.language)
            if not any(q.start <= c.start < q.end for q in article.quotes)]


def _speaker(article: _Article, mention: Mention | None, position: int) -> tuple[str | None, str]:
    if mention is None:
        return None, ""
    mention = _with_apposed_name(article.text, mention)
    if mention.is_pronoun and (newcomer := _newcomer_before(article, mention)):
        return _speaker(article, newcomer, newcomer.start)
    if mention.is_pronoun:
        previous = [p for p in article.proposals if p.start < position and p.speaker]
        if previous and position - previous[-1].end < 600:
            return previous[-1].speaker, previous[-1].role
    if _introduces_someone(article.text, mention):
        return mention.phrase, mention.role
    speaker, role = article.cast.resolve(mention, position)
    if mention.name and len(mention.name.split()) > 1:
        article.cast.introduce(mention.name, mention.role, mention.start)
    return speaker, role


def _introduces_someone(text: str, mention: Mention) -> bool:
    """"sagte ein Sprecher", "a spokeswoman said": an indefinite role brings in someone not named, not the
    spokesman the article named before."""
    before = text[max(0, mention.start - 8):mention.start]
    return not mention.name and bool(mention.role) \
        and re.search(r"(?<![\w\-])(?:ein|eine|einer|eines|einem|einen|a|an)\s+$", before) is not None


def _newcomer_before(article: _Article, pronoun: Mention) -> Mention | None:
    """"Dagegen verteidigte der Ausschussvorsitzende, Bernd Muster, den Plan. Er nannte ihn „maßvoll“.": a pronoun
    opening a sentence points at the person the sentence before introduced as its subject, not at whoever
    spoke last, when that person has not spoken yet."""
    sentence = next((s for s in article.sentences if s.start <= pronoun.start < s.end), None)
    if sentence is None or article.text[sentence.start:pronoun.start].strip():
        return None
    previous = next((s for s in reversed(article.sentences) if s.end <= sentence.start), None)
    if previous is None or previous.paragraph != sentence.paragraph:
        return None
    subject = _full_name_subject(article, previous, any_noun=True)
    if subject is None:
        return None
    name = article.cast.full_name(subject.name)
    if any(p.speaker == name for p in article.proposals) or any(
            p < previous.start for p in article.cast.seen_at.get(name, [])):
        return None
    return subject


def _full_name_subject(article: _Article, sentence: Sentence, any_noun: bool = False) -> Mention | None:
    """The subject of `sentence` when it gives someone's full name, an apposed one included ("der
    Vorsitzende, Bernd Muster (BSP),"): a person newly on stage, where a surname alone may be anyone."""
    subject = sentence_subject(article.text, sentence.start, sentence.end, any_noun=any_noun)
    subject = subject and _with_apposed_name(article.text, subject)
    return subject if subject and subject.name and len(subject.name.split()) >= 2 else None


def _with_apposed_name(text: str, mention: Mention) -> Mention:
    """"der Sprecher der Fraktion, Anna Beispiel, sagte": a role phrase followed by a name between commas."""
    if mention.name or mention.is_pronoun or not re.match(r",\s", text[mention.end:mention.end + 2]):
        return mention
    apposed = read_noun_phrase(text, mention.end + 2, min(len(text), mention.end + 80))
    if apposed is None or not apposed.name or apposed.role or len(apposed.name.split()) < 2 \
            or not re.match(r"\s*(?:\([^)]*\)\s*)?[,;:]", text[apposed.end:apposed.end + 30]):
        return mention
    return Mention(mention.start, apposed.end, text[mention.start:apposed.end], mention.phrase, apposed.name)


def _is_title(text: str, quote: Quote) -> bool:
    if re.search(r":\s*[„“\"»«]$", text[max(0, quote.start - 4):quote.start]) and quote.text.rstrip().endswith(".") \
            and quote.words >= 5:
        return False  # "äußerte sich über den Bericht: „Wir haben viel erreicht.“": a sentence after a colon is speech
    before = re.findall(r"[\w\-]+", text[max(0, quote.start - 40):quote.start])
    if before and before[-1].lower() in PREDICATING_WORDS:
        return False  # "nannte den Bericht eine „Ente“": the quote says what the thing is, it is not its title
    if len(before) > 1 and before[-1] in NAMING_VERBS and any(w in NAMING_NOUNS for w in before[-5:-1]):
        return True  # "Der wissenschaftliche Name lautet „…“", "Das Motto hieß „…“"
    if len(before) > 2 and before[-2] in NAMING_VERBS and before[-1].islower() and any(
            w in NAMING_NOUNS for w in before[-6:-2]):
        return True  # "der Name lautet also „…“"
    if before and before[-1] in NAMING_NOUNS | {"Bezeichnung"} and re.match(
            r"[“”\"«»]\s*(?:lautet|lautete|lauten|lauteten|heißt|hieß|is|was)\b", text[quote.end:quote.end + 12]):
        return True  # "dessen amtliche Bezeichnung „…“ lautet"
    # "der Film „…“", "der Roman Sample „…“"; but a verb after the noun ("der Bericht sei „…“") predicates
    return bool(before) and (before[-1] in TITLE_WORDS or len(before) > 1 and before[-2] in TITLE_WORDS
                             and not before[-1].islower())


def _add_direct_quotes(article: _Article) -> None:
    text = article.text
    last: Proposal | None = None
    for quote in article.quotes:
        sentences = _sentences_around(article, quote.start - 1, quote.end + 1)
        if not sentences:
            continue
        start, end = sentences[0].start, sentences[-1].end
        cue = cue_for_quote(text, quote, _cues(article, start, end), start, end)
        ends_sentence = quote.is_full_sentence or quote.text[:1].isupper() and re.match(
            r"[“”\"«»]\.(?:\s|$)", text[quote.end:quote.end + 3])  # „Wir bleiben hier“. Das räumte X ein.
        if cue is None and ends_sentence and (following := _cue_in_next_sentence(article, end)):
            cue, (start, end) = following
        if named := _name_right_before(text, quote, start):
            speaker, role = _speaker(article, named, named.start)
            last = _proposal(article, quote.start, quote.end, speaker, role, "direct", 0.75, "")
            article.proposals.append(last)
            continue
        adjacent = cue is not None and _adjacent(text, quote, cue)
        if _is_title(text, quote) or _is_name(text, quote, article.language) \
                or _names_a_work_before_colon(text, quote, start) or (
                quote.words <= SHORT_QUOTE_WORDS and not adjacent and (
                    cue is None or cue.kind != "verb" or _looks_like_a_name(quote))):
            article.pending.append(quote)
            continue
        if cue is not None:
            mention = speaker_for_cue(text, cue, start, end)
            if mention is None and cue.kind == "impersonal":
                speaker, role = _according_speaker(article, cue.start)
            elif mention is None and _coordinated_with(text, cue, last, start):
                speaker, role = last.speaker, last.role
            else:
                speaker, role = _speaker(article, mention, cue.start)
            confidence = 0.9 if adjacent else 0.75 if quote.words > SHORT_QUOTE_WORDS else 0.65
            place = place_for_cue(text, cue, end)
        elif _names_a_work_before_colon(text, quote, start):
            article.pending.append(quote)
            continue
        elif colon_speaker := speaker_before_colon(text, quote, start):
            speaker, role = _speaker(article, colon_speaker, quote.start)
            confidence, place = 0.7, ""
        elif quote.is_full_sentence and (newcomer := _named_subject_between(article, last, start)):
            speaker, role = _speaker(article, newcomer, newcomer.start)
            confidence, place = 0.6, ""
        elif quote.is_full_sentence and last is not None and quote.start - last.end < 400:
            speaker, role, confidence, place = last.speaker, last.role, 0.6, ""
        elif quote.words >= LONG_QUOTE_WORDS and (subject := sentence_subject(
                text, _after_heading(text, start, quote.start), quote.start - 1, any_noun=True)):
            speaker, role = _speaker(article, subject, quote.start)
            confidence, place = 0.5, ""
        else:
            article.pending.append(quote)
            continue
        last = _proposal(article, quote.start, quote.end, speaker, role, "direct", confidence, place)
        article.proposals.append(last)


def _named_subject_between(article: _Article, last: Proposal | None, start: int) -> Mention | None:
    """"„Wir gehen“, sagte X. Ihr Bruder, Georg Beispiel, war eingeweiht. „Sie braucht Ruhe.“": a quote standing
    alone after a sentence whose subject names someone new is that person's, not the earlier speaker's."""
    if last is None or start - last.end >= 400:
        return None
    previous = next((s for s in reversed(article.sentences) if s.end <= start and s.start >= last.end), None)
    if previous is None or any(q.start < previous.end and q.end > previous.start for q in article.quotes):
        return None
    subject = _full_name_subject(article, previous, any_noun=True)
    return subject if subject and article.cast.full_name(subject.name) != last.speaker else None


def _after_heading(text: str, start: int, end: int) -> int:
    """"Steuern: Die Partei will …": a sentence opening with headings and colons has its subject after the last."""
    headings = list(re.finditer(r":\s+(?=[A-ZÄÖÜ])", text[start:end]))
    return start + headings[-1].end() if headings else start


def _names_a_work_before_colon(text: str, quote: Quote, start: int) -> bool:
    """"Das Buch ist ihr Erstwerk: „Sie befinden sich hier“", "stellte die neue CD vor: „…“": a short quote after a
    clause about a work is its title."""
    clause = re.search(r"([^.;:!?„“”\"»«]*):\s*$", text[start:quote.start - 1])
    return clause is not None and quote.words <= 6 and any(
        word in WORKS | NAMING_NOUNS for word in re.findall(r"[\w\-]+", clause.group(1)))


def _coordinated_with(text: str, cue: Cue, last: Proposal | None, start: int) -> bool:
    """"X erläutert es so: „…“, und fügt hinzu: „…“": a verb joined by "und" with no subject of its own shares
    the subject of the quote before it in the same sentence."""
    return last is not None and last.speaker is not None and start <= last.start \
        and re.search(r"(?:^|[,“”\"«»]\s*)(?:und|and)\s+$", text[last.end:cue.start]) is not None


def _name_right_before(text: str, quote: Quote, start: int) -> Mention | None:
    """A quote in brackets after a name ("Anna Beispiel („…“)"), or after a name and a colon that closes a list
    of speakers ("…, und Ministerin Anna Beispiel: „…“"), is that person's."""
    opening = re.search(r"(?:\(\s*|(?<=\w):\s*)[„“\"»«]$", text[max(start, quote.start - 5):quote.start])
    if opening is None or not quote.is_full_sentence:
        return None
    end = max(start, quote.start - 5) + opening.start()
    if text[end] == ":" and not re.search(r",\s+(?:und|sowie|and)\s+[^,:;]{3,80}$", text[start:end]):
        return None
    mention = read_noun_phrase_before(text, max(start, end - 100), end)
    return mention if mention and mention.name and len(mention.name.split()) > 1 else None


def _cue_in_next_sentence(article: _Article, end: int) -> tuple[Cue, tuple[int, int]] | None:
    """„…“ Das sagte Anna Beispiel am Montag. — the next sentence points back at the quote."""
    sentence = next((s for s in article.sentences if s.start >= end), None)
    if sentence is None or not re.match(r"(?:Das|Dies|So|This|That)\s", sentence.text):
        return None
    cues = [c for c in _cues(article, sentence.start, sentence.end) if c.kind == "verb"]
    pronoun = re.match(r"(?:Das|Dies)\s+[a-zäöüß]", sentence.text)  # "Das musste X … einräumen", not "Das Urteil"
    if not cues or cues[0].start - sentence.start > 40 and not pronoun:
        return None
    return cues[0], (sentence.start, sentence.end)


def _is_name(text: str, quote: Quote, language: str = "de") -> bool:
    """"die „Netzeitung“", "der „Kampagne für ein Freies Tibet“": a quoted name after an article;
    "die Nachrichtenagentur „Beispiel“": after the noun it names; "laut „Beispielblatt“": a source."""
    before = text[max(0, quote.start - 40):quote.start - 1]
    if re.search(r"(?:\b(?:" + "|".join(SPEECH_NOUNS) + r")|[a-zäöüß](?:" + "|".join(SPEECH_COMPOUND_HEADS) + r"))"
                 r"(?:(?:\s+[\w\-]+){0,3}?\s+wie)?(?:\s+zum\s+Beispiel)?\s*$", before):
        return False  # "Sprüche wie „Nieder mit …“", "Hassparolen wie „…“": someone's words, however capitalised
    if re.match(r"\d+\.\s+[A-ZÄÖÜ]", quote.text.strip()):
        return True  # "beim „5. Beispielkongress der Stadtwerke“": a numbered event
    if quote.words > 6 or quote.is_full_sentence:
        # a sentence has a lowercase verb; a long run of capitalised words is a title or a name
        return _looks_like_a_name(quote) or _is_institution_name(text, quote)
    if _called(before):
        return True  # "die so genannte „Tricolore“", "nennt sich „documenta 12“": lowercase or not
    if quote.text.strip()[:1].islower() and not re.search(r"\b(?:laut|wie)\s*$", before, re.IGNORECASE) \
            and not re.search(r"\.(?:de|com|net|org)$", quote.text):
        return False  # "die „volle Verantwortung“": a phrase; names start with a capital
    if _spoken_of(before):
        return _looks_like_a_name(quote) or _is_institution_name(text, quote)
    if re.search(r"\b(?:der|die|das|des|dem|den|vom|zum|zur|im|beim|the|von|mit|bei|aus|Zeitung|Agentur|Magazin|"
                 r"Sender|laut|wie|according to)\s*$", before, re.IGNORECASE):
        return True
    after = text[quote.end + 1:quote.end + 40]
    if re.search(r"\bsich\s*$", before) \
            or re.match(r"[\s,]*(?:wie (?:\w+ ){1,3}(?:genannt|nennt)|nennt\b|calls? (?:itself|himself|herself))",
                        after):
        return True  # "die sich „Rat für …“ nennt", "„Trap“, wie er genannt wird"
    if _looks_like_a_name(quote) or _is_institution_name(text, quote):
        return True
    if quote.words == 1 and quote.text.strip()[:1].isupper() and not re.search(
            r"\b(?:als|eine?[nrms]?|kein\w*|zur?|vor|as|an?|" + "|".join(SPEECH_NOUNS) + r")\s*$", before,
            re.IGNORECASE) and not (language == "de" and _after_adjective(before)):
        return True  # "nennt „Twitter“ und „Facebook“": a lone capitalised word is a name unless it is predicated
    noun = re.search(r"(?<![.!?:]\s)(?<!^)\b([A-ZÄÖÜ][\w\-]+)\s*$", before)
    return noun is not None and quote.text.strip()[:1].isupper() and noun.group(1) not in SPEECH_NOUNS


def _called(before: str) -> bool:
    """"die so genannte „…“", "nennt sich „…“", "die sich selbst „…“ nennt", "the so-called “…”": a name follows."""
    return re.search(r"\b(?:so ?genannte[nmrs]?|sogenannte[nmrs]?|so-called|calls? (?:itself|themselves)"
                     r"|(?:nennt|nennen|nannte|nannten) (?:sich|man)(?: \w+){0,2}|sich selbst)\s*\(?$", before,
                     re.IGNORECASE) is not None


def _spoken_of(before: str) -> bool:
    """"Analysten sprachen von „Panikverkäufen“", "warnte vor den „Folgen“": what someone speaks of or warns
    against is their wording, though a preposition or an article stands before it as before a name."""
    return bool(re.search(r"\b(?:sprach|sprachen|spricht|sprechen|gesprochen|Rede|warnt\w*|gewarnt)\b"
                          r"[^,.;:!?„“”\"»«]{0,50}"
                          r"\b(?:von|vor)(?:\s+(?:den|dem|der|die|das))?\s*$", before))


def _after_adjective(before: str) -> bool:
    """"über erste „Landnahmen“", "gegen weitere „Angriffe“": an adjective describes a common noun;
    names rarely take one."""
    word = re.search(r"(?<![\w\-])([a-zäöüß]+)\s*$", before)
    return word is not None and re.fullmatch(r"[a-zäöüß]{3,}(?:e|en|er|es|em)", word.group(1)) is not None \
        and word.group(1) not in NOT_ADJECTIVE_ENDINGS


def _looks_like_a_name(quote: Quote) -> bool:
    """"Twitter", "El País", "EVAC-Ambulanz": every word capitalised, a name rather than a phrase."""
    words = [w for w in re.findall(r"[\w\-]+(?:['’]s)?", quote.text) if w.lower() not in FOREIGN_PARTICLES]
    return bool(words) and all(word[:1].isupper() or word.isdigit() for word in words) and (
        len(words) > 1 or any(c.isupper() for c in words[0][1:]) or not quote.text.strip()[-1:].isalpha())


def _is_institution_name(text: str, quote: Quote) -> bool:
    """"Ärzte ohne Grenzen", "Rat für Beispielfragen", "Bote am Sonntag": capitalised nouns joined
    by a preposition (and articles) name a body, a paper or a law, unless predicated ("von einem „Feldzug
    gegen die Schulen“"); "Stoppt den Wahn!" has no preposition."""
    before = re.findall(r"[\w\-]+", re.split(r"[.!?]\s", text[max(0, quote.start - 20):quote.start])[-1])
    if before and before[-1].lower() in PREDICATING_WORDS:
        return False  # "von einem „…“"; but "… trafen ein. „Ärzte ohne Grenzen“ …" starts a sentence
    words = re.findall(r"[\w\-]+", quote.text)
    lowercase = [w for w in words if not (w[:1].isupper() or w.isdigit())]
    return 1 < len(words) <= 10 and words[0][:1].isupper() and quote.text.strip()[-1:] not in "!?." \
        and any(w in NAME_PREPOSITIONS for w in lowercase) \
        and all(w in NAME_PREPOSITIONS or w in NAME_ARTICLES for w in lowercase)


def _adjacent(text: str, quote: Quote, cue: Cue) -> bool:
    """The cue stands right next to the quote: „…“, sagte X / X sagte: „…“ / „…“, so X."""
    if cue.start >= quote.end:
        return len(text[quote.end:cue.start].strip(" ,\"“”«»–-")) <= 25
    between = text[cue.end:quote.start - 1]
    return len(between) <= 60 and between.rstrip().endswith((":", ","))


def _according_speaker(article: _Article, position: int) -> tuple[str | None, str]:
    """For "hieß es": the source a "laut …" named shortly before."""
    sentences = [s for s in article.sentences if s.end <= position + 1][-3:]
    for sentence in reversed(sentences):
        for cue in _cues(article, sentence.start, sentence.end):
            if cue.kind == "according" and cue.start < position:
                mention = speaker_for_cue(article.text, cue, sentence.start, sentence.end)
                if mention:
                    return _speaker(article, mention, cue.start)
    return None, ""


def _add_reported_speech(article: _Article) -> None:
    text = article.text
    for sentence in article.sentences:
        if any(q.start < sentence.start < q.end for q in article.quotes):
            continue  # a sentence inside a direct quote
        found = []
        cues = _cues(article, sentence.start, sentence.end)
        for report in find_reported(text, sentence.start, sentence.end, cues, article.language):
            if any(_overlap(p, report.start, report.end) > 0.5 or report.start <= p.start and p.end <= report.end
                   and text[report.start:p.start].rstrip(" „“\"»«").endswith(":")
                   for p in article.proposals if p.kind == "direct"):
                continue  # the clause only introduces a direct quote: "X kommentierte laut Y: „…“"
            mention = speaker_for_cue(text, report.cue, sentence.start, sentence.end)
            if mention is None and report.cue.kind == "impersonal":
                speaker, role = _according_speaker(article, report.cue.start)
            else:
                speaker, role = _speaker(article, mention, report.cue.start)
            if speaker is None and (source := _latest_speaker(article, sentence.start)):
                speaker, role = source.speaker, source.role  # "hieß es", "man": the source just named
            confidence = 0.5 if report.cue.kind == "according" else 0.7 if speaker else 0.6
            found.append(_proposal(article, report.start, report.end, speaker, role, "indirect", confidence,
                                   place_for_cue(text, report.cue, sentence.end)))
            if report.cue.kind in ("verb", "impersonal") or report.cue.kind == "according" \
                    and not report.cue.word.startswith(("nach eigenen", "Nach eigenen")):
                article.hosts.append(found[-1])  # "nach eigenen Angaben" keeps the subject's own wording apart
        if not found and (clause := dass_clause(text, sentence.start, sentence.end)) and not any(
                q.start <= clause[0] < q.end for q in article.quotes):  # „Wir sind sicher, dass …“ is the quote's
            subject = sentence_subject(text, sentence.start, clause[0])
            if subject is not None:
                speaker, role = _speaker(article, subject, sentence.start)
                found.append(_proposal(article, clause[0], clause[1], speaker, role, "indirect", 0.4, ""))
                article.hosts.append(found[-1])
        if found:
            article.proposals.extend(found)
            continue
        if _add_pointed_back_at(article, sentence, cues):
            continue
        _note_speech_event(article, sentence, cues)
        if not _speaks_in_subjunctive(article, sentence):
            continue
        source = _latest_speaker(article, sentence.start)
        if source is None:
            continue  # a lone Konjunktiv is more often a conditional than a report
        speaker, role = _holder_in(article, sentence) or (source.speaker, source.role)
        carried = _proposal(article, sentence.start, sentence.end, speaker, role, "indirect", 0.45, source.place)
        article.proposals.append(carried)
        article.hosts.append(carried)


def _add_pointed_back_at(article: _Article, sentence: Sentence, cues: list[Cue]) -> bool:
    """"Die Brücke kostet zwölf Millionen. Das bestätigte Anna Beispiel am Montag.": the sentence before
    "Das/Dies <verb of saying> X" is X's claim."""
    if not re.match(r"(?:Das|Dies|This|That)\s", sentence.text):
        return False
    cue = next((c for c in cues if c.kind == "verb" and c.start - sentence.start <= 30), None)
    previous = next((s for s in reversed(article.sentences) if s.end <= sentence.start), None)
    if cue is None or previous is None or previous.paragraph != sentence.paragraph or any(
            _overlap(p, previous.start, previous.end) > 0.3 for p in article.proposals) or any(
            q.start <= previous.start + 1 and previous.end - 1 <= q.end for q in article.quotes):
        return False
    mention = speaker_for_cue(article.text, cue, sentence.start, sentence.end)
    if mention is None or not (mention.name or mention.role):
        return False
    speaker, role = _speaker(article, mention, cue.start)
    claim = _proposal(article, previous.start, previous.end, speaker, role, "indirect", 0.6,
                      place_for_cue(article.text, cue, sentence.end))
    article.proposals.append(claim)
    article.hosts.append(claim)
    return True


def _note_speech_event(article: _Article, sentence: Sentence, cues: list[Cue]) -> None:
    """"Die Agentur Xinhua berichtete über …": someone speaks, though not in a clause of its own;
    the Konjunktiv sentences after it are theirs."""
    for cue in cues:
        if cue.kind not in ("verb", "according"):
            continue
        mention = speaker_for_cue(article.text, cue, sentence.start, sentence.end)
        if mention is not None and not mention.is_pronoun:
            speaker, role = _speaker(article, mention, cue.start)
            article.events.append(_proposal(article, sentence.start, sentence.end, speaker, role, "indirect", 0, ""))
            return


def _latest_speaker(article: _Article, position: int) -> Proposal | None:
    """The claim or speech event shortly before `position` whose speaker a Konjunktiv sentence carries on."""
    earlier = [p for p in [*article.proposals, *article.events]
               if p.speaker and p.end <= position and position - p.end < CARRY_DISTANCE]
    return max(earlier, key=lambda p: p.end) if earlier else None


def _speaks_in_subjunctive(article: _Article, sentence: Sentence) -> bool:
    """A Konjunktiv sentence outside quote marks reports speech even without a verb of saying."""
    if any(p.start < sentence.end and sentence.start < p.end for p in article.proposals):
        return False
    unquoted = sentence.text
    for quote in article.quotes:
        if sentence.start <= quote.start and quote.end <= sentence.end:
            unquoted = unquoted.replace(quote.text, " ")
    return is_subjunctive(unquoted, article.language, conditional=False)


def _add_nested_quotes(article: _Article) -> None:
    """A short quote inside a report ("der Pilot trage die „volle Verantwortung“") is the speaker's own words."""
    for quote in article.pending:
        if _is_title(article.text, quote) or _is_name(article.text, quote, article.language) \
                or _looks_like_a_name(quote) or _is_institution_name(article.text, quote):
            continue
        host = next((p for p in article.hosts if p.start <= quote.start and quote.end <= p.end), None)
        if host is not None:
            article.proposals.append(_proposal(article, quote.start, quote.end, host.speaker, host.role,
                                               "direct", 0.55, host.place))
        elif judged := _judging_speaker(article, quote) or _opinion_holder(article, quote):
            article.proposals.append(_proposal(article, quote.start, quote.end, *judged, "direct", 0.5, ""))


def _holder_in(article: _Article, sentence: Sentence) -> tuple[str | None, str] | None:
    """"Für den Theologen X sei der Rücktritt verständlich", "Dagegen sieht Y einen Angriff, es stehe …": a
    Konjunktiv sentence that names whose view it gives is theirs, not the last speaker's."""
    return _opinion_holder_of(article, sentence, sentence.end) or _judging_speaker_of(article, sentence, named=True)


def _judging_speaker(article: _Article, quote: Quote) -> tuple[str | None, str] | None:
    """"Anna Beispiel sprach von einem „Feldzug“": the subject of a verb of judging owns the quoted phrase."""
    sentence = next((s for s in article.sentences if s.start <= quote.start - 1 < s.end), None)
    return _judging_speaker_of(article, sentence) if sentence else None


def _judging_speaker_of(article: _Article, sentence: Sentence, named: bool = False) -> tuple[str | None, str] | None:
    cues = [c for c in find_judging(article.text, sentence.start, sentence.end, article.language)
            if not any(q.start <= c.start < q.end for q in article.quotes)]
    for cue in cues:
        mention = speaker_for_cue(article.text, cue, sentence.start, sentence.end)
        if named and mention is not None and not (mention.name or mention.role):
            continue
        if mention is not None and (mention.name or mention.role or mention.is_pronoun or (
                mention.start < cue.start and _opens_sentence(article.text, sentence, mention))):
            return _speaker(article, mention, cue.start)  # "Die Bundesregierung wies den Bericht als „…“ zurück"
    return None


def _opens_sentence(text: str, sentence: Sentence, mention: Mention) -> bool:
    """The phrase stands first in its sentence, after its article at most: "Die Regierung …", "Eine Organisation …"."""
    lead = text[sentence.start:mention.start].split()
    return not lead or len(lead) == 1 and lead[0].lower() in DETERMINERS


def _opinion_holder(article: _Article, quote: Quote) -> tuple[str | None, str] | None:
    """"Für die Ministerin Anna Beispiel ist die Lage „unhaltbar“", "For Anna Example, it is “untenable”":
    the person the sentence opens with holds the view the quoted phrase gives."""
    sentence = next((s for s in article.sentences if s.start <= quote.start - 1 < s.end), None)
    return _opinion_holder_of(article, sentence, quote.start) if sentence else None


def _opinion_holder_of(article: _Article, sentence: Sentence, end: int) -> tuple[str | None, str] | None:
    opening = re.match(r"\s*(?:Für|For)\s+", article.text[sentence.start:end])
    if not opening:
        return None
    mention = read_noun_phrase(article.text, sentence.start + opening.end(), end)
    if mention is None or not (mention.name or mention.role) or not re.match(
            r"[\s,]*(?:(?:ist|sind|war|waren|sei|seien|bleibt|blieb)\b|[^.;:!?]*\b(?:is|was|are|were|remains)\b)",
            article.text[mention.end:end]):
        return None
    return _speaker(article, mention, mention.start)


def _add_standalone_quotes(article: _Article) -> None:
    """A quote that is a sentence of its own, with no cue, continues the person the text spoke of just before:
    "Anna Beispiel verteidigte den Plan. „Wir haben keine Wahl.“"."""
    text = article.text
    for quote in article.pending:
        if not quote.is_full_sentence or quote.words < 5 or any(
                p.start <= quote.start < p.end for p in article.proposals):
            continue
        sentence = next((s for s in article.sentences if s.start <= quote.start - 1 < s.end), None)
        if sentence is None or len(text[sentence.start:sentence.end].strip(" „“”\"»«.")) > len(quote.text) + 3:
            continue  # the quote shares its sentence with other words
        previous = [s for s in article.sentences if s.end <= sentence.start and sentence.start - s.end < 300]
        subject = sentence_subject(text, previous[-1].start, previous[-1].end) if previous else None
        if subject is not None and (subject.name or subject.role):
            speaker, role = _speaker(article, subject, previous[-1].start)
        elif source := _latest_speaker(article, sentence.start):
            speaker, role = source.speaker, source.role
        else:
            continue
        article.proposals.append(_proposal(article, quote.start, quote.end, speaker, role, "direct", 0.45, ""))


def _attribute_to_nearest_person(article: _Article) -> None:
    """A direct quote with no speaker of its own goes, at lower confidence, to the person named last in its
    sentence or the one before: "Anna Beispiel war am Montag in Musterstadt. „Wir bleiben.“, hieß es dort."""
    for index, proposal in enumerate(article.proposals):
        if proposal.kind != "direct" or proposal.speaker:
            continue
        sentences = [s for s in article.sentences if s.start <= proposal.start]
        if not sentences:
            continue
        since = sentences[-2].start if len(sentences) > 1 else sentences[-1].start
        name = article.cast.latest_before(proposal.start)
        if name is None or max(p for p in article.cast.seen_at[name] if p < proposal.start) < since:
            continue
        article.proposals[index] = replace(proposal, speaker=name, role=article.cast.roles.get(name, ""),
                                           confidence=round(proposal.confidence - 0.2, 2))


def _overlap(proposal: Proposal, start: int, end: int) -> float:
    shared = min(proposal.end, end) - max(proposal.start, start)
    return max(0, shared) / max(1, end - start)


def _proposal(article: _Article, start: int, end: int, speaker: str | None, role: str, kind: str,
              confidence: float, place: str) -> Proposal:
    text = article.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    sentences = _sentences_around(article, start, end)
    context = text[sentences[0].start:sentences[-1].end] if sentences else text[start:end]
    return Proposal(text[start:end], speaker, role, kind, start, end, context, confidence, place)


def _finish(article: _Article) -> list[Proposal]:
    """Resolve surnames once the whole cast is known, and order by offset."""
    finished = []
    for proposal in sorted(article.proposals, key=lambda p: (p.start, p.end)):
        speaker = article.cast.full_name(proposal.speaker) if proposal.speaker else None
        role = proposal.role or article.cast.roles.get(speaker or "", "")
        finished.append(Proposal(proposal.text, speaker, role, proposal.kind, proposal.start, proposal.end,
                                 proposal.context, proposal.confidence, proposal.place))
    return finished
