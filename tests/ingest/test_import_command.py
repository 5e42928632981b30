"""`manage.py import_articles` on files and folders, with the real extractor. Made-up text only."""
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from factbase.claims.models import Appearance, Claim, Source, Speaker
from factbase.ingest.models import ArticleImport
from tests.factories import SpeakerFactory

TEA = "Anna Beispiel sagte am Mittwoch: „Wir brauchen mehr Tee im Büro, und zwar sofort.“"
COFFEE = "Bernd Muster sagte am Donnerstag: „Der Kaffee im Büro reicht für alle, wirklich für alle.“"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *map(str, args), "--no-progress", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def state():
    return (Source.objects.count(), Claim.objects.count(), Appearance.objects.count(), Speaker.objects.count(),
            sorted(Claim.objects.values_list("text", flat=True)))


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "tee.txt").write_text(f"date 2024-11-13 {TEA}\n", encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "kaffee.txt").write_text(f"date 2024-11 {COFFEE}\n", encoding="utf-8")
    return tmp_path


def test_a_file_is_imported_as_draft_claims_with_a_review_link(db, tmp_path):
    path = tmp_path / "tee.txt"
    path.write_text(TEA, encoding="utf-8")
    out, err = run(path, "--title", "Mehr Tee", "--date", "2024-11-13", "--url", "https://news.example/tee",
                   "--outlet", "Beispiel-Zeitung")
    source = Source.objects.get()
    assert (source.title, source.url, source.outlet, source.published.isoformat()) == (
        "Mehr Tee", "https://news.example/tee", "Beispiel-Zeitung", "2024-11-13")
    claim = Claim.objects.get()
    assert (claim.text, claim.speaker.name, claim.status) == (
        "Wir brauchen mehr Tee im Büro, und zwar sofort.", "Anna Beispiel", "draft")
    assert f"/admin/ingest/articleimport/{ArticleImport.objects.get().pk}/review/" in out
    assert "articles: 1" in err and "new claims: 1" in err and "new speakers: 1" in err and "errors: 0" in err


def test_a_folder_is_walked_and_each_file_is_an_article(db, folder):
    out, err = run(folder)
    assert Source.objects.count() == 2
    assert sorted(Claim.objects.values_list("speaker__name", flat=True)) == ["Anna Beispiel", "Bernd Muster"]
    assert Source.objects.get(text=COFFEE).published.isoformat() == "2024-11"
    assert "articles: 2" in err


def test_running_again_adds_nothing(db, folder):
    run(folder)
    before = state()
    out, err = run(folder)
    assert state() == before
    assert "2 imported before" in err and "nothing added" in out


def test_a_run_killed_halfway_ends_like_an_uninterrupted_one_when_repeated(db, folder):
    run(folder / "tee.txt")  # the first article got in before the kill
    run(folder)
    interrupted = state()
    Appearance.objects.all().delete(), Claim.objects.all().delete(), ArticleImport.objects.all().delete()
    Source.objects.all().delete(), Speaker.objects.all().delete()
    run(folder)
    assert state() == interrupted


def test_the_dry_run_prints_one_json_object_per_claim_and_writes_nothing(db, tmp_path):
    SpeakerFactory(name="Anna Beispiel-Muster", slug="anna")
    Speaker.objects.get(slug="anna").aliases.create(name="Anna Beispiel")
    path = tmp_path / "tee.txt"
    path.write_text(f"date 2024-11 {TEA} {COFFEE}", encoding="utf-8")
    out, err = run("--dry-run", "--format", "jsonl", path)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [set(row) for row in rows] == [{"document", "text", "speaker", "kind", "start", "end", "confidence"}] * 2
    tea, coffee = rows
    assert tea["document"] == str(path)
    assert tea["speaker"] == "Anna Beispiel-Muster"  # the canonical name of the speaker on file
    assert coffee["speaker"] == "Bernd Muster"  # unknown: the extractor's name
    assert (tea["text"], tea["kind"]) == ("Wir brauchen mehr Tee im Büro, und zwar sofort.", "direct")
    text = path.read_text(encoding="utf-8").removeprefix("date 2024-11 ")
    assert text[tea["start"]:tea["end"]] == tea["text"]
    assert (Source.objects.count(), Claim.objects.count(), Speaker.objects.count()) == (0, 0, 1)
    assert "claims proposed: 2" in err


def test_a_dry_run_needs_no_migrated_database_and_an_import_says_to_migrate(db, tmp_path, monkeypatch):
    path = tmp_path / "tee.txt"
    path.write_text(f"date 2024-11 {TEA}", encoding="utf-8")
    monkeypatch.setattr(connection.introspection, "table_names", lambda *args, **kwargs: [])
    out, err = run("--dry-run", "--format", "jsonl", path)
    assert [json.loads(line)["speaker"] for line in out.splitlines()] == ["Anna Beispiel"]
    assert "not migrated" in err
    with pytest.raises(CommandError, match="migrate"):
        run(path)


def test_json_lines_articles_are_imported_and_a_malformed_line_is_reported_by_number(db, tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join([
        json.dumps({"title": "Tee", "url": "https://news.example/tee", "outlet": "Beispiel", "published": "2024-11-13",
                    "language": "de", "text": TEA}),
        '{"title": "kaputt", "text": ',
        json.dumps({"title": "Kaffee", "url": "https://news.example/kaffee", "text": COFFEE}),
    ]) + "\n", encoding="utf-8")
    out, err = run(path)
    assert sorted(Source.objects.values_list("title", flat=True)) == ["Kaffee", "Tee"]
    assert f"{path}, line 2: not a JSON object" in err
    assert "errors: 1" in err


@pytest.mark.parametrize("name, content, message", [
    ("leer.txt", b"", "the file is empty"),
    ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file"),
    ("datum.txt", "date 2024-02-30 Anna Beispiel sagte: „Wir brauchen mehr Tee.“".encode(), "not a real date"),
])
def test_bad_input_is_reported_and_writes_nothing_for_that_record(db, tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "gut.txt").write_text(TEA, encoding="utf-8")
    out, err = run(tmp_path)
    assert f"{tmp_path / name}: " in err and message in err
    assert Source.objects.get().text == TEA  # the good file still imported


def test_latin_1_text_is_read_correctly(db, tmp_path):
    path = tmp_path / "alt.txt"
    path.write_bytes(TEA.replace("„", '"').replace("“", '"').encode("latin-1"))
    run(path)
    assert Claim.objects.get().text == "Wir brauchen mehr Tee im Büro, und zwar sofort."


def test_an_article_without_quotes_is_imported_with_zero_claims(db, tmp_path):
    path = tmp_path / "ruhig.txt"
    path.write_text("Heute ist in Musterstadt nichts geschehen. Die Sonne schien.", encoding="utf-8")
    out, err = run(path)
    assert Source.objects.count() == 1 and Claim.objects.count() == 0
    assert ArticleImport.objects.get().proposed == 0 and "errors: 0" in err


def test_a_missing_path_is_reported(db, tmp_path):
    out, err = run(tmp_path / "fehlt.txt")
    assert "no such file or folder" in err and "errors: 1" in err


def test_a_bad_date_option_is_refused_before_anything_is_read(db, tmp_path):
    with pytest.raises(CommandError, match="--date"):
        run(tmp_path, "--date", "2024-13")


def test_one_url_for_many_files_is_refused(db, folder):
    with pytest.raises(CommandError, match="--url"):
        run(folder, "--url", "https://news.example/x")


def test_an_article_the_extractor_trips_on_is_reported_and_the_run_goes_on(db, folder, monkeypatch):
    from factbase.ingest import pipeline

    real = pipeline.extract_claims

    def tripping(text, language="de"):
        if "Kaffee" in text:
            raise IndexError("synthetic failure")
        return real(text, language)

    monkeypatch.setattr(pipeline, "extract_claims", tripping)
    monkeypatch.setattr("factbase.ingest.management.commands.import_articles.extract_claims", tripping)
    out, err = run(folder)
    assert "kaffee.txt: not imported (IndexError: synthetic failure)" in err
    assert Source.objects.get().text == TEA
