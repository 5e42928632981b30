"""Quoted passages in English text: “…”, "…", a quote split by its attribution, and a quote running
over several paragraphs (an opening mark at each paragraph, a closing mark only after the last).

Single quotes are left alone: in English they are apostrophes or a quote inside a quote.
"""
import re
from dataclasses import dataclass

OPENERS = {"“": "”\"", '"': '"”'}  # real text mixes curly and straight marks: either closes
MAX_LENGTH = 3000


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # just after the last character inside the marks (or the paragraph's end)
    text: str
    runs_on: bool = False  # the quote goes on in the next paragraph, which opens with a quote mark
    continued: bool = False  # this paragraph carries on a quote from the paragraph before

    @property
    def words(self) -> int:
        return len(re.findall(r"\w+", self.text))

    @property
    def is_sentence(self) -> bool:
        """Reads as a statement of its own ("We will not allow it.") rather than a phrase ("fiction")."""
        stripped = self.text.strip()
        return bool(stripped) and stripped[0].isupper() and (stripped[-1] in ".!?,…" or self.words >= 8)


def find_quotes(text: str) -> list[Quote]:
    """The quotes of `text` in order."""
    quotes: list[Quote] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        quotes += _paragraph_quotes(text, paragraph.start(), paragraph.end(), bool(quotes) and quotes[-1].runs_on)
    return quotes


def _paragraph_quotes(text: str, start: int, end: int, continued: bool) -> list[Quote]:
    quotes = []
    position = start
    while position < end:
        mark = text[position]
        if mark in OPENERS and _opens(text, position, end):
            close = _find_close(text, position + 1, min(end, position + 1 + MAX_LENGTH), OPENERS[mark])
            if close < 0:
                if _next_paragraph_opens_quote(text, end) or position == _first_char(text, start):
                    runs_on = _next_paragraph_opens_quote(text, end)
                    inner_end = _trim_end(text, position + 1, end)
                    if inner_end > position + 1:
                        quotes.append(Quote(position + 1, inner_end, text[position + 1:inner_end], runs_on,
                                            continued and position == _first_char(text, start)))
                break
            if text[position + 1:close].strip():
                first = position == _first_char(text, start)
                quotes.append(Quote(position + 1, close, text[position + 1:close], False, continued and first))
            position = close + 1
            continue
        position += 1
    return quotes


def _find_close(text: str, start: int, end: int, closers: str) -> int:
    found = [p for p in (text.find(c, start, end) for c in closers) if p >= 0]
    return min(found) if found else -1


def _opens(text: str, position: int, end: int) -> bool:
    """A straight mark opens where a word follows it and none stands right before it (not `12" screen`)."""
    following = text[position + 1:position + 2]
    if not following or following.isspace() or position + 1 >= end:
        return False
    return text[position] == "“" or not text[position - 1:position].isalnum()


def _first_char(text: str, start: int) -> int:
    return start + len(text[start:]) - len(text[start:].lstrip(" \t"))


def _next_paragraph_opens_quote(text: str, end: int) -> bool:
    following = re.match(r"\n\s*(\S)", text[end:end + 20])
    return following is not None and following.group(1) in OPENERS


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
