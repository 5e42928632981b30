"""Writes for curators. The rules are the domain's: services functions and model
full_clean run exactly as they do for the admin; a Django ValidationError they raise
becomes a 400 naming the field (errors.exception_handler), inside a transaction."""
from django.core.validators import RegexValidator, URLValidator
from django.db import transaction
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied

from factbase.claims import services
from factbase.claims.dates import PartialDate, Precision
from factbase.claims.history import history_user
from factbase.claims.models import Appearance, Claim, Review, Source, Speaker, Topic

from .filters import PARTIAL_DATE_PATTERN
from .serializers import SOURCE_HELP


def _help(**texts):
    return {name: {"help_text": text} for name, text in texts.items()}


# The JSON type each kind of field takes. DRF coerces (0 to "0", false to 0.0, "1" to the row
# with id 1), so a body the schema calls invalid was taken; a write takes the declared type only.
_JSON_TYPES = [
    (serializers.BooleanField, (bool,), "a boolean"),
    ((serializers.IntegerField, serializers.PrimaryKeyRelatedField), (int,), "a whole number"),
    (serializers.FloatField, (int, float), "a number"),
    ((serializers.CharField, serializers.ChoiceField, serializers.DateField, serializers.SlugRelatedField),
     (str,), "a string"),
    ((serializers.ListField, serializers.ManyRelatedField), (list,), "a list"),
]


def _json_type_error(field, value) -> str | None:
    if value is None:
        return None  # allow_null is the field's own check
    if isinstance(field, (serializers.ListField, serializers.ManyRelatedField)) and isinstance(value, list):
        child = field.child if isinstance(field, serializers.ListField) else field.child_relation
        errors = [_json_type_error(child, item) for item in value]
        return next((f"Item {index}: {error}" for index, error in enumerate(errors) if error), None)
    for kinds, types, name in _JSON_TYPES:
        if isinstance(field, kinds):
            if isinstance(value, bool) and bool not in types or not isinstance(value, types):
                return f"Must be {name}."
            return None
    return None


class JSONTypedFieldsMixin:
    """Refuse a value of another JSON type than the schema's (400 naming the field)."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            errors = {}
            for name, field in self.fields.items():
                if not field.read_only and name in data and (error := _json_type_error(field, data[name])):
                    errors[name] = [error]
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


class PartialDateInput(serializers.CharField):
    """YYYY, YYYY-MM or YYYY-MM-DD, kept at its precision (the schema gives the pattern)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(RegexValidator(PARTIAL_DATE_PATTERN, "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD."))

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        try:
            return PartialDate.parse(value)
        except ValueError:
            raise serializers.ValidationError("Enter a date as YYYY, YYYY-MM or YYYY-MM-DD.") from None


def _check_offsets(attrs, instance=None):
    """The quote's end cannot come before its start (the constraint appearance_offsets_ordered)."""
    start = attrs.get("start", getattr(instance, "start", None))
    end = attrs.get("end", getattr(instance, "end", None))
    if start is not None and end is not None and end < start:
        raise serializers.ValidationError({"end": ["The end offset must not come before the start offset."]})


def _saved(instance, user):
    """Save after the model's own validation (the admin's rules)."""
    instance.full_clean()
    with history_user(user):
        instance.save()
    return instance


class FullCleanModelSerializer(JSONTypedFieldsMixin, serializers.ModelSerializer):
    """ModelSerializer whose saves go through Model.full_clean()."""

    def create(self, validated_data):
        many = {name: validated_data.pop(name) for name in list(validated_data)
                if isinstance(self.fields.get(name), serializers.ManyRelatedField)}
        with transaction.atomic():
            instance = _saved(self.Meta.model(**validated_data), self.context["request"].user)
            for name, values in many.items():
                getattr(instance, name).set(values)
        return instance

    def update(self, instance, validated_data):
        many = {name: validated_data.pop(name) for name in list(validated_data)
                if isinstance(self.fields.get(name), serializers.ManyRelatedField)}
        with transaction.atomic():
            for name, value in validated_data.items():
                setattr(instance, name, value)
            _saved(instance, self.context["request"].user)
            for name, values in many.items():
                getattr(instance, name).set(values)
        return instance


class TopicWriteSerializer(FullCleanModelSerializer):
    slug = serializers.SlugField(required=False, help_text="Made from the name when left out.")

    class Meta:
        model = Topic
        fields = ["slug", "name"]
        extra_kwargs = _help(name="Display name (unique).")

    def create(self, validated_data):
        validated_data.setdefault("slug", services.unique_slug(Topic, validated_data["name"]))
        return super().create(validated_data)


class SourceWriteSerializer(FullCleanModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "title", "url", "outlet", "language", "published_on", "published_on_precision", "text"]
        extra_kwargs = {**{name: {"help_text": text} for name, text in SOURCE_HELP.items()},
                        "text": {"write_only": True},
                        "published_on_precision": {"help_text": "day, month or year; day when a date is given "
                                                   "without one, blank without a date."}}

    def validate(self, attrs):
        # A date given without its precision is a day, as for a claim's date (Claim.clean).
        published_on = attrs.get("published_on", getattr(self.instance, "published_on", None))
        precision = attrs.get("published_on_precision", getattr(self.instance, "published_on_precision", ""))
        if published_on and not precision:
            attrs["published_on_precision"] = Precision.DAY
        return attrs


class SpeakerWriteSerializer(JSONTypedFieldsMixin, serializers.ModelSerializer):
    slug = serializers.SlugField(required=False, help_text="Made from the name when left out.")
    aliases = serializers.ListField(child=serializers.CharField(max_length=200), required=False, write_only=True,
                                    help_text="Names to add as aliases (existing aliases are kept).")

    class Meta:
        model = Speaker
        fields = ["slug", "name", "kind", "description", "wikidata_id", "confirmed", "aliases"]
        extra_kwargs = _help(name="Name as displayed.", kind="person or organisation.", description="Who this is.",
                             wikidata_id="Wikidata item id: Q followed by digits.")

    def create(self, validated_data):
        with transaction.atomic():
            return services.speaker_create(user=self.context["request"].user, **validated_data)

    def update(self, instance, validated_data):
        aliases = validated_data.pop("aliases", [])
        user = self.context["request"].user
        with transaction.atomic():
            for name, value in validated_data.items():
                setattr(instance, name, value)
            _saved(instance, user)
            services.speaker_add_aliases(speaker=instance, names=aliases, user=user)
        return instance

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["aliases"] = [alias.name for alias in instance.aliases.all()]
        return data


class AppearanceWriteSerializer(FullCleanModelSerializer):
    class Meta:
        model = Appearance
        fields = ["id", "claim", "source", "context", "start", "end", "printed_text", "confidence"]
        extra_kwargs = _help(id="Appearance id.", claim="Claim id.", source="Source id.",
                             end="Character offset of the quote's end in the source text.")
        validators = []  # unique (claim, source) is checked by full_clean, with the model's message

    def validate(self, attrs):
        _check_offsets(attrs, self.instance)
        return attrs


class ReviewWriteSerializer(FullCleanModelSerializer):
    evidence_links = serializers.ListField(
        child=serializers.URLField(validators=[URLValidator(schemes=["http", "https"])]), required=False,
        help_text="http(s) URLs of the evidence.")

    class Meta:
        model = Review
        fields = ["id", "claim", "rating", "attribution", "explanation", "evidence_links", "reviewed_on", "published"]
        extra_kwargs = _help(
            id="Review id.", claim="Claim id.", rating="Is it true: true ... pants-on-fire, or unverifiable.",
            attribution="Was it quoted right: verified, altered, out-of-context, misattributed, unverified.",
            explanation="Why the reviewer judged so.", reviewed_on="When the review was written (default today).",
            published="Published reviews are public; the latest becomes the claim's verdict.",
        )

    def create(self, validated_data):
        validated_data["reviewer"] = self.context["request"].user
        return super().create(validated_data)


def _check_publish_permission(user, status):
    if status in (Claim.Status.PUBLISHED, Claim.Status.RETRACTED) and not user.has_perm("claims.publish_claim"):
        raise PermissionDenied("Publishing or retracting a claim needs the publish_claim permission.")


class ClaimWriteSerializer(JSONTypedFieldsMixin, serializers.Serializer):
    """Record a claim (POST) or correct one (PATCH). Recording the same words for the same
    speaker again adds an appearance to the claim on file (services.claim_record)."""

    speaker = serializers.SlugRelatedField(slug_field="slug", queryset=Speaker.objects.all(),
                                           help_text="Speaker slug.")
    text = serializers.CharField(help_text="The words.")
    kind = serializers.ChoiceField(choices=Claim.Kind.choices, default=Claim.Kind.DIRECT,
                                   help_text="direct (quote) or indirect (reported speech).")
    said_on = PartialDateInput(required=False, allow_null=True, help_text="YYYY, YYYY-MM or YYYY-MM-DD.")
    role = serializers.CharField(required=False, allow_blank=True, max_length=200, default="",
                                 help_text="The speaker's role at the time.")
    place = serializers.CharField(required=False, allow_blank=True, max_length=200, default="",
                                  help_text="Where it was said, when known.")
    language = serializers.CharField(required=False, allow_blank=True, max_length=10, default="",
                                     help_text="Language code of the text, e.g. de.")
    topics = serializers.SlugRelatedField(slug_field="slug", queryset=Topic.objects.all(), many=True, required=False,
                                          help_text="Topic slugs.")
    status = serializers.ChoiceField(choices=Claim.Status.choices, default=Claim.Status.DRAFT,
                                     help_text="draft (default), published or retracted; publishing needs "
                                     "the publish_claim permission and a confirmed speaker.")
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all(), required=False, allow_null=True,
                                                help_text="Source id where the claim appears (create only).")
    context = serializers.CharField(required=False, allow_blank=True, default="", help_text="Surrounding sentence.")
    start = serializers.IntegerField(required=False, allow_null=True, min_value=0, default=None,
                                     help_text="Character offset of the quote in the source text.")
    end = serializers.IntegerField(required=False, allow_null=True, min_value=0, default=None,
                                   help_text="Character offset of the quote's end.")

    def validate(self, attrs):
        if self.instance is None:
            _check_offsets(attrs)
        return attrs

    def create(self, validated_data):
        user = self.context["request"].user
        _check_publish_permission(user, validated_data["status"])
        recorded = services.claim_record(
            speaker=validated_data["speaker"], text=validated_data["text"], kind=validated_data["kind"],
            source=validated_data.get("source"), said=validated_data.get("said_on"), role=validated_data["role"],
            place=validated_data["place"], language=validated_data["language"],
            topics=validated_data.get("topics", []), status=validated_data["status"],
            context=validated_data["context"], start=validated_data["start"], end=validated_data["end"], user=user,
        )
        self.created = recorded.created
        return recorded.claim

    def update(self, instance, validated_data):
        user = self.context["request"].user
        status = validated_data.pop("status", None)
        topics = validated_data.pop("topics", None)
        with transaction.atomic():
            for name in ("speaker", "text", "kind", "role", "place", "language"):
                if name in validated_data:
                    setattr(instance, name, validated_data[name])
            if "said_on" in validated_data:
                said = validated_data["said_on"]
                instance.said_on = said.start if said else None
                instance.said_on_precision = said.precision if said else ""
            _saved(instance, user)
            if topics is not None:
                instance.topics.set(topics)
            if status and status != instance.status:
                _check_publish_permission(user, status)
                if status == Claim.Status.PUBLISHED:
                    services.claim_publish(claim=instance, user=user)
                elif status == Claim.Status.RETRACTED:
                    services.claim_retract(claim=instance, user=user)
                else:
                    instance.status = status
                    _saved(instance, user)
        return instance
