"""Timing: one request at a time (median and p95 after a warm-up), and the mixed load
of concurrent clients (throughput, latency percentiles, errors). Loopback only."""
import http.client
import random
import statistics
import threading
import time

import psycopg


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Http:
    """One keep-alive connection to a local server."""

    def __init__(self, port: int):
        self.port = port
        self.connection = None

    def get(self, path: str) -> tuple[int, bytes]:
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                self.connection.request("GET", path, headers={"Accept": "application/json"})
                response = self.connection.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def time(self, path: str) -> tuple[float, bool]:
        started = time.perf_counter()
        try:
            status, _ = self.get(path)
        except (http.client.HTTPException, OSError):
            status = 0
        return time.perf_counter() - started, status == 200

    def close(self):
        if self.connection:
            self.connection.close()


class RawSql:
    """The SQL statements one API request sends, replayed over one psycopg connection."""

    def __init__(self, conninfo: str, options: str = ""):
        # The same session settings as Factbase's own connections (settings.DATABASES OPTIONS).
        self.connection = psycopg.connect(conninfo, autocommit=True, **({"options": options} if options else {}))

    def time(self, statements: list[str]) -> tuple[float, bool]:
        started = time.perf_counter()
        try:
            with self.connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
                    cursor.fetchall()
            ok = True
        except psycopg.Error:
            ok = False
        return time.perf_counter() - started, ok

    def close(self):
        self.connection.close()


def summary(seconds: list[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {"median_ms": statistics.median(ms), "p95_ms": percentile(ms, 0.95), "runs": len(ms)}


def sequential(scenarios, targets: dict, *, warmup: int, repeat: int, budget: float = 20.0,
               minimum: int = 5) -> dict:
    """{scenario key: {target name: summary}}; targets map a name to (client, request of
    a scenario or None). Targets take turns within each repetition so that drift hits all,
    in an order shuffled afresh for each repetition (seeded), so that no target always runs
    right after the same one. What it cannot remove: a server that has sat idle answers
    slower (waking its processes and threads on this VM; a Factbase cache hit took 1.3 ms
    back to back, 1.7 ms after 10 ms idle, 2.9 ms after 300 ms idle), so every target pays
    more in a scenario where another target is slow, most of all a multi-threaded server.
    A target that has spent `budget` seconds on a scenario stops after `minimum` runs:
    the bounded loop that keeps a 6-second Datasette query from eating the time limit."""
    results = {}
    for scenario in scenarios:
        runs = {name: [] for name, (_, request) in targets.items() if request(scenario)}
        errors = dict.fromkeys(runs, 0)
        spent = dict.fromkeys(runs, 0.0)
        for iteration in range(warmup + repeat):
            for name in random.Random(iteration).sample(list(runs), len(runs)):
                if spent[name] > budget and len(runs[name]) >= minimum:
                    continue
                client, request = targets[name]
                seconds, ok = client.time(request(scenario))
                errors[name] += not ok
                spent[name] += seconds
                if iteration >= warmup:
                    runs[name].append(seconds)
        results[scenario.key] = {name: {**summary(times), "errors": errors[name]} for name, times in runs.items()}
    return results


def mixed_load(make_client, requests: list[tuple[object, int]], *, clients: int, seconds: float,
               max_requests: int = 1_000_000) -> dict:
    """`clients` threads each send weighted-random requests for `seconds` (and at most
    `max_requests` in all); returns throughput, latency percentiles and errors."""
    population = [request for request, _ in requests]
    weights = [weight for _, weight in requests]
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds
    budget = [max_requests]

    def client(number: int):
        rng = random.Random(number)
        target = make_client()
        try:
            while time.monotonic() < deadline:
                with lock:
                    if budget[0] <= 0:
                        return
                    budget[0] -= 1
                elapsed, ok = target.time(rng.choices(population, weights)[0])
                with lock:
                    latencies.append(elapsed)
                    errors[0] += not ok
        finally:
            target.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    ms = [s * 1000 for s in latencies]
    return {
        "clients": clients, "seconds": round(wall, 1), "requests": len(ms), "errors": errors[0],
        "req_per_s": len(ms) / wall, "p50_ms": percentile(ms, 0.5), "p95_ms": percentile(ms, 0.95),
        "p99_ms": percentile(ms, 0.99),
    }
