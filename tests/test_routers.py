"""Read replicas: reads go to a replica alias, writes and the admin stay on the primary."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from factbase import routers
from factbase.claims.models import Claim, Speaker
from factbase.routers import PrimaryForWritesMiddleware, PrimaryReplicaRouter, use_primary

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def one_replica(monkeypatch):
    monkeypatch.setattr(routers, "replicas", lambda: ["replica_0"])
    return PrimaryReplicaRouter()


def test_the_router_sends_reads_to_the_replica_and_writes_to_the_primary(one_replica):
    assert one_replica.db_for_read(Claim) == "replica_0"
    assert one_replica.db_for_read(Speaker) == "replica_0"
    assert one_replica.db_for_write(Claim) == "default"


def test_reads_stay_on_the_primary_without_replicas():
    assert PrimaryReplicaRouter().db_for_read(Claim) == "default"


def test_only_the_primary_is_migrated(one_replica):
    assert one_replica.allow_migrate("default", "claims")
    assert not one_replica.allow_migrate("replica_0", "claims")


def test_reads_inside_use_primary_go_to_the_primary(one_replica):
    with use_primary():
        assert one_replica.db_for_read(Claim) == "default"
    assert one_replica.db_for_read(Claim) == "replica_0"


@pytest.mark.parametrize("method, path, expected", [
    ("get", "/api/claims/", "replica_0"),
    ("post", "/api/claims/", "default"),
    ("patch", "/api/claims/1/", "default"),
    ("get", "/admin/claims/claim/", "default"),
])
def test_the_admin_and_writing_requests_read_from_the_primary(one_replica, method, path, expected):
    seen = []

    def view(request):
        seen.append(one_replica.db_for_read(Claim))
        return HttpResponse()

    PrimaryForWritesMiddleware(view)(getattr(RequestFactory(), method)(path))
    assert seen == [expected]


def test_settings_turn_replica_urls_into_aliases():
    env = {**os.environ, "DATABASE_URL": "postgres://app@primary.example/factbase",
           "DATABASE_REPLICA_URLS": "postgres://app@replica-a.example/factbase, postgres://app@replica-b.example/factbase"}
    script = ("import django; django.setup(); from django.conf import settings; "
              "print(sorted((alias, db['HOST'], db['TEST']['MIRROR']) for alias, db in settings.DATABASES.items()))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**env, "DJANGO_SETTINGS_MODULE": "factbase.settings"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str([
        ("default", "primary.example", None),
        ("replica_0", "replica-a.example", "default"),
        ("replica_1", "replica-b.example", "default"),
    ])
