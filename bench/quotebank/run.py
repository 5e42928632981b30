"""Time loading a SYNTHETIC Quotebank file into a fresh PostgreSQL database.

usage: python bench/quotebank/run.py [--rows 1000000] [--mode bulk|batches] [--keep-file]

Makes the file with generate.py (made-up speakers and words; not timed), creates the
database afresh and migrates it (not timed), then times
`manage.py import_articles FILE` (with --rebuild-indexes in bulk mode) until the claims
are loaded, indexed and committed, and checks a full-text search finds them with the
GIN index. Prints one JSON line; copy the figures into RESULTS.md.
"""
import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--mode", choices=["bulk", "batches"], default="bulk")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="factbase_quotebank_bench")
    parser.add_argument("--file", type=Path, help="default: /tmp/quotebank-synthetic-ROWS.jsonl")
    parser.add_argument("--keep-file", action="store_true")
    args = parser.parse_args()

    path = args.file or Path(f"/tmp/quotebank-synthetic-{args.rows}.jsonl")
    if not path.exists():
        subprocess.run([PYTHON, str(REPO / "bench/quotebank/generate.py"), str(path), "--rows", str(args.rows)],
                       check=True)
    with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{args.database}"')
        admin.execute(f'CREATE DATABASE "{args.database}"')
    url = f"{args.server}/{args.database}"
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=REPO, env=env, check=True)

    command = [PYTHON, "manage.py", "import_articles", str(path)]
    if args.mode == "bulk":
        command.append("--rebuild-indexes")
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    phases = {}  # seconds until the progress bar first named each phase of the bulk load
    with subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as process:
        while chunk := process.stderr.read1(4096):
            for phase in ("storing", "indexing"):
                if phase not in phases and f": {phase}".encode() in chunk:
                    phases[phase] = round(time.perf_counter() - started, 1)
    if process.returncode:
        raise SystemExit(f"import_articles failed with exit code {process.returncode}")
    seconds = time.perf_counter() - started
    load_after = os.getloadavg()[0]

    with psycopg.connect(url) as conn:
        claims = conn.execute("SELECT count(*) FROM claims_claim").fetchone()[0]
        appearances = conn.execute("SELECT count(*) FROM claims_appearance").fetchone()[0]
        sources = conn.execute("SELECT count(*) FROM claims_source").fetchone()[0]
        # A search as the API runs it (a phrase, a page of 20), and how many claims match in all.
        where = ("search_vector @@ websearch_to_tsquery('pg_catalog.english', "
                 "factbase_unaccent('\"rail budget\" inflation'))")
        query = f"SELECT id, text FROM claims_claim WHERE {where} ORDER BY id DESC LIMIT 20"
        count = f"SELECT count(*) FROM claims_claim WHERE {where}"
        searched = time.perf_counter()
        conn.execute(query).fetchall()
        search_ms = (time.perf_counter() - searched) * 1000
        counted = time.perf_counter()
        found = conn.execute(count).fetchone()[0]
        count_ms = (time.perf_counter() - counted) * 1000
        plan = "\n".join(row[0] for row in conn.execute("EXPLAIN " + count))
    if not args.keep_file and args.file is None:
        path.unlink()
    print(json.dumps({
        "rows": args.rows, "mode": args.mode, "seconds": round(seconds, 1),
        "quotations_per_second": round(args.rows / seconds), "claims": claims, "appearances": appearances,
        "sources": sources, "search_hits": found, "search_page_ms": round(search_ms, 1),
        "search_count_ms": round(count_ms, 1),
        "search_uses_gin_index": "claim_search_vector" in plan, "cpus": os.cpu_count(),
        "phases_started_at": phases, "load_average_before": round(load_before, 2),
        "load_average_after": round(load_after, 2),
    }))


if __name__ == "__main__":
    main()
