"""SYNTHETIC benchmark data: made-up speakers ("Speaker 00042"), made-up sources and
nonsense text drawn from a German and English word list. Nothing here is a real quote.

`generate(n, seed)` is deterministic: the same n and seed give the same rows, whichever
loader (PostgreSQL, SQLite) consumes them and however many processes build them.

Shape, chosen to look like a real claims archive:
- 20,000 speakers with a Zipf skew: Speaker 00001 says about 14% of everything, the tail
  speakers a handful of claims each;
- 50,000 sources, 200 topics (one to three per claim, skewed), 1.2 appearances per claim;
- dates over 15 years (2011-2025): 80% known to the day, 12% to the month, 5% to the
  year, 3% undated;
- 95% published, 4% drafts, 1% retracted; a fifth of the claims reviewed.
"""
import datetime as dt
import itertools
import random
from bisect import bisect
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from factbase.claims.text import claim_text_hash, name_key

from .wordlist import CONTENT_WORDS, FUNCTION_WORDS

SPEAKERS = 20_000  # at 1,000,000 claims; fewer for a small n (see catalogue_size)
SOURCES = 50_000
TOPICS = 200
FIRST_DAY = dt.date(2011, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1
CHUNK = 50_000  # claims per generator task; fixed so the output does not depend on the worker count
CREATED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

RATINGS = ["true", "mostly-true", "half-true", "mostly-false", "false", "pants-on-fire", "unverifiable"]
ATTRIBUTIONS = ["verified", "verified", "verified", "altered", "out-of-context", "misattributed", "unverified"]

SPEAKER_FIELDS = ["id", "name", "slug", "key", "kind", "description", "wikidata_id", "confirmed",
                  "claim_count", "created", "updated"]
TOPIC_FIELDS = ["id", "name", "slug"]
SOURCE_FIELDS = ["id", "title", "url", "outlet", "language", "published_on", "published_on_precision",
                 "text", "text_hash", "created"]
CLAIM_FIELDS = ["id", "text", "text_hash", "speaker_id", "said_on", "said_on_precision", "kind", "role",
                "place", "language", "status", "created", "updated"]
CLAIM_TOPIC_FIELDS = ["claim_id", "topic_id"]
APPEARANCE_FIELDS = ["claim_id", "source_id", "context", "start", "end", "printed_text", "confidence", "created"]
REVIEW_FIELDS = ["id", "claim_id", "rating", "attribution", "explanation", "evidence_links", "reviewed_on",
                 "published", "created"]


def catalogue_size(n: int) -> tuple[int, int]:
    """(speakers, sources) for n claims: the full catalogue from a million claims on,
    scaled down for the tiny runs the test suite makes."""
    return min(SPEAKERS, max(100, n // 50)), min(SOURCES, max(100, n // 20))


@dataclass
class Dataset:
    n: int
    seed: int
    topics: list = field(default_factory=list)
    speakers: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    claim_topics: list = field(default_factory=list)
    appearances: list = field(default_factory=list)
    reviews: list = field(default_factory=list)


def zipf_cumulative(count: int, exponent: float) -> list[float]:
    return list(itertools.accumulate(1 / rank**exponent for rank in range(1, count + 1)))


def search_words() -> tuple[str, str]:
    """Two English content words that occur together in about 0.3% of claims."""
    return CONTENT_WORDS["en"][9].lower(), CONTENT_WORDS["en"][19].lower()


def _partial_date(rng: random.Random) -> tuple[dt.date | None, str]:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    roll = rng.random()
    if roll < 0.80:
        return day, "day"
    if roll < 0.92:
        return day.replace(day=1), "month"
    if roll < 0.97:
        return day.replace(month=1, day=1), "year"
    return None, ""


def _vocabulary(language: str) -> tuple[list[str], list[float]]:
    """All words of a language with cumulative weights: 40% content words, 60% function
    words, each part Zipf-distributed."""
    content = zipf_cumulative(len(CONTENT_WORDS[language]), 0.8)
    function = zipf_cumulative(len(FUNCTION_WORDS[language]), 1.0)
    weights = [0.4 * w / content[-1] for w in content] + [0.4 + 0.6 * w / function[-1] for w in function]
    return CONTENT_WORDS[language] + FUNCTION_WORDS[language], weights


def _sentence(rng: random.Random, vocabulary: tuple[list[str], list[float]]) -> str:
    words = rng.choices(vocabulary[0], cum_weights=vocabulary[1], k=rng.randint(8, 22))
    return words[0][:1].upper() + words[0][1:] + " " + " ".join(words[1:]) + rng.choice(".....!?")


def _claims_chunk(args) -> tuple[list, list, list, list]:
    """Claims first_id..first_id+count-1 with their topics, appearances and reviews."""
    seed, first_id, count, speakers, sources = args
    rng = random.Random(f"{seed}-claims-{first_id}")
    speaker_weights = zipf_cumulative(speakers, 1.1)
    topic_weights = zipf_cumulative(TOPICS, 0.9)
    source_weights = zipf_cumulative(sources, 0.7)
    vocabularies = {language: _vocabulary(language) for language in ("de", "en")}
    claims, claim_topics, appearances, reviews = [], [], [], []
    for claim_id in range(first_id, first_id + count):
        speaker_id = bisect(speaker_weights, rng.random() * speaker_weights[-1]) + 1
        language = "de" if rng.random() < 0.5 else "en"
        text = _sentence(rng, vocabularies[language])
        said_on, precision = _partial_date(rng)
        roll = rng.random()
        status = "published" if roll < 0.95 else "draft" if roll < 0.99 else "retracted"
        kind = "direct" if rng.random() < 0.7 else "indirect"
        claims.append((claim_id, text, claim_text_hash(text), speaker_id, said_on, precision, kind, "", "",
                       language, status, CREATED, CREATED))
        for topic_id in {bisect(topic_weights, rng.random() * topic_weights[-1]) + 1 for _ in range(rng.randint(1, 3))}:
            claim_topics.append((claim_id, topic_id))
        for source_id in {bisect(source_weights, rng.random() * source_weights[-1]) + 1
                          for _ in range(1 if rng.random() < 0.8 else 2)}:
            appearances.append((claim_id, source_id, "", None, None, "", None, CREATED))
        if rng.random() < 0.2:
            reviewed_on = (said_on or FIRST_DAY) + dt.timedelta(days=rng.randrange(1, 60))
            reviews.append((claim_id, claim_id, rng.choice(RATINGS), rng.choice(ATTRIBUTIONS),
                            "Synthetic review for the benchmark.", "[]", reviewed_on, rng.random() < 0.9, CREATED))
    return claims, claim_topics, appearances, reviews


def generate(n: int, seed: int = 42, workers: int = 2) -> Dataset:
    """The whole synthetic data set for `n` claims."""
    data = Dataset(n=n, seed=seed)
    rng = random.Random(f"{seed}-catalogue")
    data.topics = [(i, f"Topic {i:03d}", f"topic-{i:03d}") for i in range(1, TOPICS + 1)]
    speakers, sources = catalogue_size(n)
    for i in range(1, speakers + 1):
        name = f"Speaker {i:05d}"
        kind = "organisation" if i % 10 == 0 else "person"
        data.speakers.append((i, name, f"speaker-{i:05d}", name_key(name), kind, "Synthetic speaker for the benchmark",
                              "", True, 0, CREATED, CREATED))
    for i in range(1, sources + 1):
        published_on, precision = _partial_date(rng)
        data.sources.append((i, f"Synthetic source {i:05d}", f"https://synthetic.example/source/{i:05d}",
                             f"Synthetic Outlet {i % 300:03d}", rng.choice(["de", "en"]), published_on,
                             precision, "", "", CREATED))
    tasks = [(seed, first, min(CHUNK, n - first + 1), speakers, sources) for first in range(1, n + 1, CHUNK)]
    if workers > 1 and len(tasks) > 1:
        with ProcessPoolExecutor(workers) as pool:
            chunks = list(pool.map(_claims_chunk, tasks))
    else:
        chunks = [_claims_chunk(task) for task in tasks]
    seen = set()
    for claims, claim_topics, appearances, reviews in chunks:
        for row in claims:
            # The database keeps text unique per speaker: reword the rare random repeat.
            while (row[3], row[2]) in seen:
                text = row[1] + (" ja" if row[9] == "de" else " yes")
                row = (row[0], text, claim_text_hash(text), *row[3:])
            seen.add((row[3], row[2]))
            data.claims.append(row)
        data.claim_topics += claim_topics
        data.appearances += appearances
        data.reviews += reviews
    return data
