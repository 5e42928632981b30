import test from "node:test";
import assert from "node:assert/strict";
import { alignByDate, sharedTopics, suggestOpponents } from "../../frontend/js/comparison.js";
import { speaker, claim } from "./fixtures.mjs";

const a = speaker(1);
const b = speaker(2);
const energy = { slug: "energy", name: "Energy" };
const trade = { slug: "trade", name: "Trade" };

const columns = [
  { speaker: a, claims: [
    claim(1, a, { said_on: "2024-11-13", topics: [energy] }),
    claim(2, a, { said_on: "2024-10-01", said_on_precision: "month", topics: [trade] }),
  ] },
  { speaker: b, claims: [
    claim(3, b, { said_on: "2024-11-13", topics: [energy] }),
    claim(4, b, { said_on: null, said_on_precision: null }),
  ] },
];

test("claims on the same date share a row, newest first, undated last", () => {
  const rows = alignByDate(columns);
  assert.deepEqual(rows.map((row) => row.key), ["2024-11-13", "2024-10", ""]);
  assert.deepEqual(rows[0].cells.map((cell) => cell.map((c) => c.id)), [[1], [3]]);
  assert.deepEqual(rows[1].cells.map((cell) => cell.length), [1, 0]);
});

test("only topics both speakers spoke on are shared", () => {
  const shared = sharedTopics(columns);
  assert.deepEqual(shared.map((entry) => entry.topic.slug), ["energy"]);
  assert.deepEqual(shared[0].cells.map((cell) => cell.map((c) => c.id)), [[1], [3]]);
});

test("suggested opponents leave out the chosen and rank by score", () => {
  const related = [speaker(2, { score: 1 }), speaker(3, { score: 9 }), speaker(1, { score: 20 })];
  assert.deepEqual(suggestOpponents(related, [a.slug]).map((s) => s.slug), ["speaker-00003", "speaker-00002"]);
});
