"""The SQL Factbase sends for a request, captured from the API's own querysets (an
in-process request through Django's test client), and what each statement reads."""
import json

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def api_sql(path: str) -> list[str]:
    """The statements one anonymous GET of `path` runs, as sent (parameters bound)."""
    client = Client(HTTP_HOST="127.0.0.1")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, HTTP_ACCEPT="application/json")
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}: {response.content[:300]!r}")
    return [query["sql"] for query in captured.captured_queries]


def claim_rows_read(statements: list[str]) -> int:
    """Rows of claims_claim the statements' plans read (EXPLAIN ANALYZE): the check that
    no request counts or scans the whole table."""
    total = 0
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute("explain (analyze, format json) " + statement)
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            total += _rows(plan[0]["Plan"])
    return total


def _rows(node: dict) -> int:
    rows = 0
    if node.get("Relation Name") == "claims_claim":
        rows += int(node.get("Actual Rows", 0) * node.get("Actual Loops", 1))
        rows += int(node.get("Rows Removed by Filter", 0) * node.get("Actual Loops", 1))
    return rows + sum(_rows(child) for child in node.get("Plans", []))
