"""The words the extractor knows, one module per language (`de`, `en`), each list once.

The rules read the union of the languages' lists (`known`), as they did before the lists were
split by language; a list a language lacks is empty for it. A new language adds a module here and
its name to LANGUAGES.
"""
from . import de, en

LANGUAGES = {"de": de, "en": en}


def known(name: str) -> frozenset[str]:
    """Every language's words for list `name`."""
    return frozenset().union(*(getattr(module, name, ()) for module in LANGUAGES.values()))


def of(language: str, name: str) -> frozenset[str]:
    """One language's words for list `name` (empty for a language without that list)."""
    module = LANGUAGES.get(language)
    return frozenset(getattr(module, name, ())) if module else frozenset()
