"""Finding figures in claim text: value, qualifier, unit and counted thing, German and English.
Sentences are synthetic, shaped like the seed article's."""
from decimal import Decimal

import pytest

from factbase.quantities.extraction import quantities_in, query_stems


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Die meisten der mehr als 10.000 in den Osten geschickten Nordkoreaner:innen seien dort", "de",
     [(Decimal(10000), "more-than", "", "Nordkoreaner:innen")]),
    ("einige der 11.000 nordkoreanischen Soldat:innen seien verwickelt", "de",
     [(Decimal(11000), "", "", "nordkoreanischen Soldat:innen")]),
    ("bindet rund 50.000 russische Soldat:innen im Frontgebiet", "de",
     [(Decimal(50000), "about", "", "russische Soldat:innen")]),
    ("Die Ausgaben stiegen auf 2,5 Prozent", "de", [(Decimal("2.5"), "", "%", "")]),
    ("bis zu 3 Milliarden Euro für 1.200 Panzer", "de",
     [(Decimal(3 * 10**9), "up-to", "€", ""), (Decimal(1200), "", "", "Panzer")]),
    ("Congress approved $61 billion in aid", "en", [(Decimal(61 * 10**9), "", "$", "")]),
    ("more than 10,000 North Korean soldiers are in Russia", "en",
     [(Decimal(10000), "more-than", "", "North Korean soldiers")]),
    ("up to 2.5 percent of GDP", "en", [(Decimal("2.5"), "up-to", "%", "")]),
    ("about 3.5 million people", "", [(Decimal("3500000"), "about", "", "people")]),
])
def test_it_finds_value_qualifier_unit_and_counted_thing(text, language, expected):
    found = [(q.value, q.qualifier, q.unit, q.counted) for q in quantities_in(text, language)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "der härteste Winter seit 2022 stehe bevor",  # a year
    "am 5. November sagte er",                     # an ordinal date
    "Wir müssen mehr tun",                         # no number at all
])
def test_it_finds_no_quantity_in_years_dates_or_words(text):
    assert quantities_in(text, "de") == []


def test_the_language_decides_what_a_dot_means():
    assert quantities_in("10.000 Soldaten", "de")[0].value == 10000
    assert quantities_in("10.000 soldiers", "en")[0].value == Decimal("10.000")


def test_the_figure_as_written_keeps_qualifier_and_scale():
    (found,) = quantities_in("mit mehr als 10.000 Soldaten", "de")
    assert found.number == "mehr als 10.000"
    assert "mit mehr als 10.000 Soldaten"[found.start:found.end] == "mehr als 10.000"


def test_inflections_and_gender_forms_share_a_stem():
    soldaten = quantities_in("11.000 Soldaten", "de")[0].key
    gendered = quantities_in("11.000 Soldat:innen", "de")[0].key
    assert soldaten == gendered == "soldat"
    assert "soldat" in query_stems("Soldaten")
    assert "soldier" in query_stems("soldiers")
    assert quantities_in("10,000 soldiers", "en")[0].key == "soldier"


def test_hostile_text_gives_no_error():
    text = "<script>alert(1)</script> 9" * 200 + "1" * 5000 + " 1,2,3,4 ..5.. $ € %"
    assert isinstance(quantities_in(text, "de"), list)
