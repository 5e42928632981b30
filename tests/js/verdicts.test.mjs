import test from "node:test";
import assert from "node:assert/strict";
import { verdictSide, ratingIcon, scorecardRows, tallyVerdicts, RATINGS } from "../../frontend/js/verdicts.js";

test("ratings fall on the true or false side, or neither", () => {
  assert.deepEqual(RATINGS.map(verdictSide), ["true", "true", null, "false", "false", "false", null]);
});

test("every rating has an icon so colour is never the only signal", () => {
  assert.deepEqual(RATINGS.map(ratingIcon), ["✓", "✓", "~", "✗", "✗", "✗", "?"]);
});

test("scorecard rows come in the canonical order with zeros filled in", () => {
  const rows = scorecardRows({ false: 2, "mostly-true": 1, bogus: 9 });
  assert.equal(rows.length, RATINGS.length);
  assert.deepEqual(rows[1], { rating: "mostly-true", count: 1 });
  assert.deepEqual(rows[4], { rating: "false", count: 2 });
  assert.equal(rows[0].count, 0);
});

test("it tallies the verdicts of a list of claims", () => {
  const tally = tallyVerdicts([{ verdict: { rating: "false" } }, { verdict: null }, { verdict: { rating: "false" } }]);
  assert.equal(tally.false, 2);
  assert.equal(tally.true, 0);
});
