import test from "node:test";
import assert from "node:assert/strict";
import { figureGroups, figureText } from "../../frontend/js/numbers.js";
import { feedUrls } from "../../frontend/js/feeds.js";

// Synthetic figures shaped like /api/quantities/ rows.
const row = (speaker, number, value, counted, key, said_on = "2024-11-13", unit = "") =>
  ({ speaker, number, value, counted, key, said_on, said_on_precision: "day", unit, text: `Synthetic ${number}` });

const more = row("speaker-00001", "mehr als 10.000", 10000, "Nordkoreaner:innen", "nordkorean");
const eleven = row("speaker-00002", "11.000", 11000, "nordkoreanischen Soldat:innen", "nordkorean soldat");
const fifty = row("speaker-00002", "rund 50.000", 50000, "russische Soldat:innen", "russisch soldat");

test("figures two speakers give for the same counted thing form one group, smallest first", () => {
  const groups = figureGroups([fifty, eleven, more]);
  assert.deepEqual(groups.map((g) => g.stem), ["nordkorean"]);
  assert.deepEqual(groups[0].figures, [more, eleven]);
  assert.equal(groups[0].label, "Nordkoreaner:innen");
  assert.equal(groups[0].speakers, 2);
});

test("one speaker's figures alone make no group unless asked", () => {
  assert.deepEqual(figureGroups([eleven, fifty]), []);
  // "nordkorean" and "russisch" each hold a figure "soldat" holds too: only the wider group is kept.
  assert.deepEqual(figureGroups([eleven, fifty], { minSpeakers: 1 }).map((g) => g.stem), ["soldat"]);
});

test("groups are not chained through a shared word", () => {
  const soldiers = row("speaker-00001", "20.000", 20000, "Soldaten", "soldat");
  const groups = figureGroups([more, eleven, fifty, soldiers]);
  const soldat = groups.find((g) => g.stem === "soldat");
  assert.deepEqual(soldat.figures, [eleven, soldiers, fifty]);
  assert.ok(!groups.find((g) => g.stem === "nordkorean").figures.includes(fifty));
});

test("percent figures group under %", () => {
  const a = row("speaker-00001", "2,5 Prozent", 2.5, "", "percent", "2024-01-01", "%");
  const b = row("speaker-00002", "2 percent", 2, "", "percent", "2024-02-01", "%");
  assert.equal(figureGroups([a, b])[0].label, "%");
});

test("a figure keeps its wording and gets the value in the reader's locale", () => {
  assert.deepEqual(figureText(more, "en"), { written: "mehr als 10.000", value: "10,000", unit: "" });
  assert.equal(figureText({ ...more, value: 61000000000 }, "de").value, "61.000.000.000");
});

test("feed URLs carry the claim list's parameters and escape slugs", () => {
  assert.equal(feedUrls.claims({ speaker: ["a", "b"], q: "Nato Ukraine", topic: [] }, ""),
    "/feeds/claims/?speaker=a&speaker=b&q=Nato+Ukraine");
  assert.equal(feedUrls.speaker("a/b", "https://api.example"), "https://api.example/feeds/speakers/a%2Fb/");
  assert.equal(feedUrls.topic("nato", ""), "/feeds/topics/nato/");
});
