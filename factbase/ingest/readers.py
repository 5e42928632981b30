"""Reading articles: plain text, HTML pages and JSON Lines in, `Article`s out.

Every reader turns bad input into a `ReadError` naming the document (and line), so the
importer can report it and carry on with the next record. Quotebank files are claims,
not articles: `quotebank.py` reads those.
"""
import bz2
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from factbase.claims.dates import PartialDate

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

# "date 2024-11" or "date 2024-11-13" opening a plain-text article, maybe followed by its first line.
_DATE_TOKEN = re.compile(r"\A\s*date\s+(\d{4}-\d{1,2}(?:-\d{1,2})?)(?=\s|\Z)\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
TITLE_LENGTH = 200


class ReadError(Exception):
    """Input that cannot be read as an article; nothing of it is imported."""

    def __init__(self, document: str, message: str, line: int | None = None):
        self.document, self.message, self.line = document, message, line
        where = f"{document}, line {line}" if line else document
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Article:
    """One article as read, before extraction."""

    text: str
    title: str
    document: str  # where it came from: the path as given, "path:line", or the line's document id
    url: str = ""
    outlet: str = ""
    language: str = "de"
    published: PartialDate | None = None


@dataclass(frozen=True)
class Defaults:
    """What the curator says about articles that do not say it themselves (--title, --date, ...)."""

    title: str = ""
    published: PartialDate | None = None
    url: str = ""
    outlet: str = ""
    language: str = "de"


def decode(data: bytes, document: str) -> str:
    """Bytes to text: UTF-8, else Windows-1252/Latin-1, else charset-normalizer's best guess.
    Empty and binary files are refused."""
    if not data.strip():
        raise ReadError(document, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(document, "the file says it is UTF-16 but is not") from None
    if b"\x00" in data[:8192]:
        raise ReadError(document, "this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise ReadError(document, "the text encoding could not be recognised; save it as UTF-8") from None
        text = str(best)
    if sum(not ch.isprintable() and ch not in "\n\r\t" for ch in text) > len(text) // 100:
        raise ReadError(document, "this is a binary file, not text")
    return text


def parse_date(value, document: str, line: int | None = None) -> PartialDate | None:
    if value in (None, ""):
        return None
    try:
        return PartialDate.parse(str(value)[:10] if re.match(r"\d{4}-\d\d-\d\dT", str(value)) else value)
    except ValueError as exc:
        raise ReadError(document, str(exc), line) from None


def split_date_line(text: str, document: str = "") -> tuple[PartialDate | None, str]:
    """("date 2024-11 Der Druck …") -> (2024-11, "Der Druck …"); text without the token is returned whole."""
    match = _DATE_TOKEN.match(text)
    if not match:
        return None, text
    return parse_date(match.group(1), document), text[match.end():]


def title_from(text: str, fallback: str = "") -> str:
    """The first line, or its first sentence when the line is long; else `fallback`."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(line) > TITLE_LENGTH // 2:
        line = _SENTENCE_END.split(line, maxsplit=1)[0]
    if len(line) > TITLE_LENGTH:
        line = line[: TITLE_LENGTH - 1].rstrip() + "…"
    return line or fallback


def read_text(data: bytes | str, *, document: str, defaults: Defaults = Defaults()) -> Article:
    """A plain-text article, perhaps opening with "date YYYY-MM[-DD]"."""
    text = decode(data, document) if isinstance(data, bytes) else data
    published, text = split_date_line(text.replace("\r\n", "\n"), document)
    text = text.rstrip()
    if not text.strip():
        raise ReadError(document, "the article has no text")
    return Article(text=text, title=defaults.title or title_from(text, Path(document).stem), document=document,
                   url=defaults.url, outlet=defaults.outlet, language=defaults.language,
                   published=published or defaults.published)


def read_html(data: bytes | str, *, document: str, defaults: Defaults = Defaults()) -> Article:
    """An HTML page's main text, title, date and outlet, found by trafilatura (menus and adverts dropped)."""
    import trafilatura  # slow to import; only HTML needs it

    html = decode(data, document) if isinstance(data, bytes) else data
    found = trafilatura.bare_extraction(html, url=defaults.url or None, with_metadata=True,
                                        include_comments=False, include_tables=False)
    text = (found.text or "").strip() if found else ""
    if not text:
        raise ReadError(document, "no article text found in this HTML page")
    return Article(
        text=text, title=defaults.title or found.title or title_from(text, Path(document).stem),
        document=document, url=defaults.url or found.url or "",
        outlet=defaults.outlet or found.sitename or found.hostname or "",
        language=defaults.language, published=parse_date(found.date, document) or defaults.published,
    )


def read_jsonl_lines(lines: Iterable[bytes], *, document: str,
                     defaults: Defaults = Defaults()) -> Iterator[Article | ReadError]:
    """One article a line: {title, url, outlet, published, language, text}. A bad line is
    yielded as a ReadError with its number, and the rest are read."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            yield ReadError(document, f"not a JSON object ({exc})", number)
            continue
        if not isinstance(row, dict):
            yield ReadError(document, "not a JSON object", number)
            continue
        try:
            yield _article_from_row(row, document, number, defaults)
        except ReadError as exc:
            yield exc


def _article_from_row(row: dict, document: str, number: int, defaults: Defaults) -> Article:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(document, "the article has no text (field 'text')", number)
    for field in ("title", "url", "outlet", "language"):
        if row.get(field) is not None and not isinstance(row[field], str):
            raise ReadError(document, f"field '{field}' must be a string", number)
    name = str(row.get("document") or row.get("id") or f"{document}:{number}")
    return Article(
        text=text.rstrip(), title=row.get("title") or defaults.title or title_from(text, name), document=name,
        url=row.get("url") or "", outlet=row.get("outlet") or defaults.outlet,
        language=row.get("language") or defaults.language,
        published=parse_date(row.get("published"), document, number) or defaults.published,
    )


def open_lines(path: Path) -> Iterator[bytes]:
    """The lines of a file, read as a stream (.bz2 decompressed on the way)."""
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "rb") as stream:
        yield from stream


def is_quotebank(path: Path) -> bool:
    """A Quotebank quotation file: its first line is a JSON object with a quoteID."""
    if not (path.suffix == ".bz2" or path.suffix in JSONL_SUFFIXES or path.suffix == ".json"):
        return False
    try:
        first = next((line for line in open_lines(path) if line.strip()), b"")
        return isinstance(row := json.loads(first), dict) and "quoteID" in row
    except (OSError, EOFError, ValueError):
        return False


def read_path(path: Path, *, document: str, defaults: Defaults = Defaults()) -> Iterator[Article | ReadError]:
    """The articles in one file, by its kind: JSON Lines, HTML, else plain text."""
    try:
        if path.suffix in JSONL_SUFFIXES or path.suffix == ".bz2":
            yield from read_jsonl_lines(open_lines(path), document=document, defaults=defaults)
            return
        data = path.read_bytes()
    except (OSError, EOFError) as exc:
        yield ReadError(document, f"cannot be read: {exc}")
        return
    try:
        if path.suffix in HTML_SUFFIXES or (path.suffix not in TEXT_SUFFIXES and _looks_like_html(data)):
            yield read_html(data, document=document, defaults=defaults)
        else:
            yield read_text(data, document=document, defaults=defaults)
    except ReadError as exc:
        yield exc


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head


def files_in(paths: Iterable[str]) -> Iterator[tuple[Path, str]]:
    """(file, path as given) for each path, folders walked in name order, hidden files skipped.
    A path that does not exist is passed on, for its reader to report."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and not any(part.startswith(".") for part in found.relative_to(path).parts):
                    yield found, str(found)
        else:
            yield path, given
