"""The bulk path: millions of rows in without one save() per row.

PostgreSQL gets psycopg's COPY; SQLite gets batched executemany. No model save() runs,
so callers fill derived columns themselves (Claim.text_hash via claim_text_hash,
Speaker.key / SpeakerAlias.key via name_key) and call Speaker.objects.refresh_stats()
afterwards. Columns left out get their database defaults.
"""
from collections.abc import Iterable, Sequence
from itertools import islice

from django.db import connection as default_connection


def copy_rows(model, fields: Sequence[str], rows: Iterable[Sequence], *, connection=None,
              batch_size: int = 10_000) -> int:
    """Insert `rows` (tuples in the order of `fields`, attnames like "speaker_id") into
    `model`'s table; returns the number of rows written."""
    connection = connection or default_connection
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(f).column) for f in fields)
    written = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    written += 1
            return written
        placeholders = ", ".join(["%s"] * len(fields))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
        iterator = iter(rows)
        while batch := list(islice(iterator, batch_size)):
            cursor.executemany(sql, batch)
            written += len(batch)
    return written
