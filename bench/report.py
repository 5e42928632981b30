"""The result of a run: targets checked, written as JSON and Markdown under bench/results/."""
import importlib.metadata
import json
import os
import platform
from pathlib import Path

TARGETS_DOC = {
    "vs_raw": "Factbase median <= 3x raw SQL",
    "vs_datasette": "Factbase median <= Datasette median",
    "deep_page": "page 101 median <= 1.3x page 1",
    "whole_table": "no request reads the whole claims table (rows read < N/2)",
    "quiz": "quiz sample median < 10 ms",
    "mixed_throughput": "mixed load: more req/s than Datasette",
    "mixed_errors": "mixed load: zero errors",
    "mixed_p99": "mixed load: p99 < 250 ms",
    "bulk_load": "1M claims loaded, indexed and searchable < 120 s",
    "duration": "whole benchmark < 15 minutes",
}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "memory_mb": memory,
            "os": platform.platform(), "python": platform.python_version()}


def versions(conninfo: str) -> dict:
    import sqlite3

    import datasette
    import django
    import psycopg

    with psycopg.connect(conninfo) as connection:
        postgres = connection.execute("show server_version").fetchone()[0]
    gunicorn = "gunicorn " + importlib.metadata.version("gunicorn")
    return {"postgresql": postgres, "sqlite": sqlite3.sqlite_version, "datasette": datasette.__version__,
            "django": django.__version__, "gunicorn": gunicorn}


def _target(name: str, scope: str, value: float, limit: float, met: bool, unit: str = "") -> dict:
    entry = {"target": TARGETS_DOC[name], "scope": scope, "value": round(value, 3), "limit": round(limit, 3),
             "unit": unit, "met": met}
    if not met:
        entry["missed_by"] = f"{value - limit:+.2f}{unit} ({value / limit:.2f}x the limit)" if limit else "n/a"
    return entry


VARIANTS = {"factbase": "", "factbase_cached": " (+ cache)"}  # Factbase without and with the response cache


def check_targets(result: dict) -> list[dict]:
    """Every target of issue 6, met or missed by how much, for Factbase without and (where
    it was measured) with the Redis response cache."""
    targets, n = [], result["n"]
    scenarios = {s["key"]: s for s in result["scenarios"]}
    mixed = result.get("mixed", {})
    for name, label in VARIANTS.items():
        if not any(name in s for s in scenarios.values()):
            continue
        for key, s in scenarios.items():
            f = s[name]["median_ms"]
            targets.append(_target("vs_raw", key + label, f, 3 * s["raw_sql"]["median_ms"],
                                   f <= 3 * s["raw_sql"]["median_ms"], " ms"))
            if s.get("datasette"):
                targets.append(_target("vs_datasette", key + label, f, s["datasette"]["median_ms"],
                                       f <= s["datasette"]["median_ms"], " ms"))
        if "1a" in scenarios and "2" in scenarios:
            page1, page101 = scenarios["1a"][name]["median_ms"], scenarios["2"][name]["median_ms"]
            targets.append(_target("deep_page", "2 vs 1a" + label, page101, 1.3 * page1, page101 <= 1.3 * page1,
                                   " ms"))
        if "5" in scenarios:
            quiz = scenarios["5"][name]["median_ms"]
            targets.append(_target("quiz", "5" + label, quiz, 10, quiz < 10, " ms"))
        if name in mixed:
            fb = mixed[name]
            if "datasette" in mixed:
                ds = mixed["datasette"]["req_per_s"]
                targets.append(_target("mixed_throughput", "8" + label, fb["req_per_s"], ds, fb["req_per_s"] > ds,
                                       " req/s"))
            targets.append(_target("mixed_errors", "8" + label, fb["errors"], 0, fb["errors"] == 0))
            targets.append(_target("mixed_p99", "8" + label, fb["p99_ms"], 250, fb["p99_ms"] < 250, " ms"))
    for key, s in scenarios.items():
        targets.append(_target("whole_table", key, s["claim_rows_read"], n / 2, s["claim_rows_read"] < n / 2,
                               " rows"))
    load = result["load"]["postgres"]["total"]
    scope = "bulk load" if n >= 1_000_000 else f"bulk load at N={n:,} (target is for 1M)"
    targets.append(_target("bulk_load", scope, load, 120, load < 120, " s"))
    if "duration_s" in result:
        targets.append(_target("duration", "make bench", result["duration_s"], 900, result["duration_s"] < 900, " s"))
    for entry in targets:
        if entry["target"] == TARGETS_DOC["vs_raw"] and not entry["met"]:
            entry["missed_by"] = f"{entry['value'] / (entry['limit'] / 3):.2f}x raw (limit 3x)"
    return targets


def markdown(result: dict) -> str:
    m, v = result["machine"], result["versions"]
    lines = [
        f"# Factbase benchmark, N = {result['n']:,} synthetic claims",
        "",
        f"{result['date']} · {m['cpu']}, {m['cores']} cores, {m['memory_mb'] // 1024} GB · PostgreSQL "
        f"{v['postgresql']}, SQLite {v['sqlite']}, Datasette {v['datasette']}, Django {v['django']}, {v['gunicorn']}",
        "",
        f"Synthetic data (made-up speakers, sources and word-list text). Medians and p95 of {result['repeat']} runs "
        f"(at least 5 for a target that needs over 20 s) after {result['warmup']} warm-up runs; the targets "
        "take turns in each run, in a shuffled order. A request that follows another target's slow one finds "
        "its server idle and pays to wake it (bench/README.md), which weighs most where Datasette is slow "
        "(6a, 6b). Raw SQL replays the statements the API request sends (captured from its querysets) over "
        "psycopg.",
        "",
        "| scenario | Factbase median | p95 | raw SQL median | p95 | Datasette median | p95 | Factbase/raw | "
        "Factbase/Datasette | Factbase + cache median | p95 | + cache/raw | + cache/Datasette | queries | "
        "claim rows read |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in result["scenarios"]:
        f, r, d, c = s["factbase"], s["raw_sql"], s.get("datasette"), s.get("factbase_cached")
        lines.append(
            f"| {s['key']} {s['title']} | {f['median_ms']:.1f} ms | {f['p95_ms']:.1f} | {r['median_ms']:.2f} ms | "
            f"{r['p95_ms']:.2f} | " + (f"{d['median_ms']:.1f} ms | {d['p95_ms']:.1f} | " if d else "– | – | ")
            + f"{s['ratio_raw']:.1f}× | " + (f"{s['ratio_datasette']:.2f}× | " if d else "– | ")
            + (f"{c['median_ms']:.2f} ms | {c['p95_ms']:.2f} | {s['ratio_raw_cached']:.2f}× | "
               + (f"{s['ratio_datasette_cached']:.2f}× | " if d else "– | ") if c else "– | – | – | – | ")
            + f"{len(s['sql'])} | {s['claim_rows_read']:,} |"
        )
    mixed = result.get("mixed")
    if mixed:
        first = next(iter(mixed.values()))
        lines += ["", f"## Mixed read load: {first['clients']} concurrent clients, {result['mixed_seconds']} s", "",
                  "| target | req/s | p50 ms | p95 ms | p99 ms | requests | errors |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for name, r in mixed.items():
            lines.append(f"| {name} | {r['req_per_s']:.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
                         f"{r['p99_ms']:.1f} | {r['requests']:,} | {r['errors']} |")
    load = result["load"]
    pg = load["postgres"]
    lines += ["", "## Loading", "",
              f"- generating the synthetic rows: {load['generate']:.1f} s",
              f"- PostgreSQL, loaded, indexed and searchable: **{pg['total']:.1f} s** (COPY {pg['copy']:.1f} s, "
              f"verdicts {pg['verdicts']:.1f} s, indexes and constraints {pg['indexes']:.1f} s, vacuum analyze "
              f"{pg['analyze']:.1f} s, speaker and topic stats {pg['speaker_stats']:.1f} s; "
              f"migrate {pg['migrate']:.1f} s before)",
              f"- SQLite for Datasette, with indexes and FTS5: {load['sqlite']:.1f} s"]
    if "duration_s" in result:
        lines.append(f"- whole benchmark: {result['duration_s'] / 60:.1f} minutes")
    lines += ["", "## Targets", "", "| target | scope | value | limit | result |", "|---|---|---:|---:|---|"]
    for t in result["targets"]:
        verdict = "met" if t["met"] else f"**missed** by {t['missed_by']}"
        lines.append(f"| {t['target']} | {t['scope']} | {t['value']:g}{t['unit']} | {t['limit']:g}{t['unit']} | "
                     f"{verdict} |")
    if result.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {note}" for note in result["notes"]]
    return "\n".join(lines) + "\n"


def write(result: dict, directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"bench-{result['n']}-{result['date'][:16].replace(':', '')}"
    json_path, md_path = directory / f"{stem}.json", directory / f"{stem}.md"
    json_path.write_text(json.dumps(result, indent=2, default=str) + "\n")
    md_path.write_text(markdown(result))
    return json_path, md_path
