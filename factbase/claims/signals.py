"""Keep derived columns right whatever saved the row (admin, API, importer, shell)."""
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Claim, Review, Speaker


@receiver(post_save, sender=Claim)
@receiver(post_delete, sender=Claim)
def refresh_speaker_stats(sender, instance, **kwargs):
    speaker_ids = {instance.speaker_id, getattr(instance, "_loaded_speaker_id", None)} - {None}
    Speaker.objects.filter(pk__in=speaker_ids).refresh_stats()
    instance._loaded_speaker_id = instance.speaker_id


@receiver(post_save, sender=Review)
@receiver(post_delete, sender=Review)
def refresh_claim_verdict(sender, instance, **kwargs):
    claim = Claim.objects.filter(pk=instance.claim_id).first()
    if claim is not None:
        claim.refresh_verdict()
