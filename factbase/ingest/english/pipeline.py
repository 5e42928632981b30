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
from .attribution import speaker_for_cue, subject_before
from .cues import Cue, find_cues
from .mentions import Cast, Mention, chunk_around, chunk_from
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


@dataclass(frozen=True)
class Focus:
    """Who "he" or "she" (the latest person) and "it" (the latest body) point back at."""

    person: tuple[str | None, str] = (None, "")
    body: tuple[str | None, str] = (None, "")
    body_is_latest: bool = False

    def of(self, pronoun: str) -> tuple[str | None, str]:
        pronoun = pronoun.lower()
        if pronoun == "it" or pronoun in ("they", "we") and self.body_is_latest:
            return self.body if self.body[0] else self.person
        return self.person if self.person[0] else self.body

    def moved(self, speaker: tuple[str | None, str], mention: Mention | None) -> "Focus":
        if not speaker[0] or mention is None or mention.kind == "pronoun":
            return self
        if mention.kind in ("body", "thing") or mention.is_organisation:
            return Focus(self.person, speaker, True)
        return Focus(speaker, self.body, False)


@dataclass
class Article:
    text: str
    readings: list[Reading]
    quotes: list[Quote]
    cast: Cast
    attributed: list[Attributed] = field(default_factory=list)
    subjects: list[tuple[str | None, str]] = field(default_factory=list)  # per reading: who it is about
    holders: list[tuple[str | None, str]] = field(default_factory=list)  # per reading: its own subject, if any
    proposals: list[Proposal] = field(default_factory=list)


def extract_english(text: str) -> list[Proposal]:
    """Direct quotes and reported speech in an English article, each with its speaker, ordered by offset."""
    article = read_article(text)
    _attribute_quotes(article)
    return sorted(article.proposals, key=lambda p: (p.start, p.end))


def read_article(text: str) -> Article:
    """Pass 1: sentences tagged once, the cast, every cue with its speaker, the reported clauses, the focus."""
    sentences = [s for s in split_sentences(text) if not is_furniture(_line(text, s.start))]
    quotes = find_quotes(text)
    readings = [_read(text, s, quotes) for s in sentences]
    article = Article(text, readings, quotes, _cast(text, readings))
    _read_cues_and_reports(article)
    return article


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
    focus = Focus()
    words = article.cast.words
    for number, reading in enumerate(article.readings):
        named = []
        for cue in find_cues(reading.tokens, reading.quoted):
            mention = speaker_for_cue(reading.tokens, reading.quoted, cue, article.text, words)
            speaker, role = resolve(article.cast, mention, focus)
            article.attributed.append(Attributed(cue, number, mention, speaker, role))
            if speaker and mention is not None and mention.kind != "pronoun":
                named.append(((speaker, role), mention))
            if cue.takes_clause and speaker:
                clause_subject = _add_report(article, reading, cue, mention, speaker, role)
                if clause_subject is not None and clause_subject.kind == "person":
                    named.append((resolve(article.cast, clause_subject, focus), clause_subject))
        holder, holder_mention = _holder_of(article, reading, focus)
        article.holders.append(holder)
        for speaker, mention in reversed(named):  # the first one named ends up in focus
            focus = focus.moved(speaker, mention)
        if not named:
            focus = focus.moved(holder, holder_mention)
        article.subjects.append(named[0][0] if named else holder if holder[0] else
                                (focus.body if focus.body_is_latest else focus.person))
        _add_pointed_back_at(article, number)


def resolve(cast: Cast, mention: Mention | None, focus: "Focus") -> tuple[str | None, str]:
    """The speaker a mention stands for: a full name from the cast, the person a role or pronoun points at."""
    if mention is None:
        return None, ""
    if mention.kind == "pronoun":
        return focus.of(mention.text)
    if mention.name:
        name = cast.full_name(mention.name)
        return name, mention.role or cast.roles.get(name, "")
    words = mention.text.split()
    bare = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in ("the", "a", "an") else mention.text
    if mention.kind == "role":
        if words[0].lower() in ("a", "an"):
            return bare, mention.role  # "a spokesman said": someone new, not the spokesman named before
        return cast.by_role(mention.role, mention.start) or bare, mention.role
    if words[-1].lower() in ("newspaper", "paper"):
        return cast.publication(mention.start) or bare, ""
    return bare, ""


def _holder_of(article: Article, reading: Reading, focus: Focus) -> tuple[tuple[str | None, str], Mention | None]:
    """Whose view the sentence gives: "For Mayor X, the plan is …" -> X; else the subject of its first finite
    verb ("Mayor X described the claims as …"); a pronoun points back. ((None, ""), None) when it names no one."""
    tokens, text, words = reading.tokens, article.text, article.cast.words
    if tokens and tokens[0].text == "For":
        mention = chunk_from(tokens, 1, text, words)
        after = _after(tokens, mention.end) if mention else 0
        if mention is not None and mention.kind in ("person", "role") and after < len(tokens) \
                and tokens[after].text == ",":
            return resolve(article.cast, mention, focus), mention
    verb = next((p for p, t in enumerate(tokens) if t.is_finite_verb and not reading.quoted[p]), None)
    if verb is None:
        return (None, ""), None
    mention = subject_before(tokens, reading.quoted, verb, text, words)
    if mention is None or mention.kind == "thing":
        return (None, ""), None
    return resolve(article.cast, mention, focus), mention


def _after(tokens: list[Token], offset: int) -> int:
    return next((p for p, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _add_pointed_back_at(article: Article, number: int) -> None:
    """"The bridge costs twelve million. That was confirmed by Mayor X.": the sentence before is X's claim."""
    reading = article.readings[number]
    if number == 0 or not reading.tokens or reading.tokens[0].text not in ("That", "This"):
        return
    cue = next((a for a in article.attributed if a.reading == number and a.speaker and a.cue.index <= 4), None)
    previous = article.readings[number - 1]
    if cue is None or previous.sentence.paragraph != reading.sentence.paragraph or all(previous.quoted) \
            or any(p.start < previous.sentence.end and previous.sentence.start < p.end for p in article.proposals) \
            or any(q.start <= previous.sentence.start + 1 and q.end >= previous.sentence.end - 2
                   for q in article.quotes):
        return
    article.proposals.append(_proposal(article, previous.sentence.start, previous.sentence.end, cue.speaker,
                                       cue.role, "indirect", 0.6))


def _add_report(article: Article, reading: Reading, cue: Cue, mention: Mention | None, speaker: str,
                role: str) -> Mention | None:
    """Adds the reported clause the cue introduces; returns the clause's own subject ("Reuters reports that
    Mamata Banerjee rushed …": a later "she" is Banerjee)."""
    tokens = reading.tokens
    span = clause_after(tokens, reading.quoted, cue, mention)
    if span is None and (cue.kind == "according" or cue.index > len(tokens) // 2):
        span = (clause_before(tokens, reading.quoted, cue, mention) if cue.kind == "verb"
                else _according_before(tokens, cue))
    if span is None:
        return None
    start, end = tokens[span[0]].start, tokens[span[1] - 1].end
    if any(p.kind == "indirect" and p.start < end and start < p.end for p in article.proposals):
        return None
    confidence = 0.55 if cue.kind == "according" else 0.7
    article.proposals.append(_proposal(article, start, end, speaker, role, "indirect", confidence))
    verb = next((p for p in range(span[0], span[1]) if tokens[p].is_finite_verb and not reading.quoted[p]), None)
    return subject_before(tokens, reading.quoted, verb, article.text, article.cast.words) if verb else None


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
    """"the film “First They Killed My Father”", "a saying … that “every vote counts”", "a group called “…”",
    "the news agency “Sample Press”"; but "called the report a “hoax”" and "described it as “baseless”" predicate."""
    sentence_start = max(text.rfind(". ", 0, quote.start), text.rfind("\n", 0, quote.start)) + 1
    before = re.findall(r"[\w\-]+|:", text[max(sentence_start, quote.start - 60):quote.start])
    if before and before[-1].lower() in ("a", "an", "as", "of"):
        return False
    if before and before[-1] == ":":
        if quote.is_sentence and quote.text.rstrip()[-1:] in ".!?":
            return False  # "spoke about the new film: “We are proud of every scene.”" is speech
        return quote.words <= 8 and any(w.lower() in TITLE_CUE_WORDS for w in before[-9:-1])
    for position, word in enumerate(before[-4:]):
        if word.lower() in TITLE_CUE_WORDS or word.lower() in ("calls", "call") and before[-4:][position + 1:][:1] \
                in (["itself"], ["themselves"], ["himself"], ["herself"]):
            return True
        if word.lower() == "called" and position == len(before[-4:]) - 1:
            return True
    if any(w.lower() in ("name", "title", "motto") for w in before[-6:]) and any(
            w.lower() in ("is", "was") for w in before[-3:]):
        return True  # "the scientific name is therefore “…”"
    return _looks_like_a_name(quote)


def _looks_like_a_name(quote: Quote) -> bool:
    """"Sample Press", "Doctors without Borders", "Samplenet": every word capitalised (but small joining words),
    and no sentence."""
    words = re.findall(r"[\w\-]+", quote.text)
    small = {"of", "the", "and", "for", "without", "by", "on", "in", "de", "la"}
    return bool(words) and quote.text.rstrip()[-1:] not in ".!?," and quote.words <= 8 \
        and words[0][:1].isupper() and all(w[:1].isupper() or w.isdigit() or w in small for w in words)


def _paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, end if end >= 0 else len(text)


def _reading_at(article: Article, position: int) -> int | None:
    return next((n for n, r in enumerate(article.readings) if r.sentence.start <= position < r.sentence.end + 1), None)


def by_tail_cue(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
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


def by_head_cue(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
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


def by_cue_of_its_sentence(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """A quote opening its sentence takes the cue after it; one inside a clause the cue that introduced it."""
    if _opens_its_sentence(article, quote):
        return by_tail_cue(article, quote, done) or by_head_cue(article, quote, done)
    return by_head_cue(article, quote, done) or by_tail_cue(article, quote, done)


def by_split_quote(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"…," she said. "…": the second part of a quote split by its attribution is the same speaker's."""
    if not done:
        return None
    previous, speaker, role, _ = done[-1]
    paragraph_start, _ = _paragraph_bounds(article.text, quote.start)
    if previous.end < paragraph_start or not speaker:
        return None
    between = article.text[previous.end:quote.start]
    cues = [a for a in article.attributed if previous.end <= a.cue.start < quote.start]
    if len(between) <= 80 and len(cues) <= 1 and re.search(r"[.,:;!?]\s*[“\"]$", between):
        return speaker, role, 0.85
    return None


def by_running_quote(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """A paragraph that carries on the quote of the paragraph before carries on its speaker."""
    if quote.continued and done and done[-1][1]:
        return done[-1][1], done[-1][2], 0.8
    return None


def by_introducing_colon(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"… issued the following statement today: "…"": the subject of the sentence that ends in a colon."""
    before = article.text[max(0, quote.start - 4):quote.start - 1].rstrip()
    if not before.endswith(":"):
        return None
    number = _reading_at(article, quote.start - 3)
    if number is None:
        return None
    speaker, role = article.subjects[number]
    return (speaker, role, 0.7) if speaker else None


def by_recent_speaker(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """A quote standing alone after a sentence in which someone spoke: theirs."""
    if not quote.is_sentence:
        return None
    number = _reading_at(article, quote.start)
    if number is None or number == 0:
        return None
    paragraph = article.readings[number].sentence.paragraph
    earlier = [n for n in range(number - 1, max(-1, number - 4), -1)
               if article.readings[n].sentence.paragraph >= paragraph - 1]
    for n in earlier:  # someone who spoke in the paragraph before ("… issued the following statement …")
        spoken = [a for a in article.attributed if a.reading == n and a.speaker and a.mention is not None
                  and a.mention.kind != "pronoun"]
        if spoken:
            return spoken[0].speaker, spoken[0].role, 0.6
    if earlier and article.subjects[earlier[0]][0]:
        return (*article.subjects[earlier[0]], 0.5)
    return None


def by_name_right_before(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"Director Anna Example (“The club has earned the cup.”)", "and Minister Carl Sample: “…”": a name and a
    bracket or colon, no verb between."""
    number = _reading_at(article, quote.start)
    if number is None:
        return None
    reading = article.readings[number]
    mark = max([p for p, t in enumerate(reading.tokens) if t.start < quote.start - 1 and not reading.quoted[p]],
               default=None)
    if mark is None or reading.tokens[mark].text not in ("(", ":") or mark == 0:
        return None
    mention = chunk_around(reading.tokens, mark - 1, article.text, article.cast.words)
    if mention is None or not mention.name or any(
            t.is_finite_verb for t in reading.tokens[mark - 1:mark] if not t.is_proper):
        return None
    speaker, role = resolve(article.cast, mention, Focus())
    return speaker, role, 0.75


def by_pointing_back(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"“We are staying here”. That was admitted by Mayor X.": the quote is X's."""
    number = _reading_at(article, quote.end)
    following = number + 1 if number is not None else None
    if following is None or following >= len(article.readings):
        return None
    reading = article.readings[following]
    if not reading.tokens or reading.tokens[0].text not in ("That", "This"):
        return None
    cue = next((a for a in article.attributed if a.reading == following and a.speaker and a.cue.index <= 4), None)
    return (cue.speaker, cue.role, 0.6) if cue else None


def by_sentence_subject(article: Article, quote: Quote, done) -> tuple[str | None, str, float] | None:
    """"Mayor X spoke of a “deliberate campaign”", "The council described the claims as “baseless”", "For Mayor X,
    the plan is “untenable”": a phrase the sentence's subject judges with is the subject's wording."""
    number = _reading_at(article, quote.start)
    if number is None or _opens_its_sentence(article, quote):
        return None
    speaker, role = article.holders[number]
    return (speaker, role, 0.55) if speaker else None


QUOTE_STRATEGIES = (by_cue_of_its_sentence, by_name_right_before, by_split_quote, by_running_quote,
                    by_pointing_back, by_introducing_colon, by_sentence_subject, by_recent_speaker)


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
