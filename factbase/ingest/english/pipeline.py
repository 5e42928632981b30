"""The English steps in order: article text in, proposed claims out.

Pass 1 reads each sentence once (tokens tagged once), finds its cues, the speaker each names and the reported
clause each introduces, and keeps track of the sentence's subject, which a later "he" or "she" points back at.
Pass 2 gives each quote a speaker through an ordered list of strategies (`QUOTE_STRATEGIES`), each tested alone.
"""
import re
from dataclasses import dataclass, field

from ..furniture import is_furniture
from ..lexicon import of
from ..proposals import Proposal
from ..sentences import Sentence, split_sentences
from .attribution import speaker_for_cue
from .cues import Cue, find_cues
from .mentions import Cast, Mention, chunk_from
from .quotes import Quote, find_quotes
from .reported import clause_after, clause_before
from .tokens import Token, tokenize

TITLE_CUE_WORDS = of("en", "TITLE_CUE_WORDS")
LONG_QUOTE_WORDS = 8  # a quote this long is someone's statement even when no one is named for it


@dataclass(frozen=True)
class Reading:
    """One sentence as every step sees it: tagged once."""

    sentence: Sentence
    tokens: list[Token]
    quoted: list[bool]


@dataclass(frozen=True)
class Attributed:
    """A cue and whom it names, resolved against the cast."""

    cue: Cue
    reading: int
    mention: Mention | None
    speaker: str | None
    role: str


@dataclass
class Article:
    text: str
    readings: list[Reading]
    quotes: list[Quote]
    cast: Cast
    attributed: list[Attributed] = field(default_factory=list)
    subjects: list[tuple[str | None, str]] = field(default_factory=list)  # per reading: who it is about
    proposals: list[Proposal] = field(default_factory=list)


def extract_english(text: str) -> list[Proposal]:
    """Direct quotes and reported speech in an English article, each with its speaker, ordered by offset."""
    sentences = [s for s in split_sentences(text) if not is_furniture(_line(text, s.start))]
    quotes = find_quotes(text)
    readings = [_read(text, s, quotes) for s in sentences]
    article = Article(text, readings, quotes, _cast(text, readings))
    _read_cues_and_reports(article)
    _attribute_quotes(article)
    return sorted(article.proposals, key=lambda p: (p.start, p.end))


def _line(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start:end if end >= 0 else len(text)]


def _read(text: str, sentence: Sentence, quotes: list[Quote]) -> Reading:
    tokens = tokenize(text, sentence.start, sentence.end)
    quoted = [any(q.start <= t.start < q.end for q in quotes) for t in tokens]
    return Reading(sentence, tokens, quoted)


def _cast(text: str, readings: list[Reading]) -> Cast:
    """Everyone named with at least two name words, with the office they were named with."""
    cast = Cast()
    for reading in readings:
        index = 0
        while index < len(reading.tokens):
            mention = None if reading.quoted[index] else chunk_from(reading.tokens, index, text)
            if mention is not None and mention.kind in ("person", "body") and mention.name:
                cast.introduce(mention)
                index = next((p for p, t in enumerate(reading.tokens) if t.start >= mention.end), len(reading.tokens))
            else:
                index += 1
    return cast


# --- pass 1: cues, speakers, reported clauses, subjects ---

def _read_cues_and_reports(article: Article) -> None:
    subject: tuple[str | None, str] = (None, "")
    words = article.cast.words
    for number, reading in enumerate(article.readings):
        named = []
        for cue in find_cues(reading.tokens, reading.quoted):
            mention = speaker_for_cue(reading.tokens, reading.quoted, cue, article.text, words)
            speaker, role = resolve(article.cast, mention, subject)
            article.attributed.append(Attributed(cue, number, mention, speaker, role))
            if speaker and mention is not None and mention.kind != "pronoun":
                named.append((speaker, role))
            if cue.takes_clause and speaker:
                _add_report(article, reading, cue, mention, speaker, role)
        subject = named[0] if named else _subject_of(article, reading, subject)
        article.subjects.append(subject)


def resolve(cast: Cast, mention: Mention | None, subject: tuple[str | None, str]) -> tuple[str | None, str]:
    """The speaker a mention stands for: a full name from the cast, the person a role or pronoun points at."""
    if mention is None:
        return None, ""
    if mention.kind == "pronoun":
        return subject
    if mention.name:
        name = cast.full_name(mention.name)
        return name, mention.role or cast.roles.get(name, "")
    if mention.kind == "role":
        return cast.by_role(mention.role, mention.start) or mention.text, mention.role
    if mention.text.split()[-1].lower() in ("newspaper", "paper"):
        return cast.publication(mention.start) or mention.text, ""
    return mention.text, ""


def _subject_of(article: Article, reading: Reading, previous: tuple[str | None, str]) -> tuple[str | None, str]:
    """Who the sentence is about: its first phrase that a finite verb follows; a pronoun keeps the one before."""
    tokens = reading.tokens
    for index in range(min(len(tokens), 12)):
        if reading.quoted[index]:
            continue
        mention = chunk_from(tokens, index, article.text, article.cast.words)
        if mention is None:
            continue
        after = next((p for p, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        while after < len(tokens) and tokens[after].tag in ("AV0", "VM0", "XX0"):
            after += 1
        if after < len(tokens) and (tokens[after].is_finite_verb or tokens[after].text == ","):
            if mention.kind == "pronoun":
                return previous
            if mention.kind == "thing":
                break
            return resolve(article.cast, mention, previous)
        break
    return previous


def _add_report(article: Article, reading: Reading, cue: Cue, mention: Mention | None, speaker: str,
                role: str) -> None:
    tokens = reading.tokens
    span = clause_after(tokens, reading.quoted, cue, mention)
    if span is None and (cue.kind == "according" or cue.index > len(tokens) // 2):
        span = (clause_before(tokens, reading.quoted, cue, mention) if cue.kind == "verb"
                else _according_before(tokens, cue))
    if span is None:
        return
    start, end = tokens[span[0]].start, tokens[span[1] - 1].end
    if any(p.kind == "indirect" and p.start < end and start < p.end for p in article.proposals):
        return
    confidence = 0.55 if cue.kind == "according" else 0.7
    article.proposals.append(_proposal(article, start, end, speaker, role, "indirect", confidence))


def _according_before(tokens: list[Token], cue: Cue) -> tuple[int, int] | None:
    """"About 40 ships call each week, according to the port authority." -> the words before the comma."""
    if cue.index >= 4 and tokens[cue.index - 1].text == ",":
        return 0, cue.index - 1
    return None


# --- pass 2: a speaker for every quote ---

def _attribute_quotes(article: Article) -> None:
    done: list[tuple[Quote, str | None, str, float]] = []
    for quote in article.quotes:
        if _names_a_work(article.text, quote):
            continue
        for strategy in QUOTE_STRATEGIES:
            found = strategy(article, quote, done)
            if found is not None:
                done.append((quote, *found))
                break
        else:
            done.append((quote, None, "", 0.3))
    _share_along_chains(done)
    for quote, speaker, role, confidence in done:
        if speaker or quote.words >= LONG_QUOTE_WORDS:
            article.proposals.append(_proposal(article, quote.start, quote.end, speaker, role, "direct", confidence))


def _names_a_work(text: str, quote: Quote) -> bool:
    """"the film “First They Killed My Father”", "a saying … that “every vote counts”", "a group called “…”"."""
    before = re.findall(r"[\w\-]+", text[max(0, quote.start - 40):quote.start])[-4:]
    for position, word in enumerate(before):
        if word.lower() == "called":
            return position == 0 or before[position - 1].lower() not in ("he", "she", "they", "what", "it", "we")
        if word.lower() in TITLE_CUE_WORDS:
            return True
    return False


def _paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, end if end >= 0 else len(text)


def _reading_at(article: Article, position: int) -> int | None:
    return next((n for n, r in enumerate(article.readings) if r.sentence.start <= position < r.sentence.end + 1), None)


def _by_tail_cue(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"…," said Roy Blunt / "…," he added / "…" Zelenskiy said in his nightly video address."""
    _, paragraph_end = _paragraph_bounds(article.text, quote.start)
    following = [q.start for q in article.quotes if q.start > quote.end]
    limit = min([paragraph_end, *following])
    for item in article.attributed:
        if quote.end <= item.cue.start < limit and item.speaker:
            between = article.text[quote.end:item.cue.start]
            if len(between) <= 60 and not re.search(r"[.!?]\s", between[1:]):
                return item.speaker, item.role, 0.9
    return None


def _by_head_cue(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"He said, "…"" / "Chamisa told reporters results … were "fiction."": the cue before, in the sentence."""
    number = _reading_at(article, quote.start)
    if number is None:
        return None
    paragraph_start, _ = _paragraph_bounds(article.text, quote.start)
    earlier = [q.end for q in article.quotes if q.end < quote.start and q.end >= paragraph_start]
    since = max([article.readings[number].sentence.start, *earlier])
    candidates = [a for a in article.attributed if since <= a.cue.start < quote.start and a.speaker
                  and a.reading == number]
    if candidates:
        return candidates[-1].speaker, candidates[-1].role, 0.8
    return None


def _opens_its_sentence(article: Article, quote: Quote) -> bool:
    number = _reading_at(article, quote.start)
    return number is not None and not article.text[article.readings[number].sentence.start:quote.start].strip(
        " \"“")


def _by_cue_of_its_sentence(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """A quote opening its sentence takes the cue after it; one inside a clause the cue that introduced it."""
    if _opens_its_sentence(article, quote):
        return _by_tail_cue(article, quote, done) or _by_head_cue(article, quote, done)
    return _by_head_cue(article, quote, done) or _by_tail_cue(article, quote, done)


def _by_split_quote(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"…," she said. "…": the second part of a quote split by its attribution is the same speaker's."""
    if not done:
        return None
    previous, speaker, role, _ = done[-1]
    paragraph_start, _ = _paragraph_bounds(article.text, quote.start)
    if previous.end < paragraph_start or not speaker:
        return None
    between = article.text[previous.end:quote.start]
    cues = [a for a in article.attributed if previous.end <= a.cue.start < quote.start]
    if len(between) <= 80 and len(cues) <= 1:
        return speaker, role, 0.85
    return None


def _by_running_quote(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """A paragraph that carries on the quote of the paragraph before carries on its speaker."""
    if quote.continued and done and done[-1][1]:
        return done[-1][1], done[-1][2], 0.8
    return None


def _by_introducing_colon(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"… issued the following statement today: "…"": the subject of the sentence that ends in a colon."""
    before = article.text[max(0, quote.start - 4):quote.start - 1].rstrip()
    if not before.endswith(":"):
        return None
    number = _reading_at(article, quote.start - 3)
    if number is None:
        return None
    speaker, role = article.subjects[number]
    return (speaker, role, 0.7) if speaker else None


def _by_recent_speaker(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """A quote standing alone after a sentence in which someone spoke: theirs."""
    if not quote.is_sentence:
        return None
    number = _reading_at(article, quote.start)
    if number is None or number == 0:
        return None
    paragraph = article.readings[number].sentence.paragraph
    for earlier in range(number - 1, max(-1, number - 3), -1):
        if article.readings[earlier].sentence.paragraph < paragraph - 1:
            break
        spoken = [a for a in article.attributed if a.reading == earlier and a.speaker]
        if spoken:
            return spoken[0].speaker, spoken[0].role, 0.6
        speaker, role = article.subjects[earlier]
        if speaker:
            return speaker, role, 0.5
    return None


QUOTE_STRATEGIES = (_by_cue_of_its_sentence, _by_split_quote, _by_running_quote, _by_introducing_colon,
                    _by_recent_speaker)


def _share_along_chains(done: list[tuple[Quote, str | None, str, float]]) -> None:
    """A quote over several paragraphs is one speaker's, even when only its last paragraph names them."""
    for index in range(len(done) - 2, -1, -1):
        quote, speaker, role, confidence = done[index]
        following = done[index + 1]
        if quote.runs_on and following[0].continued and following[1] and not speaker:
            done[index] = (quote, following[1], following[2], 0.7)


def _proposal(article: Article, start: int, end: int, speaker: str | None, role: str, kind: str,
              confidence: float) -> Proposal:
    text = article.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    context = next((r.sentence.text for r in article.readings if r.sentence.start <= start < r.sentence.end), "")
    return Proposal(text[start:end], speaker, role, kind, start, end, context or text[start:end], confidence)
