// Building quizzes from API data. No DOM here: everything is a plain function
// of the API's answers and a seed, so the same seed replays the same quiz.

import { mulberry32, shuffle } from "./random.js";
import { mentionsSpeaker } from "./names.js";
import { verdictSide } from "./verdicts.js";

export const MODES = ["who", "truth"];
export const DEFAULT_COUNT = 10;
export const MAX_COUNT = 25;
export const OPTION_COUNT = 4;

/** Quiz options from a parsed URL state, with defaults and limits applied. */
export function quizOptions(state) {
  const count = Math.min(MAX_COUNT, Math.max(1, state.n ?? DEFAULT_COUNT));
  return {
    mode: MODES.includes(state.mode) ? state.mode : "who",
    n: count,
    seed: state.seed ?? null,
    topic: state.topic ?? "",
    speakers: state.speakers ?? [],
    after: state.after ?? "",
    before: state.before ?? "",
  };
}

/** /api/claims/ parameters for a quiz; asks for spare claims because some get skipped. */
export function quizClaimParams(options) {
  return {
    sample: Math.min(50, options.n * 2),
    seed: options.seed,
    topic: options.topic,
    speaker: options.speakers,
    said_after: options.after,
    said_before: options.before,
    reviewed: options.mode === "truth" ? "true" : "",
  };
}

const bySlug = (a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Three plausible wrong answers: speakers related to the right one first
 * (the best-scored few, shuffled), then anyone from the pool.
 */
export function pickDistractors({ answer, related = [], pool = [], random, count = OPTION_COUNT - 1 }) {
  const taken = new Set([answer.slug]);
  const chosen = [];
  const take = (candidates) => {
    for (const speaker of shuffle(candidates, random)) {
      if (chosen.length >= count) return;
      if (!speaker?.slug || taken.has(speaker.slug)) continue;
      taken.add(speaker.slug);
      chosen.push({ slug: speaker.slug, name: speaker.name });
    }
  };
  const closest = [...related].sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || bySlug(a, b)).slice(0, count * 2);
  take(closest);
  take([...pool].sort(bySlug));
  return chosen;
}

/**
 * "Who said it?" questions. claims: a sample from the API; speakers: the
 * speaker list (names, aliases); related: {slug: [related speakers]}.
 * Returns {questions, skipped, problem}; problem explains an empty quiz.
 */
export function buildWhoSaidQuiz({ claims, speakers, related = {}, seed, count = DEFAULT_COUNT }) {
  const random = mulberry32(seed);
  // Speakers with no published claim would be implausible answers.
  const quoted = speakers.filter((speaker) => speaker.claim_count !== 0);
  const known = new Map(quoted.map((speaker) => [speaker.slug, speaker]));
  for (const claim of claims) if (!known.has(claim.speaker.slug)) known.set(claim.speaker.slug, claim.speaker);
  const pool = [...known.values()];
  const questions = [];
  const skipped = [];
  const seen = new Set();

  for (const claim of claims) {
    if (questions.length >= count) break;
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    const speaker = { ...claim.speaker, ...known.get(claim.speaker.slug) };
    if (mentionsSpeaker(claim.text, speaker)) {
      skipped.push({ claim, reason: "names-speaker" });
      continue;
    }
    const distractors = pickDistractors({ answer: speaker, related: related[speaker.slug], pool, random });
    if (distractors.length < OPTION_COUNT - 1) {
      skipped.push({ claim, reason: "too-few-speakers" });
      continue;
    }
    const options = shuffle([{ slug: speaker.slug, name: speaker.name }, ...distractors], random);
    questions.push({ kind: "who", claim, options, answer: speaker.slug });
  }
  return { questions, skipped, problem: explainEmpty(questions, claims, pool) };
}

function explainEmpty(questions, claims, pool) {
  if (questions.length) return null;
  if (pool.length < OPTION_COUNT) return "too-few-speakers";
  return claims.length ? "all-skipped" : "no-claims";
}

/** "True or false?" questions: reviewed claims whose verdict is clearly one side. */
export function buildTruthQuiz({ claims, count = DEFAULT_COUNT }) {
  const questions = claims
    .filter((claim) => verdictSide(claim.verdict?.rating))
    .slice(0, count)
    .map((claim) => ({
      kind: "truth",
      claim,
      options: [{ value: "true" }, { value: "false" }],
      answer: verdictSide(claim.verdict.rating),
    }));
  const skipped = claims.filter((claim) => !verdictSide(claim.verdict?.rating)).map((claim) => ({ claim, reason: "no-clear-verdict" }));
  return { questions, skipped, problem: questions.length ? null : "no-reviewed" };
}

/** The value an option stands for: a speaker slug or "true"/"false". */
export function optionValue(option) {
  return option.slug ?? option.value;
}

export function newScore() {
  return { answered: 0, correct: 0, streak: 0, bestStreak: 0, missed: [] };
}

/** Score after answering question number index with choice; returns {score, correct}. */
export function recordAnswer(score, question, index, choice) {
  const correct = choice === question.answer;
  const streak = correct ? score.streak + 1 : 0;
  return {
    correct,
    score: {
      answered: score.answered + 1,
      correct: score.correct + (correct ? 1 : 0),
      streak,
      bestStreak: Math.max(score.bestStreak, streak),
      missed: correct ? score.missed : [...score.missed, { index, choice }],
    },
  };
}
