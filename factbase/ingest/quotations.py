"""Reading Quotebank quotation files: each line a `Quotation`, ready to store (quotebank.py)."""
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factbase.claims.text import claim_text_hash

from .readers import ReadError, parse_date

_QID = re.compile(r"^Q[1-9]\d*$")


@dataclass(frozen=True)
class Quotation:
    line: int
    text: str
    text_hash: str
    speaker: str
    qid: str  # the Wikidata id when Quotebank names exactly one, else ""
    said_on: object  # datetime.date or None
    urls: tuple[str, ...]
    confidence: float | None


def read_quotations(lines: Iterable[bytes], document: str,
                    first_line: int = 1) -> Iterator[Quotation | ReadError | None]:
    """Each line as a Quotation, a ReadError (with its line number), or None for a quote
    Quotebank could not attribute (speaker "None")."""
    for number, raw in enumerate(lines, start=first_line):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
            yield _quotation(row, number, document)
        except ReadError as exc:
            yield exc
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
            yield ReadError(document, f"not a Quotebank quotation ({exc})", number)


def _quotation(row: dict, number: int, document: str) -> Quotation | None:
    text = " ".join(str(row.get("quotation") or "").split())
    if not text:
        raise ReadError(document, "the quotation is empty", number)
    speaker = " ".join(str(row.get("speaker") or "").split())
    if not speaker or speaker == "None" or len(speaker) > 200:
        return None
    qids = [qid for qid in row.get("qids") or [] if isinstance(qid, str) and _QID.match(qid)]
    date = parse_date(str(row["date"])[:10] if row.get("date") else None, document, number)
    probas = row.get("probas") or []
    confidence = float(probas[0][1]) if probas and str(probas[0][0]) == speaker else None
    urls = tuple(dict.fromkeys(url for url in row.get("urls") or [] if isinstance(url, str)
                               and url.startswith(("http://", "https://")) and len(url) <= 2000))
    return Quotation(number, text, claim_text_hash(text), speaker, qids[0] if len(qids) == 1 else "",
                     date.start if date else None, urls, confidence)
