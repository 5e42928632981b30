"""The admin's "Import article" page and the review of what it found, as the editor persona.
Made-up text and speakers only."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from factbase.claims.models import Appearance, Claim, Source, Speaker
from factbase.ingest.models import ArticleImport
from tests.factories import UserFactory

IMPORT = reverse("admin:ingest_articleimport_add")
TEXT = ("Anna Beispiel sagte am Mittwoch: „Wir brauchen mehr Tee im Büro, und zwar sofort.“ "
        "Bernd Muster sagte am Donnerstag: „Der Kaffee im Büro reicht <b>für alle</b>, wirklich für alle.“")


def form(**overrides):
    return {"text": TEXT, "title": "Mehr Tee", "date": "2024-11-13", "url": "https://news.example/tee",
            "outlet": "Beispiel-Zeitung", "language": "de", **overrides}


@pytest.fixture
def imported(client, editor):
    client.force_login(editor)
    response = client.post(IMPORT, form())
    record = ArticleImport.objects.get()
    assert response.status_code == 302 and response.url == review_url(record)
    return record


def review_url(record):
    return reverse("admin:ingest_articleimport_review", args=[record.pk])


def appearance_of(words):
    return Appearance.objects.select_related("claim__speaker").get(claim__text__startswith=words)


def test_the_import_page_is_offered_to_editors(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:index")).content.decode().count("Article imports") == 1
    response = client.get(IMPORT)
    assert response.status_code == 200 and b"Import and review" in response.content


def test_the_import_page_is_refused_to_reviewers(client, reviewer):
    client.force_login(reviewer)
    assert client.get(IMPORT).status_code == 403


def test_pasted_text_lands_as_drafts_on_the_review_page(client, imported, editor):
    source = Source.objects.get()
    assert (source.title, source.url, source.outlet, source.published.isoformat(), source.text) == (
        "Mehr Tee", "https://news.example/tee", "Beispiel-Zeitung", "2024-11-13", TEXT)
    assert set(Claim.objects.values_list("status", flat=True)) == {"draft"}
    assert imported.imported_by == editor and imported.proposed == 2
    response = client.get(review_url(imported))
    assert response.status_code == 200
    assert response.context["drafts"] == 2
    page = response.content.decode()
    tea = appearance_of("Wir brauchen")
    assert (f'<mark id="span-{tea.pk}" class="proposal direct draft" title="Anna Beispiel: direct quote">'
            "Wir brauchen mehr Tee im Büro, und zwar sofort.</mark>") in page


def test_the_article_text_is_escaped_in_the_highlighted_view(client, imported):
    page = client.get(review_url(imported)).content.decode()
    assert "&lt;b&gt;für alle&lt;/b&gt;" in page
    assert "<b>für alle</b>" not in page


def test_an_uploaded_html_file_is_read_with_its_metadata(client, editor):
    client.force_login(editor)
    page = ("<html><head><title>Tee</title><meta property='og:site_name' content='Beispiel-Zeitung'></head><body>"
            "<nav>Startseite Politik Sport</nav><article><h1>Mehr Tee für alle</h1>"
            f"<p>{TEXT}</p><p>Weitere Einzelheiten wurden am Abend in Musterstadt bekannt gegeben.</p>"
            "</article></body></html>")
    upload = SimpleUploadedFile("tee.html", page.encode(), content_type="text/html")
    response = client.post(IMPORT, {**form(text="", title="", outlet=""), "file": upload})
    assert response.status_code == 302
    source = Source.objects.get()
    assert source.title == "Mehr Tee für alle" and source.outlet == "Beispiel-Zeitung"
    assert "Startseite" not in source.text and Claim.objects.count() == 2


@pytest.mark.parametrize("overrides, message", [
    ({"text": ""}, "Paste the article"),
    ({"date": "2024-02-30"}, "not a real date"),
    ({"url": "not a url at all"}, "Enter a valid URL"),
])
def test_bad_input_is_shown_on_the_form_and_writes_nothing(client, editor, overrides, message):
    client.force_login(editor)
    response = client.post(IMPORT, form(**overrides))
    assert response.status_code == 200 and message in response.content.decode()
    assert not Source.objects.exists() and not Claim.objects.exists()


def test_an_empty_upload_is_refused(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("leer.txt", b"\x00\x01\x02binary", content_type="application/octet-stream")
    response = client.post(IMPORT, {**form(text=""), "file": upload})
    assert "binary" in response.content.decode() and not Source.objects.exists()


def test_importing_the_same_article_again_adds_nothing_and_leads_to_the_first_review(client, imported):
    response = client.post(IMPORT, form(url=""))
    assert response.status_code == 302 and response.url == review_url(imported)
    assert (Source.objects.count(), Claim.objects.count(), ArticleImport.objects.count()) == (1, 2, 1)


def test_accepting_a_claim_confirms_its_speaker_in_the_same_step(client, imported, editor):
    tea = appearance_of("Wir brauchen")
    response = client.post(review_url(imported), {"appearance": tea.pk, "action": "accept", "confirm_speaker": "on"})
    assert response.status_code == 302
    tea.claim.refresh_from_db()
    assert tea.claim.status == "published" and tea.claim.speaker.confirmed
    assert tea.claim.history.first().history_user == editor


def test_accepting_without_confirming_the_speaker_is_refused_with_a_message(client, imported):
    tea = appearance_of("Wir brauchen")
    response = client.post(review_url(imported), {"appearance": tea.pk, "action": "accept"}, follow=True)
    assert "Confirm the speaker" in response.content.decode()
    tea.claim.refresh_from_db()
    assert tea.claim.status == "draft"


def test_editing_a_proposal_changes_its_text_speaker_and_kind(client, imported):
    tea = appearance_of("Wir brauchen")
    prefix = f"a{tea.pk}"
    client.post(review_url(imported), {"appearance": tea.pk, "action": "edit", f"{prefix}-text": "Mehr Tee, sofort.",
                                       f"{prefix}-speaker": "Carla Beispiel", f"{prefix}-kind": "indirect"})
    claim = Claim.objects.get(pk=tea.claim_id)
    assert (claim.text, claim.speaker.name, claim.kind, claim.status) == (
        "Mehr Tee, sofort.", "Carla Beispiel", "indirect", "draft")
    assert not claim.speaker.confirmed
    assert claim.appearances.get().printed_text == "Wir brauchen mehr Tee im Büro, und zwar sofort."


def test_an_edit_that_would_duplicate_a_claim_is_refused(client, imported):
    tea, coffee = appearance_of("Wir brauchen"), appearance_of("Der Kaffee")
    prefix = f"a{tea.pk}"
    response = client.post(review_url(imported), {
        "appearance": tea.pk, "action": "edit", f"{prefix}-text": coffee.claim.text,
        f"{prefix}-speaker": "Bernd Muster", f"{prefix}-kind": "direct"}, follow=True)
    assert "already has this claim" in response.content.decode()
    assert Claim.objects.get(pk=tea.claim_id).text.startswith("Wir brauchen")


def test_rejecting_removes_the_draft_and_history_keeps_it(client, imported):
    tea = appearance_of("Wir brauchen")
    client.post(review_url(imported), {"appearance": tea.pk, "action": "reject"})
    assert not Claim.objects.filter(pk=tea.claim_id).exists()
    assert Claim.history.filter(id=tea.claim_id, history_type="-").exists()
    assert Appearance.history.filter(id=tea.pk, history_type="-").exists()


def test_rejecting_a_claim_found_elsewhere_only_removes_this_appearance(client, imported, editor):
    tea = appearance_of("Wir brauchen")
    other = Source.objects.create(title="Anderswo", url="https://other.example/tee")
    Appearance.objects.create(claim=tea.claim, source=other)
    client.post(review_url(imported), {"appearance": tea.pk, "action": "reject"})
    assert Claim.objects.get(pk=tea.claim_id).appearances.get().source == other


def test_accept_all_publishes_every_remaining_draft_and_confirms_their_speakers(client, imported):
    client.post(review_url(imported), {"action": "accept_all", "confirm_speaker": "on"})
    assert set(Claim.objects.values_list("status", flat=True)) == {"published"}
    assert all(Speaker.objects.values_list("confirmed", flat=True))
    assert client.get(review_url(imported)).context["drafts"] == 0


def test_accept_all_without_confirming_names_the_unconfirmed_speakers(client, imported):
    response = client.post(review_url(imported), {"action": "accept_all"}, follow=True)
    page = response.content.decode()
    assert "Anna Beispiel" in page and "speaker unconfirmed" in page
    assert set(Claim.objects.values_list("status", flat=True)) == {"draft"}


def test_reviewers_may_look_but_not_decide(client, imported):
    reviewer = UserFactory(username="reviewer2", is_staff=True, groups=["Reviewer"])
    client.force_login(reviewer)
    assert client.get(review_url(imported)).status_code == 200
    tea = appearance_of("Wir brauchen")
    assert client.post(review_url(imported), {"appearance": tea.pk, "action": "reject"}).status_code == 403
    assert Claim.objects.filter(pk=tea.claim_id).exists()


def test_the_review_page_is_a_fixed_number_of_queries(client, imported, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        # session, user, user permissions, group permissions, the import with its source,
        # appearances with their claims and speakers
        client.get(review_url(imported))


def test_a_proposal_found_without_a_speaker_can_be_added_with_one(client, editor, monkeypatch):
    from factbase.ingest import pipeline
    from factbase.ingest.proposals import Proposal

    words = "Der Kaffee im Büro reicht <b>für alle</b>, wirklich für alle."
    start = TEXT.index(words)
    unattributed = Proposal(words, None, "", "direct", start, start + len(words), TEXT, 0.4)
    monkeypatch.setattr(pipeline, "extract_claims", lambda text, language="de": [unattributed])
    client.force_login(editor)
    client.post(IMPORT, form())
    record = ArticleImport.objects.get()
    assert not Claim.objects.exists() and len(record.unattributed_proposals) == 1
    page = client.get(review_url(record)).content.decode()
    assert "Found without a speaker" in page and "Der Kaffee im Büro reicht &lt;b&gt;" in page

    client.post(review_url(record), {"action": "attribute", "index": 0, "speaker": "Carla Beispiel"})
    claim = Claim.objects.get()
    assert (claim.text, claim.speaker.name, claim.status, claim.speaker.confirmed) == (
        words, "Carla Beispiel", "draft", False)
    assert (claim.appearances.get().start, claim.appearances.get().confidence) == (start, 0.4)
    record.refresh_from_db()
    assert record.unattributed_proposals == []
