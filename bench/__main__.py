"""The Factbase benchmark: `make bench N=1000000` (or `python -m bench --n 1000000`).

Generates N synthetic claims, loads them into PostgreSQL (database factbase_bench,
dropped and created afresh) and into an SQLite file for Datasette, starts Factbase
under gunicorn (twice: without and, where Redis answers, with the Redis response cache)
and Datasette on loopback ports, times every scenario against Factbase, the raw SQL
Factbase sends, and Datasette, runs the mixed load, and writes the result to
bench/results/ as JSON and Markdown. See bench/README.md.
"""
import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent


def arguments(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="claims to generate (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--database-url", default=os.getenv("BENCH_DATABASE_URL",
                                                            "postgres://postgres@127.0.0.1:5432/factbase_bench"))
    parser.add_argument("--data", type=Path, default=HERE / "data", help="SQLite file, server logs")
    parser.add_argument("--results", type=Path, default=HERE / "results")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--mixed-seconds", type=float, default=60)
    parser.add_argument("--redis-url", default=os.getenv("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
                        help="a Redis database the run may flush, for Factbase with its response cache; "
                             "'' to leave that target out")
    parser.add_argument("--port-base", type=int, default=int(os.getenv("BENCH_PORT_BASE", "0")),
                        help="serve Factbase, Datasette and Factbase + cache on this port and the next two "
                             "(default: ports the system picks)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the databases of the previous run with the same N and seed (no reload)")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = arguments(argv)
    started = time.monotonic()
    load_average_at_start = os.getloadavg()
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factbase.settings")
    os.environ["API_ANON_THROTTLE"] = "100000000/second"
    import django

    django.setup()
    from . import capture, load_postgres, load_sqlite, measure, report, scenarios, servers, synthetic

    args.data.mkdir(parents=True, exist_ok=True)
    sqlite_path = args.data / "factbase.db"
    stamp_path = args.data / "loaded.json"
    stamp = json.loads(stamp_path.read_text()) if stamp_path.exists() else {}
    if args.reuse and stamp.get("n") == args.n and stamp.get("seed") == args.seed and sqlite_path.exists():
        print(f"Reusing the loaded databases (N={args.n:,})")
        load = stamp["load"]
    else:
        stamp_path.unlink(missing_ok=True)
        print(f"Generating {args.n:,} synthetic claims")
        t = time.perf_counter()
        data = synthetic.generate(args.n, args.seed)
        load = {"generate": time.perf_counter() - t}
        print(f"  {load['generate']:.1f} s")
        print(f"Loading PostgreSQL ({urlsplit(args.database_url).path.lstrip('/')})")
        load_postgres.recreate_database(args.database_url)
        load["postgres"] = load_postgres.load(data)
        print(f"  loaded, indexed and searchable in {load['postgres']['total']:.1f} s")
        print("Loading SQLite for Datasette")
        load["sqlite"] = load_sqlite.load(data, sqlite_path)
        del data
        stamp_path.write_text(json.dumps({"n": args.n, "seed": args.seed, "load": load}))

    p = scenarios.params()
    todo = scenarios.build(p)
    by_key = {s.key: s for s in todo}
    logs = args.data / "logs"
    cached = bool(args.redis_url) and servers.empty_redis(args.redis_url)
    if args.redis_url and not cached:
        print(f"No Redis at {args.redis_url}: Factbase is measured without its response cache only")
    with contextlib.ExitStack() as running:
        base = args.port_base
        fb_port = running.enter_context(servers.factbase(args.database_url, logs / "gunicorn.log",
                                                         port=base and base))
        ds_port = running.enter_context(servers.datasette(sqlite_path, logs / "datasette.log", port=base and base + 1))
        cached_port = cached and running.enter_context(
            servers.factbase(args.database_url, logs / "gunicorn-cached.log", redis_url=args.redis_url,
                             port=base and base + 2))
        factbase, datasette = measure.Http(fb_port), measure.Http(ds_port)
        # 100 pages deep, or as deep as a small run's top speaker goes.
        pages = min(100, max(1, (p.top_speaker.claim_count - 1) // 50))
        by_key["2"].title = f"speaker page {pages + 1} (cursor), top speaker"
        print(f"Walking {pages} pages deep for the cursor scenario")
        by_key["2"].factbase = deep_page(factbase, by_key["1a"].factbase, pages, lambda body: body["next"])
        by_key["2"].datasette = deep_page(datasette, by_key["1a"].datasette, pages, lambda body: body["next_url"])
        print("Capturing the SQL each API request sends")
        for s in todo:
            s.raw_sql = capture.api_sql(s.factbase)
        from django.conf import settings

        session_options = settings.DATABASES["default"].get("OPTIONS", {}).get("options", "")
        raw = measure.RawSql(args.database_url, session_options)
        clients = {
            "factbase": (factbase, lambda s: s.factbase),
            "raw_sql": (raw, lambda s: s.raw_sql),
            "datasette": (datasette, lambda s: s.datasette),
        }
        if cached:
            clients["factbase_cached"] = (measure.Http(cached_port), lambda s: s.factbase)
        print(f"Timing {len(todo)} scenarios: {args.warmup} warm-up + {args.repeat} runs each, "
              f"{len(clients)} targets")
        timings = measure.sequential(todo, clients, warmup=args.warmup, repeat=args.repeat)
        raw.close()
        mixed = {}
        if args.mixed_seconds > 0:
            loads = [
                ("factbase", lambda: measure.Http(fb_port), lambda s: s.factbase),
                ("raw_sql", lambda: measure.RawSql(args.database_url, session_options), lambda s: s.raw_sql),
                ("datasette", lambda: measure.Http(ds_port), lambda s: s.datasette),
            ]
            if cached:
                loads.append(("factbase_cached", lambda: measure.Http(cached_port), lambda s: s.factbase))
            for name, make_client, request in loads:
                print(f"Mixed load on {name}: {args.clients} clients, {args.mixed_seconds:g} s")
                mixed[name] = measure.mixed_load(make_client, [(request(s), s.weight) for s in todo],
                                                 clients=args.clients, seconds=args.mixed_seconds)
        for name in ("factbase", "factbase_cached"):
            if name in clients:
                clients[name][0].close()
        datasette.close()

    result = {
        "n": args.n, "seed": args.seed, "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": report.machine(), "versions": report.versions(args.database_url),
        "warmup": args.warmup, "repeat": args.repeat, "mixed_seconds": args.mixed_seconds,
        "load": load, "scenarios": [], "mixed": mixed,
        "notes": [
            "Data is SYNTHETIC: made-up speakers ('Speaker 00042'), sources and word-list text.",
            "Factbase runs the production configuration: gunicorn (gunicorn.conf.py), DEBUG=0, psycopg pool; "
            "the anonymous rate limit is lifted for the run.",
            "'Factbase' is the application path: no response cache, every request runs the view and its "
            "queries. 'Factbase + cache' is the same server configuration with REDIS_URL set, so whole public "
            "responses are kept in Redis: after the warm-up, the repeated requests of the sequential runs are "
            "cache hits (one Redis round trip, no SQL), which neither raw SQL nor Datasette has. Both are "
            "reported; the targets are checked for each.",
            "Datasette runs with its SQL time limit raised to 20 s so slow queries are measured, not cut off; "
            "it has no kept counts (group by) and no ranking in its table API (rank via ?sql=).",
        ],
    }
    for s in todo:
        t = timings[s.key]
        entry = {"key": s.key, "title": s.title, "factbase_request": s.factbase, "datasette_request": s.datasette,
                 "sql": s.raw_sql, "claim_rows_read": capture.claim_rows_read(s.raw_sql),
                 "factbase": t["factbase"], "raw_sql": t["raw_sql"], "datasette": t.get("datasette")}
        if "factbase_cached" in t:
            entry["factbase_cached"] = t["factbase_cached"]
        for name, suffix in (("factbase", ""), ("factbase_cached", "_cached")):
            if name in t:
                entry[f"ratio_raw{suffix}"] = t[name]["median_ms"] / t["raw_sql"]["median_ms"]
                if t.get("datasette"):
                    entry[f"ratio_datasette{suffix}"] = t[name]["median_ms"] / t["datasette"]["median_ms"]
        result["scenarios"].append(entry)
    result["duration_s"] = time.monotonic() - started
    result["load_average"] = {"start": load_average_at_start, "end": os.getloadavg()}
    result["notes"].append(
        "Load average (1, 5, 15 min) at start {:.1f} {:.1f} {:.1f}, at end {:.1f} {:.1f} {:.1f} on {} cores: "
        "other work on the machine slows all three targets alike.".format(
            *load_average_at_start, *os.getloadavg(), result["machine"]["cores"]))
    result["targets"] = report.check_targets(result)
    json_path, md_path = report.write(result, args.results)
    print(report.markdown(result))
    print(f"Written: {json_path.relative_to(Path.cwd()) if json_path.is_relative_to(Path.cwd()) else json_path}, "
          f"{md_path.name}")
    return 0


def deep_page(client, path: str, pages: int, next_of) -> str:
    """The request for page `pages + 1`, found by following `next` links from `path`."""
    for _ in range(pages):
        status, body = client.get(path)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        link = next_of(json.loads(body))
        if not link:
            raise RuntimeError(f"fewer than {pages + 1} pages behind {path}")
        parts = urlsplit(link)
        path = parts.path + ("?" + parts.query if parts.query else "")
    return path


if __name__ == "__main__":
    sys.exit(main())
