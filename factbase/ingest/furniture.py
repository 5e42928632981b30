"""Page furniture: lines a web page carries around an article that are not part of its text
("Anzeige", "Im Video: …", "Lesen Sie auch", newsletter prompts)."""
import re

FURNITURE = re.compile(
    r"^\s*(?:Anzeige|Werbung|Advertisement|Im Video|Video|Mehr zum Thema|Lesen Sie (?:auch|mehr)|"
    r"Auch interessant|Das könnte Sie auch interessieren|Zum Thema|Weiterlesen|Read more|Related|"
    r"Newsletter|Jetzt (?:abonnieren|anmelden|registrieren)|Hier (?:abonnieren|anmelden)|Abonnieren|"
    r"Bildergalerie|Foto|Quelle|Mehr dazu)\b",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(r"\bnewsletter\b|\babonnieren\b|\bsubscribe\b", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Whether a line (a paragraph of its own) is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return True
    if FURNITURE.match(stripped) and (len(stripped.split()) <= 14 or ":" in stripped[:20]):
        return True
    return bool(NEWSLETTER.search(stripped)) and len(stripped.split()) <= 25
