"""A claim's quantities follow its text whatever saved it (admin, API, importer, services).
Bulk loads (Quotebank) bypass signals: `manage.py extract_quantities` backfills after them."""
from django.db.models.signals import post_save
from django.dispatch import receiver

from factbase.claims.models import Claim

from .services import claim_quantities_refresh


@receiver(post_save, sender=Claim)
def refresh_quantities(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and "text" not in update_fields and "language" not in update_fields):
        return
    claim_quantities_refresh(claim=instance)
