"""The settings module in production mode, checked in a fresh process each time."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "x" * 20 + "-production-test-key-0123456789-abcdefghij",
              "ALLOWED_HOSTS": "factbase.example"}


def manage(*args, **env):
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment never would.
    unset = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = manage("check", DEBUG="0", ALLOWED_HOSTS="factbase.example")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_the_live_server_gets_its_own_database_connections(db):
    # With Django's in-memory SQLite test database the live server's threads share this thread's
    # connection, and a query that calls a Python SQL function deadlocks against the test thread.
    from django.db import connection

    if connection.vendor == "sqlite":
        assert not connection.is_in_memory_db()
        assert connection.cursor().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
