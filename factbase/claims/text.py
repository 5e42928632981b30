"""Text normalisation shared by the domain: claim fingerprints and name keys."""
import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case- and accent-folded text: "Selenskyj" and "SELENSKYJ", "Sybiha" and "Sýbiha" agree."""
    if text.isascii():  # most of a bulk load: nothing to decompose, several times faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalise_claim_text(text: str) -> str:
    """Case, punctuation and white space folded, as Quotebank does to find repeated quotes."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def claim_text_hash(text: str) -> str:
    """The fingerprint the database keeps unique per speaker."""
    return hashlib.sha256(normalise_claim_text(text).encode()).hexdigest()


def name_key(name: str) -> str:
    """The key a speaker name or alias is looked up by: folded, punctuation as spaces."""
    return " ".join(_NON_WORD.sub(" ", fold(name).replace("_", " ")).split())


def name_keys(name: str) -> list[str]:
    """Keys to try for a name as it stands in a text: itself, then without a genitive s
    ("Selenskyjs" -> "selenskyj", "Austins" -> "austin")."""
    key = name_key(name)
    keys = [key] if key else []
    if key.endswith(" s"):  # English "Rutte's"
        keys.append(key[:-2])
    elif key.endswith("s") and len(key) > 3:
        keys.append(key[:-1])
    return keys
