"""The filters of the list endpoints: one explicit FilterSet each. Invalid values give a 400 that
names the parameter (DjangoFilterBackend raises on an invalid form)."""
import django_filters
from django import forms
from django.db.models import Q
from django_filters.fields import MultipleChoiceField
from drf_spectacular.utils import extend_schema_field

from factbase.claims.dates import PartialDate
from factbase.claims.models import Appearance, Claim, Review, Source, Speaker, Topic
from factbase.claims.text import name_key

from . import search

MAX_QUERY_LENGTH = 500
MAX_SAMPLE = 50
MAX_ID = 2**63 - 1  # the largest BigAutoField

# ordering parameter -> (field, descending). Ties are broken by id in the same direction.
CLAIM_ORDERINGS = {
    "-said_on": ("said_on", True),
    "said_on": ("said_on", False),
    "-created": ("created", True),
    "created": ("created", False),
    "relevance": ("rank", True),
}
DEFAULT_CLAIM_ORDERING = "-said_on"


def claim_ordering(request) -> str:
    return request.query_params.get("ordering") or DEFAULT_CLAIM_ORDERING


class RepeatableField(forms.Field):
    """A parameter that may be given several times: ?speaker=a&speaker=b."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        if not value:
            return []
        return [item.strip() for item in value if item and item.strip()]


class DocumentedFilter(django_filters.Filter):
    """A filter of our own field type: its OpenAPI schema is `schema` plus its help_text."""

    schema: dict = {"type": "string"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        extend_schema_field({**self.schema, "description": self.extra.get("help_text", "")})(self)


class WholeNumberFilter(DocumentedFilter):
    """An integer between min_value and max_value (django-filter's NumberFilter takes any
    decimal, so a source id past 64 bits reached the database)."""

    field_class = forms.IntegerField

    def __init__(self, *args, min_value: int, max_value: int, **kwargs):
        self.schema = {"type": "integer", "minimum": min_value, "maximum": max_value}
        super().__init__(*args, min_value=min_value, max_value=max_value, **kwargs)


class RepeatableFilter(DocumentedFilter):
    field_class = RepeatableField
    schema = {"type": "array", "items": {"type": "string"}}


# What PartialDate.parse accepts, days of each month and leap years included, so that a client
# (and schemathesis) can tell a date the API takes from one it refuses with a 400.
_DAY_OF_ANY_MONTH = r"(0?[1-9]|1\d|2[0-8])"
_LEAP_YEAR = r"(\d\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)"
PARTIAL_DATE_PATTERN = (
    rf"^(?!0000)(\d{{4}}(-(0?[1-9]|1[0-2])(-{_DAY_OF_ANY_MONTH})?)?|\d{{4}}-(0?[13-9]|1[0-2])-(29|30)"
    rf"|\d{{4}}-(0?[13578]|1[02])-31|{_LEAP_YEAR}-0?2-29)$"
)


class RepeatableChoiceField(MultipleChoiceField):
    """Like RepeatableField, an empty value is no value: ?rating= alone filters nothing."""

    def clean(self, value):
        return super().clean([item for item in value or [] if item not in ("", None)])


class RepeatableChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = RepeatableChoiceField


class PartialDateField(forms.CharField):
    """YYYY, YYYY-MM or YYYY-MM-DD."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError:
            raise forms.ValidationError("Enter a valid date.", code="invalid") from None


class PartialDateFilter(DocumentedFilter):
    field_class = PartialDateField
    schema = {"type": "string", "pattern": PARTIAL_DATE_PATTERN, "example": "2024-11-01"}


class SearchField(forms.CharField):
    def validate(self, value):
        super().validate(value)
        if value and value.count('"') % 2:
            raise forms.ValidationError("Unbalanced quotation marks: close the quoted phrase.", code="unbalanced")


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


TRUE_FALSE = [("true", "true"), ("false", "false")]


class ClaimFilter(django_filters.FilterSet):
    speaker = RepeatableFilter(
        method="filter_speaker",
        help_text="Speaker slug; repeat for several speakers (?speaker=a&speaker=b). An unknown slug matches nothing.",
    )
    speaker_name = django_filters.CharFilter(
        method="filter_speaker_name",
        help_text="Any name or alias of the speaker, ignoring case and accents: Zelensky finds Selenskyj.",
    )
    topic = RepeatableFilter(
        method="filter_topic", help_text="Topic slug; repeat for claims in any of several topics."
    )
    source = WholeNumberFilter(
        method="filter_source", min_value=1, max_value=MAX_ID, help_text="Source id: claims that appear in this source."
    )
    outlet = django_filters.CharFilter(
        method="filter_outlet", help_text="Outlet name (case-insensitive): claims that appear in this outlet."
    )
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices, help_text="direct quote or reported speech.")
    language = django_filters.CharFilter(help_text="Language code of the claim text, e.g. de or en.")
    rating = RepeatableChoiceFilter(
        field_name="verdict__rating", choices=Review.Rating.choices,
        help_text="Rating of the current verdict (latest published review); repeatable.",
    )
    attribution = RepeatableChoiceFilter(
        field_name="verdict__attribution", choices=Review.Attribution.choices,
        help_text="Attribution of the current verdict; repeatable.",
    )
    reviewed = django_filters.ChoiceFilter(
        choices=TRUE_FALSE, method="filter_reviewed",
        help_text="true: claims with a published review; false: claims without one.",
    )
    said_after = PartialDateFilter(
        method="filter_said", help_text="ISO date (YYYY, YYYY-MM or YYYY-MM-DD). Claims whose date, at its "
        "precision, reaches this day or later: a claim dated 2024-11 matches said_after=2024-11-20.",
    )
    said_before = PartialDateFilter(
        method="filter_said", help_text="ISO date (YYYY, YYYY-MM or YYYY-MM-DD). Claims whose date, at its "
        "precision, starts on or before this date (or period's end).",
    )
    q = SearchFilter(
        method="filter_q", max_length=MAX_QUERY_LENGTH,
        help_text='Full-text search in the claim text, web-search syntax: words, "exact phrase", -excluded, or. '
        "PostgreSQL stems per claim language and ignores accents; SQLite matches folded substrings.",
    )
    status = django_filters.ChoiceFilter(
        choices=Claim.Status.choices,
        help_text="Curators and staff only: draft, published or retracted. Everyone else sees published claims.",
    )
    ordering = django_filters.ChoiceFilter(
        choices=[(key, key) for key in CLAIM_ORDERINGS], method="filter_ordering",
        help_text="-said_on (default, newest first), said_on, -created, created, or relevance (needs q).",
    )
    sample = WholeNumberFilter(
        method="filter_nothing", min_value=1, max_value=MAX_SAMPLE,
        help_text="Return N (1 to 50) random claims among those matching the other filters, instead of a page.",
    )
    seed = WholeNumberFilter(
        method="filter_nothing", min_value=0, max_value=2**31 - 1,
        help_text="With sample: the same seed gives the same claims for the same data.",
    )

    class Meta:
        model = Claim
        fields = []

    def filter_speaker(self, queryset, name, slugs):
        if not slugs:
            return queryset
        # The speakers' ids as constants rather than a join on the slug: PostgreSQL then
        # knows from its statistics how many claims the speaker has, and for a prolific one
        # walks the (speaker, said_on) index for one page instead of sorting every claim
        # (1.7 s for a speaker with 140,000 claims).
        return queryset.filter(speaker_id__in=list(Speaker.objects.filter(slug__in=slugs).values_list("pk", flat=True)))

    def filter_speaker_name(self, queryset, name, value):
        return queryset.filter(speaker__in=Speaker.objects.matching_name(value).values("pk"))

    def filter_topic(self, queryset, name, slugs):
        if not slugs:
            return queryset
        # Topic ids as constants, as for speakers: joined on the slug, PostgreSQL misjudges
        # how common the topic is and checks it claim by claim in parallel workers
        # (110-180 ms for a topic and a year of a million claims, 14 ms with the id).
        topic_ids = list(Topic.objects.filter(slug__in=slugs).values_list("pk", flat=True))
        through = Claim.topics.through.objects.filter(topic_id__in=topic_ids)
        return queryset.filter(pk__in=through.values("claim_id"))

    def filter_source(self, queryset, name, value):
        return queryset.filter(pk__in=Appearance.objects.filter(source_id=value).values("claim_id"))

    def filter_outlet(self, queryset, name, value):
        return queryset.filter(pk__in=Appearance.objects.filter(source__outlet__iexact=value).values("claim_id"))

    def filter_reviewed(self, queryset, name, value):
        return queryset.filter(verdict__isnull=value != "true")

    def filter_said(self, queryset, name, value):
        after, before = self.form.cleaned_data.get("said_after"), self.form.cleaned_data.get("said_before")
        if name == "said_before" and after:
            return queryset  # both applied at once by said_after
        return queryset.said_between(after.start if after else None, before.end if before else None)

    def filter_q(self, queryset, name, value):
        return search.matching(queryset, value)

    def filter_ordering(self, queryset, name, value):
        if value == "relevance":
            return search.ranked(queryset, self.form.cleaned_data["q"])
        return queryset

    def filter_nothing(self, queryset, name, value):
        return queryset  # read by the view

    def get_form_class(self):
        # django-filter builds a new form class from the filters for every request (a third
        # of validating the query); the filters are the same for every request, so is the class.
        filterset = type(self)
        if "_form_class" not in filterset.__dict__:
            filterset._form_class = super().get_form_class()
        return filterset._form_class

    def is_valid(self):
        return super().is_valid() and claim_query_is_valid(self.form)


def claim_query_is_valid(form) -> bool:
    """The checks across parameters, on a ClaimFilter form whose fields are valid (also
    used by the lean read path, which validates with the form alone)."""
    data = form.cleaned_data
    if data.get("ordering") == "relevance" and not data.get("q"):
        form.add_error("ordering", "Ordering by relevance needs a search (q).")
    if data.get("said_after") and data.get("said_before") and data["said_before"].end < data["said_after"].start:
        form.add_error("said_before", "said_before is earlier than said_after.")
    return not form.errors


class SpeakerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", max_length=200,
                           help_text="Type-ahead: speakers whose name or an alias has a word starting with this "
                           "(case and accents ignored): zel finds Wolodymyr Selenskyj via Zelensky.")
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices, help_text="person or organisation.")

    class Meta:
        model = Speaker
        fields = []

    def filter_q(self, queryset, name, value):
        key = name_key(value)
        if not key:
            return queryset
        return queryset.filter(
            Q(key__startswith=key) | Q(key__contains=" " + key)
            | Q(aliases__key__startswith=key) | Q(aliases__key__contains=" " + key)
        ).distinct()


class SourceFilter(django_filters.FilterSet):
    outlet = django_filters.CharFilter(lookup_expr="iexact", help_text="Outlet name (case-insensitive).")
    language = django_filters.CharFilter(help_text="Language code of the source.")

    class Meta:
        model = Source
        fields = []
