"""Keep derived columns and the public-data version right whatever saved the row (admin,
API, importer, shell)."""
from contextlib import contextmanager

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from .models import Appearance, Claim, Review, Speaker, SpeakerAlias, Topic
from .public_data import bump_public_version

# Every change to what the public may read bumps the public-data version.
for _model in (Claim, Review, Speaker, SpeakerAlias, Topic, Appearance):
    post_save.connect(bump_public_version, sender=_model, dispatch_uid=f"public_cache_save_{_model.__name__}")
    post_delete.connect(bump_public_version, sender=_model, dispatch_uid=f"public_cache_delete_{_model.__name__}")
m2m_changed.connect(bump_public_version, sender=Claim.topics.through, dispatch_uid="public_cache_claim_topics")


@receiver(post_save, sender=Claim)
@receiver(post_delete, sender=Claim)
def refresh_speaker_stats(sender, instance, **kwargs):
    speaker_ids = {instance.speaker_id, getattr(instance, "_loaded_speaker_id", None)} - {None}
    Speaker.objects.filter(pk__in=speaker_ids).refresh_stats()
    instance._loaded_speaker_id = instance.speaker_id


@receiver(post_save, sender=Claim)
def refresh_topic_counts_on_save(sender, instance, created, **kwargs):
    if not created:  # a new claim has no topics yet; adding them is an m2m change
        Topic.objects.filter(claims=instance).refresh_stats()


@receiver(pre_delete, sender=Claim)
def remember_topics_before_delete(sender, instance, **kwargs):
    # The through rows are gone by post_delete.
    instance._topic_ids = list(instance.topics.values_list("pk", flat=True))


@receiver(post_delete, sender=Claim)
def refresh_topic_counts_on_delete(sender, instance, **kwargs):
    Topic.objects.filter(pk__in=getattr(instance, "_topic_ids", [])).refresh_stats()


@receiver(m2m_changed, sender=Claim.topics.through)
def refresh_topic_counts_on_tagging(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear":
        instance._cleared_topic_ids = (
            list(instance.claims.values_list("pk", flat=True)) if reverse
            else list(instance.topics.values_list("pk", flat=True))
        )
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # topic.claims.add(...): only this topic changed
        Topic.objects.filter(pk=instance.pk).refresh_stats()
    else:
        topic_ids = pk_set if action != "post_clear" else getattr(instance, "_cleared_topic_ids", [])
        Topic.objects.filter(pk__in=topic_ids or []).refresh_stats()


@receiver(post_save, sender=Review)
@receiver(post_delete, sender=Review)
def refresh_claim_verdict(sender, instance, **kwargs):
    claim = Claim.objects.filter(pk=instance.claim_id).first()
    if claim is not None and not claim.refresh_verdict() and claim.verdict_id == instance.pk:
        # The verdict itself was corrected (its rating, say): the speaker's scorecard counts it.
        Speaker.objects.filter(pk=claim.speaker_id).refresh_stats()


_KEPT_COLUMN_RECEIVERS = [
    (post_save, refresh_speaker_stats, Claim), (post_delete, refresh_speaker_stats, Claim),
    (post_save, refresh_topic_counts_on_save, Claim), (pre_delete, remember_topics_before_delete, Claim),
    (post_delete, refresh_topic_counts_on_delete, Claim),
    (m2m_changed, refresh_topic_counts_on_tagging, Claim.topics.through),
    (post_save, refresh_claim_verdict, Review), (post_delete, refresh_claim_verdict, Review),
]


@contextmanager
def kept_columns_refreshed_once():
    """Build many rows with the kept-column receivers off, then refresh every claim's verdict
    and every speaker's and topic's kept columns in one pass: a fixture or a loader that saves
    rows one by one would otherwise refresh them after each save."""
    for signal, receiver_function, sender in _KEPT_COLUMN_RECEIVERS:
        signal.disconnect(receiver_function, sender=sender)
    try:
        yield
    finally:
        for signal, receiver_function, sender in _KEPT_COLUMN_RECEIVERS:
            signal.connect(receiver_function, sender=sender)
    for claim in Claim.objects.filter(reviews__isnull=False).distinct():
        claim.refresh_verdict()
    Speaker.objects.all().refresh_stats()
    Topic.objects.all().refresh_stats()
