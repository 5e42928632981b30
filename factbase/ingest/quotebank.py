"""Loading Quotebank quotation files: millions of already-attributed quotes, streamed.

A line is {"quoteID", "quotation", "speaker", "qids", "date", "numOccurrences", "probas",
"urls"}. Each becomes a claim of its speaker (found by Wikidata id, else by name through
Speaker.objects.resolve, else created), with one appearance per URL (a Source per URL,
its outlet the URL's host). Nothing is extracted: Quotebank attributed the quotes itself,
by machine, so claims load as drafts and new speakers unconfirmed unless asked otherwise.

Batches are one transaction each, and every insert skips what is already there (speaker
by Wikidata id or name, claim by speaker and text_hash, source by URL, appearance by
claim and source), so an interrupted load can be re-run and ends where a whole run would.
On PostgreSQL a batch is COPYed into temporary tables and inserted with one
INSERT ... SELECT ... ON CONFLICT DO NOTHING per table; SQLite takes the ORM's bulk_create.
"""
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import islice
from queue import Queue
from threading import Thread

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from factbase.api.public_cache import bump_public_version
from factbase.claims.bulk import copy_rows
from factbase.claims.models import Appearance, Claim, Source, Speaker, SpeakerAlias
from factbase.claims.text import name_key, name_keys

from .quotations import Quotation, read_quotations
from .readers import ReadError
from .store import speaker_kind_guess

DESCRIPTION = "Loaded from Quotebank."


@dataclass
class QuotebankResult:
    quotations: int = 0
    claims_created: int = 0
    duplicates: int = 0  # quotations whose claim was on file already
    speakers_created: int = 0
    appearances_created: int = 0
    unattributed: int = 0
    errors: list[ReadError] = field(default_factory=list)
    speaker_ids: set[int] = field(default_factory=set)


class _Speakers:
    """Speaker ids by Wikidata id and by name, remembered across batches."""

    def __init__(self, confirm: bool):
        self.confirm = confirm
        self.by_qid: dict[str, tuple[int, bool]] = {}
        self.by_name: dict[str, tuple[int, bool]] = {}

    def ids_for(self, quotations: list[Quotation], result: QuotebankResult) -> None:
        wanted = {(q.qid, q.speaker) for q in quotations if not self._known(q.qid, q.speaker)}
        if not wanted:
            return
        qids = {qid for qid, _ in wanted if qid}
        for pk, qid, confirmed in Speaker.objects.filter(wikidata_id__in=qids).values_list(
                "pk", "wikidata_id", "confirmed"):
            self.by_qid[qid] = (pk, confirmed)
        # Speaker.objects.resolve can only find a name one of whose keys is on file: look
        # those up for the whole batch at once and ask resolve about the names that have one.
        keys = {key for _, name in wanted for key in name_keys(name)}
        on_file = set()
        for chunk in _chunks(sorted(keys), 5000):
            on_file.update(Speaker.objects.filter(key__in=chunk).values_list("key", flat=True))
            on_file.update(SpeakerAlias.objects.filter(key__in=chunk).values_list("key", flat=True))
        new = {}
        for qid, name in sorted(wanted):
            if self._known(qid, name):
                continue
            found = Speaker.objects.resolve(name) if on_file.intersection(name_keys(name)) else None
            if found is not None and (not qid or found.wikidata_id in ("", qid)):
                self._remember(qid, name, (found.pk, found.confirmed))
            else:
                new.setdefault(qid or name_key(name), (qid, name))
        if new:
            self._create(list(new.values()), result)

    def _known(self, qid: str, name: str) -> bool:
        return (qid in self.by_qid) if qid else (name_key(name) in self.by_name)

    def _remember(self, qid: str, name: str, entry: tuple[int, bool]) -> None:
        if qid:
            self.by_qid[qid] = entry
        else:
            self.by_name[name_key(name)] = entry

    def get(self, quotation: Quotation) -> tuple[int, bool]:
        if quotation.qid:
            return self.by_qid[quotation.qid]
        return self.by_name[name_key(quotation.speaker)]

    def _create(self, people: list[tuple[str, str]], result: QuotebankResult) -> None:
        slugs = {(qid, name): slugify(name)[:150] or "speaker" for qid, name in people}
        taken = set(Speaker.objects.filter(slug__in=slugs.values()).values_list("slug", flat=True))
        used = set()
        for person, slug in slugs.items():
            candidate, n = slug, 1
            while candidate in taken or candidate in used:
                n += 1
                candidate = f"{slug}-{n}"
                if candidate not in used and not Speaker.objects.filter(slug=candidate).exists():
                    break
            used.add(candidate)
            slugs[person] = candidate
        now = timezone.now()
        copy_rows(Speaker, ["name", "slug", "key", "kind", "description", "wikidata_id", "confirmed",
                            "claim_count", "created", "updated"],
                  [(name, slugs[(qid, name)], name_key(name), speaker_kind_guess(name), DESCRIPTION, qid,
                    self.confirm, 0, now, now) for qid, name in people])
        ids = dict(Speaker.objects.filter(slug__in=slugs.values()).values_list("slug", "pk"))
        for qid, name in people:
            self._remember(qid, name, (ids[slugs[(qid, name)]], self.confirm))
        result.speakers_created += len(people)


def quotebank_load(*, lines: Iterable[bytes], document: str, publish: bool = False,
                   confirm_speakers: bool = False, language: str = "en", batch_size: int = 50_000,
                   rebuild_indexes: bool = False, on_batch: Callable[[int], None] | None = None,
                   on_phase: Callable[[str], None] | None = None) -> QuotebankResult:
    """Load a Quotebank quotation file (its lines, as bytes), one transaction per batch; returns the counts.

    `rebuild_indexes` (PostgreSQL): one transaction for the whole file instead. Every batch
    is staged, then stored with one INSERT per table, with the claim, source and appearance
    tables' secondary indexes and foreign keys set aside and built once at the end: several
    times faster for millions of rows, but those tables are locked meanwhile.
    `on_batch(n)` is called after each batch with the number of lines it held, and
    `on_phase(name)` when the bulk load moves on to "storing" and "indexing" (for a progress bar).
    """
    on_phase = on_phase or (lambda name: None)
    result = QuotebankResult()
    speakers = _Speakers(confirm_speakers)
    bulk = rebuild_indexes and connection.vendor == "postgresql"
    if connection.vendor != "postgresql":
        load = _batch_orm
    elif bulk:  # batches are only staged; one set of INSERTs at the end stores them all
        def load(rows, language):
            _stage_postgresql(rows)
            return 0, 0
    else:
        load = _batch_postgresql
    # Reading and hashing the next batch (Python) overlaps with the database storing this one.
    batches = _read_ahead(_batched(read_quotations(lines, document), batch_size))
    with transaction.atomic() if bulk else nullcontext(), _indexes_set_aside() if bulk else nullcontext():
        for batch in batches:
            quotations = []
            for item in batch:
                if isinstance(item, ReadError):
                    result.errors.append(item)
                elif item is None:
                    result.unattributed += 1
                else:
                    quotations.append(item)
            result.quotations += len(quotations)
            with transaction.atomic():
                speakers.ids_for(quotations, result)
                rows = []
                for q in quotations:
                    speaker_id, confirmed = speakers.get(q)
                    status = Claim.Status.PUBLISHED if publish and confirmed else Claim.Status.DRAFT
                    rows.append((q, speaker_id, status))
                    result.speaker_ids.add(speaker_id)
                created, appearances = load(rows, language)
            result.claims_created += created
            result.appearances_created += appearances
            if on_batch:
                on_batch(len(batch))
        if bulk:
            on_phase("storing")
            result.claims_created, result.appearances_created = _insert_staged_postgresql(language)
            on_phase("indexing")
    result.duplicates = result.quotations - result.claims_created
    if publish:  # the kept stats count published claims only: drafts leave them as they are
        for chunk in _chunks(sorted(result.speaker_ids), 5000):
            Speaker.objects.filter(pk__in=chunk).refresh_stats()
        bump_public_version()  # no save() ran, so no signal told the response cache
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # fresh planner statistics after a big load
            cursor.execute("ANALYZE claims_speaker, claims_claim, claims_source, claims_appearance")
    return result


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _read_ahead(batches: Iterator[list], depth: int = 2) -> Iterator[list]:
    """The batches, produced by a thread of their own while the caller works on the last one."""
    queue: Queue = Queue(maxsize=depth)
    done = object()

    def produce():
        try:
            for batch in batches:
                queue.put(batch)
            queue.put(done)
        except BaseException as exc:  # handed to the consumer, raised there
            queue.put(exc)

    Thread(target=produce, daemon=True, name="quotebank-reader").start()
    while (item := queue.get()) is not done:
        if isinstance(item, BaseException):
            raise item
        yield item


_LOADED_TABLES = ("claims_claim", "claims_source", "claims_appearance")


@contextmanager
def _indexes_set_aside():
    """Drop the loaded tables' non-unique indexes and foreign keys, and re-create them from
    their own definitions on the way out (inside the caller's transaction, so an
    interrupted load leaves them as they were). Unique indexes stay: ON CONFLICT needs them."""
    tables = list(_LOADED_TABLES)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL work_mem = '256MB'")  # the final joins and sorts span the whole file
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid::regclass::text = ANY(%s) AND NOT i.indisunique AND NOT i.indisprimary", [tables])
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)", [tables])
        foreign_keys = cursor.fetchall()
        for table, name, _ in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {connection.ops.quote_name(name)}")
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {name}")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {connection.ops.quote_name(name)} {definition}")


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _outlet(url: str) -> str:
    """The URL's host without "www." (the URL is known to start with http:// or https://)."""
    host = url.split("/", 3)[2].rsplit("@", 1)[-1].split(":", 1)[0].lower()
    return host.removeprefix("www.")[:200]


def _batch_postgresql(rows: list[tuple[Quotation, int, str]], language: str) -> tuple[int, int]:
    _stage_postgresql(rows)
    return _insert_staged_postgresql(language)


def _stage_postgresql(rows: list[tuple[Quotation, int, str]]) -> None:
    """COPY quotations and their URLs into temporary tables (emptied at commit)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS ingest_stage_quote (line bigint, speaker_id bigint, text text, "
            "text_hash varchar(64), said_on date, status varchar(10), confidence double precision) "
            "ON COMMIT DELETE ROWS")
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS ingest_stage_url (line bigint, url text, outlet text) "
                       "ON COMMIT DELETE ROWS")
        with cursor.cursor.copy("COPY ingest_stage_quote FROM STDIN") as copy:
            for q, speaker_id, status in rows:
                copy.write_row((q.line, speaker_id, q.text, q.text_hash, q.said_on, status, q.confidence))
        with cursor.cursor.copy("COPY ingest_stage_url FROM STDIN") as copy:
            for q, _, _ in rows:
                for url in q.urls:
                    copy.write_row((q.line, url, _outlet(url)))


def _insert_staged_postgresql(language: str) -> tuple[int, int]:
    """One INSERT ... SELECT ... ON CONFLICT DO NOTHING each for claims, sources and appearances
    from what is staged; returns (claims created, appearances created). Rows go in index order;
    of a claim repeated in the file, the first line wins, as in a line-by-line load."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE ingest_stage_quote, ingest_stage_url")
        cursor.execute(
            "INSERT INTO claims_claim (text, text_hash, speaker_id, said_on, said_on_precision, kind, role, place, "
            "language, status, created, updated) "
            "SELECT text, text_hash, speaker_id, said_on, CASE WHEN said_on IS NULL THEN '' ELSE 'day' END, "
            "'direct', '', '', %s, status, now(), now() FROM ingest_stage_quote "
            "ORDER BY speaker_id, text_hash, line ON CONFLICT (speaker_id, text_hash) DO NOTHING", [language])
        created = cursor.rowcount
        cursor.execute(
            "INSERT INTO claims_source (title, url, outlet, language, published_on, published_on_precision, text, "
            "text_hash, created) "
            "SELECT left(url, 500), url, outlet, %s, NULL, '', '', '', now() "
            "FROM ingest_stage_url ORDER BY url ON CONFLICT (url) DO NOTHING", [language])
        # Current row counts, so the planner joins by index or hash rather than guessing.
        cursor.execute("ANALYZE claims_claim, claims_source")
        cursor.execute(
            "INSERT INTO claims_appearance (claim_id, source_id, context, start, \"end\", printed_text, confidence, "
            "created) "
            "SELECT c.id, s.id, '', NULL, NULL, '', q.confidence, now() "
            "FROM ingest_stage_url u JOIN ingest_stage_quote q ON q.line = u.line "
            "JOIN claims_claim c ON c.speaker_id = q.speaker_id AND c.text_hash = q.text_hash "
            "JOIN claims_source s ON s.url = u.url ORDER BY c.id, s.id "
            "ON CONFLICT (claim_id, source_id) DO NOTHING")
        appearances = cursor.rowcount
    return created, appearances


def _batch_orm(rows: list[tuple[Quotation, int, str]], language: str) -> tuple[int, int]:
    """The simple path (SQLite): bulk_create ignoring conflicts, then look the ids up."""
    now = timezone.now()
    wanted = {}
    for q, speaker_id, status in rows:
        wanted.setdefault((speaker_id, q.text_hash), (q, status))
    before = Claim.objects.count()
    Claim.objects.bulk_create(
        [Claim(speaker_id=speaker_id, text=q.text, text_hash=text_hash, said_on=q.said_on,
               said_on_precision="day" if q.said_on else "", kind=Claim.Kind.DIRECT, language=language,
               status=status, created=now, updated=now)
         for (speaker_id, text_hash), (q, status) in wanted.items()],
        ignore_conflicts=True, batch_size=500)
    created = Claim.objects.count() - before
    claim_ids = {}
    for chunk in _chunks(sorted({text_hash for _, text_hash in wanted}), 500):
        for pk, speaker_id, text_hash in Claim.objects.filter(text_hash__in=chunk).values_list(
                "pk", "speaker_id", "text_hash"):
            claim_ids[(speaker_id, text_hash)] = pk
    urls = sorted({url for q, _, _ in rows for url in q.urls})
    Source.objects.bulk_create([Source(title=url[:500], url=url, outlet=_outlet(url), language=language)
                                for url in urls], ignore_conflicts=True, batch_size=500)
    source_ids = {}
    for chunk in _chunks(urls, 500):
        source_ids.update(Source.objects.filter(url__in=chunk).values_list("url", "pk"))
    before = Appearance.objects.count()
    Appearance.objects.bulk_create(
        [Appearance(claim_id=claim_ids[(speaker_id, q.text_hash)], source_id=source_ids[url],
                    confidence=q.confidence)
         for q, speaker_id, _ in rows for url in q.urls],
        ignore_conflicts=True, batch_size=500)
    return created, Appearance.objects.count() - before
