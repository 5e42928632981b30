"""What the extractor proposes: a claim found in an article, before anyone has reviewed it."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Proposal:
    text: str  # the claim: verbatim quote without quote marks, or the reported-speech wording
    speaker: str | None  # the speaker's name as resolved within the article; None if unknown
    role: str  # the role around the name at that mention ("NATO-Generalsekretär"), "" if none
    kind: str  # "direct" or "indirect"
    start: int  # offsets of `text` in the article text given to extract_claims
    end: int
    context: str  # the surrounding sentence(s)
    confidence: float  # 0..1
    place: str = ""  # where it was said when the text says so ("in Paris" -> "Paris"), else ""
