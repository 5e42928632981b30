"""GET /api/claims/{id}/similar/: the claims whose words nearly match one claim's, with the score."""
from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from factbase.api.caching import CacheHeadersMixin
from factbase.api.querysets import claims_for_list
from factbase.api.serializers import ClaimSerializer
from factbase.claims.models import Claim

from .finding import PROPOSE_AT, similar_claims


class SimilarParameters(serializers.Serializer):
    speaker = serializers.ChoiceField(choices=["any", "same"], default="any",
                                      help_text="same: only the claim's own speaker's claims; any (default): "
                                      "every speaker's.")
    min_score = serializers.FloatField(default=PROPOSE_AT, min_value=0.5, max_value=1.0,
                                       help_text=f"Lowest score listed, 0.5 to 1 (default {PROPOSE_AT}).")
    limit = serializers.IntegerField(default=10, min_value=1, max_value=50, help_text="At most this many (1-50).")


class SimilarClaimSerializer(serializers.Serializer):
    score = serializers.FloatField(help_text="How nearly the words match, 0..1 (1: the same words after folding "
                                   "case and punctuation, or the one quote wholly inside the other).")
    same_speaker = serializers.BooleanField(help_text="Said by the same speaker.")
    claim = ClaimSerializer(help_text="The similar claim, as lists show it.")


class SimilarClaimsSerializer(serializers.Serializer):
    claim = serializers.IntegerField(help_text="The claim asked about.")
    results = SimilarClaimSerializer(many=True, help_text="Most similar first.")


class SimilarClaimsView(CacheHeadersMixin, generics.GenericAPIView):
    serializer_class = SimilarClaimsSerializer
    filter_backends = []
    pagination_class = None

    def get_queryset(self):
        return Claim.objects.visible_to(self.request.user)

    @extend_schema(
        summary="Claims whose words nearly match this one's",
        description="The same sentence quoted shortened, with a word or two changed, or inside a longer quote, "
        "by the same speaker (`?speaker=same`) or anyone, most similar first, with the score. Anonymous users "
        "see published claims only. An unknown or invalid parameter is a 400 that names it.",
        parameters=[SimilarParameters],
        responses={200: SimilarClaimsSerializer,
                   400: OpenApiResponse(description="A parameter is unknown or invalid; the body names it."),
                   404: OpenApiResponse(description="No claim with this id that you may see.")},
    )
    def get(self, request, pk: int):
        unknown = sorted(set(request.query_params) - {*SimilarParameters().fields, "format"})
        if unknown:
            raise ValidationError({name: ["Unknown parameter."] for name in unknown})
        params = SimilarParameters(data=request.query_params)
        params.is_valid(raise_exception=True)
        visible = self.get_queryset()
        claim = visible.filter(pk=pk).only("pk", "text", "speaker_id").first()
        if claim is None:
            raise Http404("No claim with this id.")
        found = similar_claims(claim=claim, within=visible, same_speaker=params.validated_data["speaker"] == "same",
                               min_score=params.validated_data["min_score"], limit=params.validated_data["limit"])
        claims = {c.pk: c for c in claims_for_list(visible.filter(pk__in=[s.claim_id for s in found]))}
        context = self.get_serializer_context()
        results = [{"score": s.score, "same_speaker": s.speaker_id == claim.speaker_id,
                    "claim": ClaimSerializer(claims[s.claim_id], context=context).data} for s in found]
        return Response({"claim": claim.pk, "results": results})
