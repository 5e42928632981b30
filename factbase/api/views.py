"""The public REST API: read for everyone (published claims only), write for curators.

Permissions are the model permissions of the Editor and Reviewer groups
(DjangoModelPermissionsOrAnonReadOnly, set in settings); what each user may read is
Claim/Speaker/Review.objects.visible_to (factbase/claims/querysets.py), as everywhere else.
"""
import hashlib
import random

from django.db.models import F, Prefetch
from django.http import Http404
from django_filters import rest_framework as filters
from django_filters.utils import translate_validation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view, inline_serializer
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from factbase.claims.models import Appearance, Claim, Review, Source, Speaker, Topic
from factbase.claims.querysets import PUBLIC

from . import exports, related
from .caching import CacheHeadersMixin
from .claimreview import JSONLDRenderer, claim_review
from .filters import CLAIM_ORDERINGS, ClaimFilter, SourceFilter, SpeakerFilter, claim_ordering
from .pagination import ClaimCursorPagination
from .querysets import EARLIEST_FIRST, appearances_with_sources, claims_for_detail, claims_for_list
from .serializers import (
    ClaimDetailSerializer,
    ClaimSerializer,
    RelatedSpeakerSerializer,
    SourceDetailSerializer,
    SourceSerializer,
    SpeakerDetailSerializer,
    SpeakerSerializer,
    TopicSerializer,
)
from .write_serializers import (
    AppearanceWriteSerializer,
    ClaimWriteSerializer,
    ReviewWriteSerializer,
    SourceWriteSerializer,
    SpeakerWriteSerializer,
    TopicWriteSerializer,
)

WRITE_METHODS = ["get", "post", "put", "patch", "head", "options"]


def sample_start(seed) -> float:
    """Where a sample starts on random_key: from the seed, or anywhere without one."""
    if seed is None:
        return random.random()
    digest = hashlib.sha256(str(int(seed)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class ReadWriteViewSet(CacheHeadersMixin, mixins.CreateModelMixin, mixins.UpdateModelMixin,
                       viewsets.ReadOnlyModelViewSet):
    """Read for everyone, create and update for curators with the model permission. No deletes."""

    http_method_names = WRITE_METHODS
    write_serializer_class = None

    def get_serializer_class(self):
        if self.action in ("create", "update", "partial_update"):
            return self.write_serializer_class
        return super().get_serializer_class()


@extend_schema_view(
    list=extend_schema(
        summary="Claims, newest first, with cursor paging",
        description="Filter with the parameters below. `?sample=N&seed=S` returns N random matching claims "
        "instead of a page; `?format=csv` and `?format=jsonl` stream every matching claim.",
        parameters=[OpenApiParameter("format", str, enum=["json", "csv", "jsonl"],
                                     description="json (default); csv or jsonl stream the whole filtered list.")],
    ),
    retrieve=extend_schema(summary="One claim with all its appearances and its review history"),
    create=extend_schema(summary="Record a claim (editors)", request=ClaimWriteSerializer,
                         responses={201: ClaimDetailSerializer, 200: ClaimDetailSerializer}),
    update=extend_schema(summary="Correct a claim (editors)", request=ClaimWriteSerializer,
                         responses=ClaimDetailSerializer),
    partial_update=extend_schema(summary="Correct a claim (editors)", request=ClaimWriteSerializer,
                                 responses=ClaimDetailSerializer),
)
class ClaimViewSet(ReadWriteViewSet):
    """What was said, by whom, when, where it appeared, and how it was judged."""

    queryset = Claim.objects.all()
    serializer_class = ClaimSerializer
    write_serializer_class = ClaimWriteSerializer
    filterset_class = ClaimFilter
    filter_backends = [filters.DjangoFilterBackend]
    pagination_class = ClaimCursorPagination

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.action == "list":
            renderers += [exports.CSVRenderer(), exports.JSONLinesRenderer()]
        return renderers

    def get_queryset(self):
        # DRF's model permissions ask for the queryset too (for its model): build it once per request.
        if getattr(self, "_claims", None) is None:
            visible = Claim.objects.visible_to(self.request.user)
            if self.action == "list":
                self._claims = claims_for_list(visible)
            else:
                self._claims = claims_for_detail(visible, user=self.request.user)
        return self._claims

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ClaimDetailSerializer
        return super().get_serializer_class()

    def filter_queryset(self, queryset):
        # list() runs its FilterSet itself; a claim's own URL (get_object) shows that claim
        # whatever the query string says, without validating list filters (a third of its time).
        return queryset

    def list(self, request, *args, **kwargs):
        # One FilterSet per request: the view reads sample and seed from the same validated form
        # (building it twice was a fifth of a list request's time).
        filterset = self.filter_backends[0]().get_filterset(request, self.get_queryset(), self)
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)
        queryset, params = filterset.qs, filterset.form.cleaned_data
        export_format = request.accepted_renderer.format
        if params.get("sample"):
            claims = self._sample(queryset, int(params["sample"]), params.get("seed"))
            if export_format in ("csv", "jsonl"):
                return exports.stream_claims(claims, export_format=export_format, request=request)
            data = self.get_serializer(claims, many=True).data
            return Response({"next": None, "previous": None, "results": data})
        if export_format in ("csv", "jsonl"):
            field, descending = CLAIM_ORDERINGS[claim_ordering(request)]
            order = F(field).desc(nulls_first=True) if descending else F(field).asc(nulls_last=True)
            ordered = queryset.order_by(order, "-id" if descending else "id")
            return exports.stream_claims(ordered, export_format=export_format, request=request)
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @staticmethod
    def _sample(queryset, size: int, seed) -> list:
        """`size` claims at or after a point of random_key chosen by the seed, wrapping
        around at 1.0: index range scans, no ORDER BY random()."""
        start = sample_start(seed)
        ordered = queryset.order_by("random_key", "id")
        claims = list(ordered.filter(random_key__gte=start)[:size])
        if len(claims) < size:
            claims += ordered.filter(random_key__lt=start)[: size - len(claims)]
        return claims

    def create(self, request, *args, **kwargs):
        serializer = ClaimWriteSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        claim = serializer.save()
        claim = self.get_queryset().get(pk=claim.pk)
        data = ClaimDetailSerializer(claim, context=self.get_serializer_context()).data
        return Response(data, status=status.HTTP_201_CREATED if serializer.created else status.HTTP_200_OK)

    def update(self, request, *args, **kwargs):
        claim = self.get_object()
        serializer = ClaimWriteSerializer(claim, data=request.data, partial=kwargs.get("partial", False),
                                          context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        serializer.save()
        claim = self.get_queryset().get(pk=claim.pk)
        return Response(ClaimDetailSerializer(claim, context=self.get_serializer_context()).data)

    @extend_schema(summary="schema.org ClaimReview (JSON-LD) of a published, reviewed claim",
                   responses={(200, "application/ld+json"): OpenApiTypes.OBJECT}, filters=False)
    @action(detail=True, renderer_classes=[JSONLDRenderer, JSONRenderer], filter_backends=[])
    def claimreview(self, request, pk=None):
        claims = (
            Claim.objects.visible_to(PUBLIC).filter(verdict__published=True)
            .select_related("speaker", "verdict__reviewer")
            .prefetch_related(Prefetch("appearances", queryset=appearances_with_sources().order_by(*EARLIEST_FIRST)))
        )
        try:
            claim = claims.get(pk=pk)
        except (Claim.DoesNotExist, ValueError):  # ValueError: an id that is no number
            raise Http404("No published review of a published claim with this id.") from None
        return Response(claim_review(claim, request))


@extend_schema_view(
    list=extend_schema(summary="Speakers, most claims first; ?q= for type-ahead"),
    retrieve=extend_schema(summary="A speaker with roles, verdict scorecard and claims per year"),
)
class SpeakerViewSet(ReadWriteViewSet):
    """People and organisations who made claims."""

    serializer_class = SpeakerSerializer
    write_serializer_class = SpeakerWriteSerializer
    filterset_class = SpeakerFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (Speaker.objects.visible_to(self.request.user)
                .order_by("-claim_count", "name").prefetch_related("aliases"))

    def get_serializer_class(self):
        if self.action == "retrieve":
            return SpeakerDetailSerializer
        return super().get_serializer_class()

    def retrieve(self, request, *args, **kwargs):
        speaker = self.get_object()
        profile = speaker.profile_for(request.user)
        speaker.roles, speaker.scorecard, speaker.per_year = profile["roles"], profile["scorecard"], profile["per_year"]
        return Response(self.get_serializer(speaker).data)

    @extend_schema(summary="Speakers sharing topics or sources with this one, most shared first",
                   responses=inline_serializer("RelatedSpeakers", {"results": RelatedSpeakerSerializer(
                       many=True, help_text="The related speakers, most shared first.")}), filters=False)
    @action(detail=True, filter_backends=[], pagination_class=None)
    def related(self, request, slug=None):
        speaker = self.get_object()
        rows = related.related_speakers(speaker, user=request.user)
        return Response({"results": RelatedSpeakerSerializer(rows, many=True).data})


@extend_schema_view(list=extend_schema(summary="Topics with their published claim counts"))
class TopicViewSet(ReadWriteViewSet):
    """What claims are about."""

    serializer_class = TopicSerializer
    write_serializer_class = TopicWriteSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return Topic.objects.order_by("name")  # claim_count is kept on the row

MAX_SOURCE_CLAIMS = 500


@extend_schema_view(
    list=extend_schema(summary="Sources (articles) claims were found in, newest first"),
    retrieve=extend_schema(summary=f"A source with the claims found in it (at most {MAX_SOURCE_CLAIMS}; "
                           "page through /api/claims/?source=ID for more)"),
)
class SourceViewSet(ReadWriteViewSet):
    """Articles and other documents that quote claims."""

    queryset = Source.objects.order_by(F("published_on").desc(nulls_last=True), "title", "id")
    serializer_class = SourceSerializer
    write_serializer_class = SourceWriteSerializer
    filterset_class = SourceFilter

    def get_serializer_class(self):
        if self.action == "retrieve":
            return SourceDetailSerializer
        return super().get_serializer_class()

    def retrieve(self, request, *args, **kwargs):
        source = self.get_object()
        claims = Claim.objects.visible_to(request.user).filter(
            pk__in=Appearance.objects.filter(source=source).values("claim_id")
        )
        source.visible_claims = list(claims_for_list(claims).order_by("-said_on", "-id")[:MAX_SOURCE_CLAIMS])
        return Response(self.get_serializer(source).data)


class AppearanceViewSet(ReadWriteViewSet):
    """Where a claim was found (editors add and correct them)."""

    serializer_class = AppearanceWriteSerializer
    write_serializer_class = AppearanceWriteSerializer

    def get_queryset(self):
        return Appearance.objects.filter(claim__in=Claim.objects.visible_to(self.request.user)).order_by("id")


class ReviewViewSet(ReadWriteViewSet):
    """Fact-checks (reviewers add and correct them; the public sees published ones)."""

    serializer_class = ReviewWriteSerializer
    write_serializer_class = ReviewWriteSerializer

    def get_queryset(self):
        return Review.objects.visible_to(self.request.user).order_by("-reviewed_on", "-id")

