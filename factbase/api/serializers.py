"""What the API shows of claims, speakers, sources, topics and reviews (reading).

Writes live in write_serializers.py; both leave the rules to the domain (model
full_clean and factbase.claims.services).
"""
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from factbase.claims.models import Source


class TopicSummarySerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Stable identifier, used in ?topic=.")
    name = serializers.CharField(help_text="Display name.")


class TopicSerializer(TopicSummarySerializer):
    claim_count = serializers.IntegerField(read_only=True, help_text="Published claims in this topic.")


class SourceSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Source id, used in ?source=.")
    title = serializers.CharField(help_text="Headline or title of the article.")
    url = serializers.URLField(allow_null=True, help_text="Where the article was published, when known.")
    outlet = serializers.CharField(help_text="Publication or broadcaster.")
    published_on = serializers.DateField(allow_null=True, help_text="First day of the publication date's period.")
    published_on_precision = serializers.SerializerMethodField(help_text="day, month or year; null without a date.")

    @extend_schema_field({"type": "string", "enum": ["day", "month", "year"], "nullable": True})
    def get_published_on_precision(self, source):
        return source.published_on_precision or None


def list_url(serializer, view_name: str) -> tuple[str, str]:
    """The path and query (DRF's reverse keeps ?format=) of a list's URL, reversed once per
    serializer instead of once per link: the router puts each object at the list's path plus
    "<lookup>/"."""
    urls = serializer.__dict__.setdefault("_list_urls", {})
    if view_name not in urls:
        path, _, query = reverse(view_name, request=serializer.context.get("request")).partition("?")
        urls[view_name] = (path, f"?{query}" if query else "")
    return urls[view_name]


def source_summary(source) -> dict:
    """SourceSummarySerializer's fields, for ClaimSerializer.to_representation."""
    return {
        "id": source.pk,
        "title": source.title,
        "url": source.url,
        "outlet": source.outlet,
        "published_on": source.published_on.isoformat() if source.published_on else None,
        "published_on_precision": source.published_on_precision or None,
    }


class FirstAppearanceSerializer(serializers.Serializer):
    source = SourceSummarySerializer(help_text="The earliest source that quotes the claim.")
    context = serializers.CharField(help_text="The surrounding sentence(s) in that source.")


class FirstAppearanceField(FirstAppearanceSerializer):
    """A claim's earliest appearance (appearances_earliest_first from api/querysets.py), or null."""

    def get_attribute(self, claim):
        return next(iter(claim.appearances_earliest_first), None)


class AppearanceSerializer(FirstAppearanceSerializer):
    id = serializers.IntegerField(help_text="Appearance id.")
    start = serializers.IntegerField(allow_null=True, help_text="Character offset of the quote in the source text.")
    end = serializers.IntegerField(allow_null=True, help_text="Character offset of the quote's end.")
    printed_text = serializers.CharField(help_text="The wording as printed in this source, if it differs.")


class ReviewSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Review id.")
    rating = serializers.CharField(help_text="true, mostly-true, half-true, mostly-false, false, pants-on-fire, "
                                   "unverifiable.")
    rating_display = serializers.CharField(source="get_rating_display", help_text="The rating in words.")
    attribution = serializers.CharField(help_text="verified, altered, out-of-context, misattributed, unverified.")
    attribution_display = serializers.CharField(source="get_attribution_display", help_text="Attribution in words.")
    explanation = serializers.CharField(help_text="Why the reviewer judged so.")
    evidence_links = serializers.ListField(child=serializers.URLField(), help_text="URLs of the evidence.")
    reviewed_on = serializers.DateField(help_text="When the review was written.")
    published = serializers.BooleanField(help_text="Only published reviews are shown to the public.")


class VerdictSerializer(serializers.Serializer):
    rating = serializers.CharField(help_text="Rating of the latest published review.")
    rating_display = serializers.CharField(source="get_rating_display", help_text="The rating in words.")
    attribution = serializers.CharField(help_text="Was it quoted right: verified, altered, out-of-context, ...")
    attribution_display = serializers.CharField(source="get_attribution_display", help_text="Attribution in words.")
    explanation = serializers.CharField(help_text="Why the reviewer judged so.")
    reviewed_on = serializers.DateField(help_text="When the review was written.")
    url = serializers.SerializerMethodField(help_text="The ClaimReview (schema.org JSON-LD) document.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, review):
        return reverse("claim-claimreview", kwargs={"pk": review.claim_id}, request=self.context.get("request"))


class ClaimSpeakerSerializer(serializers.Serializer):
    slug = serializers.SlugField(source="speaker.slug", help_text="Speaker slug, used in ?speaker=.")
    name = serializers.CharField(source="speaker.name", help_text="Speaker name.")
    kind = serializers.CharField(source="speaker.kind", help_text="person or organisation.")
    role = serializers.CharField(help_text="The speaker's role at the time of the claim.")


class ClaimSerializer(serializers.Serializer):
    """A claim as lists show it. The queryset comes from querysets.claims_for_list()."""

    id = serializers.IntegerField(help_text="Claim id.")
    url = serializers.HyperlinkedIdentityField(view_name="claim-detail", help_text="This claim in the API.")
    text = serializers.CharField(help_text="The verbatim words, or for reported speech the reported wording.")
    kind = serializers.CharField(help_text="direct (quote) or indirect (reported speech).")
    language = serializers.CharField(help_text="Language code of the text.")
    said_on = serializers.DateField(allow_null=True, help_text="First day of the period the claim was made in.")
    said_on_precision = serializers.SerializerMethodField(help_text="day, month or year; null without a date.")
    said_on_display = serializers.SerializerMethodField(help_text='In English: "13 November 2024", "November 2024".')
    said_on_iso = serializers.SerializerMethodField(help_text='At its precision: "2024", "2024-11", "2024-11-13".')
    place = serializers.CharField(help_text="Where it was said, when known.")
    status = serializers.CharField(help_text="published for the public; curators also see draft and retracted.")
    speaker = ClaimSpeakerSerializer(source="*", help_text="Who said it, and their role at the time.")
    first_appearance = FirstAppearanceField(allow_null=True, help_text="The earliest source quoting it, or null.")
    appearance_count = serializers.IntegerField(help_text="How many sources quote it.")
    topics = TopicSummarySerializer(many=True, source="listed_topics", help_text="Topics of the claim.")
    verdict = VerdictSerializer(allow_null=True, help_text="The latest published review, or null.")

    def to_representation(self, claim):
        """The declared fields, filled in directly. DRF's field-by-field machinery spent about
        a third of a 50-claim page's time (bench/) on nested serializers and URL reversing;
        the declared fields stay the schema, and tests/api/test_serializers.py checks that
        this gives exactly what DRF's generic to_representation would."""
        speaker, said = claim.speaker, claim.said
        first = next(iter(claim.appearances_earliest_first), None)
        return {
            "id": claim.pk,
            "url": self._claim_url(claim.pk),
            "text": claim.text,
            "kind": claim.kind,
            "language": claim.language,
            "said_on": claim.said_on.isoformat() if claim.said_on else None,
            "said_on_precision": claim.said_on_precision or None,
            "said_on_display": said.display("en") if said else None,
            "said_on_iso": said.isoformat() if said else None,
            "place": claim.place,
            "status": claim.status,
            "speaker": {"slug": speaker.slug, "name": speaker.name, "kind": speaker.kind, "role": claim.role},
            "first_appearance": first and {"source": source_summary(first.source), "context": first.context},
            "appearance_count": claim.appearance_count,
            "topics": [{"slug": topic.slug, "name": topic.name} for topic in claim.listed_topics],
            "verdict": claim.verdict and self._verdict(claim.verdict),
        }

    def _verdict(self, review):
        return {
            "rating": review.rating,
            "rating_display": review.get_rating_display(),
            "attribution": review.attribution,
            "attribution_display": review.get_attribution_display(),
            "explanation": review.explanation,
            "reviewed_on": review.reviewed_on.isoformat(),
            "url": self._claim_url(review.claim_id, "claimreview/"),
        }

    def _claim_url(self, pk, action: str = "") -> str:
        path, query = list_url(self, "claim-list")
        return f"{path}{pk}/{action}{query}"

    @extend_schema_field({"type": "string", "enum": ["day", "month", "year"], "nullable": True})
    def get_said_on_precision(self, claim):
        return claim.said_on_precision or None

    @extend_schema_field({"type": "string", "nullable": True})
    def get_said_on_display(self, claim):
        said = claim.said
        return said.display("en") if said else None

    @extend_schema_field({"type": "string", "nullable": True})
    def get_said_on_iso(self, claim):
        said = claim.said
        return said.isoformat() if said else None


class ClaimDetailSerializer(ClaimSerializer):
    appearances = AppearanceSerializer(many=True, source="appearances_earliest_first",
                                       help_text="Every source quoting the claim, earliest first.")
    reviews = ReviewSerializer(many=True, source="visible_reviews",
                               help_text="The review history, newest first (published reviews for the public).")

    def to_representation(self, claim):
        data = super().to_representation(claim)
        data["appearances"] = [
            {"id": appearance.pk, "source": source_summary(appearance.source), "context": appearance.context,
             "start": appearance.start, "end": appearance.end, "printed_text": appearance.printed_text}
            for appearance in claim.appearances_earliest_first
        ]
        data["reviews"] = self.fields["reviews"].to_representation(claim.visible_reviews)
        return data


class SpeakerSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Stable identifier, used in ?speaker=.")
    name = serializers.CharField(help_text="Name as displayed.")
    aliases = serializers.SerializerMethodField(help_text="Other spellings and transliterations.")
    kind = serializers.CharField(help_text="person or organisation.")
    description = serializers.CharField(help_text="Who this is.")
    wikidata_id = serializers.CharField(help_text="Wikidata item id (Q...), or empty.")
    claim_count = serializers.IntegerField(help_text="Published claims.")
    first_said_on = serializers.DateField(allow_null=True, help_text="Date of the earliest published claim.")
    last_said_on = serializers.DateField(allow_null=True, help_text="Date of the latest published claim.")
    url = serializers.HyperlinkedIdentityField(view_name="speaker-detail", lookup_field="slug",
                                               help_text="This speaker in the API.")

    def to_representation(self, speaker):
        """The declared fields filled in directly, as ClaimSerializer does (and is tested)."""
        path, query = list_url(self, "speaker-list")
        return {
            "slug": speaker.slug,
            "name": speaker.name,
            "aliases": self.get_aliases(speaker),
            "kind": speaker.kind,
            "description": speaker.description,
            "wikidata_id": speaker.wikidata_id,
            "claim_count": speaker.claim_count,
            "first_said_on": speaker.first_said_on.isoformat() if speaker.first_said_on else None,
            "last_said_on": speaker.last_said_on.isoformat() if speaker.last_said_on else None,
            "url": f"{path}{speaker.slug}/{query}",
        }

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_aliases(self, speaker):
        return [alias.name for alias in speaker.aliases.all()]


class SpeakerDetailSerializer(SpeakerSerializer):
    roles = serializers.ListField(child=serializers.CharField(), help_text="Roles given with the speaker's claims.")
    scorecard = serializers.DictField(child=serializers.IntegerField(),
                                      help_text="Claims per verdict rating; every rating present, 0 included.")
    per_year = serializers.DictField(child=serializers.IntegerField(), help_text='Claims per year: {"2024": 16}.')

    def to_representation(self, speaker):
        return {**super().to_representation(speaker), "roles": speaker.roles, "scorecard": speaker.scorecard,
                "per_year": speaker.per_year}


class RelatedSpeakerSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="The related speaker's slug.")
    name = serializers.CharField(help_text="The related speaker's name.")
    kind = serializers.CharField(help_text="person or organisation.")
    shared_topics = serializers.IntegerField(help_text="Topics both have spoken about.")
    shared_sources = serializers.IntegerField(help_text="Sources quoting both.")
    score = serializers.IntegerField(help_text="shared_topics + shared_sources; most shared first.")


SOURCE_HELP = {
    "id": "Source id, used in ?source=.",
    "title": "Headline or title of the article.",
    "url": "Where the article was published, when known.",
    "outlet": "Publication or broadcaster.",
    "language": "Language code of the article.",
    "published_on": "First day of the publication date's period.",
    "published_on_precision": "day, month or year (blank without a date).",
}


class SourceSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="source-detail", help_text="This source in the API.")

    class Meta:
        model = Source
        fields = ["id", "api_url", "title", "url", "outlet", "language", "published_on", "published_on_precision"]
        extra_kwargs = {name: {"help_text": text} for name, text in SOURCE_HELP.items()}


class SourceDetailSerializer(SourceSerializer):
    claims = ClaimSerializer(many=True, source="visible_claims", help_text="Claims found in this source.")

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "claims"]

