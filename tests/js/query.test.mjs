import test from "node:test";
import assert from "node:assert/strict";
import { parseQuery, buildQuery, sameQuery, exploreToApi, EXPLORE, COMPARE, QUIZ } from "../../frontend/js/query.js";

const roundTrips = [
  [EXPLORE, "?q=gas&speaker=speaker-00001&speaker=speaker-00002&topic=energy&after=2024-01-01"],
  [COMPARE, "?speakers=speaker-00001%2Cspeaker-00002&topic=energy&before=2024-12-31"],
  [QUIZ, "?mode=truth&n=5&seed=123"],
  [EXPLORE, ""],
];
for (const [schema, search] of roundTrips) {
  test(`it writes back what it read: "${search}"`, () => {
    assert.equal(buildQuery(parseQuery(search, schema), schema), search);
  });
}

test("it reads lists, csv, integers and dates", () => {
  assert.deepEqual(parseQuery("?speakers=a,b,,a", COMPARE).speakers, ["a", "b"]);
  assert.deepEqual(parseQuery("?speaker=a&speaker=b", EXPLORE).speaker, ["a", "b"]);
  assert.equal(parseQuery("?n=7&seed=x", QUIZ).n, 7);
  assert.equal(parseQuery("?n=7&seed=x", QUIZ).seed, null);
  assert.equal(parseQuery("?after=yesterday", EXPLORE).after, "");
});

test("missing keys get empty defaults", () => {
  assert.deepEqual(parseQuery("", EXPLORE), { q: "", speaker: [], topic: [], kind: "", rating: "", after: "", before: "" });
});

test("it compares states by their query string", () => {
  assert.ok(sameQuery({ q: "x", speaker: [] }, { q: "x", topic: [] }, EXPLORE));
  assert.ok(!sameQuery({ q: "x" }, { q: "y" }, EXPLORE));
});

test("explore state maps to the API's parameter names", () => {
  const params = exploreToApi(parseQuery("?after=2024-01-01&before=2024-02-01&speaker=a", EXPLORE));
  assert.equal(params.said_after, "2024-01-01");
  assert.equal(params.said_before, "2024-02-01");
  assert.deepEqual(params.speaker, ["a"]);
});
