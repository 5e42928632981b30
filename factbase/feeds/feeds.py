"""Atom feeds of published claims: all of them, per speaker, per topic, per claim-list query.

Feeds are public documents (readers cache and share them), so they show what anonymous
users may see whoever asks: drafts and retracted claims never appear. Entries come newest
change first (`Claim.updated`): a claim published today leads even if it was imported as
a draft last month.
"""
import json
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join

from factbase.api.filters import ClaimFilter
from factbase.claims.models import Claim, Speaker, Topic
from factbase.claims.querysets import PUBLIC

ENTRIES = 50


def _published_claims():
    return (Claim.objects.visible_to(PUBLIC).select_related("speaker", "verdict")
            .prefetch_related("topics", "appearances__source").order_by("-updated", "-id"))


@dataclass(frozen=True)
class Selection:
    """What one request of /feeds/claims/ asked for (the Feed object is shared by all requests)."""

    claims: object
    query: str


class ClaimsFeed(Feed):
    """Newly published claims; with the claim list's parameters (?speaker=…&q=…) those
    matching, validated by the API's own FilterSet (a bad parameter is a 400 naming it)."""

    feed_type = Atom1Feed
    subtitle = "Claims as they are published: the quote, who said it, when, where it appeared and its verdict."

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except InvalidQuery as invalid:
            return HttpResponseBadRequest(json.dumps(invalid.errors), content_type="application/json")

    def get_object(self, request, *args, **kwargs):
        filterset = ClaimFilter(request.GET, queryset=_published_claims(), request=request)
        if not filterset.is_valid():
            raise InvalidQuery({field: [error["message"] for error in errors]
                                for field, errors in filterset.errors.get_json_data().items()})
        query = request.GET.urlencode()
        return Selection(filterset.qs.filter(status=Claim.Status.PUBLISHED), f"?{query}" if query else "")

    def link(self, selection):
        return "/" + selection.query

    def feed_url(self, selection):
        return reverse("feed-claims") + selection.query

    def title(self, selection):
        return "Factbase: newly published claims" + (f" ({selection.query[1:]})" if selection.query else "")

    def items(self, selection):
        return selection.claims.order_by("-updated", "-id")[:ENTRIES]

    def item_title(self, claim):
        excerpt = claim.text if len(claim.text) <= 100 else claim.text[:99] + "…"
        return f"{claim.speaker.name}: {excerpt}"

    def item_description(self, claim):
        """The quote, speaker, date said, sources and verdict, user text escaped."""
        said = claim.said
        verdict = claim.verdict
        sources = format_html_join(
            ", ", '<a href="{}">{}</a>',
            ((a.source.url or "", a.source.title) for a in claim.appearances.all()),
        )
        return format_html(
            "<blockquote>{}</blockquote><p>{}{}{}</p><p>Source: {}</p><p>Verdict: {}</p>",
            claim.text, claim.speaker.name, f", {claim.role}" if claim.role else "",
            f", said {said.isoformat()}" if said else ", date said unknown",
            sources or "none recorded",
            f"{verdict.get_rating_display()} ({verdict.get_attribution_display()})" if verdict else "not yet reviewed",
        )

    def item_link(self, claim):
        return claim.get_absolute_url()

    def item_guid(self, claim):
        return f"{claim.get_absolute_url()}"

    def item_author_name(self, claim):
        return claim.speaker.name

    def item_author_link(self, claim):
        return f"/speaker.html?slug={claim.speaker.slug}"

    def item_pubdate(self, claim):
        return claim.created

    def item_updateddate(self, claim):
        return claim.updated

    def item_categories(self, claim):
        categories = [topic.name for topic in claim.topics.all()]
        if claim.verdict:
            categories.append(f"verdict: {claim.verdict.get_rating_display()}")
        return categories


class InvalidQuery(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


class SpeakerFeed(ClaimsFeed):
    """One speaker's newly published claims."""

    def get_object(self, request, slug):
        return get_object_or_404(Speaker.objects.visible_to(PUBLIC), slug=slug)

    def title(self, speaker):
        return f"Factbase: claims by {speaker.name}"

    def link(self, speaker):
        return f"/speaker.html?slug={speaker.slug}"

    def feed_url(self, speaker):
        return reverse("feed-speaker", kwargs={"slug": speaker.slug})

    def items(self, speaker):
        return _published_claims().filter(speaker=speaker)[:ENTRIES]


class TopicFeed(ClaimsFeed):
    """Newly published claims on one topic."""

    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, topic):
        return f"Factbase: claims on {topic.name}"

    def link(self, topic):
        return f"/?topic={topic.slug}"

    def feed_url(self, topic):
        return reverse("feed-topic", kwargs={"slug": topic.slug})

    def items(self, topic):
        return _published_claims().filter(topics=topic)[:ENTRIES]
