"""Gunicorn in production (`make serve`, and the benchmark): workers and threads from the
cores, each worker with its own small psycopg pool (DATABASE_POOL=1).

Every value can be overridden from the environment: BIND, WEB_CONCURRENCY (workers),
GUNICORN_THREADS, GUNICORN_ACCESS_LOG ("-" for stdout).
"""
import os

cores = len(os.sched_getaffinity(0))

bind = os.getenv("BIND", "127.0.0.1:8000")
# Requests are mostly Python (serialising claims), so one process per core plus one to
# cover the time a worker waits on PostgreSQL. One thread each: a second thread only
# contends for the GIL. Under 16 clients on 2 cores (1M claims, uncached), 3 workers x 1
# thread served 106-111 requests/s with p99 316-358 ms, 3 x 4 threads 95-102 with p99
# 576-613 ms. Idle keep-alive connections wait in gthread's poller, not in a thread; a
# slow client does hold its worker, so where clients reach gunicorn without a buffering
# proxy in front, raise GUNICORN_THREADS.
workers = int(os.getenv("WEB_CONCURRENCY", cores + 1))
threads = int(os.getenv("GUNICORN_THREADS", 1))
worker_class = "gthread"
keepalive = 5
timeout = 30
graceful_timeout = 20
max_requests = 20_000
max_requests_jitter = 2_000
accesslog = os.getenv("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.getenv("FORWARDED_ALLOW_IPS", "127.0.0.1")

# One connection per thread is all a worker can use; more would only crowd PostgreSQL
# (workers x pool size must stay under max_connections).
os.environ.setdefault("DATABASE_POOL_MAX", str(threads))
os.environ.setdefault("DATABASE_POOL_MIN", "1")
# With a connection per thread, a request waits for one only when PostgreSQL cannot be reached
# (restarting, say): answer 503 soon rather than hold the worker, and every client queued on
# it, for seconds. 16 clients through a database restart (tests/reliability/test_postgres_restart.py):
# the slowest request took 6.7-6.8 s with 0.5 s here, 11.4 s and more than 15 s with the pool's 10 s.
os.environ.setdefault("DATABASE_POOL_TIMEOUT", "0.5")
