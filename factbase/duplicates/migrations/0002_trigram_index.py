"""PostgreSQL: enable pg_trgm and index the normalised claim texts for trigram similarity.

pg_trgm ships with PostgreSQL's contrib package (Debian: postgresql-contrib, part of the
server package since PostgreSQL 10) and is a trusted extension, so the database owner may
create it. Where it is missing this migration stops with a message saying what to install,
rather than leaving the near-duplicate search without its index. SQLite needs neither.
"""
from django.db import migrations

INDEX = "duplicates_claimtext_trigram"


def trigram_index_create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            raise RuntimeError(
                "The PostgreSQL extension pg_trgm is not available on this server; the near-duplicate "
                "search needs it. Install PostgreSQL's contrib modules (Debian/Ubuntu: the postgresql-contrib "
                "package; it is part of the server package from PostgreSQL 10 on) and migrate again.")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON duplicates_claimtext USING gin (text gin_trgm_ops)")


def trigram_index_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # The extension stays: other database objects may have come to use it.
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("duplicates", "0001_initial")]

    operations = [migrations.RunPython(trigram_index_create, trigram_index_drop)]
