"""Start the HTTP servers under test on loopback ports and stop them again: Factbase
under gunicorn (the production configuration, gunicorn.conf.py), without and with the
Redis response cache, and Datasette."""
import contextlib
import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port(port: int | None = None) -> int:
    """`port` when given (helpers sharing a machine keep to their own range:
    `--port-base`, BENCH_PORT_BASE), else one the system picks."""
    if port:
        return port
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, path: str, process: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", path)
            if connection.getresponse().status < 500:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not answer {path} within {timeout} s")


@contextlib.contextmanager
def running(command: list[str], port: int, ready_path: str, env: dict, log_path: Path):
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            wait_until_up(port, ready_path, process)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def factbase_env(database_url: str, port: int, redis_url: str | None = None) -> dict:
    """Production settings (DEBUG off, pooled PostgreSQL) on plain local http; with
    `redis_url`, Redis is the shared cache and whole public responses are kept in it."""
    environ = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    return {
        **environ,
        **({"REDIS_URL": redis_url} if redis_url else {}),
        "DEBUG": "0",
        "SECRET_KEY": os.getenv("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "DATABASE_POOL": "1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "BIND": f"127.0.0.1:{port}",
        # The benchmark is one client hammering loopback: lift the anonymous rate limit.
        "API_ANON_THROTTLE": "100000000/second",
        "LOG_LEVEL": "WARNING",
    }


def factbase(database_url: str, log_path: Path, redis_url: str | None = None, port: int | None = None):
    port = free_port(port)
    command = [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "factbase.wsgi:application"]
    return running(command, port, "/api/", factbase_env(database_url, port, redis_url), log_path)


def empty_redis(url: str) -> bool:
    """Flush the benchmark's Redis database (responses of an earlier run over other data
    must not be served); False when no Redis answers at `url`."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except redis.RedisError:
        return False
    return True


def datasette(db_path: Path, log_path: Path, port: int | None = None):
    port = free_port(port)
    # The default 1 s SQL time limit would turn Datasette's slow queries into errors;
    # lifted so that it is measured, not cut off.
    command = [str(BIN / "datasette"), "serve", str(db_path), "-h", "127.0.0.1", "-p", str(port),
               "--setting", "sql_time_limit_ms", "20000", "--setting", "facet_time_limit_ms", "20000"]
    return running(command, port, "/-/versions.json", dict(os.environ), log_path)
