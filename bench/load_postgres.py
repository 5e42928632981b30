"""Load the synthetic data set into its own PostgreSQL database through the product's
bulk path (factbase.claims.bulk.copy_rows), the way pg_restore would: rows first, then
the secondary indexes and constraints, then the kept columns (verdicts, speaker stats).
"""
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, connections

from factbase.claims.bulk import copy_rows
from factbase.claims.models import Appearance, Claim, Review, Source, Speaker, Topic

from . import synthetic

# Tables whose secondary indexes and foreign keys are built after the rows are in.
DEFERRED_TABLES = ["claims_claim", "claims_claim_topics", "claims_appearance", "claims_review", "claims_source"]


TOPIC_COUNTS = """
update claims_topic t set claim_count = coalesce(counted.n, 0)
  from claims_topic t2
  left join (select ct.topic_id, count(*) as n from claims_claim_topics ct
               join claims_claim c on c.id = ct.claim_id and c.status = 'published'
              group by ct.topic_id) counted on counted.topic_id = t2.id
 where t2.id = t.id
"""


def recreate_database(url: str) -> None:
    """Drop and create the database named in `url` (via the server's `postgres` database)."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    name = info.pop("dbname")
    with psycopg.connect(psycopg.conninfo.make_conninfo(**info, dbname="postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def _deferred_definitions(cursor) -> tuple[list[str], list[str], list[str]]:
    """(drop statements, index/unique statements, foreign key statements) for DEFERRED_TABLES."""
    cursor.execute(
        """select conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype
             from pg_constraint where conrelid = any(%s::regclass[]) and contype in ('f', 'u')""",
        [DEFERRED_TABLES],
    )
    constraints = cursor.fetchall()
    cursor.execute(
        """select indexrelid::regclass::text, pg_get_indexdef(indexrelid) from pg_index i
            where indrelid = any(%s::regclass[])
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)""",
        [DEFERRED_TABLES],
    )
    indexes = cursor.fetchall()
    drops = [f'alter table {table} drop constraint "{name}"' for table, name, _, kind in constraints if kind == "f"]
    drops += [f'alter table {table} drop constraint "{name}"' for table, name, _, kind in constraints if kind == "u"]
    drops += [f"drop index {name}" for name, _ in indexes]
    # GIN (full-text) builds are single-threaded and the slowest: start them first.
    builds = sorted((definition for _, definition in indexes), key=lambda sql: "using gin" not in sql.lower())
    builds += [f'alter table {table} add constraint "{name}" {definition}'
               for table, name, definition, kind in constraints if kind == "u"]
    foreign_keys = [f'alter table {table} add constraint "{name}" {definition}'
                    for table, name, definition, kind in constraints if kind == "f"]
    return drops, builds, foreign_keys


def _run_parallel(statements: list[str], workers: int = 2) -> None:
    def run(sql):
        try:
            with connections["default"].cursor() as cursor:
                cursor.execute("set maintenance_work_mem = '1GB'")
                cursor.execute(sql)
        finally:
            connections["default"].close()

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, statements))


def _copy_parallel(*streams) -> None:
    def copy(jobs):
        try:
            for model, fields, rows in jobs:
                copy_rows(model, fields, rows, connection=connections["default"])
        finally:
            connections["default"].close()

    with ThreadPoolExecutor(len(streams)) as pool:
        for future in [pool.submit(copy, jobs) for jobs in streams]:
            future.result()


def load(data: synthetic.Dataset, log=print) -> dict:
    """Migrate the (empty) database and load `data`; returns timings in seconds."""
    timings = {}
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    timings["migrate"] = time.perf_counter() - started

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("set synchronous_commit = off")
        drops, builds, foreign_keys = _deferred_definitions(cursor)
        for sql in drops:
            cursor.execute(sql)
    copy_rows(Topic, *_with_model_defaults(Topic, synthetic.TOPIC_FIELDS, data.topics))
    copy_rows(Speaker, *_with_model_defaults(Speaker, synthetic.SPEAKER_FIELDS, data.speakers))
    copy_rows(Source, *_with_model_defaults(Source, synthetic.SOURCE_FIELDS, data.sources))
    # Two COPY streams at once: PostgreSQL builds each claim's search vector while the
    # second connection takes the topics, appearances and reviews.
    _copy_parallel(
        [(Claim, *_with_model_defaults(Claim, synthetic.CLAIM_FIELDS, data.claims))],
        [(Claim.topics.through, *_with_model_defaults(Claim.topics.through, synthetic.CLAIM_TOPIC_FIELDS,
                                                      data.claim_topics)),
         (Appearance, *_with_model_defaults(Appearance, synthetic.APPEARANCE_FIELDS, data.appearances)),
         (Review, *_with_model_defaults(Review, synthetic.REVIEW_FIELDS, data.reviews))],
    )
    timings["copy"] = time.perf_counter() - started
    log(f"  COPY {len(data.claims):,} claims and their rows: {timings['copy']:.1f} s")

    started = time.perf_counter()
    with connection.cursor() as cursor:
        # What Review's signal keeps: the latest published review of each claim.
        cursor.execute(
            """update claims_claim c set verdict_id = r.id
                 from (select distinct on (claim_id) claim_id, id from claims_review where published
                        order by claim_id, reviewed_on desc, id desc) r
                where r.claim_id = c.id"""
        )
        for sql in connection.ops.sequence_reset_sql(no_style(), [Topic, Speaker, Source, Claim, Review]):
            cursor.execute(sql)
    timings["verdicts"] = time.perf_counter() - started

    started = time.perf_counter()
    _run_parallel(builds)
    _run_parallel(foreign_keys)
    timings["indexes"] = time.perf_counter() - started
    log(f"  indexes and constraints: {timings['indexes']:.1f} s")

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for table in DEFERRED_TABLES + ["claims_speaker", "claims_topic"]:
            cursor.execute(f"vacuum analyze {table}")
    timings["analyze"] = time.perf_counter() - started
    started = time.perf_counter()
    Speaker.objects.all().refresh_stats()
    with connection.cursor() as cursor:
        # Topic.objects.all().refresh_stats() in one set-based pass: its per-topic subqueries
        # look every tagged claim up by id (two million lookups, 45 s at a million claims).
        cursor.execute(TOPIC_COUNTS)
    timings["speaker_stats"] = time.perf_counter() - started
    timings["total"] = sum(timings[k] for k in ("copy", "verdicts", "indexes", "speaker_stats", "analyze"))
    log(f"  verdicts {timings['verdicts']:.1f} s, speaker and topic stats {timings['speaker_stats']:.1f} s, "
        f"vacuum analyze {timings['analyze']:.1f} s")
    return timings


def _with_model_defaults(model, fields, rows):
    """Add the model's concrete columns the generator does not know (added by later
    migrations, e.g. a random sampling key) filled with their Python defaults; columns with
    a database default are left to it."""
    missing = [f for f in model._meta.concrete_fields
               if f.attname not in fields and not f.null and f.has_default() and not f.has_db_default()
               and not f.generated and not f.primary_key]
    if not missing:
        return fields, rows
    return fields + [f.attname for f in missing], (tuple(row) + tuple(f.get_default() for f in missing) for row in rows)
