"""The admin's "To review" queue: draft proposals of article imports and Quotebank loads, the
unconfirmed speakers they wait on, and the counts on the admin index. Synthetic data only
("Speaker 00042", "Synthetic article 7")."""
import datetime as dt

import pytest
from django.urls import reverse

from factbase.claims.models import Appearance, Claim, Speaker
from factbase.ingest.models import ArticleImport
from factbase.ingest.review_queue import COUNT_CAP, capped_count
from tests.factories import AppearanceFactory, ClaimFactory, SourceFactory, SpeakerFactory, UserFactory

QUEUE = reverse("admin:ingest_review_queue")


def draft(*, confidence, speaker=None, source=None, text=None):
    claim = ClaimFactory(status=Claim.Status.DRAFT, speaker=speaker or SpeakerFactory(confirmed=False),
                         **({"text": text} if text else {}))
    return AppearanceFactory(claim=claim, confidence=confidence, **({"source": source} if source else {}))


@pytest.fixture
def queue(db):
    """Five synthetic draft proposals: two from one article import, three from a Quotebank-like
    load (a Source per URL, no import record; one without a confidence); one published claim."""
    article = SourceFactory(title="Synthetic article 1")
    ArticleImport.objects.create(source=article, document="synthetic.txt", proposed=2)
    s1, s2 = SpeakerFactory(name="Speaker 00001", confirmed=False), SpeakerFactory(name="Speaker 00002")
    rows = [
        draft(confidence=0.9, speaker=s1, source=article, text="Synthetic claim A."),
        draft(confidence=0.2, speaker=s2, source=article, text="Synthetic claim B."),
        draft(confidence=0.5, speaker=s1, text="Synthetic claim C."),
        draft(confidence=None, speaker=s2, text="Synthetic claim D."),
        draft(confidence=0.05, speaker=s1, text="Synthetic claim E."),
    ]
    AppearanceFactory(claim=ClaimFactory(speaker=s2, text="Synthetic published claim."), confidence=0.01)
    return {"rows": rows, "article": article, "s1": s1, "s2": s2, "import": ArticleImport.objects.get()}


def texts(response):
    assert response.status_code == 200, response.content[:500]
    return [row.claim.text.removeprefix("Synthetic claim ").rstrip(".") for row in response.context["page"].proposals]


def test_oldest_first_lists_every_draft_proposal_and_no_published_one(client, editor, queue):
    client.force_login(editor)
    assert texts(client.get(QUEUE)) == ["A", "B", "C", "D", "E"]


def test_lowest_confidence_first_puts_proposals_without_one_last(client, editor, queue):
    client.force_login(editor)
    assert texts(client.get(QUEUE, {"sort": "confidence"})) == ["E", "B", "C", "A", "D"]


@pytest.mark.parametrize(("query", "expected"), [
    ({"article_import": "import"}, ["A", "B"]),
    ({"source": "article"}, ["A", "B"]),
    ({"speaker": "s1"}, ["A", "C", "E"]),
    ({"speaker": "s2", "sort": "confidence"}, ["B", "D"]),
    ({"min_confidence": "0.2", "max_confidence": "0.6"}, ["B", "C"]),
    ({"min_confidence": "0.5"}, ["A", "C"]),  # no confidence: outside any range
    ({"max_confidence": "0.1", "sort": "confidence"}, ["E"]),
])
def test_filters(client, editor, queue, query, expected):
    client.force_login(editor)
    params = {key: (queue[value].pk if value in queue else value) for key, value in query.items()}
    assert texts(client.get(QUEUE, params)) == expected


@pytest.mark.parametrize("sort", ["oldest", "confidence"])
def test_keyset_pages_cover_the_queue_once_in_order(client, editor, queue, sort):
    client.force_login(editor)
    whole = texts(client.get(QUEUE, {"sort": sort}))
    seen, params = [], {"sort": sort, "page_size": 2}
    while True:
        response = client.get(QUEUE, params)
        seen += texts(response)
        after = response.context["page"].next_after
        if after is None:
            break
        assert f"after={after.replace(':', '%3A')}" in response.content.decode()
        params["after"] = after
    assert seen == whole


@pytest.mark.parametrize(("query", "field"), [
    ({"speaker": "x"}, "speaker"), ({"min_confidence": "1.5"}, "min_confidence"),
    ({"sort": "random"}, "sort"), ({"after": "nonsense"}, "after"), ({"page_size": "0"}, "page_size"),
    ({"source": str(2**70)}, "source"), ({"min_confidence": "0.9", "max_confidence": "0.1"}, "max_confidence"),
])
def test_bad_parameters_are_a_400_naming_them(client, editor, queue, query, field):
    client.force_login(editor)
    response = client.get(QUEUE, query)
    assert response.status_code == 400
    assert f"<li>{field}:" in response.content.decode()


def test_accept_publishes_confirming_the_speaker_and_records_who(client, editor, queue):
    client.force_login(editor)
    row = queue["rows"][0]
    response = client.post(QUEUE, {"action": "accept", "appearance": row.pk, "confirm_speaker": "on"},
                           headers={"accept": "application/json"})
    assert response.status_code == 200 and response.json()["ok"]
    claim = Claim.objects.get(pk=row.claim_id)
    assert claim.status == "published" and claim.speaker.confirmed
    assert claim.history.latest().history_user == editor
    assert claim.speaker.history.latest().history_user == editor
    assert "Synthetic claim A." not in client.get(QUEUE).content.decode()


def test_accept_without_confirming_an_unconfirmed_speaker_is_refused(client, editor, queue):
    client.force_login(editor)
    row = queue["rows"][0]
    response = client.post(QUEUE, {"action": "accept", "appearance": row.pk}, headers={"accept": "application/json"})
    assert response.status_code == 409 and "Confirm the speaker" in response.json()["message"]
    assert Claim.objects.get(pk=row.claim_id).status == "draft"


def test_reject_removes_the_proposal_and_history_keeps_it(client, editor, queue):
    client.force_login(editor)
    row = queue["rows"][1]
    response = client.post(QUEUE, {"action": "reject", "appearance": row.pk})
    assert response.status_code == 302
    assert not Claim.objects.filter(pk=row.claim_id).exists()
    deleted = Claim.history.filter(id=row.claim_id).latest()
    assert deleted.history_type == "-" and deleted.history_user == editor


def test_an_action_on_a_row_no_longer_queued_is_a_404(client, editor, queue):
    client.force_login(editor)
    published = Appearance.objects.get(claim__status="published")
    response = client.post(QUEUE, {"action": "reject", "appearance": published.pk},
                           headers={"accept": "application/json"})
    assert response.status_code == 404 and Appearance.objects.filter(pk=published.pk).exists()


def test_unconfirmed_speakers_with_the_drafts_waiting_and_confirm(client, editor, queue):
    client.force_login(editor)
    other = SpeakerFactory(name="Speaker 00003", confirmed=False)
    response = client.get(QUEUE, {"tab": "speakers"})
    assert [(s.name, s.drafts) for s in response.context["speakers"]] == [("Speaker 00001", 3),
                                                                           ("Speaker 00003", 0)]
    response = client.post(QUEUE, {"action": "confirm", "speaker": other.pk}, headers={"accept": "application/json"})
    assert response.json() == {"ok": True, "message": "Confirmed: Speaker 00003"}
    other.refresh_from_db()
    assert other.confirmed and other.history.latest().history_user == editor


def test_the_admin_index_counts_drafts_and_unconfirmed_speakers(client, editor, queue):
    client.force_login(editor)
    page = client.get(reverse("admin:index")).content.decode()
    assert "5 drafts to review" in page and "1 unconfirmed speaker<" in page


def test_counts_are_capped(db):
    speaker = SpeakerFactory()
    Claim.objects.bulk_create(Claim(speaker=speaker, text=f"Synthetic {n}", text_hash=str(n), status="draft")
                              for n in range(12))
    assert capped_count(Claim.objects.filter(status="draft"), cap=10) == (10, True)
    assert capped_count(Claim.objects.filter(status="draft"), cap=12) == (12, False)
    assert COUNT_CAP == 10_000


def test_a_user_without_the_claim_permission_gets_403(client, reviewer, queue):
    client.force_login(reviewer)
    assert client.get(QUEUE).status_code == 403
    assert client.post(QUEUE, {"action": "reject", "appearance": queue["rows"][0].pk}).status_code == 403
    assert Appearance.objects.filter(pk=queue["rows"][0].pk).exists()
    assert "drafts to review" not in client.get(reverse("admin:index")).content.decode()


def test_changing_claims_without_publishing_may_not_accept(client, queue):
    user = UserFactory(username="changer", is_staff=True)
    from django.contrib.auth.models import Permission
    user.user_permissions.add(Permission.objects.get(codename="change_claim"))
    client.force_login(user)
    assert client.get(QUEUE).status_code == 200
    response = client.post(QUEUE, {"action": "accept", "appearance": queue["rows"][1].pk})
    assert response.status_code == 403
    assert Claim.objects.get(pk=queue["rows"][1].claim_id).status == "draft"


def test_anonymous_is_sent_to_the_login_page(client, queue):
    for response in (client.get(QUEUE), client.post(QUEUE, {"action": "reject", "appearance": 1})):
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))


def test_posts_need_the_csrf_token(editor, queue):
    from django.test import Client
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(QUEUE, {"action": "reject", "appearance": queue["rows"][0].pk}).status_code == 403
    assert Appearance.objects.filter(pk=queue["rows"][0].pk).exists()


@pytest.mark.parametrize("sort", ["oldest", "confidence"])
def test_the_number_of_queries_does_not_grow_with_the_rows(client, staff, django_assert_max_num_queries, sort):
    client.force_login(staff)
    article = SourceFactory()
    ArticleImport.objects.create(source=article)
    for n in range(30):
        draft(confidence=n / 30, source=article if n % 2 else None)
    # session, user, the page of rows (claim, speaker, source joined), their imports
    with django_assert_max_num_queries(4):
        assert len(client.get(QUEUE, {"sort": sort}).context["page"].proposals) == 30
    with django_assert_max_num_queries(4):
        client.get(QUEUE, {"tab": "speakers"})


def test_the_page_shows_the_keys_and_loads_its_module_without_inline_script(client, editor, queue):
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "<kbd>j</kbd> next" in page and "<kbd>a</kbd> accept" in page and "<kbd>e</kbd> edit" in page
    assert 'type="module" src="/static/ingest/review_queue.js"' in page
    body = page[page.index("<body"):]
    assert "<script>" not in body and " on" + "click=" not in body


def test_claim_text_is_escaped(client, editor, db):
    client.force_login(editor)
    draft(confidence=0.5, text='Synthetic <img src=x onerror="alert(1)"> claim')
    page = client.get(QUEUE).content.decode()
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_drafts_unchanged_dates_do_not_matter(client, editor, queue):
    # "oldest" is the order the drafts were proposed in, not the date said.
    Claim.objects.filter(pk=queue["rows"][0].claim_id).update(said_on=dt.date(2030, 1, 1))
    client.force_login(editor)
    assert texts(client.get(QUEUE))[0] == "A"
    assert Speaker.objects.filter(confirmed=False).count() == 1
