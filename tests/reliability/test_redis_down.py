"""Check 6 (RELIABILITY.md): Redis unavailable. `make serve` with REDIS_URL at a redis-server of
this check's own (saving its data when stopped, so what it cached comes back with it); readers
and a writer (an editor's token, publishing claims) run for 28 s while Redis is down at the
start, up, stopped in the middle and started again. Every request must answer 2xx, and no
public read may miss a write acknowledged before the read began: not while Redis is away (the
cache passes through), not after it returns holding the version and entries of before."""
import http.client
import json
import threading
import time
from dataclasses import dataclass

import pytest

from .servers import editor_token, factbase_served, serve_env, throwaway_redis

DURATION = 28.0
# Redis is down before UP_AT[0], up until DOWN_AT, down again until UP_AT[1].
UP_AT = (5.0, 19.0)
DOWN_AT = 12.0
READERS = 6
READS_PER_SECOND = 5.0  # per reader
WRITE_EVERY = 0.5
SPEAKER = "speaker-redis-00001"
READS = [f"/api/speakers/{SPEAKER}/", f"/api/claims/?speaker={SPEAKER}&page_size=200"]

@dataclass
class Outcome:
    path: str
    started: float
    ended: float
    status: int | str
    seen: int = 0  # how many of the check's claims the read showed


def request(connection, method, path, body=None, headers=None):
    connection.request(method, path, body, headers or {})
    response = connection.getresponse()
    return response.status, response.read()


def reader(number: int, port: int, start: float, outcomes: list) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    sent = 0
    while (due := start + (sent + number / READERS) / READS_PER_SECOND) < start + DURATION:
        time.sleep(max(0.0, due - time.monotonic()))
        path = READS[sent % len(READS)]
        began = time.monotonic() - start
        try:
            status, body = request(connection, "GET", path)
            data = json.loads(body) if status == 200 else {}
            seen = data["claim_count"] if "claim_count" in data else len(data.get("results", []))
            outcomes.append(Outcome(path, began, time.monotonic() - start, status, seen))
        except (OSError, http.client.HTTPException) as exc:
            outcomes.append(Outcome(path, began, time.monotonic() - start, type(exc).__name__))
            connection.close()
        sent += 1


def writer(port: int, token: str, start: float, acknowledged: list, refused: list) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    sent = 0
    while (due := start + sent * WRITE_EVERY) < start + DURATION - 1:
        time.sleep(max(0.0, due - time.monotonic()))
        body = json.dumps({"speaker": SPEAKER, "text": f"Synthetic Redis-check claim {sent:04d}.",
                           "language": "en", "status": "published"})
        try:
            status, _ = request(connection, "POST", "/api/claims/", body,
                                {"Authorization": f"Token {token}", "Content-Type": "application/json"})
        except (OSError, http.client.HTTPException) as exc:
            status = type(exc).__name__
            connection.close()
        (acknowledged if status == 201 else refused).append((time.monotonic() - start, status))
        sent += 1


@pytest.fixture
def served(postgres_cluster, tmp_path):
    with throwaway_redis() as redis:
        redis.stop()  # down from the start: the app must come up and serve without it
        url = postgres_cluster.migrated_database("redis_check")
        env = serve_env(url, REDIS_URL=redis.url(), LOG_LEVEL="WARNING")
        log = tmp_path / "serve.log"
        with factbase_served(env, log) as server:
            token = editor_token(env, username="redis-editor", speaker_slug=SPEAKER,
                                 speaker_name="Speaker Redis 00001")
            yield redis, server, token, log


def test_reads_and_writes_go_on_without_redis_and_nothing_stale_comes_back_with_it(served, record_property):
    redis, server, token, log = served
    outcomes: list[Outcome] = []
    acknowledged: list = []
    refused: list = []
    start = time.monotonic()
    threads = [threading.Thread(target=reader, args=(n, server.port, start, outcomes)) for n in range(READERS)]
    threads.append(threading.Thread(target=writer, args=(server.port, token, start, acknowledged, refused)))
    for thread in threads:
        thread.start()
    for at, action in ((UP_AT[0], redis.start), (DOWN_AT, redis.stop), (UP_AT[1], redis.start)):
        time.sleep(max(0.0, start + at - time.monotonic()))
        action()
    for thread in threads:
        thread.join()

    def written_before(moment: float) -> int:
        return sum(1 for ended, _ in acknowledged if ended < moment)

    stale = [o for o in outcomes if o.status == 200 and o.seen < written_before(o.started)]
    failed = [o for o in outcomes if o.status != 200]
    served_log = log.read_text()
    figures = {
        "reads": len(outcomes), "reads_failed": len(failed), "stale_reads": len(stale),
        "writes_acknowledged": len(acknowledged), "writes_refused": len(refused),
        "reads_while_down": sum(1 for o in outcomes if o.started < UP_AT[0] or DOWN_AT < o.started < UP_AT[1]),
        "outages_logged": served_log.count("Redis cannot be reached"),
        "slowest_read_s": round(max(o.ended - o.started for o in outcomes), 2),
    }
    record_property("figures", figures)
    print("\nRedis unavailable:", json.dumps(figures))

    assert refused == [], figures
    assert failed == [], figures
    assert stale == [], [(o.path, o.started, o.seen, written_before(o.started)) for o in stale[:5]]
    assert figures["outages_logged"] >= 1 and "Redis answers again" in served_log, figures
    assert "Internal Server Error" not in served_log
