"""/api/speakers/{slug}/related/: who shares topics or sources, most shared first."""
from factbase.claims.models import Claim
from tests.factories import AppearanceFactory, ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory


def test_speakers_sharing_most_come_first(anonymous, corpus):
    rows = anonymous.get("/api/speakers/speaker-ada/related/").json()["results"]
    # Bob shares topic beta and the weekly source; Cyd shares topic alpha (its draft's source does not count).
    assert [(row["slug"], row["shared_topics"], row["shared_sources"], row["score"]) for row in rows] == [
        ("speaker-bob", 1, 1, 2), ("speaker-cyd", 1, 0, 1)]
    assert set(rows[0]) == {"slug", "name", "kind", "shared_topics", "shared_sources", "score"}


def test_a_speaker_with_nothing_in_common_has_no_related_speakers(anonymous, db):
    lonely = ClaimFactory(topics=[TopicFactory()]).speaker
    ClaimFactory()
    assert anonymous.get(f"/api/speakers/{lonely.slug}/related/").json() == {"results": []}


def test_drafts_do_not_make_speakers_related_for_the_public(anonymous, staff_client, db):
    topic, source = TopicFactory(), SourceFactory()
    shown = ClaimFactory(topics=[topic])
    AppearanceFactory(claim=shown, source=source)
    hidden = ClaimFactory(topics=[topic], status=Claim.Status.DRAFT, speaker=SpeakerFactory())
    url = f"/api/speakers/{shown.speaker.slug}/related/"
    assert anonymous.get(url).json()["results"] == []
    assert [row["slug"] for row in staff_client.get(url).json()["results"]] == [hidden.speaker.slug]


def test_the_demo_speakers_are_related_through_their_shared_article(anonymous, demo):
    rows = anonymous.get("/api/speakers/mark-rutte/related/").json()["results"]
    assert rows and all(row["shared_sources"] == 1 for row in rows)
    assert [row["score"] for row in rows] == sorted((row["score"] for row in rows), reverse=True)
