"""Curator writes go through the domain's rules (services, full_clean); bad data gets a
400 naming each field and writes nothing."""
import datetime as dt

from factbase.claims.models import Appearance, Claim, Review, Source, Speaker
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory


def test_an_editor_records_a_claim_with_its_appearance(editor_client, db):
    speaker, source, topic = SpeakerFactory(), SourceFactory(), TopicFactory()
    response = editor_client.post("/api/claims/", {
        "speaker": speaker.slug, "text": "Synthetic words, recorded.", "said_on": "2024-11", "topics": [topic.slug],
        "source": source.pk, "context": "He said: Synthetic words, recorded.", "start": 9, "end": 35,
        "language": "en",
    }, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["status"], body["said_on_iso"], body["appearance_count"]) == ("draft", "2024-11", 1)
    claim = Claim.objects.get(pk=body["id"])
    assert claim.history.first().history_user.username == "editor"
    assert list(claim.topics.all()) == [topic]


def test_recording_the_same_words_again_adds_an_appearance_not_a_claim(editor_client, db):
    claim = ClaimFactory(text="Synthetic repeated words.")
    source = SourceFactory()
    response = editor_client.post("/api/claims/", {"speaker": claim.speaker.slug, "text": "synthetic REPEATED words",
                                                   "source": source.pk}, format="json")
    assert response.status_code == 200
    assert response.json()["id"] == claim.pk
    assert Claim.objects.count() == 1
    assert Appearance.objects.filter(claim=claim, source=source).exists()


def test_bad_claim_data_names_each_field_and_writes_nothing(editor_client, db):
    response = editor_client.post("/api/claims/", {"speaker": "nobody", "text": "", "said_on": "yesterday",
                                                   "kind": "shouted", "topics": ["no-such-topic"]}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"speaker", "text", "said_on", "kind", "topics"}
    assert Claim.objects.count() == 0


def test_publishing_for_an_unconfirmed_speaker_is_refused_by_the_domain(editor_client, db):
    speaker = SpeakerFactory(confirmed=False)
    response = editor_client.post("/api/claims/", {"speaker": speaker.slug, "text": "Synthetic unconfirmed words.",
                                                   "status": "published"}, format="json")
    assert response.status_code == 400
    assert "status" in response.json()
    assert Claim.objects.count() == 0


def test_an_editor_corrects_and_publishes_a_claim(editor_client, db):
    claim = ClaimFactory(status=Claim.Status.DRAFT, said_on=None, said_on_precision="")
    response = editor_client.patch(f"/api/claims/{claim.pk}/", {"said_on": "2024", "place": "Synthetic Town",
                                                                "status": "published"}, format="json")
    assert response.status_code == 200, response.content
    claim.refresh_from_db()
    assert (claim.said_on, claim.said_on_precision, claim.place, claim.status) == (
        dt.date(2024, 1, 1), "year", "Synthetic Town", "published")


def test_correcting_a_claim_into_a_duplicate_is_refused(editor_client, db):
    first = ClaimFactory(text="Synthetic first words.")
    second = ClaimFactory(speaker=first.speaker, text="Synthetic second words.")
    response = editor_client.patch(f"/api/claims/{second.pk}/", {"text": "Synthetic first words."}, format="json")
    assert response.status_code == 400
    assert "text" in response.json()
    second.refresh_from_db()
    assert second.text == "Synthetic second words."


def test_an_editor_creates_a_speaker_with_aliases(editor_client, db):
    response = editor_client.post("/api/speakers/", {"name": "Speaker Zoë Example", "aliases": ["Zoe Example"],
                                                     "kind": "person"}, format="json")
    assert response.status_code == 201, response.content
    speaker = Speaker.objects.get(slug=response.json()["slug"])
    assert list(speaker.aliases.values_list("name", flat=True)) == ["Zoe Example"]
    assert Speaker.objects.matching_name("zoe example").get() == speaker


def test_a_bad_wikidata_id_names_the_field(editor_client, db):
    response = editor_client.post("/api/speakers/", {"name": "Speaker Bad Id", "wikidata_id": "57792"},
                                  format="json")
    assert response.status_code == 400
    assert "wikidata_id" in response.json()
    assert not Speaker.objects.exists()


def test_an_editor_updates_a_speaker_by_slug(editor_client, db):
    speaker = SpeakerFactory()
    response = editor_client.patch(f"/api/speakers/{speaker.slug}/", {"description": "Synthetic, updated",
                                                                      "aliases": ["Another Synthetic Name"]},
                                   format="json")
    assert response.status_code == 200, response.content
    speaker.refresh_from_db()
    assert speaker.description == "Synthetic, updated"
    assert speaker.aliases.filter(name="Another Synthetic Name").exists()


def test_a_source_needs_a_valid_url(editor_client, db):
    response = editor_client.post("/api/sources/", {"title": "Synthetic", "url": "not a url",
                                                    "published_on": "2024-11-02"}, format="json")
    assert response.status_code == 400
    assert "url" in response.json()
    assert not Source.objects.exists()


def test_a_source_date_without_its_precision_is_a_day(editor_client, db):
    # The schema cannot tie the precision to the date, so the API does as Claim.clean does for a claim.
    response = editor_client.post("/api/sources/", {"title": "Synthetic", "published_on": "2024-11-02"},
                                  format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["published_on_precision"] == "day"
    source = SourceFactory(published_on=None, published_on_precision="")
    response = editor_client.patch(f"/api/sources/{source.pk}/", {"published_on": "2024-11-03"}, format="json")
    assert response.status_code == 200, response.json()
    source.refresh_from_db()
    assert (source.published_on.isoformat(), source.published_on_precision) == ("2024-11-03", "day")


def test_an_appearance_with_offsets_reversed_is_refused(editor_client, db):
    claim, source = ClaimFactory(), SourceFactory()
    response = editor_client.post("/api/appearances/", {"claim": claim.pk, "source": source.pk, "start": 10,
                                                        "end": 2}, format="json")
    assert response.status_code == 400
    assert not Appearance.objects.exists()


def test_a_reviewer_adds_a_review_that_becomes_the_verdict(reviewer_client, anonymous, db):
    claim = ClaimFactory()
    response = reviewer_client.post("/api/reviews/", {"claim": claim.pk, "rating": "mostly-false",
                                                      "attribution": "verified", "published": True,
                                                      "evidence_links": ["https://evidence.example/a"]},
                                    format="json")
    assert response.status_code == 201, response.content
    assert Review.objects.get().reviewer.username == "reviewer"
    assert anonymous.get(f"/api/claims/{claim.pk}/").json()["verdict"]["rating"] == "mostly-false"


def test_a_review_with_a_bad_evidence_link_is_refused(reviewer_client, db):
    claim = ClaimFactory()
    response = reviewer_client.post("/api/reviews/", {"claim": claim.pk, "rating": "maybe",
                                                      "evidence_links": ["javascript:alert(1)"]}, format="json")
    assert response.status_code == 400
    assert "rating" in response.json()
    response = reviewer_client.post("/api/reviews/", {"claim": claim.pk, "rating": "false",
                                                      "evidence_links": ["javascript:alert(1)"]}, format="json")
    assert response.status_code == 400
    assert "evidence_links" in response.json()
    assert not Review.objects.exists()


def test_a_topic_gets_a_slug_from_its_name(editor_client, db):
    response = editor_client.post("/api/topics/", {"name": "Synthetic Topic Name"}, format="json")
    assert response.status_code == 201
    assert response.json()["slug"] == "synthetic-topic-name"
