"""q: full-text search. PostgreSQL stems per language and ignores accents; SQLite
matches case- and accent-folded substrings (documented as the simpler search)."""
import pytest

from tests.factories import ClaimFactory

from .conftest import ids, on_postgresql, on_sqlite


@pytest.fixture
def texts(db):
    return {
        "de": ClaimFactory(language="de", text="Eine erhebliche Eskalation des synthetischen Streits."),
        "de-plural": ClaimFactory(language="de", text="Weitere Eskalationen sind synthetisch denkbar."),
        "en": ClaimFactory(language="en", text="The synthetic committees were meeting about escalation."),
        "accent": ClaimFactory(language="de", text="Die Präsidentin sprach über Zölle, synthetisch."),
        "phrase": ClaimFactory(language="en", text="A synthetic red apple fell, then a green pear."),
    }


SEARCHES = [
    ("Eskalation", {"de", "de-plural"}),
    ("eskalation", {"de", "de-plural"}),
    ("zolle", {"accent"}),
    ("ZÖLLE", {"accent"}),
    ('"red apple"', {"phrase"}),
    ('"apple red"', set()),
    ("escalation", {"en"}),
    ("escalation -committees", set()),
    ("pear -committees", {"phrase"}),
    ("escalation or apple", {"en", "phrase"}),
]


@pytest.mark.parametrize(("q", "expected"), SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_finds_the_claims_it_should(anonymous, texts, q, expected):
    assert set(ids(anonymous.get("/api/claims/", {"q": q}))) == {texts[key].pk for key in expected}


@on_postgresql
def test_postgresql_stems_german_and_english(anonymous, texts):
    assert set(ids(anonymous.get("/api/claims/?q=Eskalationen"))) == {texts["de"].pk, texts["de-plural"].pk}
    assert ids(anonymous.get("/api/claims/?q=meet committee")) == [texts["en"].pk]


@on_postgresql
def test_relevance_puts_the_better_match_first(anonymous, db):
    weak = ClaimFactory(language="en", text="Synthetic turnips grow in a synthetic field somewhere far away.")
    strong = ClaimFactory(language="en", text="Turnips, turnips, turnips: synthetic turnips.")
    assert ids(anonymous.get("/api/claims/?q=turnips&ordering=relevance")) == [strong.pk, weak.pk]


@on_sqlite
def test_sqlite_search_matches_substrings_so_eskalation_finds_the_plural(anonymous, texts):
    assert set(ids(anonymous.get("/api/claims/?q=Eskalation"))) == {texts["de"].pk, texts["de-plural"].pk}


def test_relevance_ordering_pages_through_every_hit_once(anonymous, db):
    made = {ClaimFactory(language="en", text=f"Synthetic turnip number {n}" + " turnip" * (n % 4)).pk
            for n in range(7)}
    seen, url = [], "/api/claims/?q=turnip&ordering=relevance&page_size=3"
    while url:
        body = anonymous.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(made)
