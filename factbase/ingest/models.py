"""What the importer keeps besides claims: a record of each article imported."""
from django.conf import settings
from django.db import models

from factbase.claims.models import Source


class ArticleImport(models.Model):
    """One article read and its claims proposed; the review page starts from here."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="imports")
    document = models.CharField(max_length=1000, blank=True, help_text="The file, line or form it came from.")
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    proposed = models.PositiveIntegerField(default=0, help_text="claims the extractor proposed")
    claims_created = models.PositiveIntegerField(default=0)
    speakers_created = models.PositiveIntegerField(default=0)
    unattributed = models.PositiveIntegerField(default=0, help_text="proposals without a speaker, not stored")
    # Kept here, not as claims (a claim needs a speaker), so the review page can offer them.
    unattributed_proposals = models.JSONField(default=list, blank=True,
                                              help_text="text, kind, start, end, confidence of each")

    class Meta:
        ordering = ["-created", "-id"]
        verbose_name = "article import"

    def __str__(self):
        return f"{self.source} ({self.created:%Y-%m-%d %H:%M})" if self.created else str(self.source)
