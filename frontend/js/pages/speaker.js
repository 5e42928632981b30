// Speaker profile: who they are, how their claims were rated, and when they said what.

import { startShell } from "../shell.js";
import { createApi, resultsOf } from "../api.js";
import { Store } from "../store.js";
import { $, h } from "../dom.js";
import { SPEAKER, parseQuery } from "../query.js";
import { feedUrls, offerFeed } from "../feeds.js";
import { scorecardRows, tallyVerdicts, verdictSide } from "../verdicts.js";
import { formatPartialDate, yearOf } from "../dates.js";
import { barChart } from "../chart.js";
import { claimCard, errorMessage, loading } from "../render.js";

const locale = startShell();
const api = createApi();
const { slug } = parseQuery(location.search, SPEAKER);
const store = new Store({ status: "loading", speaker: null, claims: [], related: [], error: null });

async function load() {
  store.update({ status: "loading", error: null });
  try {
    // One round trip: profile, claims and related speakers in parallel.
    const [speaker, claims, related] = await Promise.all([
      api.speaker(slug),
      api.claims({ speaker: slug, page_size: 200 }),
      api.related(slug).catch(() => ({ results: [] })),
    ]);
    store.update({ status: "ready", speaker, claims: resultsOf(claims), related: resultsOf(related) });
  } catch (error) {
    store.update({ status: "error", error });
  }
}

const roleText = (role) => (typeof role === "string" ? role : [role.title ?? role.role ?? role.name, role.organisation].filter(Boolean).join(", "));

function header(speaker, claims) {
  const roles = (speaker.roles ?? []).map(roleText).filter(Boolean);
  const period = [speaker.first_said_on, speaker.last_said_on].filter(Boolean).map((iso) => formatPartialDate(iso, "month", locale.lang));
  return h("header", { class: "profile" },
    h("h1", { text: speaker.name }),
    roles.length ? h("p", { class: "role", text: roles.join(" · ") }) : null,
    speaker.description && !roles.includes(speaker.description) ? h("p", { text: speaker.description }) : null,
    h("p", { class: "profile__facts" },
      h("span", { text: locale.t("profile.claims", { n: speaker.claim_count ?? claims.length }) }),
      period.length ? h("span", { text: [...new Set(period)].join(" – ") }) : null,
      speaker.wikidata_id
        ? h("a", { href: `https://www.wikidata.org/wiki/${encodeURIComponent(speaker.wikidata_id)}`, rel: "noopener noreferrer", text: `${locale.t("profile.wikidata")} ${speaker.wikidata_id}` })
        : null),
    speaker.aliases?.length
      ? h("p", { class: "profile__facts" }, h("span", { text: `${locale.t("profile.aliases")}: ${speaker.aliases.join(", ")}` }))
      : null);
}

function figures(speaker, claims) {
  const scorecard = speaker.scorecard ?? tallyVerdicts(claims);
  const rows = scorecardRows(scorecard).map(({ rating, count }) => ({
    label: locale.t(`rating.${rating}`), value: count, className: `chart__row--${verdictSide(rating) ?? "neither"}`,
  }));
  const perYear = speaker.per_year ?? claims.reduce((years, claim) => {
    const year = yearOf(claim.said_on);
    if (year) years[year] = (years[year] ?? 0) + 1;
    return years;
  }, {});
  const years = Object.keys(perYear).sort().map((year) => ({ label: year, value: Number(perYear[year]) }));
  const anyVerdict = rows.some((row) => row.value > 0);
  return h("div", { class: "figures" },
    h("section", { "aria-labelledby": "scorecard-title" },
      h("h2", { id: "scorecard-title", text: locale.t("profile.scorecard") }),
      barChart({ rows, title: locale.t("profile.scorecard") }),
      anyVerdict ? null : h("p", { class: "muted", text: locale.t("profile.noVerdicts") })),
    years.length
      ? h("section", { "aria-labelledby": "years-title" },
        h("h2", { id: "years-title", text: locale.t("profile.perYear") }),
        barChart({ rows: years, title: locale.t("profile.perYear") }))
      : null);
}

function relatedList(speaker, related) {
  if (!related.length) return null;
  return h("section", { "aria-labelledby": "related-title" },
    h("h2", { id: "related-title", text: locale.t("profile.related") }),
    h("ul", { class: "related" }, related.slice(0, 6).map((other) => h("li", {},
      h("a", {
        class: "button",
        href: `compare.html?speakers=${encodeURIComponent(speaker.slug)},${encodeURIComponent(other.slug)}`,
        text: locale.t("profile.compare", { name: other.name }),
      })))));
}

function timeline(claims) {
  const byYear = new Map();
  for (const claim of claims) {
    const year = yearOf(claim.said_on) || locale.t("claim.undated");
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year).push(claim);
  }
  return h("section", { "aria-labelledby": "timeline-title" },
    h("h2", { id: "timeline-title", text: locale.t("profile.timeline") }),
    h("ol", { class: "timeline", "data-results": "" }, [...byYear].map(([year, list]) => h("li", {},
      h("h3", { class: "timeline__year", text: year }),
      list.map((claim) => claimCard(locale, claim, { speaker: false }))))));
}

function render() {
  const view = $("view");
  const { status, speaker, claims, related, error } = store.state;
  if (!slug) return view.replaceChildren(h("p", { class: "empty" }, h("a", { href: "./", text: locale.t("profile.missing") })));
  if (status === "loading") return view.replaceChildren(loading(locale));
  if (status === "error") return view.replaceChildren(errorMessage(locale, error, load));
  document.title = `${speaker.name} · Factbase`;
  view.replaceChildren(header(speaker, claims), figures(speaker, claims), relatedList(speaker, related) ?? "", timeline(claims));
}

store.addEventListener("change", render);
locale.addEventListener("change", render);
if (slug) {
  offerFeed(feedUrls.speaker(slug), "Factbase: this speaker's claims (Atom)");
  load();
}
else render();
