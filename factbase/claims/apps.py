from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_groups(sender, **kwargs):
    from .groups import groups_sync

    groups_sync()


class ClaimsConfig(AppConfig):
    name = "factbase.claims"
    label = "claims"

    def ready(self):
        from . import signals  # noqa: F401

        post_migrate.connect(_sync_groups, sender=self)
