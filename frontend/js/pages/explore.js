// Explore: find claims by speaker, topic, period, kind, verdict and words.
// The query lives in the address bar; Back and bookmarks work.

import { startShell } from "../shell.js";
import { createApi, resultsOf } from "../api.js";
import { Store } from "../store.js";
import { $, h } from "../dom.js";
import { EXPLORE, parseQuery, buildQuery, exploreToApi, sameQuery } from "../query.js";
import { feedUrls, offerFeed } from "../feeds.js";
import { RATINGS } from "../verdicts.js";
import { claimCard, errorMessage, loading } from "../render.js";
import { speakerPicker, speakerChips } from "../typeahead.js";
import { withSpeakerNames } from "../names.js";

const PAGE_SIZE = 20;
const locale = startShell();
const api = createApi();
const form = $("filters");
const store = new Store({
  query: parseQuery(location.search, EXPLORE),
  names: {}, // slug -> name, for the chips
  claims: [],
  next: null,
  status: "loading",
  error: null,
  retry: null,
});

let request = 0;

async function search(query, { push = true } = {}) {
  if (push && !sameQuery(query, parseQuery(location.search, EXPLORE), EXPLORE)) {
    history.pushState(null, "", buildQuery(query, EXPLORE) || location.pathname);
  }
  const mine = ++request;
  offerFeed(feedUrls.claims(exploreToApi(query)), "Factbase: claims matching this search (Atom)");
  store.update({ query, claims: [], next: null, status: "loading", error: null });
  try {
    const data = await api.claims({ ...exploreToApi(query), page_size: PAGE_SIZE });
    const claims = resultsOf(data);
    if (mine === request) {
      store.update({ claims, next: data.next ?? null, status: "ready", names: withSpeakerNames(store.state.names, claims) });
    }
  } catch (error) {
    if (mine === request) store.update({ status: "error", error, retry: () => search(query, { push: false }) });
  }
}

async function loadMore() {
  const { next, claims } = store.state;
  const mine = request;
  store.update({ status: "loading-more" });
  try {
    const data = await api.follow(next);
    if (mine !== request) return;
    store.update({ claims: [...claims, ...resultsOf(data)], next: data.next ?? null, status: "ready" });
    // Move focus to the first new claim so keyboard readers continue where they were.
    document.querySelector(`[data-results] .claim:nth-child(${claims.length + 1})`)?.focus();
  } catch (error) {
    if (mine === request) store.update({ status: "error-more", error, retry: loadMore });
  }
}

function formQuery() {
  const data = new FormData(form);
  const value = (name) => String(data.get(name) ?? "").trim();
  return {
    q: value("q"),
    speaker: store.state.query.speaker,
    topic: value("topic") ? [value("topic")] : [],
    kind: value("kind"),
    rating: value("rating"),
    after: value("after"),
    before: value("before"),
  };
}

function fillForm(query) {
  form.elements.q.value = query.q;
  form.elements.topic.value = query.topic[0] ?? "";
  form.elements.kind.value = query.kind;
  form.elements.rating.value = query.rating;
  form.elements.after.value = query.after;
  form.elements.before.value = query.before;
}

function renderRatings() {
  const select = form.elements.rating;
  const chosen = store.state.query.rating;
  select.replaceChildren(
    h("option", { value: "", text: locale.t("explore.any") }),
    ...RATINGS.map((rating) => h("option", { value: rating, text: locale.t(`rating.${rating}`) })),
  );
  select.value = chosen;
}

function renderChips() {
  const { query, names } = store.state;
  const chosen = query.speaker.map((slug) => ({ slug, name: names[slug] ?? slug }));
  $("chips").replaceChildren(speakerChips(locale, chosen, (slug) =>
    search({ ...formQuery(), speaker: query.speaker.filter((s) => s !== slug) })));
}

function render() {
  const { claims, next, status, error, retry } = store.state;
  renderChips();
  const results = $("results");
  const summary = $("summary");
  results.setAttribute("aria-busy", String(status === "loading"));
  if (status === "loading") {
    results.replaceChildren(loading(locale));
    summary.textContent = "";
  } else if (status === "error") {
    results.replaceChildren(errorMessage(locale, error, retry));
    summary.textContent = "";
  } else {
    const cards = claims.map((claim) => claimCard(locale, claim));
    const tail = status === "error-more" ? [errorMessage(locale, error, retry)] : [];
    results.replaceChildren(...(cards.length ? cards : [h("p", { class: "empty", text: locale.t("explore.none") })]), ...tail);
    summary.textContent = claims.length ? [locale.t("explore.shown", { n: claims.length }), next ? "" : locale.t("explore.end")].filter(Boolean).join(" · ") : "";
  }
  const more = $("more");
  more.hidden = !next || status === "loading" || status === "error";
  more.disabled = status === "loading-more";
}

async function loadTopics() {
  try {
    const topics = resultsOf(await api.topics());
    const select = form.elements.topic;
    select.append(...topics.map((topic) => h("option", { value: topic.slug, text: topic.name })));
    select.value = store.state.query.topic[0] ?? "";
  } catch {
    // The topic menu stays at "Any"; the results say if the API is down.
  }
}

async function loadNames(slugs) {
  const missing = slugs.filter((slug) => !(slug in store.state.names));
  const found = await Promise.all(missing.map((slug) => api.speaker(slug).catch(() => null)));
  const names = { ...store.state.names };
  found.filter(Boolean).forEach((speaker) => { names[speaker.slug] = speaker.name; });
  store.update({ names });
}

$("picker").append(speakerPicker({
  locale,
  api,
  id: "speaker",
  exclude: () => store.state.query.speaker,
  onPick: (speaker) => {
    store.update({ names: { ...store.state.names, [speaker.slug]: speaker.name } });
    search({ ...formQuery(), speaker: [...store.state.query.speaker, speaker.slug] });
  },
}));

form.addEventListener("submit", (event) => {
  event.preventDefault();
  search(formQuery());
});
form.addEventListener("reset", (event) => {
  event.preventDefault();
  const empty = parseQuery("", EXPLORE);
  fillForm(empty);
  search(empty);
});
// Menus and dates apply at once; the text field waits for Enter or Search.
form.addEventListener("change", (event) => {
  if (event.target.matches("select, input[type=date]")) search(formQuery());
});
$("more").addEventListener("click", loadMore);
window.addEventListener("popstate", () => {
  const query = parseQuery(location.search, EXPLORE);
  fillForm(query);
  search(query, { push: false });
  loadNames(query.speaker);
});
store.addEventListener("change", render);
locale.addEventListener("change", () => { renderRatings(); render(); });

// First screen: claims, topics and speaker names are fetched in parallel.
renderRatings();
fillForm(store.state.query);
search(store.state.query, { push: false });
loadTopics();
loadNames(store.state.query.speaker);
