// The quiz page: settings, questions, feedback and the end summary.
// Quiz building itself is pure and lives in ../quiz.js.

import { startShell } from "../shell.js";
import { createApi, resultsOf } from "../api.js";
import { Store } from "../store.js";
import { $, h } from "../dom.js";
import { QUIZ, parseQuery, buildQuery } from "../query.js";
import { newSeed } from "../random.js";
import { buildWhoSaidQuiz, buildTruthQuiz, quizOptions, quizClaimParams, recordAnswer, newScore, optionValue } from "../quiz.js";
import { formatPartialDate } from "../dates.js";
import { claimCard, errorMessage, loading, quote, ratingLabel } from "../render.js";
import { speakerPicker, speakerChips } from "../typeahead.js";

const COUNTS = [5, 10, 15, 20];
const locale = startShell();
const api = createApi();
const store = new Store({ phase: "setup", options: quizOptions(parseQuery(location.search, QUIZ)), topics: [], names: {} });

function shareUrl(options) {
  return `${location.origin}${location.pathname}${buildQuery(options, QUIZ)}`;
}

function navigate(options) {
  history.pushState(null, "", buildQuery(options, QUIZ) || location.pathname);
  route();
}

function route() {
  const options = quizOptions(parseQuery(location.search, QUIZ));
  store.update({ options });
  if (options.seed) play(options);
  else store.update({ phase: "setup" });
}

let request = 0;

async function play(options) {
  const mine = ++request;
  store.update({ phase: "loading" });
  try {
    const quiz = options.mode === "truth" ? await truthQuiz(options) : await whoSaidQuiz(options);
    if (mine !== request) return;
    if (quiz.problem) return store.update({ phase: "problem", problem: quiz.problem });
    store.update({ phase: "question", quiz, index: 0, score: newScore(), choice: null, correct: null });
    focusQuestion();
  } catch (error) {
    if (mine === request) store.update({ phase: "error", error });
  }
}

async function whoSaidQuiz(options) {
  const [claims, speakers] = await Promise.all([
    api.claims(quizClaimParams(options)).then(resultsOf),
    api.speakers({ limit: 200 }).then(resultsOf),
  ]);
  // Wrong answers should be plausible: people quoted alongside the right one.
  const slugs = [...new Set(claims.map((claim) => claim.speaker.slug))];
  const related = Object.fromEntries(await Promise.all(slugs.map(async (slug) =>
    [slug, await api.related(slug).then(resultsOf).catch(() => [])])));
  return buildWhoSaidQuiz({ claims, speakers, related, seed: options.seed, count: options.n });
}

async function truthQuiz(options) {
  const claims = resultsOf(await api.claims(quizClaimParams(options)));
  return buildTruthQuiz({ claims, count: options.n });
}

function answer(choice) {
  const { phase, quiz, index, score } = store.state;
  if (phase !== "question") return;
  const question = quiz.questions[index];
  const result = recordAnswer(score, question, index, choice);
  store.update({ phase: "answered", choice, correct: result.correct, score: result.score });
  $("live").textContent = `${feedbackHeadline(question, result.correct)} ${locale.t("quiz.score", result.score)}`;
  document.querySelector("[data-next]")?.focus();
}

function next() {
  const { phase, quiz, index } = store.state;
  if (phase !== "answered") return;
  if (index + 1 >= quiz.questions.length) {
    store.update({ phase: "summary" });
    document.querySelector(".quiz h1")?.focus();
    return;
  }
  store.update({ phase: "question", index: index + 1, choice: null, correct: null });
  focusQuestion();
}

function focusQuestion() {
  document.querySelector("[data-question]")?.focus();
}

function optionLabel(question, option) {
  if (question.kind === "who") return option.name;
  return locale.t(option.value === "true" ? "quiz.answerTrue" : "quiz.answerFalse");
}

function feedbackHeadline(question, correct) {
  const right = question.options.find((option) => optionValue(option) === question.answer);
  const detail = question.kind === "who"
    ? locale.t("quiz.itWas", { name: right.name })
    : locale.t("quiz.verdictWas", { rating: ratingLabel(locale, question.claim.verdict) });
  return `${locale.t(correct ? "quiz.right" : "quiz.wrong")} ${detail}`;
}

function context(claim, withSpeaker) {
  const date = formatPartialDate(claim.said_on, claim.said_on_precision, locale.lang) || locale.t("claim.undated");
  const outlet = claim.first_appearance?.source?.outlet;
  const text = outlet ? locale.t("quiz.context", { date, outlet }) : locale.t("quiz.contextNoOutlet", { date });
  return withSpeaker ? `${claim.speaker.name} · ${text}` : text;
}

function questionView() {
  const { quiz, index, score, phase, choice, correct, options } = store.state;
  const question = quiz.questions[index];
  const answered = phase === "answered";
  const last = index + 1 >= quiz.questions.length;
  const buttons = question.options.map((option, i) => {
    const value = optionValue(option);
    const isRight = answered && value === question.answer;
    const isWrongChoice = answered && value === choice && !correct;
    return h("li", {}, h("button", {
      type: "button",
      id: `option-${i + 1}`,
      class: `option${isRight ? " option--right" : ""}${isWrongChoice ? " option--wrong" : ""}`,
      "data-choice": value,
      disabled: answered,
      onclick: () => answer(value),
    }, h("kbd", { text: String(i + 1) }), h("span", { text: optionLabel(question, option) }),
    isRight ? h("span", { "aria-hidden": "true", text: " ✓" }) : null,
    isWrongChoice ? h("span", { "aria-hidden": "true", text: " ✗" }) : null));
  });
  return h("div", { class: "quiz" },
    h("p", { class: "quiz__bar" },
      h("span", { text: locale.t("quiz.question", { i: index + 1, n: quiz.questions.length }) }),
      h("span", { "data-score": "", text: `${locale.t("quiz.score", score)} · ${locale.t("quiz.streak", { n: score.streak })}` })),
    index === 0 && quiz.questions.length < options.n ? h("p", { class: "hint", text: locale.t("quiz.fewer", { count: quiz.questions.length }) }) : null,
    h("h1", { tabindex: "-1", id: "question", "data-question": "", text: locale.t(question.kind === "who" ? "quiz.whoPrompt" : "quiz.truthPrompt") }),
    quote(question.claim, "quiz__quote"),
    h("p", { class: "quiz__context", text: context(question.claim, question.kind === "truth") }),
    h("ol", { class: "options", "aria-label": locale.t(question.kind === "who" ? "quiz.whoPrompt" : "quiz.truthPrompt") }, buttons),
    h("p", { class: "hint", text: locale.t("quiz.keys", { n: question.options.length }) }),
    answered
      ? h("section", { class: `feedback feedback--${correct ? "right" : "wrong"}`, "data-feedback": correct ? "right" : "wrong" },
        h("p", { class: "feedback__verdict" },
          h("span", { "aria-hidden": "true", text: correct ? "✓ " : "✗ " }),
          feedbackHeadline(question, correct)),
        claimCard(locale, question.claim),
        h("button", { type: "button", class: "button button--primary", id: "next", "data-next": "", onclick: next, text: locale.t(last ? "quiz.finish" : "quiz.next") }))
      : null);
}

function summaryView() {
  const { quiz, score, options } = store.state;
  const url = shareUrl(options);
  const copied = h("span", { class: "hint", role: "status" });
  const missed = score.missed.map(({ index, choice }) => {
    const question = quiz.questions[index];
    const chosen = question.options.find((option) => optionValue(option) === choice);
    return h("li", {},
      h("p", { class: "feedback__verdict", text: feedbackHeadline(question, false) }),
      h("p", { class: "hint", text: locale.t("quiz.yourAnswer", { answer: optionLabel(question, chosen) }) }),
      claimCard(locale, question.claim));
  });
  return h("div", { class: "quiz", "data-summary": "" },
    h("h1", { tabindex: "-1", text: locale.t("quiz.summary", { correct: score.correct, n: quiz.questions.length }) }),
    h("p", { text: locale.t("quiz.bestStreak", { n: score.bestStreak }) }),
    h("h2", { text: locale.t("quiz.missed") }),
    missed.length ? h("ol", { class: "missed" }, missed) : h("p", { text: locale.t("quiz.noMissed") }),
    h("h2", { text: locale.t("quiz.share") }),
    h("div", { class: "share" },
      h("input", { type: "text", readonly: true, value: url, "data-share": "", "aria-label": locale.t("quiz.share") }),
      h("button", { type: "button", class: "button", text: locale.t("quiz.copy"), onclick: async () => {
        try {
          await navigator.clipboard.writeText(url);
          copied.textContent = locale.t("quiz.copied");
        } catch {
          document.querySelector("[data-share]").select();
        }
      } }),
      copied),
    h("p", { class: "share" },
      h("button", { type: "button", class: "button button--primary", "data-again": "", text: locale.t("quiz.again"), onclick: () => navigate({ ...options, seed: newSeed() }) }),
      h("a", { class: "button", href: `quiz.html${buildQuery({ ...options, seed: null }, QUIZ)}`, text: locale.t("quiz.newGame") })));
}

function problemView() {
  const { problem, options } = store.state;
  const other = options.mode === "who" ? "truth" : "who";
  return h("div", { class: "quiz" },
    h("h1", { text: locale.t(`quiz.${options.mode}`) }),
    h("div", { class: "status status--error", role: "alert", "data-problem": problem }, h("p", { text: locale.t(`quiz.problem.${problem}`) })),
    h("p", { class: "share" },
      h("button", { type: "button", class: "button button--primary", text: locale.t(`quiz.${other}`), onclick: () => navigate({ ...options, mode: other }) }),
      h("a", { class: "button", href: `quiz.html${buildQuery({ ...options, seed: null }, QUIZ)}`, text: locale.t("quiz.newGame") })));
}

function field(id, label, control) {
  return h("div", { class: "field" }, h("label", { for: id, text: label }), control);
}

function select(id, name, choices, value) {
  const element = h("select", { id, name }, choices.map(([optionValue, text]) => h("option", { value: optionValue, text })));
  element.value = String(value ?? "");
  return element;
}

function setupView() {
  const { options, topics, names } = store.state;
  const chosen = options.speakers.map((slug) => ({ slug, name: names[slug] ?? slug }));
  const setSpeakers = (speakers) => store.update({ options: { ...readForm(), speakers } });
  const mode = h("fieldset", { class: "field" }, h("legend", { text: locale.t("quiz.mode") }),
    ["who", "truth"].map((value) => h("label", { class: "choice" },
      h("input", { type: "radio", name: "mode", value, checked: options.mode === value }), ` ${locale.t(`quiz.${value}`)}`)));
  const form = h("form", { class: "filters", "data-setup": "", novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    navigate({ ...readForm(), seed: newSeed() });
  } },
  mode,
  field("n", locale.t("quiz.count"), select("n", "n", COUNTS.map((n) => [n, String(n)]), COUNTS.includes(options.n) ? options.n : 10)),
  field("topic", locale.t("explore.topic"), select("topic", "topic", [["", locale.t("explore.any")], ...topics.map((t) => [t.slug, t.name])], options.topic)),
  field("after", locale.t("explore.after"), h("input", { id: "after", name: "after", type: "date", value: options.after })),
  field("before", locale.t("explore.before"), h("input", { id: "before", name: "before", type: "date", value: options.before })),
  h("div", { class: "field field--speaker" }, h("label", { for: "speaker", text: locale.t("quiz.speakers") }),
    speakerPicker({ locale, api, id: "speaker", exclude: () => store.state.options.speakers, onPick: (speaker) => {
      store.update({ names: { ...store.state.names, [speaker.slug]: speaker.name } });
      setSpeakers([...store.state.options.speakers, speaker.slug]);
    } }),
    speakerChips(locale, chosen, (slug) => setSpeakers(store.state.options.speakers.filter((s) => s !== slug)))),
  h("div", { class: "actions" }, h("button", { type: "submit", class: "button button--primary", "data-start": "", text: locale.t("quiz.start") })));
  return h("div", { class: "quiz" }, h("h1", { text: locale.t("quiz.title") }), form);
}

function readForm() {
  const form = document.querySelector("[data-setup]");
  const data = new FormData(form);
  return quizOptions({
    mode: data.get("mode"),
    n: Number(data.get("n")),
    topic: String(data.get("topic") ?? ""),
    after: String(data.get("after") ?? ""),
    before: String(data.get("before") ?? ""),
    speakers: store.state.options.speakers,
  });
}

function render() {
  const { phase, error } = store.state;
  const view = $("view");
  const hadFocus = view.contains(document.activeElement) ? document.activeElement.id : null;
  if (phase === "setup") view.replaceChildren(setupView());
  else if (phase === "loading") view.replaceChildren(loading(locale));
  else if (phase === "error") view.replaceChildren(errorMessage(locale, error, route));
  else if (phase === "problem") view.replaceChildren(problemView());
  else if (phase === "summary") view.replaceChildren(summaryView());
  else view.replaceChildren(questionView());
  if (hadFocus) document.getElementById(hadFocus)?.focus(); // keep focus in the setup form while it re-renders
}

async function loadTopics() {
  try {
    store.update({ topics: resultsOf(await api.topics()) });
  } catch {
    // The quiz still works without a topic menu.
  }
}

document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.target.matches("input, select, textarea")) return;
  const { phase, quiz, index } = store.state;
  if (phase === "question" && /^[1-9]$/.test(event.key)) {
    const option = quiz.questions[index].options[Number(event.key) - 1];
    if (option) {
      event.preventDefault();
      answer(optionValue(option));
    }
  } else if (phase === "answered" && event.key === "Enter" && !event.target.matches("button, a")) {
    event.preventDefault();
    next();
  }
});
window.addEventListener("popstate", route);
store.addEventListener("change", render);
locale.addEventListener("change", render);

route();
loadTopics();
