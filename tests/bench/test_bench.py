"""The benchmark works end to end at a tiny N. It measures nothing here: speed is
judged from `make bench` runs, never asserted in tests."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SERVER = os.getenv("BENCH_TEST_SERVER", "postgres://postgres@127.0.0.1:5432")
REDIS = os.getenv("BENCH_TEST_REDIS", "redis://127.0.0.1:6379/12")


def postgres_reachable() -> bool:
    try:
        psycopg.connect(f"{SERVER}/postgres", connect_timeout=3).close()
        return True
    except psycopg.Error:
        return False


def redis_reachable() -> bool:
    import redis

    try:
        return redis.Redis.from_url(REDIS, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return False


pytestmark = [
    pytest.mark.skipif(not postgres_reachable(), reason=f"the benchmark needs PostgreSQL at {SERVER}"),
    pytest.mark.skipif(not shutil.which("datasette", path=str(Path(sys.executable).parent)),
                       reason="datasette is not installed (pip install -r requirements-dev.txt)"),
]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One tiny run (2,000 synthetic claims, short timings) into its own database."""
    directory = tmp_path_factory.mktemp("bench")
    database = f"factbase_bench_test_{os.getpid()}"
    command = [sys.executable, "-m", "bench", "--n", "2000", "--database-url", f"{SERVER}/{database}",
               "--data", str(directory / "data"), "--results", str(directory / "results"),
               "--warmup", "1", "--repeat", "2", "--clients", "4", "--mixed-seconds", "2",
               "--redis-url", REDIS]
    try:
        completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    finally:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'drop database if exists "{database}" with (force)')
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    [result_file] = (directory / "results").glob("bench-2000-*.json")
    return json.loads(result_file.read_text()), completed.stdout, directory


def targets_measured():
    return ("factbase", "raw_sql", "datasette") + (("factbase_cached",) if redis_reachable() else ())


def test_every_scenario_is_timed_against_factbase_raw_sql_and_datasette(run):
    result, _, _ = run
    assert [s["key"] for s in result["scenarios"]] == ["1a", "1b", "2", "3a", "3b", "4", "5", "6a", "6b", "7"]
    for scenario in result["scenarios"]:
        for target in targets_measured():
            assert scenario[target]["median_ms"] > 0, (scenario["key"], target)
            assert scenario[target]["errors"] == 0, (scenario["key"], target)
        assert scenario["sql"], scenario["key"]


def test_the_mixed_load_runs_on_every_target_without_errors(run):
    result, _, _ = run
    assert set(result["mixed"]) == set(targets_measured())
    for name, mixed in result["mixed"].items():
        assert mixed["requests"] > 0 and mixed["errors"] == 0, name


def test_the_result_names_machine_size_date_and_every_target(run):
    result, stdout, directory = run
    assert result["n"] == 2000 and result["machine"]["cores"] >= 1 and result["date"]
    targets = {t["target"] for t in result["targets"]}
    assert {"Factbase median <= 3x raw SQL", "mixed load: p99 < 250 ms", "quiz sample median < 10 ms"} <= targets
    if redis_reachable():
        assert {"5 (+ cache)", "8 (+ cache)"} <= {t["scope"] for t in result["targets"]}
    assert all("missed_by" in t for t in result["targets"] if not t["met"])
    [markdown] = (directory / "results").glob("bench-2000-*.md")
    assert "| scenario | Factbase median |" in markdown.read_text()
    assert "Factbase/Datasette" in stdout


def test_the_data_is_synthetic_and_the_same_in_both_databases(run):
    import sqlite3

    result, _, directory = run
    with sqlite3.connect(directory / "data" / "factbase.db") as sqlite:
        claims = sqlite.execute("select count(*) from claims").fetchone()[0]
        names = {row[0] for row in sqlite.execute("select name from speakers limit 5")}
    assert claims == 2000
    assert all(name.startswith("Speaker ") for name in names)
    assert any("synthetic" in note.lower() for note in result["notes"])
