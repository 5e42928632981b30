"""GET /api/quantities/: the figures claims give for one counted thing, side by side."""
import django_filters
from django import forms
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import ValidationError

from factbase.api.caching import CacheHeadersMixin
from factbase.api.filters import RepeatableChoiceFilter, RepeatableFilter
from factbase.claims.models import Speaker

from .extraction import QUALIFIERS, query_stems
from .models import Quantity

KNOWN_PARAMETERS = {"q", "speaker", "unit", "qualifier", "limit", "offset", "format"}


class CountedThingField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if value and not query_stems(value):
            raise forms.ValidationError("Give a word for the counted thing, e.g. Soldaten.", code="no_word")
        return value


class QuantityFilter(filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q", max_length=200,
        help_text="The counted thing, in any inflection: Soldaten finds Soldat:innen and nordkoreanischen "
        "Soldaten, Nordkorea finds Nordkoreaner:innen (Snowball stems, German and English; no translation "
        "between them). percent (or %), $, € and £ find figures in that unit.",
    )
    q.field_class = CountedThingField
    speaker = RepeatableFilter(method="filter_speaker", help_text="Speaker slug; repeatable.")
    unit = django_filters.ChoiceFilter(choices=[(u, u) for u in ("%", "$", "€", "£")],
                                       help_text="Only figures in this unit.")
    qualifier = RepeatableChoiceFilter(choices=[(code, code) for code in QUALIFIERS],
                                                    help_text="Only figures with this qualifier; repeatable.")

    class Meta:
        model = Quantity
        fields = []

    def filter_q(self, queryset, name, value):
        if value.strip() in ("%", "$", "€", "£"):
            return queryset.filter(unit=value.strip())
        return queryset.counting(query_stems(value))

    def filter_speaker(self, queryset, name, slugs):
        if not slugs:
            return queryset
        return queryset.filter(claim__speaker__in=Speaker.objects.filter(slug__in=slugs).values("pk"))


class QuantitySerializer(serializers.ModelSerializer):
    claim = serializers.IntegerField(source="claim_id", help_text="Claim id (/api/claims/{id}/).")
    text = serializers.CharField(source="claim.text", help_text="The claim's words.")
    speaker = serializers.CharField(source="claim.speaker.slug", help_text="Speaker slug.")
    speaker_name = serializers.CharField(source="claim.speaker.name", help_text="Speaker's name.")
    said_on = serializers.DateField(source="claim.said_on", allow_null=True,
                                    help_text="First day of the date's period.")
    said_on_precision = serializers.CharField(source="claim.said_on_precision", help_text="day, month, year or ''.")
    value = serializers.DecimalField(max_digits=30, decimal_places=6, coerce_to_string=False,
                                     help_text="The figure as a number, scale applied ($61 billion: 61000000000).")

    class Meta:
        model = Quantity
        fields = ["claim", "text", "speaker", "speaker_name", "said_on", "said_on_precision",
                  "value", "number", "qualifier", "unit", "counted", "key", "start"]


@extend_schema_view(list=extend_schema(
    summary="The figures claims give for one counted thing",
    description="Each figure in a claim (value, qualifier such as more-than or about, unit, counted thing as "
    "written), with the claim's speaker and date. `?q=Soldaten` lists every claim counting soldiers, so two "
    "speakers' figures stand side by side. Anonymous users see figures of published claims only. "
    "An unknown or invalid parameter is a 400 that names it.",
))
class QuantityViewSet(CacheHeadersMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = QuantitySerializer
    filterset_class = QuantityFilter
    filter_backends = [filters.DjangoFilterBackend]
    http_method_names = ["get", "head", "options"]

    def get_queryset(self):
        return Quantity.objects.visible_to(self.request.user).for_list()

    def list(self, request, *args, **kwargs):
        unknown = sorted(set(request.query_params) - KNOWN_PARAMETERS)
        if unknown:
            raise ValidationError({name: ["Unknown parameter."] for name in unknown})
        return super().list(request, *args, **kwargs)
