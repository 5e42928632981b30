"""Near-duplicate finding on SYNTHETIC claims: precision and recall of the proposed pairs,
the time to find one new claim's duplicates, and the batch time.

usage: python -m bench.duplicates.run --n 1000000 [--database h15dup_bench | --sqlite PATH]

Everything is made up: speakers "Speaker 00042" (Zipf-skewed), sentences of pseudo-words
built from syllables (a Zipf-distributed vocabulary of 60,000, so word and trigram
frequencies look like a real archive's rather than like a 200-word list's). The generator
plants near-duplicates and remembers them: for 1% of the claims a variant, shortened
(60-85% of the words kept), with one or two words changed, or quoted inside a longer
sentence; 70% by the same speaker. A fresh database is migrated (not timed), claims are
COPYed in without signals (not timed), then `duplicates_find` (the find_duplicates
command's work: index and propose) is timed, and pairs are compared with the planted ones.
Prints one JSON line.
"""
import argparse
import json
import os
import random
import statistics
import sys
import time
from bisect import bisect
from itertools import accumulate

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ei", "au")]


def vocabulary(rng: random.Random, size: int = 60_000) -> tuple[list[str], list[float]]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choices(SYLLABLES, k=rng.choice((1, 2, 2, 3, 3, 4)))))
    words = sorted(words)
    rng.shuffle(words)
    return words, list(accumulate(1 / rank for rank in range(1, size + 1)))


def sentence(rng, vocab, low=8, high=30) -> list[str]:
    words, weights = vocab
    return [words[bisect(weights, rng.random() * weights[-1])] for _ in range(rng.randint(low, high))]


def variant(rng, vocab, words: list[str]) -> tuple[str, list[str]]:
    kind = rng.choice(("shortened", "changed", "inside"))
    if kind == "shortened":
        keep = max(6, round(len(words) * rng.uniform(0.6, 0.85)))
        start = rng.randint(0, len(words) - keep)
        return kind, words[start:start + keep]
    if kind == "changed":
        changed = list(words)
        for position in rng.sample(range(len(words)), rng.choice((1, 2))):
            changed[position] = sentence(rng, vocab, 1, 1)[0]
        return kind, changed
    return kind, sentence(rng, vocab, 2, 8) + words + sentence(rng, vocab, 0, 8)


def generate(n: int, seed: int = 42):
    """(claims as (id, speaker_id, text), planted pairs {(id, id)}, held-out variants for the one-claim timing)."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    speakers = max(100, n // 50)
    speaker_weights = list(accumulate(1 / rank**1.1 for rank in range(1, speakers + 1)))
    claims, planted, kinds = [], set(), {}
    held_out = []
    while len(claims) < n:
        speaker = bisect(speaker_weights, rng.random() * speaker_weights[-1]) + 1
        words = sentence(rng, vocab)
        claims.append((len(claims) + 1, speaker, " ".join(words).capitalize() + "."))
        if rng.random() < 0.01:
            kind, words2 = variant(rng, vocab, words)
            other = speaker if rng.random() < 0.7 else rng.randrange(1, speakers + 1)
            text = " ".join(words2).capitalize() + "."
            if len(held_out) < 200 and rng.random() < 0.1:
                held_out.append((claims[-1][0], other, text))
                continue
            claims.append((len(claims) + 1, other, text))
            planted.add((claims[-2][0], claims[-1][0]))
            kinds[(claims[-2][0], claims[-1][0])] = kind
    return claims[:n], {p for p in planted if p[1] <= n}, kinds, held_out, speakers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--database", default="h15dup_bench", help="PostgreSQL database (made afresh)")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--sqlite", help="a SQLite file instead (made afresh)")
    args = parser.parse_args()
    if args.sqlite:
        if os.path.exists(args.sqlite):
            os.unlink(args.sqlite)
        os.environ["DATABASE_URL"] = f"sqlite:///{os.path.abspath(args.sqlite)}"
    else:
        import psycopg
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{args.database}"')
            admin.execute(f'CREATE DATABASE "{args.database}"')
        os.environ["DATABASE_URL"] = f"{args.server}/{args.database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factbase.settings")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from factbase.claims.bulk import copy_rows
    from factbase.claims.models import Claim, Speaker
    from factbase.claims.text import claim_text_hash, name_key
    from factbase.duplicates.finding import similar_claims
    from factbase.duplicates.models import DuplicatePair
    from factbase.duplicates.services import duplicates_find

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    claims, planted, kinds, held_out, speakers = generate(args.n)
    generated = time.perf_counter() - started
    now = timezone.now()
    copy_rows(Speaker, ["id", "name", "slug", "key", "kind", "description", "wikidata_id", "confirmed", "claim_count",
                        "created", "updated"],
              [(i, f"Speaker {i:05d}", f"speaker-{i:05d}", name_key(f"Speaker {i:05d}"), "person",
                "Synthetic speaker for the benchmark", "", True, 0, now, now) for i in range(1, speakers + 1)])
    seen = set()
    rows = []
    for pk, speaker, text in claims:
        if (speaker, claim_text_hash(text)) in seen:
            continue
        seen.add((speaker, claim_text_hash(text)))
        rows.append((pk, text, claim_text_hash(text), speaker, "", "direct", "", "", "en", "published", now, now))
    copy_rows(Claim, ["id", "text", "text_hash", "speaker_id", "said_on_precision", "kind", "role", "place",
                      "language", "status", "created", "updated"], rows)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT setval('claims_claim_id_seq', (SELECT max(id) FROM claims_claim))")
            cursor.execute("ANALYZE claims_claim")

    load = os.getloadavg()[0]
    started = time.perf_counter()
    indexed, proposed = duplicates_find()
    batch_seconds = time.perf_counter() - started
    found = set(DuplicatePair.objects.values_list("claim_a_id", "claim_b_id"))
    true_positives = found & planted
    recall_by_kind = {}
    for kind in ("shortened", "changed", "inside"):
        of_kind = {p for p in planted if kinds[p] == kind}
        recall_by_kind[kind] = round(len(of_kind & found) / max(1, len(of_kind)), 4)

    # One new claim: a held-out variant, searched as the save signal searches it (any speaker).
    timings, hits = [], 0
    for original, speaker, text in held_out:
        claim = Claim(pk=None, speaker_id=speaker, text=text)
        t = time.perf_counter()
        result = similar_claims(claim=claim)
        timings.append((time.perf_counter() - t) * 1000)
        hits += original in {s.claim_id for s in result}
    timings.sort()
    print(json.dumps({
        "n": args.n, "database": connection.vendor, "claims_loaded": len(rows), "planted_pairs": len(planted),
        "generate_seconds": round(generated, 1), "batch_seconds": round(batch_seconds, 1),
        "claims_indexed": indexed, "pairs_proposed": len(found),
        "precision": round(len(true_positives) / max(1, len(found)), 4),
        "recall": round(len(true_positives) / max(1, len(planted)), 4), "recall_by_kind": recall_by_kind,
        "one_claim_ms_median": round(statistics.median(timings), 2),
        "one_claim_ms_p90": round(timings[int(len(timings) * 0.9)], 2), "one_claim_searches": len(timings),
        "one_claim_recall": round(hits / max(1, len(held_out)), 4), "load_average_before": round(load, 2),
        "cpus": os.cpu_count(),
    }))


if __name__ == "__main__":
    main()
