"""How alike two claims' words are, and the keys that find alike claims without reading them all.

Both work on the text as the claims app folds it (claims.text.normalise_claim_text), so
case, accents and punctuation never make two claims look different.

- `resemblance(a, b)` is the one score, on every database: the larger of RapidFuzz's
  normalised Indel similarity (a word or two changed) and its partial ratio, the best
  alignment of the shorter text inside the longer (a shortened quote, a quote inside a
  longer one), the latter only when the shorter text has MIN_CONTAINED_WORDS words, so
  "We will see." is not a duplicate of every long claim that contains it.
- `fingerprints(text)` are the winnowed hashes of the text's word 3-grams (Schleimer,
  Wilkerson and Aiken, "Winnowing", SIGMOD 2003): the smallest hash in every window of
  WINDOW consecutive 3-grams. Two texts that share a run of WINDOW + 2 words share a
  fingerprint, whatever surrounds it, which is what a shortened quote, a quote inside a
  longer one and a quote with a word changed every few words have in common.
"""
import zlib

from rapidfuzz import fuzz

from factbase.claims.text import normalise_claim_text

SHINGLE_WORDS = 3
WINDOW = 3  # a shared run of 5 words is always found
MIN_CONTAINED_WORDS = 6


def normalised(text: str) -> str:
    return normalise_claim_text(text)


def resemblance(a: str, b: str) -> float:
    """0..1 for two normalised texts."""
    if not a or not b:
        return 0.0
    score = fuzz.ratio(a, b)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(longer) > 1.2 * len(shorter) and shorter.count(" ") + 1 >= MIN_CONTAINED_WORDS:
        score = max(score, fuzz.partial_ratio(shorter, longer, score_cutoff=score))
    return round(score / 100, 4)


def fingerprints(text: str) -> set[int]:
    """The winnowed 3-gram hashes of a normalised text (a text of fewer words: its own hash)."""
    words = text.split()
    if len(words) < SHINGLE_WORDS:
        return {_hash(text)} if text else set()
    hashes = [_hash(" ".join(words[i:i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)]
    if len(hashes) <= WINDOW:
        return {min(hashes)}
    return {min(hashes[i:i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def _hash(shingle: str) -> int:
    # crc32 is stable across processes (hash() is salted) and fits an integer column; a rare
    # collision only adds a candidate that the score then turns down.
    return zlib.crc32(shingle.encode()) - 2**31
