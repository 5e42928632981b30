import datetime as dt

import pytest

from factbase.claims.dates import PartialDate, overlapping
from factbase.claims.models import Claim
from tests.factories import ClaimFactory


@pytest.mark.parametrize(
    "text, start, precision, end, iso",
    [
        ("2024", dt.date(2024, 1, 1), "year", dt.date(2024, 12, 31), "2024"),
        ("2024-11", dt.date(2024, 11, 1), "month", dt.date(2024, 11, 30), "2024-11"),
        ("2024-02", dt.date(2024, 2, 1), "month", dt.date(2024, 2, 29), "2024-02"),
        ("2024-11-13", dt.date(2024, 11, 13), "day", dt.date(2024, 11, 13), "2024-11-13"),
    ],
)
def test_it_parses_and_round_trips_each_precision(text, start, precision, end, iso):
    date = PartialDate.parse(text)
    assert (date.start, date.precision, date.end, date.isoformat()) == (start, precision, end, iso)
    assert PartialDate.parse(date.isoformat()) == date


@pytest.mark.parametrize("bad", ["2024-02-30", "2023-02-29", "2024-13", "24-11", "yesterday", "", "2024-11-13T10:00"])
def test_it_rejects_dates_that_do_not_exist_or_are_malformed(bad):
    with pytest.raises(ValueError):
        PartialDate.parse(bad)


@pytest.mark.parametrize(
    "text, language, shown",
    [
        ("2024-11", "en", "November 2024"),
        ("2024-11", "de", "November 2024"),
        ("2024-03-13", "de", "13. März 2024"),
        ("2024-03-13", "en", "13 March 2024"),
        ("2024", "de", "2024"),
    ],
)
def test_it_displays_a_date_at_its_precision(text, language, shown):
    assert PartialDate.parse(text).display(language) == shown


def test_of_moves_a_stored_start_to_the_first_day_of_its_period():
    assert PartialDate.of(dt.date(2024, 11, 17), "month") == PartialDate.parse("2024-11")
    assert PartialDate.of(None, "month") is None


@pytest.mark.django_db
def test_a_claim_keeps_its_date_and_precision_through_the_database():
    claim = ClaimFactory(said_on=dt.date(2024, 11, 1), said_on_precision="month")
    claim.refresh_from_db()
    assert claim.said == PartialDate.parse("2024-11")
    assert claim.said.display("de") == "November 2024"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "after, before, expected",
    [
        # A claim dated only November 2024 overlaps any range that touches November.
        (dt.date(2024, 11, 20), dt.date(2024, 12, 31), {"month", "year"}),
        (dt.date(2024, 11, 1), dt.date(2024, 11, 30), {"month", "day", "year"}),
        (dt.date(2024, 12, 1), None, {"year"}),
        (None, dt.date(2024, 10, 31), {"year"}),
        (dt.date(2025, 1, 1), None, set()),
        (dt.date(2024, 11, 14), dt.date(2024, 11, 14), {"month", "year"}),
    ],
)
def test_overlapping_is_aware_of_precision(after, before, expected):
    ClaimFactory(text="month", said_on=dt.date(2024, 11, 1), said_on_precision="month")
    ClaimFactory(text="day", said_on=dt.date(2024, 11, 13), said_on_precision="day")
    ClaimFactory(text="year", said_on=dt.date(2024, 1, 1), said_on_precision="year")
    found = set(Claim.objects.filter(overlapping("said_on", after, before)).values_list("text", flat=True))
    assert found == expected
