"""Loading Quotebank quotation files (small synthetic ones written here: made-up speakers,
Wikidata-shaped ids far beyond any real item, example.org URLs)."""
import bz2
import io
import json

import pytest
from django.core.management import call_command

from factbase.claims.models import Appearance, Claim, Source, Speaker
from factbase.ingest.quotebank import quotebank_load
from factbase.ingest.readers import open_lines
from tests.factories import ClaimFactory, SpeakerFactory


def quote(number, speaker="Speaker 00042", qids=("Q9000000042",), text=None, urls=None, date="2015-08-31 07:06:15"):
    return {
        "quoteID": f"2015-08-31-{number:06d}", "quotation": text or f"Synthetic quotation number {number}.",
        "speaker": speaker, "qids": list(qids), "date": date, "numOccurrences": len(urls or [1]),
        "probas": [[speaker, "0.8123"], ["None", "0.1877"]],
        "urls": urls if urls is not None else [f"https://www.news{number % 2}.example.org/a/{number}"],
        "synthetic": True,
    }


LINES = [
    quote(1),
    quote(2, urls=["https://news0.example.org/a/1", "https://news1.example.org/b/2"]),
    quote(3, speaker="Speaker 00043", qids=()),
    quote(4, speaker="None", qids=()),  # Quotebank could not attribute it
    quote(5, text="synthetic   QUOTATION number 1",  # the same words as 1, spelt differently
          urls=["https://news0.example.org/a/1"]),
    quote(6, speaker="Ministry of Examples", qids=("Q9000000044", "Q9000000045")),  # ambiguous ids: by name
]


def write(path, rows, extra_lines=()):
    body = "\n".join([*(json.dumps(row) for row in rows), *extra_lines]) + "\n"
    if path.suffix == ".bz2":
        with bz2.open(path, "wt", encoding="utf-8") as out:
            out.write(body)
    else:
        path.write_text(body, encoding="utf-8")
    return path


def load(path, **options):
    return quotebank_load(lines=open_lines(path), document=str(path), batch_size=2, **options)


@pytest.mark.parametrize("name", ["quotes.jsonl", "quotes.json.bz2"])
def test_quotations_load_as_draft_claims_with_one_appearance_per_url(db, tmp_path, name):
    result = load(write(tmp_path / name, LINES))

    assert (result.quotations, result.claims_created, result.duplicates, result.unattributed) == (5, 4, 1, 1)
    speaker = Speaker.objects.get(wikidata_id="Q9000000042")
    assert (speaker.name, speaker.confirmed, speaker.kind) == ("Speaker 00042", False, "person")
    assert Speaker.objects.get(name="Ministry of Examples").kind == "organisation"
    assert Speaker.objects.get(name="Ministry of Examples").wikidata_id == ""
    first = Claim.objects.get(text="Synthetic quotation number 1.")
    assert (first.status, first.kind, first.said.isoformat(), first.language) == ("draft", "direct", "2015-08-31", "en")
    assert sorted(first.appearances.values_list("source__url", flat=True)) == [
        "https://news0.example.org/a/1", "https://www.news1.example.org/a/1"]
    second = Claim.objects.get(text="Synthetic quotation number 2.")
    assert second.appearances.get(source__url="https://news1.example.org/b/2").confidence == 0.8123
    assert Source.objects.get(url="https://www.news1.example.org/a/1").outlet == "news1.example.org"
    assert Appearance.objects.count() == 6 and Source.objects.count() == 5


def test_bad_lines_are_reported_by_number_and_the_rest_loaded(db, tmp_path):
    path = write(tmp_path / "q.jsonl", [quote(1)],
                 ['{"quoteID": "broken', json.dumps(quote(3, date="2015-02-30 00:00:00")), "[1, 2]",
                  json.dumps(quote(5, text="   ")), json.dumps(quote(6))])
    result = load(path)
    assert sorted(error.line for error in result.errors) == [2, 3, 4, 5]
    assert any("not a real date" in str(error) for error in result.errors)
    assert Claim.objects.count() == 2


def test_loading_again_adds_nothing_and_an_interrupted_load_can_be_repeated(db, tmp_path):
    path = write(tmp_path / "q.jsonl", LINES)
    write(tmp_path / "half.jsonl", LINES[:3])
    load(tmp_path / "half.jsonl")  # killed after the first batches
    load(path)
    interrupted = (Claim.objects.count(), Source.objects.count(), Appearance.objects.count(), Speaker.objects.count())
    again = load(path)
    assert again.claims_created == 0 and again.speakers_created == 0 and again.appearances_created == 0
    assert interrupted == (4, 5, 6, 3)


def test_speakers_on_file_are_found_by_wikidata_id_or_by_name(db, tmp_path):
    by_id = SpeakerFactory(name="Speaker Zweiundvierzig", wikidata_id="Q9000000042")
    by_name = SpeakerFactory(name="Speaker 00043")
    existing = ClaimFactory(speaker=by_id, text="Synthetic quotation number 1.", status="published")
    load(write(tmp_path / "q.jsonl", LINES))
    assert Claim.objects.filter(speaker=by_id).count() == 2
    assert Claim.objects.filter(speaker=by_name).count() == 1
    existing.refresh_from_db()
    assert existing.status == "published" and existing.appearances.count() == 2


def test_publish_and_confirm_speakers_on_request(db, tmp_path):
    unconfirmed = SpeakerFactory(name="Speaker 00043", confirmed=False)
    load(write(tmp_path / "q.jsonl", LINES), publish=True, confirm_speakers=True)
    speaker = Speaker.objects.get(wikidata_id="Q9000000042")
    assert speaker.confirmed and speaker.claim_count == 2  # stats refreshed
    assert set(Claim.objects.filter(speaker=speaker).values_list("status", flat=True)) == {"published"}
    # a speaker already on file and unconfirmed stays so, and its claims stay drafts
    assert Claim.objects.get(speaker=unconfirmed).status == "draft"


def test_the_command_loads_quotebank_files_and_summarises(db, tmp_path):
    path = write(tmp_path / "quotes.json.bz2", LINES, ['{"broken'])
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", str(path), "--no-progress", stdout=out, stderr=err)
    assert "5 quotations, 4 new claims" in out.getvalue()
    assert "Quotebank quotations: 5" in err.getvalue() and "errors: 1" in err.getvalue()
    assert f"{path}, line 7" in err.getvalue()
    assert Claim.objects.count() == 4


def test_the_command_dry_run_prints_the_quotations_and_writes_nothing(db, tmp_path):
    path = write(tmp_path / "quotes.jsonl", LINES)
    out = io.StringIO()
    call_command("import_articles", str(path), "--dry-run", "--format", "jsonl", "--no-progress", stdout=out,
                 stderr=io.StringIO())
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 5 and rows[0]["speaker"] == "Speaker 00042" and rows[0]["kind"] == "direct"
    assert not Claim.objects.exists()


def test_the_bulk_mode_loads_the_same_and_puts_every_index_and_foreign_key_back(db, tmp_path):
    from django.db import connection

    def constraints():
        with connection.cursor() as cursor:
            return {table: set(connection.introspection.get_constraints(cursor, table))
                    for table in ("claims_claim", "claims_source", "claims_appearance")}

    before = constraints()
    result = load(write(tmp_path / "q.jsonl", LINES), rebuild_indexes=True)
    assert (result.claims_created, Appearance.objects.count(), Source.objects.count()) == (4, 6, 5)
    assert constraints() == before


def test_namesakes_with_different_wikidata_ids_are_different_speakers(db, tmp_path):
    SpeakerFactory(name="Speaker 00042", slug="speaker-00042", wikidata_id="Q9000000001")
    load(write(tmp_path / "q.jsonl", [quote(1), quote(2, qids=("Q9000000002",))]))
    namesakes = dict(Speaker.objects.filter(name="Speaker 00042").values_list("wikidata_id", "slug"))
    assert sorted(namesakes) == ["Q9000000001", "Q9000000002", "Q9000000042"]
    assert sorted(namesakes.values()) == ["speaker-00042", "speaker-00042-2", "speaker-00042-3"]



@pytest.mark.parametrize("rebuild_indexes", [False, True])
def test_backslashes_tabs_and_null_markers_are_stored_as_written(db, tmp_path, rebuild_indexes):
    # On PostgreSQL the rows travel in COPY's text format, where these characters are special.
    text = r"Synthetic path C:\new\table and a literal \N in it."
    url = "https://news0.example.org/a\\b\tc"
    load(write(tmp_path / "q.jsonl", [quote(1, speaker="Speaker \\N 00044", qids=(), text=text, urls=[url])]),
         rebuild_indexes=rebuild_indexes)
    claim = Claim.objects.get()
    assert (claim.text, claim.speaker.name) == (text, "Speaker \\N 00044")
    assert list(claim.appearances.values_list("source__url", flat=True)) == [url]
