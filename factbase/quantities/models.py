"""The figures a claim gives: derived from its text, refreshed whenever the text changes."""
from django.db import models

from factbase.claims.models import Claim

from .extraction import QUALIFIERS


class QuantityQuerySet(models.QuerySet):
    def visible_to(self, user) -> "QuantityQuerySet":
        """The figures of the claims `user` may read (the one visibility rule, through the join)."""
        return self.filter(claim__in=Claim.objects.visible_to(user))

    def counting(self, stems) -> "QuantityQuerySet":
        """Figures whose counted thing has a word starting with one of `stems`, or a word that
        is a shorter form of one ("nordkorean" for "nordkoreanisch")."""
        condition = models.Q()
        for stem in stems:
            condition |= models.Q(key__startswith=stem) | models.Q(key__contains=f" {stem}")
            for length in range(5, len(stem)):
                shorter = stem[:length]
                condition |= models.Q(key=shorter) | models.Q(key__startswith=f"{shorter} ") | \
                    models.Q(key__endswith=f" {shorter}") | models.Q(key__contains=f" {shorter} ")
        return self.filter(condition) if condition else self.none()

    def for_list(self) -> "QuantityQuerySet":
        return self.select_related("claim__speaker").order_by("key", "-claim__said_on", "claim_id", "start")


class Quantity(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="quantities")
    value = models.DecimalField(max_digits=30, decimal_places=6)
    number = models.CharField(max_length=100, help_text="The figure as written, with qualifier and scale.")
    qualifier = models.CharField(max_length=12, blank=True, choices=[(code, code) for code in QUALIFIERS],
                                 help_text="more-than, at-least, about, almost, up-to, less-than, at-most, or ''.")
    unit = models.CharField(max_length=10, blank=True, help_text="%, $, €, £ or nothing.")
    counted = models.CharField(max_length=200, blank=True, help_text="The counted thing as written.")
    key = models.CharField(max_length=200, blank=True, db_index=True, help_text="Stems of the counted thing.")
    start = models.PositiveIntegerField(help_text="Character offset in the claim text.")

    objects = QuantityQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "quantities"
        ordering = ["claim", "start"]

    def __str__(self):
        return f"{self.number} {self.counted}".strip()
