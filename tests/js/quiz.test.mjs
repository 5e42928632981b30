import test from "node:test";
import assert from "node:assert/strict";
import {
  buildWhoSaidQuiz, buildTruthQuiz, pickDistractors, quizOptions, quizClaimParams, recordAnswer, newScore, optionValue,
} from "../../frontend/js/quiz.js";
import { mulberry32 } from "../../frontend/js/random.js";
import { speaker, claim } from "./fixtures.mjs";

const speakers = Array.from({ length: 6 }, (_, i) => speaker(i + 1));
const claims = Array.from({ length: 12 }, (_, i) => claim(i + 1, speakers[i % 6]));

test("each question has four different options including the right speaker", () => {
  const { questions, problem } = buildWhoSaidQuiz({ claims, speakers, seed: 1, count: 10 });
  assert.equal(problem, null);
  assert.equal(questions.length, 10);
  for (const question of questions) {
    const slugs = question.options.map(optionValue);
    assert.equal(new Set(slugs).size, 4);
    assert.ok(slugs.includes(question.answer));
    assert.equal(question.answer, question.claim.speaker.slug);
  }
});

test("the same seed builds the same quiz and another seed shuffles differently", () => {
  const first = buildWhoSaidQuiz({ claims, speakers, seed: 99 });
  const again = buildWhoSaidQuiz({ claims, speakers, seed: 99 });
  const other = buildWhoSaidQuiz({ claims, speakers, seed: 100 });
  const shape = (quiz) => quiz.questions.map((q) => q.options.map(optionValue).join());
  assert.deepEqual(shape(first), shape(again));
  assert.notDeepEqual(shape(first), shape(other));
});

test("the right answer does not always sit in the same place", () => {
  const { questions } = buildWhoSaidQuiz({ claims, speakers, seed: 3 });
  const positions = new Set(questions.map((q) => q.options.findIndex((o) => o.slug === q.answer)));
  assert.ok(positions.size > 1);
});

test("quotes that name their own speaker, by alias or surname, are skipped", () => {
  const named = { ...speakers[0], name: "Speaker 00001 Synthetic", aliases: ["Synthy"] };
  const list = [named, ...speakers.slice(1)];
  const sample = [
    claim(1, named, { text: "Synthy always says so." }),
    claim(2, named, { text: "Ask Synthetic about it." }),
    claim(3, named, { text: "A quote that gives nothing away." }),
  ];
  const { questions, skipped } = buildWhoSaidQuiz({ claims: sample, speakers: list, seed: 1 });
  assert.deepEqual(questions.map((q) => q.claim.id), [3]);
  assert.deepEqual(skipped.map((s) => [s.claim.id, s.reason]), [[1, "names-speaker"], [2, "names-speaker"]]);
});

test("related speakers are preferred as wrong answers", () => {
  const related = { "speaker-00001": [speaker(4, { score: 5 }), speaker(5, { score: 4 }), speaker(6, { score: 3 })] };
  const { questions } = buildWhoSaidQuiz({ claims: [claims[0]], speakers, related, seed: 8 });
  const wrong = questions[0].options.map(optionValue).filter((slug) => slug !== "speaker-00001").sort();
  assert.deepEqual(wrong, ["speaker-00004", "speaker-00005", "speaker-00006"]);
});

test("distractors are filled from the pool when few are related", () => {
  const random = mulberry32(1);
  const picked = pickDistractors({ answer: speakers[0], related: [speakers[1]], pool: speakers, random });
  assert.equal(picked.length, 3);
  assert.ok(picked.some((s) => s.slug === speakers[1].slug));
  assert.ok(!picked.some((s) => s.slug === speakers[0].slug));
});

test("with fewer than four speakers it explains instead of building broken questions", () => {
  const few = speakers.slice(0, 3);
  const { questions, problem } = buildWhoSaidQuiz({ claims: [claim(1, few[0]), claim(2, few[1])], speakers: few, seed: 1 });
  assert.deepEqual(questions, []);
  assert.equal(problem, "too-few-speakers");
});

test("speakers without published claims are not offered as answers", () => {
  const silent = [speaker(7, { claim_count: 0 }), speaker(8, { claim_count: 0 })];
  const few = speakers.slice(0, 3);
  const { problem } = buildWhoSaidQuiz({ claims: [claim(1, few[0])], speakers: [...few, ...silent], seed: 1 });
  assert.equal(problem, "too-few-speakers");
});

test("an empty sample is explained too", () => {
  assert.equal(buildWhoSaidQuiz({ claims: [], speakers, seed: 1 }).problem, "no-claims");
});

test("true-or-false uses only claims with a clear verdict", () => {
  const reviewed = [
    claim(1, speakers[0], { verdict: { rating: "mostly-true" } }),
    claim(2, speakers[1], { verdict: { rating: "half-true" } }),
    claim(3, speakers[2], { verdict: { rating: "pants-on-fire" } }),
    claim(4, speakers[3], { verdict: null }),
  ];
  const { questions, problem } = buildTruthQuiz({ claims: reviewed, count: 10 });
  assert.equal(problem, null);
  assert.deepEqual(questions.map((q) => [q.claim.id, q.answer]), [[1, "true"], [3, "false"]]);
  assert.equal(buildTruthQuiz({ claims: [reviewed[1]] }).problem, "no-reviewed");
});

test("options come from the URL with defaults and limits", () => {
  assert.deepEqual(quizOptions({}), { mode: "who", n: 10, seed: null, topic: "", speakers: [], after: "", before: "" });
  assert.equal(quizOptions({ n: 500 }).n, 25);
  assert.equal(quizOptions({ mode: "truth" }).mode, "truth");
  assert.equal(quizOptions({ mode: "nonsense" }).mode, "who");
});

test("the claim request asks for spare quotes and only reviewed ones for true-or-false", () => {
  const params = quizClaimParams(quizOptions({ n: 10, seed: 5, mode: "truth", after: "2024-01-01" }));
  assert.equal(params.sample, 20);
  assert.equal(params.seed, 5);
  assert.equal(params.reviewed, "true");
  assert.equal(params.said_after, "2024-01-01");
  assert.equal(quizClaimParams(quizOptions({ n: 40 })).sample, 50);
});

test("score and streak follow right and wrong answers", () => {
  const question = { answer: "a" };
  let score = newScore();
  for (const [index, choice] of ["a", "a", "b", "a"].entries()) score = recordAnswer(score, question, index, choice).score;
  assert.deepEqual(score, { answered: 4, correct: 3, streak: 1, bestStreak: 2, missed: [{ index: 2, choice: "b" }] });
});
