"""On PostgreSQL, the list queries for speaker, topic, date range and full text use
indexes. Proved with EXPLAIN on a few thousand synthetic rows after ANALYZE, with the
planner left free to choose (no enable_seqscan=off)."""
import datetime as dt
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from factbase.claims.bulk import copy_rows
from factbase.claims.models import Claim, Speaker, Topic
from factbase.claims.text import claim_text_hash

from .conftest import on_postgresql

pytestmark = on_postgresql

CLAIMS, SPEAKERS, TOPICS = 6000, 300, 60


@pytest.fixture
def thousands(db):
    """6,000 synthetic claims by 300 made-up speakers over ten years, in 60 topics."""
    Speaker.objects.bulk_create(Speaker(name=f"Speaker {n:05d}", slug=f"speaker-{n:05d}", key=f"speaker {n:05d}")
                                for n in range(SPEAKERS))
    Topic.objects.bulk_create(Topic(name=f"Topic {n:03d}", slug=f"topic-{n:03d}") for n in range(TOPICS))
    speakers = list(Speaker.objects.values_list("pk", flat=True))
    topics = list(Topic.objects.values_list("pk", flat=True))
    now, start = timezone.now(), dt.date(2015, 1, 1)
    rows = []
    for n in range(CLAIMS):
        text = f"Synthetic claim {n} about item{n % 997} and matter{n % 89}" + (" rarissimum" if n % 600 == 0 else "")
        rows.append((text, claim_text_hash(text), speakers[n % SPEAKERS], start + dt.timedelta(days=(n * 7) % 3650),
                     "day", "direct", "", "", "en", "published", now, now))
    copy_rows(Claim, ["text", "text_hash", "speaker_id", "said_on", "said_on_precision", "kind", "role", "place",
                      "language", "status", "created", "updated"], rows)
    claim_ids = list(Claim.objects.values_list("pk", flat=True))
    copy_rows(Claim.topics.through, ["claim_id", "topic_id"],
              [(pk, topics[i % TOPICS]) for i, pk in enumerate(claim_ids)])
    with connection.cursor() as cursor:
        # What autovacuum does after a bulk load: move the GIN index's pending entries into
        # the index proper (VACUUM itself cannot run inside the test's transaction).
        cursor.execute("SELECT gin_clean_pending_list('claim_search_vector'::regclass)")
        cursor.execute("ANALYZE claims_claim; ANALYZE claims_claim_topics; ANALYZE claims_speaker; "
                       "ANALYZE claims_topic; ANALYZE claims_appearance")


def _plan_of_page_query(client, url) -> list:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    # The page of claims (or a sample's ids); before it at most the speaker lookup, after it prefetches.
    page_query = next(q["sql"] for q in queries.captured_queries if 'FROM "claims_claim"' in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + page_query)
        plan = cursor.fetchone()[0]
        return json.loads(plan) if isinstance(plan, str) else plan


@pytest.mark.parametrize(("query", "indexes"), [
    ("speaker=speaker-00042", ("claim_speaker_said_on", "claims_claim_speaker_id_", "claim_published_by_speaker")),
    ("said_after=2019-03-01&said_before=2019-03-31", ("claim_said_on", "claim_status_said_on")),
    ("topic=topic-007", ("claims_claim_topics_topic_id_",)),
    ("q=rarissimum", ("claim_search_vector",)),
    ("", ("claim_status_said_on",)),
    ("sample=5&seed=3", ("claim_status_random_key",)),
])
def test_the_claim_list_query_uses_an_index(anonymous, thousands, query, indexes):
    plan = _plan_of_page_query(anonymous, f"/api/claims/?{query}")
    nodes = list(_nodes(plan[0]["Plan"]))
    sequential = {node["Relation Name"] for node in nodes if node["Node Type"] == "Seq Scan"}
    assert not sequential & {"claims_claim", "claims_claim_topics"}, json.dumps(plan, indent=1)
    used = {node["Index Name"] for node in nodes if "Index Name" in node}
    assert any(name.startswith(indexes) for name in used), json.dumps(plan, indent=1)


def _nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


def test_the_rows_are_really_there(thousands):
    assert Claim.objects.count() == CLAIMS


@pytest.mark.parametrize("ordering", ["", "&ordering=relevance"])
def test_a_search_page_loads_only_its_own_claims_rows(anonymous, thousands, ordering):
    # "Synthetic" is in every claim: the hits are sorted for the page's ids, then only those
    # claims are read with their speaker, verdict and counts (one query joined every hit).
    with CaptureQueriesContext(connection) as queries:
        response = anonymous.get(f"/api/claims/?q=synthetic&page_size=20{ordering}")
    assert response.status_code == 200 and len(response.json()["results"]) == 20
    rows_query = next(q["sql"] for q in queries.captured_queries if '"claims_claim"."text"' in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + rows_query)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    claim_scans = [node for node in _nodes(plan[0]["Plan"]) if node.get("Relation Name") == "claims_claim"]
    assert claim_scans and all(node["Actual Rows"] * node["Actual Loops"] <= 21 for node in claim_scans), \
        json.dumps(plan, indent=1)
