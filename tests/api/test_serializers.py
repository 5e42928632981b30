"""The claim and speaker serializers fill their declared fields by hand (for speed); these check
that they give exactly what DRF's generic, field-by-field to_representation gives from the same fields."""
import pytest
from rest_framework import serializers
from rest_framework.test import APIRequestFactory

from factbase.api.querysets import claims_for_detail, claims_for_list
from factbase.api.serializers import ClaimDetailSerializer, ClaimSerializer, SpeakerDetailSerializer, SpeakerSerializer
from factbase.claims.models import Claim, Speaker


def generic(serializer_class, claim, context):
    serializer = serializer_class(context=context)
    return serializers.Serializer.to_representation(serializer, claim)


@pytest.mark.parametrize("query", ["", "?format=json"])
def test_list_claims_match_the_declared_fields(corpus, query):
    context = {"request": APIRequestFactory().get(f"/api/claims/{query}")}
    claims = list(claims_for_list(Claim.objects.all()))
    assert any(claim.verdict for claim in claims) and any(not claim.appearances_earliest_first for claim in claims)
    fast = ClaimSerializer(claims, many=True, context=context).data
    assert fast == [generic(ClaimSerializer, claim, context) for claim in claims]
    assert set(fast[0]) == set(ClaimSerializer().fields)


def test_detail_claims_match_the_declared_fields(corpus, staff):
    context = {"request": APIRequestFactory().get("/api/claims/1/")}
    for claim in claims_for_detail(Claim.objects.all(), user=staff):
        fast = ClaimDetailSerializer(claim, context=context).data
        assert fast == generic(ClaimDetailSerializer, claim, context)
        assert set(fast) == set(ClaimDetailSerializer().fields)


@pytest.mark.parametrize("query", ["", "?format=json"])
def test_speakers_match_the_declared_fields(corpus, query):
    context = {"request": APIRequestFactory().get(f"/api/speakers/{query}")}
    speakers = list(Speaker.objects.prefetch_related("aliases"))
    assert any(speaker.aliases.all() for speaker in speakers)
    fast = SpeakerSerializer(speakers, many=True, context=context).data
    assert fast == [generic(SpeakerSerializer, speaker, context) for speaker in speakers]
    speaker = speakers[0]
    speaker.roles, speaker.scorecard, speaker.per_year = ["Role"], {"true": 1, "false": 0}, {"2024": 1}
    assert SpeakerDetailSerializer(speaker, context=context).data == generic(SpeakerDetailSerializer, speaker, context)
