"""Find the quoted passages of an article, in every common quote style.

Only outer quotes are returned; a quote inside a quote (‚…‘, ‹…›, ‘…’, or „…“ again) stays part
of its outer quote. A quote may run over several sentences but never over a paragraph break.
"""
import re
from dataclasses import dataclass

# opening mark -> the marks that may close it
CLOSERS = {
    "„": "“”\"",
    "“": "”“",
    "”": "”",
    "»": "«",
    "«": "»",
    '"': '"',
}
MAX_LENGTH = 3000


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the first character inside the marks
    end: int  # offset just after the last character inside the marks
    text: str

    @property
    def words(self) -> int:
        return len(re.findall(r"\w+", self.text))

    @property
    def is_full_sentence(self) -> bool:
        """Whether the quote reads as a statement of its own rather than a phrase."""
        stripped = self.text.strip()
        return bool(stripped) and stripped[0].isupper() and (stripped[-1] in ".!?…" or self.words >= 8)


def find_quotes(text: str) -> list[Quote]:
    quotes = []
    position = 0
    while position < len(text):
        mark = text[position]
        if mark in CLOSERS and _opens(text, position):
            close = _find_close(text, position + 1, CLOSERS[mark], nests=mark in "„»")
            if close is not None:
                inner = text[position + 1:close]
                if inner.strip():
                    quotes.append(Quote(position + 1, close, inner))
                position = close + 1
                continue
        position += 1
    return quotes


def _opens(text: str, position: int) -> bool:
    """A straight quote opens only where a word starts after it (not `12" Zoll`)."""
    following = text[position + 1:position + 2]
    if not following or following.isspace():
        return False
    if text[position] == '"':
        previous = text[position - 1:position]
        return not previous or not previous.isalnum()
    return True


def _find_close(text: str, start: int, closers: str, nests: bool = False) -> int | None:
    """The closing mark; with `nests`, a quote inside that reuses the outer marks („… „Name“ …“) is skipped,
    unless the outer quote then never closes (a stray mark), when the first closer ends it."""
    limit = min(len(text), start + MAX_LENGTH)
    depth = 0
    first = None
    for position in range(start, limit):
        char = text[position]
        if char == "\n":
            break
        if nests and char == text[start - 1]:
            depth += 1
        elif char in closers:
            if depth == 0:
                return position
            first = position if first is None else first
            depth -= 1
    return first
