"""The slow reliability checks (RELIABILITY.md): outside clients and real faults against a live
server. `make check-reliability` runs them (FACTBASE_RELIABILITY=1); `make test` leaves them out."""
import os

if os.getenv("FACTBASE_RELIABILITY") != "1":
    collect_ignore_glob = ["test_*.py"]
