"""The claims domain: who said what, when, where it appeared, and how it was judged."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .dates import PartialDate, Precision
from .querysets import ClaimQuerySet, ReviewQuerySet, SpeakerQuerySet, TopicQuerySet, empty_profile, may_see_drafts
from .text import claim_text_hash, name_key

wikidata_id_validator = RegexValidator(r"^Q[1-9]\d*$", _("A Wikidata id is Q followed by digits, e.g. Q57792."))


class RandomKey(models.Func):
    """A uniform random float in [0, 1) as a column default, so rows loaded by COPY get one too.

    SQLite's random() is a 64-bit integer, scaled here; PostgreSQL's random() is already a float.
    """

    function = "random"
    arity = 0
    output_field = models.FloatField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return "(random() / 18446744073709551616.0 + 0.5)", []


class Topic(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    # Kept like Speaker.claim_count: counting per request took seconds at a million claims.
    claim_count = models.PositiveIntegerField(default=0, editable=False, help_text="published claims")

    objects = TopicQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("person")
        ORGANISATION = "organisation", _("organisation")

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    key = models.CharField(max_length=200, db_index=True, editable=False, help_text="name_key(name)")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    description = models.CharField(max_length=300, blank=True)
    wikidata_id = models.CharField(
        "Wikidata id", max_length=20, blank=True, validators=[wikidata_id_validator]
    )
    confirmed = models.BooleanField(
        default=True,
        help_text="Speakers proposed by the importer start unconfirmed; their claims cannot be "
        "published until a curator confirms the speaker.",
    )
    # Kept, not counted per request: the speaker list must stay fast on millions of claims.
    claim_count = models.PositiveIntegerField(default=0, editable=False, help_text="published claims")
    first_said_on = models.DateField(null=True, blank=True, editable=False)
    last_said_on = models.DateField(null=True, blank=True, editable=False)
    # Kept likewise for the public speaker page: roles, verdict scorecard and claims per year
    # (a group-by over 100,000+ claims per request for the most quoted; empty until first kept).
    profile = models.JSONField(default=dict, db_default={}, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = SpeakerQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["claim_count", "first_said_on", "last_said_on", "profile"])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["wikidata_id"], condition=~models.Q(wikidata_id=""), name="speaker_unique_wikidata_id"
            ),
        ]
        indexes = [models.Index(fields=["-claim_count", "name"], name="speaker_by_claim_count")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = name_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("speaker-detail", kwargs={"slug": self.slug})

    def clean(self):
        if not self.confirmed and self.pk and self.claims.filter(status=Claim.Status.PUBLISHED).exists():
            # The public sees a published claim's speaker: it must stay a checked one.
            raise ValidationError({"confirmed": _("%(speaker)s has published claims: retract them before "
                                                  "unconfirming the speaker.") % {"speaker": self}})

    def profile_for(self, user) -> dict:
        """Roles, verdict scorecard and claims per year over the claims `user` may read:
        the kept profile for the public, counted afresh for curators (drafts count too)."""
        if self.profile and not may_see_drafts(user):
            # In rating order again (PostgreSQL's jsonb keeps keys in an order of its own).
            scorecard = {rating: self.profile["scorecard"].get(rating, 0) for rating in Review.Rating.values}
            return {**self.profile, "scorecard": scorecard}
        return Claim.objects.visible_to(user).filter(speaker=self).speaker_profiles().get(self.pk) or empty_profile()


class SpeakerAlias(models.Model):
    """Another spelling, transliteration or short form of a speaker's name."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, db_index=True, editable=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "speaker aliases"
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["speaker", "key"], name="alias_unique_per_speaker")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = name_key(self.name)
        super().save(*args, **kwargs)


class Source(models.Model):
    """An article or other document that quotes claims; `text` is our archived copy."""

    title = models.CharField(max_length=500)
    url = models.URLField("URL", max_length=2000, unique=True, null=True, blank=True)
    outlet = models.CharField(max_length=200, blank=True, db_index=True)
    language = models.CharField(max_length=10, blank=True)
    published_on = models.DateField(null=True, blank=True)
    published_on_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    text = models.TextField(blank=True, help_text="The archived full text, as imported.")
    text_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(published_on__isnull=True) | ~models.Q(published_on_precision=""),
                name="source_published_on_has_precision",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.url = self.url or None
        self.text_hash = claim_text_hash(self.text) if self.text else ""
        super().save(*args, **kwargs)

    @property
    def published(self) -> PartialDate | None:
        return PartialDate.of(self.published_on, self.published_on_precision)


class Claim(models.Model):
    """What a speaker said, stored once however many sources quote it."""

    class Kind(models.TextChoices):
        DIRECT = "direct", _("direct quote")
        INDIRECT = "indirect", _("reported speech")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        RETRACTED = "retracted", _("retracted")

    text = models.TextField(help_text="The verbatim words, or for reported speech the reported wording.")
    text_hash = models.CharField(max_length=64, editable=False)
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="claims")
    said_on = models.DateField(null=True, blank=True)
    said_on_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DIRECT)
    role = models.CharField(max_length=200, blank=True, help_text="The speaker's role at the time.")
    place = models.CharField(max_length=200, blank=True, help_text="Where it was said, when known.")
    language = models.CharField(max_length=10, blank=True)
    topics = models.ManyToManyField(Topic, blank=True, related_name="claims")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    # The latest published review, kept by Review's save so lists and filters need no subquery.
    verdict = models.ForeignKey(
        "Review", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    # Sampling without ORDER BY random(): rows are picked at or after a seeded point of this key.
    random_key = models.FloatField(db_default=RandomKey(), editable=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[topics], excluded_fields=["verdict", "random_key"])

    class Meta:
        ordering = ["-said_on", "-id"]
        permissions = [("publish_claim", "Can publish and retract claims")]
        constraints = [
            models.UniqueConstraint(fields=["speaker", "text_hash"], name="claim_unique_text_per_speaker"),
            models.CheckConstraint(condition=~models.Q(text=""), name="claim_text_not_empty"),
            models.CheckConstraint(
                condition=models.Q(said_on__isnull=True) | ~models.Q(said_on_precision=""),
                name="claim_said_on_has_precision",
            ),
        ]
        indexes = [
            models.Index(fields=["speaker", "-said_on", "-id"], name="claim_speaker_said_on"),
            models.Index(fields=["status", "-said_on", "-id"], name="claim_status_said_on"),
            models.Index(fields=["said_on"], name="claim_said_on"),
            models.Index(fields=["created"], name="claim_created"),
            models.Index(fields=["status", "random_key"], name="claim_status_random_key"),
            models.Index(fields=["random_key"], name="claim_random_key"),
            # A speaker's page (roles, verdict scorecard, claims per year) from the index
            # alone: index-only scans instead of reading every claim of a prolific speaker
            # three times (2 s -> 0.17 s for 140,000 claims).
            models.Index(fields=["speaker", "said_on", "role", "verdict", "id"],
                         condition=models.Q(status="published"), name="claim_published_by_speaker"),
        ]

    def __str__(self):
        excerpt = Truncator(self.text).chars(80)
        return f"{self.speaker}: {excerpt}" if self.speaker_id else excerpt

    def save(self, *args, **kwargs):
        self.text = self.text.strip()
        self.text_hash = claim_text_hash(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("claim-detail", kwargs={"pk": self.pk})

    def clean(self):
        if not self.text.strip():
            raise ValidationError({"text": _("A claim needs its words.")})
        if self.status == self.Status.PUBLISHED and self.speaker_id and not self.speaker.confirmed:
            # Decision: importer-proposed speakers are checked by a person before the public sees them.
            raise ValidationError(
                {"status": _("Confirm the speaker “%(speaker)s” before publishing: it was proposed by the "
                             "importer and has not been checked.") % {"speaker": self.speaker}}
            )
        if self.said_on and not self.said_on_precision:
            self.said_on_precision = Precision.DAY
        if self.said_on:
            self.said_on = PartialDate.of(self.said_on, self.said_on_precision).start
        if self.speaker_id and self.text.strip():
            duplicate = (
                Claim.objects.filter(speaker_id=self.speaker_id, text_hash=claim_text_hash(self.text.strip()))
                .exclude(pk=self.pk)
                .first()
            )
            if duplicate:
                raise ValidationError(
                    {"text": _("%(speaker)s already has this claim (#%(id)s); add an appearance to it instead.")
                     % {"speaker": self.speaker, "id": duplicate.pk}}
                )

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Remembered so that moving a claim to another speaker refreshes both speakers' counts.
        instance._loaded_speaker_id = instance.speaker_id
        return instance

    @property
    def said(self) -> PartialDate | None:
        return PartialDate.of(self.said_on, self.said_on_precision)

    def refresh_verdict(self) -> bool:
        """Point `verdict` at the latest published review (or none); True if it moved."""
        latest = self.reviews.filter(published=True).order_by("-reviewed_on", "-id").first()
        if self.verdict_id == (latest.pk if latest else None):
            return False
        Claim.objects.filter(pk=self.pk).update(verdict=latest)
        self.verdict = latest
        Speaker.objects.filter(pk=self.speaker_id).refresh_stats()  # the scorecard counts verdicts
        return True


class Appearance(models.Model):
    """Where a claim was found: schema.org's `appearance`, Quotebank's `urls`."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="appearances")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="appearances")
    context = models.TextField(blank=True, help_text="The surrounding sentence(s).")
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Character offset in the source text.")
    end = models.PositiveIntegerField(null=True, blank=True)
    printed_text = models.TextField(blank=True, help_text="The wording as printed here, if it differs.")
    confidence = models.FloatField(null=True, blank=True, help_text="Attribution confidence of a machine proposal.")
    created = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["source__published_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "source"], name="appearance_unique_per_source"),
            models.CheckConstraint(
                condition=(models.Q(start__isnull=True) | models.Q(end__isnull=True)
                           | models.Q(end__gte=models.F("start"))),
                name="appearance_offsets_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.claim_id} in {self.source}"


class Review(models.Model):
    """A fact-check, on two axes: is it true, and was it quoted right?"""

    class Rating(models.TextChoices):
        TRUE = "true", _("true")
        MOSTLY_TRUE = "mostly-true", _("mostly true")
        HALF_TRUE = "half-true", _("half true")
        MOSTLY_FALSE = "mostly-false", _("mostly false")
        FALSE = "false", _("false")
        PANTS_ON_FIRE = "pants-on-fire", _("pants on fire")
        UNVERIFIABLE = "unverifiable", _("unverifiable")

    class Attribution(models.TextChoices):
        VERIFIED = "verified", _("verified verbatim")
        ALTERED = "altered", _("shortened or altered")
        OUT_OF_CONTEXT = "out-of-context", _("taken out of context")
        MISATTRIBUTED = "misattributed", _("misattributed")
        UNVERIFIED = "unverified", _("unverified")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reviews")
    rating = models.CharField(max_length=20, choices=Rating.choices)
    attribution = models.CharField(max_length=20, choices=Attribution.choices, default=Attribution.UNVERIFIED)
    explanation = models.TextField(blank=True)
    evidence_links = models.JSONField(default=list, blank=True, help_text="URLs of the evidence.")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    reviewed_on = models.DateField(default=timezone.localdate)
    published = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    objects = ReviewQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-reviewed_on", "-id"]
        indexes = [models.Index(fields=["claim", "published", "-reviewed_on"], name="review_latest")]

    def __str__(self):
        return f"{self.get_rating_display()} / {self.get_attribution_display()}"

    def clean(self):
        from django.core.validators import URLValidator

        if not isinstance(self.evidence_links, list):
            raise ValidationError({"evidence_links": _("A list of URLs.")})
        validate = URLValidator(schemes=["http", "https"])
        for link in self.evidence_links:
            try:
                validate(link)
            except ValidationError:
                raise ValidationError(
                    {"evidence_links": _("%(link)r is not an http(s) URL.") % {"link": link}}
                ) from None
