import test from "node:test";
import assert from "node:assert/strict";
import { formatPartialDate, parseIsoDate, yearOf, dateKey } from "../../frontend/js/dates.js";

const cases = [
  ["2024-11-13", "day", "de", "13. November 2024"],
  ["2024-11-13", "day", "en", "13 November 2024"],
  ["2024-11-01", "month", "de", "November 2024"],
  ["2024-11-01", "month", "en", "November 2024"],
  ["2024-03-01", "month", "de", "März 2024"],
  ["2024-01-01", "year", "de", "2024"],
  ["2024-01-01", "year", "en", "2024"],
];
for (const [iso, precision, lang, expected] of cases) {
  test(`it formats ${iso} at ${precision} precision in ${lang} as "${expected}"`, () => {
    assert.equal(formatPartialDate(iso, precision, lang), expected);
  });
}

test("it treats a missing precision as a full day", () => {
  assert.equal(formatPartialDate("2024-11-13", null, "en"), "13 November 2024");
});

test("it returns an empty string for an undated claim", () => {
  assert.equal(formatPartialDate(null, null, "de"), "");
  assert.equal(parseIsoDate("not a date"), null);
});

test("it does not shift dates across time zones", () => {
  assert.equal(parseIsoDate("2024-01-01").getUTCFullYear(), 2024);
  assert.equal(formatPartialDate("2024-12-31", "day", "en"), "31 December 2024");
});

test("it gives the year and grouping keys of a date", () => {
  assert.equal(yearOf("2023-05-06"), "2023");
  assert.equal(yearOf(null), "");
  assert.equal(dateKey("2024-11-13", "month"), "2024-11");
  assert.equal(dateKey("2024-11-13", "year"), "2024");
  assert.equal(dateKey("2024-11-13", "day"), "2024-11-13");
});
