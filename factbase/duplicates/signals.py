"""A claim's index and proposed pairs follow its words and speaker whatever saved it (admin,
API, importer, services). Bulk loads (Quotebank) bypass signals: `manage.py find_duplicates`
indexes and pairs their claims afterwards."""
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from factbase.claims.models import Claim

from .services import claim_duplicates_refresh


@receiver(pre_save, sender=Claim)
def note_changed_words(sender, instance, raw=False, update_fields=None, **kwargs):
    # Publishing, retracting and kept columns save claims often; only new words or a new
    # speaker call for a new search.
    if raw or (update_fields is not None and not {"text", "speaker", "speaker_id"} & set(update_fields)):
        instance._duplicates_stale = False
        return
    stored = None
    if instance.pk:
        stored = Claim.objects.filter(pk=instance.pk).values_list("text_hash", "speaker_id").first()
    instance._duplicates_stale = stored != (instance.text_hash, instance.speaker_id)


@receiver(post_save, sender=Claim)
def refresh_duplicates(sender, instance, raw=False, **kwargs):
    if not raw and getattr(instance, "_duplicates_stale", True):
        claim_duplicates_refresh(claim=instance)
