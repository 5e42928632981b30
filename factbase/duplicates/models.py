"""Near-duplicate claims: the index that finds them, and the pairs proposed to curators.

ClaimKey (every database) holds each claim's winnowed fingerprints (resemblance.py): SQLite
finds candidates for one claim through it, and the batch search (services.duplicates_find)
on both databases joins it to itself. ClaimText (PostgreSQL only) holds the normalised
text under a GIN trigram index (migration 0002), which finds one claim's candidates there.
Neither is edited by hand: signals and `manage.py find_duplicates` keep them.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from factbase.claims.models import Claim


class ClaimKey(models.Model):
    pk = models.CompositePrimaryKey("key", "claim")
    key = models.IntegerField()
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = "claim fingerprint"

    def __str__(self):
        return f"{self.key} of claim #{self.claim_id}"


class ClaimText(models.Model):
    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, primary_key=True, related_name="normalised")
    text = models.TextField(help_text="normalise_claim_text(claim.text)")

    class Meta:
        verbose_name = "normalised claim text"

    def __str__(self):
        return self.text


class DuplicatePairQuerySet(models.QuerySet):
    def proposed(self) -> "DuplicatePairQuerySet":
        return self.filter(status=DuplicatePair.Status.PROPOSED)

    def involving(self, claim_id: int) -> "DuplicatePairQuerySet":
        return self.filter(models.Q(claim_a_id=claim_id) | models.Q(claim_b_id=claim_id))


class DuplicatePair(models.Model):
    """Two claims whose words are nearly the same, claim_a the older (lower id). A proposal
    until a curator merges it (then the merged claim, and with it the pair, is gone) or
    rejects it; a rejected pair stays, so it is never proposed again."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        REJECTED = "rejected", _("not duplicates")

    claim_a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+", db_index=False)  # unique's index
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(help_text="resemblance of the normalised texts, 0..1")
    same_speaker = models.BooleanField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    found = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = DuplicatePairQuerySet.as_manager()

    class Meta:
        verbose_name = "possible duplicate"
        verbose_name_plural = "possible duplicates"
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="duplicatepair_unique"),
            models.CheckConstraint(condition=models.Q(claim_a__lt=models.F("claim_b")), name="duplicatepair_ordered"),
        ]
        indexes = [
            # The curators' list pages by score at any size: most similar first, per status and scope.
            models.Index(fields=["status", "-score", "id"], name="duplicatepair_by_score"),
            models.Index(fields=["status", "same_speaker", "-score", "id"], name="duplicatepair_scope_score"),
        ]

    def __str__(self):
        return f"#{self.claim_a_id} ~ #{self.claim_b_id} ({self.score:.0%})"
