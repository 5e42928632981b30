import test from "node:test";
import assert from "node:assert/strict";
import { translate, pickLanguage, MESSAGES } from "../../frontend/js/i18n.js";

test("it follows the browser's language and falls back to English", () => {
  assert.equal(pickLanguage(["de-AT", "en"]), "de");
  assert.equal(pickLanguage(["fr-FR", "en-US"]), "en");
  assert.equal(pickLanguage(["fr"]), "en");
  assert.equal(pickLanguage([]), "en");
});

test("it fills placeholders and picks plurals", () => {
  assert.equal(translate("en", "profile.claims", { n: 1 }), "1 claim");
  assert.equal(translate("de", "profile.claims", { n: 16 }), "16 Aussagen");
  assert.equal(translate("en", "quiz.question", { i: 2, n: 10 }), "Question 2 of 10");
});

test("unknown keys and languages degrade gracefully", () => {
  assert.equal(translate("en", "no.such.key"), "no.such.key");
  assert.equal(translate("fr", "nav.quiz"), "Quiz");
});

test("German and English have the same keys", () => {
  assert.deepEqual(Object.keys(MESSAGES.de).sort(), Object.keys(MESSAGES.en).sort());
});

test("every key has a placeholder set that matches across languages", () => {
  const placeholders = (text) => (text.match(/\{\w+\}/g) ?? []).sort().join();
  for (const key of Object.keys(MESSAGES.en)) {
    assert.equal(placeholders(MESSAGES.de[key]), placeholders(MESSAGES.en[key]), key);
  }
});
