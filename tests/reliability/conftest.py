"""The slow reliability checks (RELIABILITY.md): outside clients and real faults against a live
server. `make check-reliability` runs them (FACTBASE_RELIABILITY=1); `make test` leaves them out."""
import os

import pytest

if os.getenv("FACTBASE_RELIABILITY") != "1":
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL cluster (tests/reliability/servers.py), never the shared server on 5432."""
    from .servers import throwaway_postgres

    with throwaway_postgres() as cluster:
        yield cluster
