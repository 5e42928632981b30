import test from "node:test";
import assert from "node:assert/strict";
import { mulberry32, shuffle, newSeed } from "../../frontend/js/random.js";

test("the same seed gives the same sequence", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
});

test("different seeds give different sequences", () => {
  assert.notEqual(mulberry32(1)(), mulberry32(2)());
});

test("numbers stay within [0, 1)", () => {
  const random = mulberry32(7);
  for (let i = 0; i < 1000; i += 1) {
    const value = random();
    assert.ok(value >= 0 && value < 1);
  }
});

test("shuffle keeps every item, leaves the input alone and is reproducible", () => {
  const items = [1, 2, 3, 4, 5, 6, 7, 8];
  const first = shuffle(items, mulberry32(5));
  assert.deepEqual([...first].sort(), items);
  assert.deepEqual(items, [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual(shuffle(items, mulberry32(5)), first);
  assert.notDeepEqual(first, items);
});

test("a new seed is a small positive integer", () => {
  assert.equal(newSeed(() => 0), 1);
  assert.ok(newSeed(() => 0.999999) <= 999999);
});
