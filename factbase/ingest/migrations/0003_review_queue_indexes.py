"""Indexes the review queue pages by (factbase/ingest/review_queue.py), on the claims app's tables.

Raw SQL, the same on SQLite and PostgreSQL: a partial index of draft claims (a queue page walks
drafts only, however many claims are published) and an expression index whose expression is
the queue's confidence key, proposals without a confidence last. Neither changes a model's state.
"""
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("ingest", "0002_article_import_unattributed_proposals"),
        ("claims", "0005_speaker_profile"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX claim_draft_queue ON claims_claim (id) WHERE status = 'draft'",
            "DROP INDEX claim_draft_queue",
        ),
        migrations.RunSQL(
            "CREATE INDEX appearance_queue_confidence ON claims_appearance ((COALESCE(confidence, 2.0)), id)",
            "DROP INDEX appearance_queue_confidence",
        ),
    ]
