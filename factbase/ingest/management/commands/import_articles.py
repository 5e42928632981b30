"""python manage.py import_articles PATH... : articles in, draft claims out."""
import json
import sys
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.urls import reverse
from tqdm import tqdm

from factbase.claims.models import Speaker
from factbase.ingest.pipeline import extract_claims
from factbase.ingest.quotations import read_quotations
from factbase.ingest.quotebank import quotebank_load
from factbase.ingest.readers import (
    Article,
    Defaults,
    ReadError,
    files_in,
    is_quotebank,
    open_lines,
    parse_date,
    read_path,
)
from factbase.ingest.store import article_import


@dataclass
class Summary:
    articles: int = 0
    proposed: int = 0
    claims_created: int = 0
    speakers_created: int = 0
    duplicate_articles: int = 0
    duplicate_claims: int = 0
    unattributed: int = 0
    quotations: int = 0
    errors: list[str] = field(default_factory=list)

    def lines(self, dry_run: bool = False) -> list[str]:
        lines = [f"articles: {self.articles} ({self.duplicate_articles} imported before, skipped)",
                 f"claims proposed: {self.proposed} ({self.unattributed} without a speaker"
                 f"{'' if dry_run else ', not stored'})"]
        if dry_run:
            lines.append("dry run: nothing written")
        else:
            lines += [f"new claims: {self.claims_created}, already on file: {self.duplicate_claims}",
                      f"new speakers: {self.speakers_created}"]
        if self.quotations:
            lines.insert(0, f"Quotebank quotations: {self.quotations}")
        lines.append(f"errors: {len(self.errors)}")
        return lines


class Command(BaseCommand):
    help = (
        "Import articles (plain text, HTML, JSON Lines; files or folders) and store the claims found in them as "
        "drafts for review; Quotebank quotation files (.jsonl or .bz2) load as already-attributed claims. "
        "--dry-run --format jsonl prints the proposed claims, one JSON object a line, and writes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
        parser.add_argument("--title", default="", help="title, for articles that do not give one")
        parser.add_argument("--date", default="", help="publication date YYYY, YYYY-MM or YYYY-MM-DD, for articles "
                                                       "that do not give one")
        parser.add_argument("--url", default="", help="the article's URL (one article only)")
        parser.add_argument("--outlet", default="", help="the outlet that published it")
        parser.add_argument("--language", default="de", help="language of articles that do not say (default de)")
        parser.add_argument("--dry-run", action="store_true", help="extract and print; write nothing")
        parser.add_argument("--format", choices=["text", "jsonl"], default="text",
                            help="output on stdout: a line per article (text) or per claim (jsonl)")
        parser.add_argument("--publish", action="store_true",
                            help="Quotebank: publish claims of confirmed speakers (default: drafts)")
        parser.add_argument("--confirm-speakers", action="store_true",
                            help="Quotebank: create new speakers confirmed (default: unconfirmed)")
        parser.add_argument("--batch-size", type=int, default=50_000, help="Quotebank lines per transaction")
        parser.add_argument("--rebuild-indexes", action="store_true",
                            help="Quotebank on PostgreSQL: one transaction, indexes and foreign keys built once at "
                                 "the end (fast for millions of rows; the claim tables are locked meanwhile)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        try:
            published = parse_date(options["date"], "--date")
        except ReadError as exc:
            raise CommandError(f"--date: {exc.message}") from None
        self.defaults = Defaults(title=options["title"], published=published, url=options["url"],
                                 outlet=options["outlet"], language=options["language"])
        self.options = options
        self.summary = Summary()
        # A dry run writes nothing and needs no database: without one (not migrated yet) it
        # prints the names as the article gives them instead of the speakers they resolve to.
        self.known_speakers = Speaker._meta.db_table in connection.introspection.table_names()
        if not self.known_speakers:
            if not options["dry_run"]:
                raise CommandError("the database has no tables yet: run `python manage.py migrate` first")
            self.stderr.write("note: the database is not migrated, so speakers are not resolved to known ones")
        files = list(files_in(options["paths"]))
        if options["url"] and len(files) > 1:
            raise CommandError("--url names one article: give one file with it")
        self.progress = tqdm(unit=" articles", file=sys.stderr, disable=options["no_progress"], dynamic_ncols=True)
        try:
            for path, document in files:
                if not path.exists():
                    self._error(f"{document}: no such file or folder")
                elif is_quotebank(path):
                    self._quotebank(path, document)
                else:
                    for item in read_path(path, document=document, defaults=self.defaults):
                        self._article(item)
        finally:
            self.progress.close()
        for line in self.summary.lines(dry_run=options["dry_run"]):
            self.stderr.write(line)

    def _error(self, message: str) -> None:
        self.summary.errors.append(message)
        self.stderr.write(f"error: {message}")

    def _article(self, item: Article | ReadError) -> None:
        if isinstance(item, ReadError):
            self._error(str(item))
            return
        try:
            if self.options["dry_run"]:
                proposals = extract_claims(item.text, item.language)
            else:
                result = article_import(article=item)
        except ValidationError as exc:
            self._error(f"{item.document}: {' '.join(exc.messages)}")
            return
        except Exception as exc:  # noqa: BLE001 - one article the extractor trips on must not end a long run
            self._error(f"{item.document}: not imported ({type(exc).__name__}: {exc})")
            return
        if self.options["dry_run"]:
            self.summary.unattributed += sum(1 for p in proposals if not p.speaker)
        else:
            proposals = result.proposals
            self.summary.duplicate_articles += result.duplicate
            self.summary.claims_created += result.claims_created
            self.summary.duplicate_claims += result.claims_known
            self.summary.speakers_created += result.speakers_created
            self.summary.unattributed += result.unattributed
        self.summary.articles += 1
        self.summary.proposed += len(proposals)
        self.progress.update(1)
        self.progress.set_postfix(claims=self.summary.proposed, errors=len(self.summary.errors), refresh=False)
        if self.options["format"] == "jsonl":
            names = {}
            for p in proposals:
                if p.speaker and p.speaker not in names:
                    found = Speaker.objects.resolve(p.speaker) if self.known_speakers else None
                    names[p.speaker] = found.name if found else p.speaker
                row = {"document": item.document, "text": p.text, "speaker": names.get(p.speaker), "kind": p.kind,
                       "start": p.start, "end": p.end, "confidence": p.confidence}
                self.stdout.write(json.dumps(row, ensure_ascii=False))
        elif self.options["dry_run"]:
            self.stdout.write(f"{item.document}: {len(proposals)} claims proposed")
            for p in proposals:
                self.stdout.write(f"  [{p.start}:{p.end}] {p.kind} {p.speaker or '?'}: {p.text}")
        elif result.duplicate:
            self.stdout.write(f"{item.document}: imported before as “{result.source}”, nothing added")
        else:
            review = reverse("admin:ingest_articleimport_review", args=[result.record.pk])
            self.stdout.write(f"{item.document}: {len(proposals)} claims proposed, {result.claims_created} new; "
                              f"review at {review}")

    def _quotebank(self, path, document: str) -> None:
        options = self.options
        if options["dry_run"]:
            for item in read_quotations(open_lines(path), document):
                if isinstance(item, ReadError):
                    self._error(str(item))
                elif item is not None:
                    self.summary.quotations += 1
                    if options["format"] == "jsonl":
                        self.stdout.write(json.dumps({"document": document, "text": item.text, "speaker": item.speaker,
                                                      "kind": "direct", "start": None, "end": None,
                                                      "confidence": item.confidence}, ensure_ascii=False))
            return
        bar = tqdm(desc=path.name, unit=" lines", unit_scale=True, file=sys.stderr, disable=options["no_progress"],
                   dynamic_ncols=True)
        with bar:
            result = quotebank_load(lines=open_lines(path), document=document, publish=options["publish"],
                                    confirm_speakers=options["confirm_speakers"], batch_size=options["batch_size"],
                                    rebuild_indexes=options["rebuild_indexes"], on_batch=bar.update,
                                    on_phase=lambda phase: bar.set_description_str(f"{path.name}: {phase}"))
        for error in result.errors:
            self._error(str(error))
        self.summary.quotations += result.quotations
        self.summary.claims_created += result.claims_created
        self.summary.duplicate_claims += result.duplicates
        self.summary.speakers_created += result.speakers_created
        self.summary.unattributed += result.unattributed
        if options["format"] == "text":
            self.stdout.write(f"{document}: {result.quotations} quotations, {result.claims_created} new claims, "
                              f"{result.appearances_created} new appearances")
