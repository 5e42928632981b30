// Compare 2-4 speakers: scorecards side by side, claims aligned by date,
// what each said on the topics they share, and the figures they give for the same thing.
// The URL is the shareable state.

import { startShell } from "../shell.js";
import { createApi, resultsOf } from "../api.js";
import { Store } from "../store.js";
import { $, h } from "../dom.js";
import { COMPARE, parseQuery, buildQuery, sameQuery } from "../query.js";
import { scorecardRows, tallyVerdicts, verdictSide } from "../verdicts.js";
import { alignByDate, sharedTopics, suggestOpponents } from "../comparison.js";
import { figureGroups, figureText } from "../numbers.js";
import { barChart } from "../chart.js";
import { claimCard, errorMessage, loading, partialDate, speakerHref } from "../render.js";
import { speakerPicker, speakerChips } from "../typeahead.js";

const MAX = 4;
const locale = startShell();
const api = createApi();
const form = $("filters");
const store = new Store({ query: parseQuery(location.search, COMPARE), names: {}, columns: [], figures: [], suggested: [], status: "idle", error: null });

let request = 0;

function navigate(query, { push = true } = {}) {
  query = { ...query, speakers: query.speakers.slice(0, MAX) };
  if (push && !sameQuery(query, parseQuery(location.search, COMPARE), COMPARE)) {
    history.pushState(null, "", buildQuery(query, COMPARE) || location.pathname);
  }
  store.update({ query });
  load();
}

async function load() {
  const { query } = store.state;
  const mine = ++request;
  loadSuggestions(query.speakers[0]);
  if (query.speakers.length < 2) {
    store.update({ status: "idle", columns: [] });
    const [slug] = query.speakers;
    if (slug && !store.state.names[slug]) {
      const speaker = await api.speaker(slug).catch(() => null);
      if (speaker) store.update({ names: { ...store.state.names, [slug]: speaker.name } });
    }
    return;
  }
  store.update({ status: "loading", error: null });
  const filters = { topic: query.topic, said_after: query.after, said_before: query.before, page_size: 100 };
  try {
    // One round trip: every speaker's profile and claims, and their figures, in parallel.
    const figures = api.quantities({ speaker: query.speakers, limit: 500 }).then(resultsOf, () => null);
    const columns = await Promise.all(query.speakers.map(async (slug) => {
      const [speaker, claims] = await Promise.all([api.speaker(slug), api.claims({ ...filters, speaker: slug })]);
      return { speaker, claims: resultsOf(claims) };
    }));
    if (mine !== request) return;
    const names = { ...store.state.names };
    columns.forEach(({ speaker }) => { names[speaker.slug] = speaker.name; });
    store.update({ status: "ready", columns, names, figures: await figures });
  } catch (error) {
    if (mine === request) store.update({ status: "error", error });
  }
}

async function loadSuggestions(slug) {
  if (!slug) return store.update({ suggested: [] });
  try {
    const related = resultsOf(await api.related(slug));
    store.update({ suggested: related });
  } catch {
    store.update({ suggested: [] });
  }
}

function formQuery() {
  const data = new FormData(form);
  return { speakers: store.state.query.speakers, topic: String(data.get("topic") ?? ""), after: String(data.get("after") ?? ""), before: String(data.get("before") ?? "") };
}

function fillForm(query) {
  form.elements.topic.value = query.topic;
  form.elements.after.value = query.after;
  form.elements.before.value = query.before;
}

function addSpeaker(speaker) {
  const { query, names } = store.state;
  if (query.speakers.length >= MAX || query.speakers.includes(speaker.slug)) return;
  store.update({ names: { ...names, [speaker.slug]: speaker.name } });
  navigate({ ...formQuery(), speakers: [...query.speakers, speaker.slug] });
}

function renderControls() {
  const { query, names, suggested } = store.state;
  const chosen = query.speakers.map((slug) => ({ slug, name: names[slug] ?? slug }));
  $("chips").replaceChildren(speakerChips(locale, chosen, (slug) =>
    navigate({ ...formQuery(), speakers: query.speakers.filter((s) => s !== slug) })));
  const full = query.speakers.length >= MAX;
  $("picker").hidden = full;
  const offers = full ? [] : suggestOpponents(suggested, query.speakers, 4);
  $("suggested").replaceChildren(full
    ? h("p", { class: "hint", text: locale.t("compare.full") })
    : offers.length
      ? h("div", { class: "suggestions" }, h("span", { text: `${locale.t("compare.suggested")}:` }),
        offers.map((speaker) => h("button", { type: "button", class: "suggest", "data-suggest": speaker.slug, onclick: () => addSpeaker(speaker), text: `+ ${speaker.name}` })))
      : "");
}

const columnsStyle = (count) => `--cols: ${count}`;

function scorecards(columns) {
  const { topic, after, before } = store.state.query;
  // The profile's scorecard covers every claim; with a topic or period, count the claims shown.
  const filtered = Boolean(topic || after || before);
  return h("section", {},
    h("h2", { text: locale.t("compare.scorecards") }),
    h("div", { class: "columns", style: columnsStyle(columns.length) }, columns.map(({ speaker, claims }) => {
      const rows = scorecardRows(filtered || !speaker.scorecard ? tallyVerdicts(claims) : speaker.scorecard).map(({ rating, count }) => ({
        label: locale.t(`rating.${rating}`), value: count, className: `chart__row--${verdictSide(rating) ?? "neither"}`,
      }));
      return h("div", { class: "cell" },
        h("h3", {}, h("a", { href: speakerHref(speaker.slug), text: speaker.name })),
        h("p", { class: "muted", text: locale.t("profile.claims", { n: claims.length }) }),
        barChart({ rows, title: `${speaker.name}: ${locale.t("profile.scorecard")}` }));
    })));
}

// A grid of claims: one column per speaker; on small screens each cell names its speaker.
function cells(columns, lists) {
  return lists.map((claims, index) => h("div", { class: "cell" },
    claims.length ? h("p", { class: "cell__who", text: columns[index].speaker.name }) : null,
    claims.map((claim) => claimCard(locale, claim, { speaker: false }))));
}

function heads(columns) {
  return columns.map(({ speaker }) => h("p", { class: "column-head", text: speaker.name }));
}

function byDate(columns) {
  const rows = alignByDate(columns);
  return h("section", { "data-by-date": "" },
    h("h2", { text: locale.t("compare.byDate") }),
    rows.length
      ? h("div", { class: "columns", style: columnsStyle(columns.length) }, heads(columns), rows.map((row) => [
        h("p", { class: "row-date" }, partialDate(locale, row.said_on, row.precision)),
        cells(columns, row.cells),
      ]))
      : h("p", { class: "empty", text: locale.t("compare.noClaims") }));
}

function shared(columns) {
  const topics = sharedTopics(columns);
  return h("section", { "data-shared": "" },
    h("h2", { text: locale.t("compare.shared") }),
    topics.length
      ? topics.map((entry) => h("div", {},
        h("h3", {}, h("a", { href: `./?topic=${encodeURIComponent(entry.topic.slug)}`, text: entry.topic.name })),
        h("div", { class: "columns", style: columnsStyle(columns.length) }, heads(columns), cells(columns, entry.cells))))
      : h("p", { class: "muted", text: locale.t("compare.noShared") }));
}

function numbers(columns, figures) {
  const order = columns.map(({ speaker }) => speaker.slug);
  const groups = figures ? figureGroups(figures) : [];
  return h("section", { "data-numbers": "" },
    h("h2", { text: locale.t("compare.numbers") }),
    groups.length
      ? groups.map((group) => h("div", { class: "figure-group", "data-figures": group.stem },
        h("h3", { text: locale.t("compare.numbersOf", { label: group.label }) }),
        h("div", { class: "columns", style: columnsStyle(columns.length) }, heads(columns),
          order.map((slug) => h("div", { class: "cell" }, group.figures.filter((row) => row.speaker === slug).map((row) => {
            const { written, value } = figureText(row, locale.lang);
            return h("div", { class: "figure", "data-figure": "" },
              h("p", { class: "figure__value" }, h("strong", { text: written }), row.counted ? ` ${row.counted}` : ""),
              h("p", { class: "muted", text: `= ${value}${row.unit ? ` ${row.unit}` : ""}` }),
              h("p", { class: "muted" }, partialDate(locale, row.said_on, row.said_on_precision)),
              h("blockquote", { class: "quote", text: row.text }));
          }))))))
      : h("p", { class: "muted", text: figures ? locale.t("compare.noNumbers") : locale.t("status.http", { status: "" }) }));
}

function render() {
  renderControls();
  const { status, columns, error } = store.state;
  const view = $("view");
  if (status === "idle") view.replaceChildren(h("p", { class: "empty", text: locale.t("compare.need") }));
  else if (status === "loading") view.replaceChildren(loading(locale));
  else if (status === "error") view.replaceChildren(errorMessage(locale, error, load));
  else view.replaceChildren(scorecards(columns), numbers(columns, store.state.figures), byDate(columns), shared(columns));
}

async function loadTopics() {
  try {
    const topics = resultsOf(await api.topics());
    form.elements.topic.append(...topics.map((topic) => h("option", { value: topic.slug, text: topic.name })));
    form.elements.topic.value = store.state.query.topic;
  } catch {
    // "Any" still works; the comparison reports the outage.
  }
}

$("picker").append(speakerPicker({ locale, api, id: "speaker", exclude: () => store.state.query.speakers, onPick: addSpeaker }));
form.addEventListener("submit", (event) => {
  event.preventDefault();
  navigate(formQuery());
});
form.addEventListener("change", (event) => {
  if (event.target.matches("select, input[type=date]")) navigate(formQuery());
});
window.addEventListener("popstate", () => {
  const query = parseQuery(location.search, COMPARE);
  fillForm(query);
  navigate(query, { push: false });
});
store.addEventListener("change", render);
locale.addEventListener("change", render);

fillForm(store.state.query);
navigate(store.state.query, { push: false });
loadTopics();
