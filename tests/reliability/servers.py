"""Servers the fault checks start, break and throw away themselves: a PostgreSQL cluster in a
temporary folder, a Redis server, and Factbase under `make serve`. None of them is the shared
PostgreSQL on 5432 or the shared Redis on 6379; each gets a port from the ranges these checks own
(PostgreSQL 5440-5449, Redis 6390-6399, app servers 8300-8399)."""
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.getenv("FACTBASE_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port(ports: range) -> int:
    for port in ports:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError(f"no free port in {ports}")


def wait_for(condition, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(interval)
    raise TimeoutError(f"{what}: not after {timeout} s")


class ThrowawayPostgres:
    """A PostgreSQL 15 cluster of its own (initdb into a temporary folder, trust auth), run by the
    `postgres` OS user when the checks run as root (initdb refuses root)."""

    def __init__(self, port: int):
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="factbase-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "postgres.log"
        self._migrated = False
        self._as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as_postgres:
            shutil.chown(self.dir, "postgres")

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self._as_postgres, str(PG_BIN / tool), *args], check=True, stdout=subprocess.DEVNULL)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=60"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """`immediate` ends every backend at once, as a crash would (recovery runs on the next start)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, dbname: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, dbname: str, template: str = "template1") -> str:
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{dbname}" TEMPLATE "{template}"')
        return self.url(dbname)

    def migrated_database(self, dbname: str) -> str:
        """A database migrated and holding the demo data, copied from one made once per cluster."""
        if not self._migrated:
            env = serve_env(self.create_database("factbase_migrated"))
            manage(env, "migrate", "--noinput")
            manage(env, "load_demo")
            self._migrated = True
        return self.create_database(dbname, template="factbase_migrated")

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def throwaway_postgres():
    cluster = ThrowawayPostgres(free_port(range(5440, 5450)))
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


class ThrowawayRedis:
    """A redis-server of its own that saves its data on shutdown, like a production Redis
    with persistence: what it held before going down is back when it returns."""

    def __init__(self, port: int):
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="factbase-redis-"))
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
             "--save", "3600 1", "--appendonly", "no", "--daemonize", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: self._answers(), 10, f"redis-server on {self.port}")

    def _answers(self) -> bool:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", self.port)) != 0:
                return False
            probe.sendall(b"PING\r\n")
            return probe.recv(64).startswith(b"+PONG")

    def stop(self) -> None:
        """SIGTERM: Redis saves its data (dump.rdb) and exits, as on a clean restart."""
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=20)
            self.process = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def remove(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def throwaway_redis():
    server = ThrowawayRedis(free_port(range(6390, 6400)))
    try:
        server.start()
        yield server
    finally:
        server.remove()


def serve_env(database_url: str, **extra: str) -> dict:
    """The environment `make serve` runs gunicorn with (DEBUG off, pooled connections), on local http."""
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(DEBUG="0", DATABASE_URL=database_url, DATABASE_POOL="1", SECRET_KEY="reliability-check-" + "x" * 40,
               ALLOWED_HOSTS="127.0.0.1,localhost", SECURE_SSL_REDIRECT="0", SESSION_COOKIE_SECURE="0",
               CSRF_COOKIE_SECURE="0", GUNICORN_ACCESS_LOG="", LOG_LEVEL="WARNING")
    env.update(extra)
    return env


def manage(env: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(REPO / ".venv/bin/python"), "manage.py", *args], cwd=REPO, env=env, check=True,
                          capture_output=True, text=True, **kwargs)


class Factbase:
    """`make serve` (migrate, collectstatic, demo data, gunicorn with gunicorn.conf.py) on a port of its own."""

    def __init__(self, env: dict, port: int, log: Path):
        self.env, self.port, self.log = env, port, log
        self.process = None

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(["make", "--no-print-directory", "serve", f"PORT={self.port}",
                                             f"DATABASE_URL={self.env['DATABASE_URL']}"],
                                            cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        wait_for(self._answers, 120, f"make serve on {self.port}", interval=0.5)

    def _answers(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"make serve ended (exit {self.process.returncode}); see {self.log}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/", timeout=5) as response:
                return response.status == 200
        except OSError:
            return False

    def gunicorn_pids(self) -> set[int]:
        """The gunicorn master and its workers: a restarted worker would show as a new pid."""
        return {pid for pid in _descendants(self.process.pid) if b"gunicorn" in _cmdline(pid)}

    def stop(self) -> None:
        if self.process is not None:
            stop_process_group(self.process)


def stop_process_group(process: subprocess.Popen) -> None:
    """SIGTERM to a server started with start_new_session=True and all it started; SIGKILL after 30 s."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def editor_token(env: dict, *, username: str, speaker_slug: str, speaker_name: str) -> str:
    """A synthetic Editor's API token, and a confirmed synthetic speaker for its writes."""
    setup = f"""
from django.contrib.auth.models import Group, User
from rest_framework.authtoken.models import Token
from factbase.claims.models import Speaker
user = User.objects.create_user({username!r}, password={"synthetic-" + username!r})
user.groups.add(Group.objects.get(name="Editor"))
Speaker.objects.create(name={speaker_name!r}, slug={speaker_slug!r}, confirmed=True,
                       description="Synthetic speaker for a reliability check.")
print(Token.objects.create(user=user).key)
"""
    return manage(env, "shell", "--no-imports", "-c", setup).stdout.strip().splitlines()[-1]


def _descendants(pid: int) -> list[int]:
    try:
        children = [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return [found for child in children for found in (child, *_descendants(child))]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@contextmanager
def factbase_served(env: dict, log: Path):
    server = Factbase(env, free_port(range(8300, 8400)), log)
    try:
        server.start()
        yield server
    finally:
        server.stop()
