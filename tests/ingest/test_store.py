"""Storing proposals as draft claims. The extractor is replaced by a fixed list of proposals,
so these tests are about storing, not finding. Speakers and text are made up."""
import pytest
from django.core.exceptions import ValidationError

from factbase.claims.dates import PartialDate
from factbase.claims.models import Appearance, Claim, Source, Speaker
from factbase.ingest.models import ArticleImport
from factbase.ingest.proposals import Proposal
from factbase.ingest.readers import Article
from factbase.ingest.store import article_import, speaker_kind_guess
from tests.factories import ClaimFactory, SpeakerFactory

TEXT = ("Anna Beispiel sagte in Musterstadt: „Wir brauchen mehr Tee im Büro.“ "
        "Das Beispielministerium erklärte, der Tee sei knapp. Jemand rief: „Nie wieder Kaffee!“")


def proposal(words, speaker, kind="direct", **extra):
    start = TEXT.index(words)
    return Proposal(text=words, speaker=speaker, role=extra.get("role", ""), kind=kind, start=start,
                    end=start + len(words), context=TEXT, confidence=extra.get("confidence", 0.9),
                    place=extra.get("place", ""))


PROPOSALS = [
    proposal("Wir brauchen mehr Tee im Büro.", "Anna Beispiel", role="Bürosprecherin", place="Musterstadt"),
    proposal("der Tee sei knapp.", "Beispielministerium", kind="indirect", confidence=0.7),
    proposal("Nie wieder Kaffee!", None, confidence=0.4),
]


def extract(text, language):
    return PROPOSALS


def article(**changes):
    values = {"text": TEXT, "title": "Mehr Tee", "document": "tee.txt", "url": "https://news.example/tee",
              "outlet": "Beispiel-Zeitung", "language": "de", "published": PartialDate.parse("2024-11-13")}
    return Article(**{**values, **changes})


def test_each_attributed_proposal_becomes_a_draft_claim_with_its_appearance(db, editor):
    result = article_import(article=article(), user=editor, extract=extract)

    source = Source.objects.get()
    assert (source.title, source.url, source.outlet, source.text) == (
        "Mehr Tee", "https://news.example/tee", "Beispiel-Zeitung", TEXT)
    assert source.published.isoformat() == "2024-11-13"
    tea = Claim.objects.get(text="Wir brauchen mehr Tee im Büro.")
    assert (tea.speaker.name, tea.kind, tea.status, tea.role, tea.place, tea.said.isoformat(), tea.language) == (
        "Anna Beispiel", "direct", "draft", "Bürosprecherin", "Musterstadt", "2024-11-13", "de")
    appearance = tea.appearances.get()
    assert (appearance.source, appearance.start, appearance.end, appearance.confidence) == (
        source, TEXT.index("Wir"), TEXT.index("Wir") + 30, 0.9)
    assert TEXT[appearance.start:appearance.end] == tea.text
    assert appearance.context == TEXT
    assert tea.history.first().history_user == editor
    assert (result.claims_created, result.speakers_created, result.unattributed) == (2, 2, 1)
    record = ArticleImport.objects.get()
    assert (record.source, record.imported_by, record.proposed, record.claims_created, record.unattributed) == (
        source, editor, 3, 2, 1)
    [kept] = record.unattributed_proposals  # offered on the review page, not lost
    assert (kept["text"], kept["kind"], TEXT[kept["start"]:kept["end"]]) == (
        "Nie wieder Kaffee!", "direct", "Nie wieder Kaffee!")


def test_unknown_speakers_are_created_unconfirmed_with_a_guessed_kind(db):
    article_import(article=article(), extract=extract)
    anna, ministry = Speaker.objects.get(name="Anna Beispiel"), Speaker.objects.get(name="Beispielministerium")
    assert not anna.confirmed and not ministry.confirmed
    assert (anna.kind, ministry.kind) == ("person", "organisation")


@pytest.mark.parametrize("name, kind", [
    ("US-Verteidigungsministerium", "organisation"), ("Ministry of Examples", "organisation"),
    ("Bundesregierung", "organisation"), ("Militärführung in Musterstadt", "organisation"),
    ("Auswärtiges Amt", "organisation"), ("Speaker 00042", "person"), ("Anna Beispiel", "person"),
])
def test_the_speaker_kind_is_guessed_from_the_name(name, kind):
    assert speaker_kind_guess(name) == kind


def test_known_speakers_are_found_through_the_one_resolution_function(db):
    known = SpeakerFactory(name="Anna Beispiel", slug="anna-beispiel")
    article_import(article=article(), extract=extract)
    assert Claim.objects.get(text__startswith="Wir brauchen").speaker == known
    assert Speaker.objects.filter(name="Anna Beispiel").count() == 1


def test_re_importing_the_same_article_adds_nothing_and_keeps_the_curators_changes(db):
    article_import(article=article(), extract=extract)
    claim = Claim.objects.get(text__startswith="Wir brauchen")
    claim.text = "Wir brauchen viel mehr Tee im Büro."  # a curator's correction
    claim.save()

    by_url = article_import(article=article(text=TEXT + " Nachtrag."), extract=extract)
    by_text = article_import(article=article(url=""), extract=extract)

    assert by_url.duplicate and by_text.duplicate
    assert Source.objects.count() == 1 and Claim.objects.count() == 2 and Appearance.objects.count() == 2
    assert ArticleImport.objects.count() == 1
    claim.refresh_from_db()
    assert claim.text == "Wir brauchen viel mehr Tee im Büro."


def test_the_same_quote_in_a_second_article_is_a_second_appearance_of_the_same_claim(db):
    article_import(article=article(), extract=extract)
    second = article(url="https://other.example/tee", text="Nachdruck. " + TEXT, title="Nachdruck")
    result = article_import(article=second, extract=extract)
    assert not result.duplicate and result.claims_created == 0 and result.claims_known == 2
    claim = Claim.objects.get(text__startswith="Wir brauchen")
    assert claim.appearances.count() == 2
    assert Claim.objects.count() == 2 and Source.objects.count() == 2


def test_an_existing_published_claim_is_not_turned_back_into_a_draft(db):
    anna = SpeakerFactory(name="Anna Beispiel", slug="anna-beispiel")
    published = ClaimFactory(speaker=anna, text="Wir brauchen mehr Tee im Büro.")
    article_import(article=article(), extract=extract)
    published.refresh_from_db()
    assert published.status == "published" and published.appearances.count() == 1


def test_an_article_with_no_quotes_is_imported_with_zero_proposals(db):
    result = article_import(article=article(text="Heute nichts Neues."), extract=lambda text, language: [])
    assert not result.duplicate and result.proposals == [] and Source.objects.count() == 1
    assert ArticleImport.objects.get().proposed == 0


def test_a_source_known_only_by_url_gets_its_text_on_import(db):
    Source.objects.create(title="https://news.example/tee", url="https://news.example/tee")
    result = article_import(article=article(), extract=extract)
    assert not result.duplicate
    source = Source.objects.get()
    assert source.text == TEXT and source.title == "Mehr Tee" and source.appearances.count() == 2


def test_an_article_the_database_would_refuse_writes_nothing(db):
    def failing(text, language):
        return [PROPOSALS[0], Proposal("", "Anna Beispiel", "", "direct", 0, 0, "", 0.5)]

    with pytest.raises(ValidationError):
        article_import(article=article(), extract=failing)
    assert not Source.objects.exists() and not Claim.objects.exists() and not Speaker.objects.exists()


def test_the_real_extractor_is_used_by_default(db):
    result = article_import(article=article(text="Anna Beispiel sagte am Mittwoch: „Wir brauchen mehr Tee im "
                                                  "Büro, und zwar sofort.“"))
    assert [(p.speaker, p.kind) for p in result.proposals] == [("Anna Beispiel", "direct")]
    assert Claim.objects.get().text == "Wir brauchen mehr Tee im Büro, und zwar sofort."
