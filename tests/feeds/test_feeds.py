"""Atom feeds: all newly published claims, per speaker, per topic, per claim-list query.
Parsed with feedparser; drafts and retracted claims never appear."""
import feedparser
import pytest
from django.test import Client

from factbase.claims.models import Claim
from tests.factories import AppearanceFactory, ClaimFactory, ReviewFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


@pytest.fixture
def anonymous():
    return Client()


@pytest.fixture
def claims():
    speaker = SpeakerFactory(name="Speaker 00001", slug="speaker-00001")
    other = SpeakerFactory(name="Speaker 00002", slug="speaker-00002")
    topic = TopicFactory(name="Topic Alpha", slug="alpha")
    published = ClaimFactory(speaker=speaker, text="Synthetic published words <b>bold</b> & more", topics=[topic])
    AppearanceFactory(claim=published)
    ReviewFactory(claim=published, rating="false", published=True)
    return {
        "published": published,
        "other": ClaimFactory(speaker=other, text="Synthetic words of another speaker"),
        "draft": ClaimFactory(speaker=speaker, text="Synthetic draft never in feeds", status=Claim.Status.DRAFT,
                              topics=[topic]),
        "retracted": ClaimFactory(speaker=speaker, text="Synthetic retracted never in feeds",
                                  status=Claim.Status.RETRACTED, topics=[topic]),
    }


def test_the_feed_of_all_claims_holds_every_published_claim_and_no_draft(claims, anonymous):
    feed = parse(anonymous.get("/feeds/claims/"))
    texts = " ".join(entry.summary for entry in feed.entries)
    assert len(feed.entries) == 2
    assert "never in feeds" not in texts


def test_an_entry_gives_quote_speaker_date_source_and_verdict(claims, anonymous):
    feed = parse(anonymous.get("/feeds/speakers/speaker-00001/"))
    (entry,) = feed.entries
    claim = claims["published"]
    source = claim.appearances.get().source
    assert entry.author == "Speaker 00001"
    assert "Synthetic published words &lt;b&gt;bold&lt;/b&gt; &amp; more" in entry.summary  # escaped, not markup
    assert "said 2024-11-13" in entry.summary
    assert source.url in entry.summary and "Verdict: false" in entry.summary
    assert entry.link.endswith(f"/api/claims/{claim.pk}/")
    assert {tag.term for tag in entry.tags} == {"Topic Alpha", "verdict: false"}


def test_the_topic_feed_holds_the_topic_s_published_claims(claims, anonymous):
    feed = parse(anonymous.get("/feeds/topics/alpha/"))
    assert [entry.author for entry in feed.entries] == ["Speaker 00001"]
    assert feed.feed.title == "Factbase: claims on Topic Alpha"


def test_a_query_feed_filters_like_the_claim_list(claims, anonymous):
    feed = parse(anonymous.get("/feeds/claims/", {"speaker": "speaker-00002", "q": "another"}))
    assert [entry.author for entry in feed.entries] == ["Speaker 00002"]
    assert parse(anonymous.get("/feeds/claims/", {"q": "draft"})).entries == []


@pytest.mark.parametrize(("query", "parameter"), [
    ({"said_after": "soon"}, "said_after"), ({"rating": "wrong"}, "rating"), ({"q": '"open'}, "q"),
    ({"ordering": "relevance"}, "ordering"),
])
def test_a_bad_parameter_is_a_400_naming_it(anonymous, query, parameter):
    response = anonymous.get("/feeds/claims/", query)
    assert response.status_code == 400
    assert parameter in response.json()


def test_a_draft_only_or_unconfirmed_speaker_has_no_feed(anonymous):
    proposal = SpeakerFactory(slug="speaker-proposal", confirmed=False)
    ClaimFactory(speaker=proposal, status=Claim.Status.DRAFT)
    assert anonymous.get("/feeds/speakers/speaker-proposal/").status_code == 404
    assert anonymous.get("/feeds/topics/no-such-topic/").status_code == 404


def test_curators_get_the_public_feed_too(claims, editor):
    curator = Client()
    curator.force_login(editor)
    assert len(parse(curator.get("/feeds/claims/")).entries) == 2


def test_every_seed_speaker_has_a_feed(demo, anonymous):
    from factbase.claims.models import Speaker

    for speaker in Speaker.objects.filter(claim_count__gt=0):
        feed = parse(anonymous.get(f"/feeds/speakers/{speaker.slug}/"))
        assert len(feed.entries) == speaker.claim_count
