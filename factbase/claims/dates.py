"""Dates known only to a day, a month or a year ("2024-11"): one helper for storing,
filtering and displaying them.

A partial date is stored as the first day of its period plus a precision, so it sorts
and indexes like a plain date; `PartialDate.end` gives the last day of the period.
"""
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Precision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    start: dt.date
    precision: str = Precision.DAY

    @classmethod
    def parse(cls, value: str) -> "PartialDate":
        """Read "2024", "2024-11" or "2024-11-13"; ValueError for anything else,
        including dates that do not exist ("2024-02-30")."""
        match = _ISO.match(str(value).strip())
        if not match:
            raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            if month is None:
                return cls(dt.date(year, 1, 1), Precision.YEAR)
            if day is None:
                return cls(dt.date(year, month, 1), Precision.MONTH)
            return cls(dt.date(year, month, day), Precision.DAY)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a real date: {exc}") from None

    @classmethod
    def of(cls, start: dt.date | None, precision: str | None) -> "PartialDate | None":
        """The partial date stored in a (date, precision) pair of fields, or None."""
        if start is None:
            return None
        return cls(start, precision or Precision.DAY).normalised()

    def normalised(self) -> "PartialDate":
        """The same period with its start moved to the period's first day."""
        if self.precision == Precision.YEAR:
            return PartialDate(self.start.replace(month=1, day=1), self.precision)
        if self.precision == Precision.MONTH:
            return PartialDate(self.start.replace(day=1), self.precision)
        return self

    @property
    def end(self) -> dt.date:
        if self.precision == Precision.YEAR:
            return self.start.replace(month=12, day=31)
        if self.precision == Precision.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return self.start

    def isoformat(self) -> str:
        """The shortest ISO form that keeps the precision: "2024", "2024-11", "2024-11-13"."""
        if self.precision == Precision.YEAR:
            return f"{self.start.year:04d}"
        if self.precision == Precision.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def display(self, language: str = "en") -> str:
        """Human form: "November 2024", "13 November 2024" / "13. November 2024"."""
        months = MONTHS.get(language[:2], MONTHS["en"])
        month = months[self.start.month - 1]
        if self.precision == Precision.YEAR:
            return str(self.start.year)
        if self.precision == Precision.MONTH:
            return f"{month} {self.start.year}"
        if language.startswith("de"):
            return f"{self.start.day}. {month} {self.start.year}"
        return f"{self.start.day} {month} {self.start.year}"

    def __str__(self) -> str:
        return self.isoformat()


def overlapping(field: str, after: dt.date | None = None, before: dt.date | None = None) -> models.Q:
    """A filter for rows whose partial date (`field` and `field_precision`) overlaps
    [after, before]. A claim dated "2024-11" overlaps a range that touches November 2024.

    Written as a range on the stored start date per precision, so an index on the
    date column serves it.
    """
    precision_field = f"{field}_precision"
    query = models.Q()
    if before is not None:
        query &= models.Q(**{f"{field}__lte": before})
    if after is not None:
        # The period's end is at or after `after` <=> its start is at or after the
        # start of the period of that precision containing `after`.
        query &= (
            models.Q(**{precision_field: Precision.DAY, f"{field}__gte": after})
            | models.Q(**{precision_field: Precision.MONTH, f"{field}__gte": after.replace(day=1)})
            | models.Q(**{precision_field: Precision.YEAR, f"{field}__gte": after.replace(month=1, day=1)})
        )
    return query
