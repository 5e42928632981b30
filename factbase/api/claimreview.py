"""schema.org ClaimReview (JSON-LD) for a published, reviewed claim: what search engines
and fact-check aggregators read."""
from rest_framework.renderers import JSONRenderer
from rest_framework.reverse import reverse

from factbase.claims.models import Review

# Ratings on a numeric scale, 6 best, 1 worst; "unverifiable" has no value (alternateName only).
RATING_VALUES = {
    Review.Rating.TRUE: 6, Review.Rating.MOSTLY_TRUE: 5, Review.Rating.HALF_TRUE: 4,
    Review.Rating.MOSTLY_FALSE: 3, Review.Rating.FALSE: 2, Review.Rating.PANTS_ON_FIRE: 1,
}
PUBLISHER = {"@type": "Organization", "name": "Factbase"}


class JSONLDRenderer(JSONRenderer):
    """application/ld+json by default; application/json for clients that ask for it."""

    media_type = "application/ld+json"
    format = "jsonld"


def _creative_work(appearance) -> dict:
    source = appearance.source
    work = {"@type": "CreativeWork", "headline": source.title}
    if source.url:
        work["url"] = source.url
    if source.outlet:
        work["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.published_on:
        work["datePublished"] = source.published.isoformat()
    return work


def claim_review(claim, request) -> dict:
    """The JSON-LD document; `claim` has its verdict, speaker and appearances loaded."""
    review = claim.verdict
    speaker = claim.speaker
    author = {"@type": "Person" if speaker.kind == speaker.Kind.PERSON else "Organization", "name": speaker.name}
    if speaker.wikidata_id:
        author["sameAs"] = f"https://www.wikidata.org/wiki/{speaker.wikidata_id}"
    if claim.role:
        author["jobTitle" if speaker.kind == speaker.Kind.PERSON else "description"] = claim.role
    item = {"@type": "Claim", "author": author, "text": claim.text}
    if claim.said:
        item["datePublished"] = claim.said.isoformat()
    appearances = [_creative_work(appearance) for appearance in claim.appearances.all()]
    if appearances:
        item["firstAppearance"] = appearances[0]
        item["appearance"] = appearances
    rating = {
        "@type": "Rating",
        "alternateName": review.get_rating_display(),
        "bestRating": max(RATING_VALUES.values()),
        "worstRating": min(RATING_VALUES.values()),
    }
    if review.rating in RATING_VALUES:
        rating["ratingValue"] = RATING_VALUES[review.rating]
    url = reverse("claim-claimreview", kwargs={"pk": claim.pk}, request=request)
    document = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": rating,
        "datePublished": review.reviewed_on.isoformat(),
        "author": PUBLISHER,
        "reviewBody": review.explanation,
    }
    if review.reviewer_id and review.reviewer.get_full_name():
        document["author"] = {"@type": "Person", "name": review.reviewer.get_full_name(), "worksFor": PUBLISHER}
    return document
