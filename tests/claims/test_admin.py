"""The curators' workbench in the Django admin, driven through the test client."""
import pytest
from django.urls import reverse

from factbase.claims.models import Claim, Review, Speaker
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

CHANGELIST = reverse("admin:claims_claim_changelist")


def claim_form(speaker, **overrides):
    data = {
        "text": "Synthetic words for the admin test.", "speaker": speaker.pk, "kind": "direct", "status": "draft",
        "said_on": "2024-11-13", "said_on_precision": "day", "role": "", "place": "", "language": "de",
        "appearances-TOTAL_FORMS": "0", "appearances-INITIAL_FORMS": "0",
        "reviews-TOTAL_FORMS": "0", "reviews-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_only_staff_reach_the_admin(client, db):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=False))
    assert client.get(CHANGELIST).status_code == 302


def test_the_demo_superuser_finds_the_16_claims_and_filters_by_speaker(client, demo, staff):
    client.force_login(staff)
    response = client.get(CHANGELIST)
    assert response.context["cl"].result_count == 16
    rutte = Speaker.objects.get(slug="mark-rutte")
    response = client.get(CHANGELIST, {"speaker": rutte.pk})
    assert response.context["cl"].result_count == 5
    assert "Mark Rutte" in response.content.decode()
    response = client.get(CHANGELIST, {"q": "Zelenskyy"})  # search reaches aliases
    assert response.context["cl"].result_count == 4


def test_the_speaker_filter_offers_the_selected_speaker_even_when_rarely_quoted(client, staff):
    speakers = [SpeakerFactory() for _ in range(31)]
    for speaker in speakers[:30]:
        ClaimFactory.create_batch(2, speaker=speaker)
    rare = speakers[30]
    ClaimFactory(speaker=rare)
    client.force_login(staff)

    def offered(response):
        spec = next(f for f in response.context["cl"].filter_specs if f.title == "speaker")
        return {name for _, name in spec.lookup_choices}

    assert rare.name not in offered(client.get(CHANGELIST))
    response = client.get(CHANGELIST, {"speaker": rare.pk})
    assert response.context["cl"].result_count == 1
    assert rare.name in offered(response)
    assert client.get(CHANGELIST, {"speaker": "x"}).status_code == 200


def test_a_page_of_100_claims_is_a_handful_of_queries(client, staff, django_assert_max_num_queries):
    topic = TopicFactory()
    ClaimFactory.create_batch(100, topics=[topic])
    client.force_login(staff)
    # session, user, count x2, page of claims with speaker+verdict, the filter sidebars (speakers, topics,
    # outlets, date hierarchy), and the action form: independent of the page size.
    with django_assert_max_num_queries(14):
        response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 100


def test_editing_a_claim_writes_its_change_history(client, editor):
    claim = ClaimFactory(status="draft")
    client.force_login(editor)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = client.post(url, claim_form(claim.speaker, text="Synthetic corrected words."))
    assert response.status_code == 302, response.context["adminform"].errors if response.context else ""
    history = client.get(reverse("admin:claims_claim_history", args=[claim.pk]))
    assert history.status_code == 200
    assert claim.history.count() == 2
    assert claim.history.first().history_user == editor
    assert "Synthetic corrected words." in history.content.decode()


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"text": "   "}, "text"),
        ({"said_on": "2024-02-30"}, "said_on"),
    ],
)
def test_the_claim_form_rejects_bad_input_with_a_field_error(client, editor, overrides, field):
    client.force_login(editor)
    response = client.post(reverse("admin:claims_claim_add"), claim_form(SpeakerFactory(), **overrides))
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert Claim.objects.count() == 0


def test_a_duplicate_claim_is_a_form_error_not_a_500(client, editor):
    existing = ClaimFactory(text="Synthetic twice said.")
    client.force_login(editor)
    response = client.post(reverse("admin:claims_claim_add"),
                           claim_form(existing.speaker, text="synthetic twice SAID"))
    assert response.status_code == 200
    assert "already has this claim" in str(response.context["adminform"].form.errors)
    assert Claim.objects.count() == 1


def test_a_bad_wikidata_id_is_a_form_error(client, editor):
    client.force_login(editor)
    response = client.post(reverse("admin:claims_speaker_add"), {
        "name": "Speaker 00042", "slug": "speaker-00042", "kind": "person", "wikidata_id": "42",
        "confirmed": "on", "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"})
    assert "wikidata_id" in response.context["adminform"].form.errors
    assert not Speaker.objects.exists()


def test_publish_and_retract_actions(client, editor):
    claims = ClaimFactory.create_batch(2, status="draft")
    client.force_login(editor)
    ids = [c.pk for c in claims]
    client.post(CHANGELIST, {"action": "publish", "_selected_action": ids})
    assert set(Claim.objects.values_list("status", flat=True)) == {"published"}
    client.post(CHANGELIST, {"action": "retract", "_selected_action": ids})
    assert set(Claim.objects.values_list("status", flat=True)) == {"retracted"}


def test_publishing_with_an_unconfirmed_speaker_is_refused_with_a_message(client, editor):
    claim = ClaimFactory(status="draft", speaker=SpeakerFactory(confirmed=False))
    client.force_login(editor)
    response = client.post(CHANGELIST, {"action": "publish", "_selected_action": [claim.pk]}, follow=True)
    assert "Confirm the speaker" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "draft"


def test_the_merge_action_asks_which_speaker_to_keep_then_merges(client, editor):
    kept, other = SpeakerFactory(), SpeakerFactory()
    ClaimFactory(speaker=kept)
    ClaimFactory(speaker=other)
    client.force_login(editor)
    url = reverse("admin:claims_speaker_changelist")
    response = client.post(url, {"action": "merge", "_selected_action": [kept.pk, other.pk]})
    assert "Keep this speaker" in response.content.decode()
    client.post(url, {"action": "merge", "_selected_action": [kept.pk, other.pk], "apply": "1", "target": kept.pk})
    kept.refresh_from_db()
    assert kept.claim_count == 2
    assert not Speaker.objects.filter(pk=other.pk).exists()
    assert list(kept.aliases.values_list("name", flat=True)) == [other.name]


def test_editors_edit_claims_but_cannot_write_reviews(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:claims_claim_add")).status_code == 200
    assert client.get(reverse("admin:claims_speaker_add")).status_code == 200
    assert client.get(reverse("admin:claims_source_add")).status_code == 200
    assert client.get(reverse("admin:claims_review_add")).status_code == 403


def test_reviewers_write_reviews_but_cannot_edit_claims(client, reviewer):
    claim = ClaimFactory()
    client.force_login(reviewer)
    assert client.get(reverse("admin:claims_claim_add")).status_code == 403
    response = client.post(reverse("admin:claims_claim_changelist"),
                           {"action": "publish", "_selected_action": [claim.pk]})
    assert response.status_code in (200, 302, 403)
    assert not reviewer.has_perm("claims.publish_claim")
    response = client.post(reverse("admin:claims_review_add"), {
        "claim": claim.pk, "rating": "mostly-false", "attribution": "verified", "explanation": "Synthetic.",
        "evidence_links": '["https://evidence.example/a"]', "reviewed_on": "2024-11-20", "published": "on"})
    assert response.status_code == 302
    review = Review.objects.get()
    assert review.reviewer == reviewer
    claim.refresh_from_db()
    assert claim.verdict == review


def test_a_source_page_shows_every_claim_found_in_it(client, editor):
    source = SourceFactory()
    from tests.factories import AppearanceFactory

    AppearanceFactory.create_batch(3, source=source)
    client.force_login(editor)
    response = client.get(reverse("admin:claims_source_change", args=[source.pk]))
    assert response.context["inline_admin_formsets"][0].formset.queryset.count() == 3
