import test from "node:test";
import assert from "node:assert/strict";
import { normalize, matchedAlias, nameTokens, mentionsSpeaker, withSpeakerNames } from "../../frontend/js/names.js";

const person = { name: "Speaker 00042 Tester", aliases: ["Testerson", "S. Tëster"], kind: "person" };
const organisation = { name: "Synthetic Office in Nowhere", aliases: [], kind: "organisation" };

test("normalize ignores case and accents", () => {
  assert.equal(normalize("  Séleñ  "), "selen");
});

test("it reports the alias a query matched", () => {
  assert.equal(matchedAlias(person, "testers"), "Testerson");
  assert.equal(matchedAlias(person, "speaker"), null);
  assert.equal(matchedAlias(person, ""), null);
});

test("a person's surname counts as naming them", () => {
  assert.ok(nameTokens(person).includes("tester"));
  assert.ok(mentionsSpeaker("As Tester said before, this is synthetic.", person));
  assert.ok(mentionsSpeaker("Ask TESTERSON.", person));
});

test("an organisation is not named by its last word", () => {
  assert.ok(!nameTokens(organisation).includes("nowhere"));
  assert.ok(!mentionsSpeaker("We flew to Nowhere.", organisation));
  assert.ok(mentionsSpeaker("The synthetic office in nowhere agrees.", organisation));
});

test("a quote without the name is fine", () => {
  assert.ok(!mentionsSpeaker("A synthetic quote about nothing.", person));
});

test("speaker names are taken from loaded claims without replacing known ones", () => {
  const claims = [
    { speaker: { slug: "speaker-00042", name: "Speaker 00042" } },
    { speaker: { slug: "speaker-00043", name: "Speaker 00043 (from a claim)" } },
    { speaker: null },
  ];
  const names = { "speaker-00043": "Speaker 00043" };
  assert.deepEqual(withSpeakerNames(names, claims), { "speaker-00042": "Speaker 00042", "speaker-00043": "Speaker 00043" });
  assert.deepEqual(names, { "speaker-00043": "Speaker 00043" });
});
