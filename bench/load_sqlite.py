"""Write the same synthetic rows to an SQLite file for Datasette, with the indexes and
the FTS5 table a Datasette user would add (sqlite-utils create-index, enable-fts)."""
import time
from pathlib import Path

import sqlite_utils

from . import synthetic

SCHEMA = {
    "topics": ({"id": int, "name": str, "slug": str}, None),
    "speakers": ({"id": int, "name": str, "slug": str, "kind": str, "description": str}, None),
    "sources": ({"id": int, "title": str, "url": str, "outlet": str, "language": str, "published_on": str,
                 "published_on_precision": str}, None),
    "reviews": ({"id": int, "claim_id": int, "rating": str, "attribution": str, "reviewed_on": str,
                 "published": int}, None),
    "claims": ({"id": int, "text": str, "speaker_id": int, "said_on": str, "said_on_precision": str, "kind": str,
                "language": str, "status": str, "verdict_id": int},
               [("speaker_id", "speakers", "id"), ("verdict_id", "reviews", "id")]),
}


def load(data: synthetic.Dataset, path: Path, log=print) -> float:
    """Create `path` afresh from `data`; returns the seconds it took."""
    started = time.perf_counter()
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")
    for table, (columns, foreign_keys) in SCHEMA.items():
        db[table].create(columns, pk="id", foreign_keys=foreign_keys)
    db["claim_topics"].create({"claim_id": int, "topic_id": int}, pk=("claim_id", "topic_id"))
    db["appearances"].create({"claim_id": int, "source_id": int}, pk=("claim_id", "source_id"))

    published_reviews = {row[1]: row[0] for row in data.reviews if row[7]}
    rows = {
        "topics": data.topics,
        "speakers": ((r[0], r[1], r[2], r[4], r[5]) for r in data.speakers),
        "sources": ((r[0], r[1], r[2], r[3], r[4], _iso(r[5]), r[6]) for r in data.sources),
        "reviews": ((r[0], r[1], r[2], r[3], _iso(r[6]), int(r[7])) for r in data.reviews),
        "claims": ((r[0], r[1], r[3], _iso(r[4]), r[5], r[6], r[9], r[10], published_reviews.get(r[0]))
                   for r in data.claims),
        "claim_topics": data.claim_topics,
        "appearances": ((r[0], r[1]) for r in data.appearances),
    }
    with db.conn:
        for table, table_rows in rows.items():
            width = len(db[table].columns)
            db.conn.executemany(f"insert into [{table}] values ({', '.join('?' * width)})", table_rows)
    db["claims"].create_index(["speaker_id", "said_on"])
    db["claims"].create_index(["said_on"])
    db["claims"].create_index(["status"])
    db["claim_topics"].create_index(["topic_id", "claim_id"])
    db["reviews"].create_index(["claim_id"])
    db["claims"].enable_fts(["text"], fts_version="FTS5")
    db.analyze()
    db.execute("pragma journal_mode = delete")
    seconds = time.perf_counter() - started
    log(f"  SQLite {path.name}: {seconds:.1f} s")
    return seconds


def _iso(value) -> str | None:
    return value.isoformat() if value else None
