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
from urllib.parse import urlsplit

from django.db import connection, transaction
from django.utils import timezone

from factbase.claims.bulk import copy_rows
from factbase.claims.models import Appearance, Claim, Source, Speaker, SpeakerAlias
from factbase.claims.public_data import bump_public_version
from factbase.claims.services import unique_slugs
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
    """Speaker ids (and whether each is confirmed) by speaker ref, remembered across batches."""

    def __init__(self, confirm: bool):
        self.confirm = confirm
        self.by_ref: dict[str, tuple[int, bool]] = {}

    def __getitem__(self, ref: str) -> tuple[int, bool]:
        return self.by_ref[ref]

    def ids_for(self, people: dict[str, tuple[str, str]], result: QuotebankResult) -> None:
        """Find or create the speaker of each ref in `people` (ref -> (Wikidata id, name))."""
        wanted = {ref: person for ref, person in people.items() if ref not in self.by_ref}
        if not wanted:
            return
        qids = {qid for qid, _ in wanted.values() if qid}
        for pk, qid, confirmed in Speaker.objects.filter(wikidata_id__in=qids).values_list(
                "pk", "wikidata_id", "confirmed"):
            self.by_ref[qid] = (pk, confirmed)
        # Speaker.objects.resolve can only find a name one of whose keys is on file: look
        # those up for the whole batch at once and ask resolve about the names that have one.
        keys = {key for _, name in wanted.values() for key in name_keys(name)}
        on_file = set()
        for chunk in _chunks(sorted(keys), 5000):
            on_file.update(Speaker.objects.filter(key__in=chunk).values_list("key", flat=True))
            on_file.update(SpeakerAlias.objects.filter(key__in=chunk).values_list("key", flat=True))
        new = {}
        for ref, (qid, name) in sorted(wanted.items()):
            if ref in self.by_ref:
                continue
            found = Speaker.objects.resolve(name) if on_file.intersection(name_keys(name)) else None
            if found is not None and (not qid or found.wikidata_id in ("", qid)):
                self.by_ref[ref] = (found.pk, found.confirmed)
            else:
                new[ref] = (qid, name)
        if new:
            self._create(new, result)

    def _create(self, people: dict[str, tuple[str, str]], result: QuotebankResult) -> None:
        slugs = dict(zip(people, unique_slugs(Speaker, [name for _, name in people.values()]), strict=True))
        now = timezone.now()
        copy_rows(Speaker, ["name", "slug", "key", "kind", "description", "wikidata_id", "confirmed",
                            "claim_count", "created", "updated"],
                  [(name, slugs[ref], name_key(name), speaker_kind_guess(name), DESCRIPTION, qid,
                    self.confirm, 0, now, now) for ref, (qid, name) in people.items()])
        ids = dict(Speaker.objects.filter(slug__in=slugs.values()).values_list("slug", "pk"))
        for ref in people:
            self.by_ref[ref] = (ids[slugs[ref]], self.confirm)
        result.speakers_created += len(people)


def _speaker_ref(quotation: Quotation) -> str:
    """What tells a load's speakers apart: the Wikidata id where Quotebank gives exactly one,
    else the name's key."""
    return quotation.qid or "=" + name_key(quotation.speaker)


@dataclass
class _Batch:
    """Up to batch_size lines of the file, read off the main thread (see _read_ahead)."""
    lines: int = 0
    quotations: list[Quotation] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)  # each quotation's speaker ref
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # ref -> (Wikidata id, name)
    errors: list[ReadError] = field(default_factory=list)
    unattributed: int = 0
    # On PostgreSQL, the quotations and their URLs as rows of COPY's text format, made here
    # rather than on the main thread, which meanwhile waits on PostgreSQL storing the last batch.
    quote_rows: bytes = b""
    url_rows: bytes = b""


def quotebank_load(*, lines: Iterable[bytes], document: str, publish: bool = False,
                   confirm_speakers: bool = False, language: str = "en", batch_size: int = 50_000,
                   rebuild_indexes: bool = False, on_batch: Callable[[int], None] | None = None,
                   on_phase: Callable[[str], None] | None = None) -> QuotebankResult:
    """Load a Quotebank quotation file (its lines, as bytes), one transaction per batch; returns the counts.

    `rebuild_indexes` (PostgreSQL): one transaction for the whole file instead, with the
    claim, source and appearance tables' secondary indexes and foreign keys set aside and
    built once at the end; claims are stored batch by batch, sources and appearances all at
    once at the end. Several times faster for millions of rows, but those tables are locked
    meanwhile. `on_batch(n)` is called after each batch with the number of lines it held, and
    `on_phase(name)` when the bulk load moves on to "storing" and "indexing" (for a progress bar).
    """
    on_phase = on_phase or (lambda name: None)
    result = QuotebankResult()
    speakers = _Speakers(confirm_speakers)
    postgresql = connection.vendor == "postgresql"
    bulk = rebuild_indexes and postgresql
    store = _PostgresqlStore(language, publish, one_transaction=bulk) if postgresql else _OrmStore(language, publish)
    batches = _read_ahead(_batches(read_quotations(lines, document), batch_size, as_copy_text=postgresql))
    with transaction.atomic() if bulk else nullcontext(), _indexes_set_aside() if bulk else nullcontext():
        for batch in batches:
            result.errors.extend(batch.errors)
            result.unattributed += batch.unattributed
            result.quotations += len(batch.quotations)
            with transaction.atomic():
                speakers.ids_for(batch.people, result)
                result.speaker_ids.update(speakers[ref][0] for ref in batch.people)
                created, appearances = store.store(batch, speakers)
            result.claims_created += created
            result.appearances_created += appearances
            if on_batch:
                on_batch(batch.lines)
        if bulk:
            on_phase("storing")
            result.appearances_created += store.finish()
            on_phase("indexing")
    result.duplicates = result.quotations - result.claims_created
    if publish:  # the kept stats count published claims only: drafts leave them as they are
        for chunk in _chunks(sorted(result.speaker_ids), 5000):
            Speaker.objects.filter(pk__in=chunk).refresh_stats()
        bump_public_version()  # no save() ran, so no signal told the response cache
    if postgresql:
        with connection.cursor() as cursor:  # fresh planner statistics after a big load
            cursor.execute("ANALYZE claims_speaker, claims_claim, claims_source, claims_appearance")
    return result


def _batches(items: Iterable[Quotation | ReadError | None], size: int, as_copy_text: bool) -> Iterator[_Batch]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        batch = _Batch(lines=len(chunk))
        for item in chunk:
            if isinstance(item, ReadError):
                batch.errors.append(item)
            elif item is None:
                batch.unattributed += 1
            else:
                ref = _speaker_ref(item)
                batch.quotations.append(item)
                batch.refs.append(ref)
                batch.people.setdefault(ref, (item.qid, item.speaker))
        if as_copy_text:
            batch.quote_rows = "".join(
                f"{q.line}\t{_copy_text(ref)}\t{_copy_text(q.text)}\t{q.text_hash}\t{_copy_value(q.said_on)}\n"
                for q, ref in zip(batch.quotations, batch.refs, strict=True)).encode()
            # Each URL row carries what its appearance needs (the claim's speaker ref and
            # fingerprint, the confidence), so the quotations need not be kept for the join.
            batch.url_rows = "".join(
                f"{_copy_text(url)}\t{_copy_text(_outlet(url))}\t{_copy_text(ref)}\t{q.text_hash}"
                f"\t{_copy_value(q.confidence)}\n"
                for q, ref in zip(batch.quotations, batch.refs, strict=True) for url in q.urls).encode()
        yield batch


def _status(publish: bool, confirmed: bool) -> str:
    """A loaded claim is published only when asked and its speaker is confirmed."""
    return Claim.Status.PUBLISHED if publish and confirmed else Claim.Status.DRAFT


def _copy_text(text: str) -> str:
    """`text` as a field of COPY's text format (backslash escapes; a quotation has no tabs or
    line breaks left, but a URL or a name could hold a backslash)."""
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return text


def _copy_value(value) -> str:
    """A date or number as a field of COPY's text format, None as its NULL."""
    return "\\N" if value is None else str(value)


def _read_ahead(batches: Iterator[_Batch], depth: int = 2) -> Iterator[_Batch]:
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
    return (urlsplit(url).hostname or "").removeprefix("www.")[:200]


class _PostgresqlStore:
    """Stores each batch by COPYing it into temporary tables and inserting from them with one
    INSERT ... SELECT ... ON CONFLICT DO NOTHING per table (so a re-run skips what is there).

    Each batch's claims are inserted as soon as it is staged, so PostgreSQL computes their
    search vectors while the reader thread reads the next batch; its quotations are then
    dropped. With `one_transaction` (the bulk load) the staged URLs stay for the whole file,
    and sources and appearances are inserted by `finish` in one join over it; otherwise each
    batch is stored whole and its commit empties the tables."""

    def __init__(self, language: str, publish: bool, *, one_transaction: bool):
        self.language = language
        self.publish = publish
        self.one_transaction = one_transaction
        self.staged_refs: set[str] = set()  # the speaker refs staged in this transaction

    def store(self, batch: _Batch, speakers: _Speakers) -> tuple[int, int]:
        if not batch.quotations:
            return 0, 0
        self._stage(batch, speakers)
        created = self._insert_claims()
        return created, 0 if self.one_transaction else self._insert_appearances()

    def finish(self) -> int:
        return self._insert_appearances()

    def _stage(self, batch: _Batch, speakers: _Speakers) -> None:
        if not self.one_transaction:
            self.staged_refs = set()  # the last batch's commit emptied the tables
        new_refs = [ref for ref in batch.people if ref not in self.staged_refs]
        self.staged_refs.update(new_refs)
        with connection.cursor() as cursor:
            for table, columns in (("ingest_stage_speaker", "ref text, speaker_id bigint, status varchar(10)"),
                                   ("ingest_stage_quote", "line bigint, ref text, text text, text_hash varchar(64), "
                                                          "said_on date"),
                                   ("ingest_stage_url", "url text, outlet text, ref text, text_hash varchar(64), "
                                                        "confidence double precision")):
                cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}) ON COMMIT DELETE ROWS")
            with cursor.cursor.copy("COPY ingest_stage_speaker FROM STDIN") as copy:
                for ref in new_refs:
                    speaker_id, confirmed = speakers[ref]
                    copy.write_row((ref, speaker_id, _status(self.publish, confirmed)))
            with cursor.cursor.copy("COPY ingest_stage_quote FROM STDIN") as copy:
                copy.write(batch.quote_rows)
            with cursor.cursor.copy("COPY ingest_stage_url FROM STDIN") as copy:
                copy.write(batch.url_rows)

    def _insert_claims(self) -> int:
        """The staged quotations as claims, then empties their table; returns how many claims
        were new. Rows go in index order; of a claim repeated in the file, the first line wins,
        as in a line-by-line load."""
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO claims_claim (text, text_hash, speaker_id, said_on, said_on_precision, kind, role, "
                "place, language, status, created, updated) "
                "SELECT q.text, q.text_hash, s.speaker_id, q.said_on, "
                "CASE WHEN q.said_on IS NULL THEN '' ELSE 'day' END, 'direct', '', '', %s, s.status, now(), now() "
                "FROM ingest_stage_quote q JOIN ingest_stage_speaker s ON s.ref = q.ref "
                "ORDER BY s.speaker_id, q.text_hash, q.line ON CONFLICT (speaker_id, text_hash) DO NOTHING",
                [self.language])
            created = cursor.rowcount
            cursor.execute("TRUNCATE ingest_stage_quote")
            return created

    def _insert_appearances(self) -> int:
        """The staged URLs as sources, and as appearances of their (stored) claims; returns
        how many appearances were new."""
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE ingest_stage_speaker, ingest_stage_url")
            cursor.execute(
                "INSERT INTO claims_source (title, url, outlet, language, published_on, published_on_precision, "
                "text, text_hash, created) "
                "SELECT left(url, 500), url, outlet, %s, NULL, '', '', '', now() "
                "FROM ingest_stage_url ORDER BY url ON CONFLICT (url) DO NOTHING", [self.language])
            # Current row counts, so the planner joins by index or hash rather than guessing.
            cursor.execute("ANALYZE claims_claim, claims_source")
            cursor.execute(
                "INSERT INTO claims_appearance (claim_id, source_id, context, start, \"end\", printed_text, "
                "confidence, created) "
                "SELECT c.id, s.id, '', NULL, NULL, '', u.confidence, now() "
                "FROM ingest_stage_url u JOIN ingest_stage_speaker p ON p.ref = u.ref "
                "JOIN claims_claim c ON c.speaker_id = p.speaker_id AND c.text_hash = u.text_hash "
                "JOIN claims_source s ON s.url = u.url ORDER BY c.id, s.id "
                "ON CONFLICT (claim_id, source_id) DO NOTHING")
            return cursor.rowcount


class _OrmStore:
    """The simple path (SQLite): bulk_create ignoring conflicts, then look the ids up."""

    def __init__(self, language: str, publish: bool):
        self.language = language
        self.publish = publish

    def store(self, batch: _Batch, speakers: _Speakers) -> tuple[int, int]:
        now = timezone.now()
        wanted = {}
        for q, ref in zip(batch.quotations, batch.refs, strict=True):
            speaker_id, confirmed = speakers[ref]
            status = _status(self.publish, confirmed)
            wanted.setdefault((speaker_id, q.text_hash), (q, status))
        before = Claim.objects.count()
        Claim.objects.bulk_create(
            [Claim(speaker_id=speaker_id, text=q.text, text_hash=text_hash, said_on=q.said_on,
                   said_on_precision="day" if q.said_on else "", kind=Claim.Kind.DIRECT, language=self.language,
                   status=status, created=now, updated=now)
             for (speaker_id, text_hash), (q, status) in wanted.items()],
            ignore_conflicts=True, batch_size=500)
        created = Claim.objects.count() - before
        claim_ids = {}
        for chunk in _chunks(sorted({text_hash for _, text_hash in wanted}), 500):
            for pk, speaker_id, text_hash in Claim.objects.filter(text_hash__in=chunk).values_list(
                    "pk", "speaker_id", "text_hash"):
                claim_ids[(speaker_id, text_hash)] = pk
        urls = sorted({url for q in batch.quotations for url in q.urls})
        Source.objects.bulk_create([Source(title=url[:500], url=url, outlet=_outlet(url), language=self.language)
                                    for url in urls], ignore_conflicts=True, batch_size=500)
        source_ids = {}
        for chunk in _chunks(urls, 500):
            source_ids.update(Source.objects.filter(url__in=chunk).values_list("url", "pk"))
        before = Appearance.objects.count()
        Appearance.objects.bulk_create(
            [Appearance(claim_id=claim_ids[(speakers[ref][0], q.text_hash)], source_id=source_ids[url],
                        confidence=q.confidence)
             for q, ref in zip(batch.quotations, batch.refs, strict=True) for url in q.urls],
            ignore_conflicts=True, batch_size=500)
        return created, Appearance.objects.count() - before
