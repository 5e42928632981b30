// Shared views: claim cards, verdict badges, status and error messages.

import { h } from "./dom.js";
import { formatPartialDate } from "./dates.js";
import { ratingIcon, verdictSide } from "./verdicts.js";

export const speakerHref = (slug) => `speaker.html?slug=${encodeURIComponent(slug)}`;

/** The rating in the reader's language; the API's own label when we do not know it. */
export function ratingLabel(locale, verdict) {
  const key = `rating.${verdict.rating}`;
  const text = locale.t(key);
  return text === key ? verdict.rating_display ?? verdict.rating : text;
}

/** Verdict badge: icon and words, so colour is never the only signal. */
export function verdictBadge(locale, verdict) {
  if (!verdict?.rating) return h("span", { class: "badge badge--none" }, h("span", { "aria-hidden": "true", text: "…" }), " ", locale.t("claim.unreviewed"));
  const side = verdictSide(verdict.rating) ?? "neither";
  return h(
    "span",
    { class: `badge badge--${side} badge--${verdict.rating}` },
    h("span", { class: "badge__icon", "aria-hidden": "true", text: ratingIcon(verdict.rating) }),
    " ",
    ratingLabel(locale, verdict),
  );
}

/** A date at its precision inside <time>, or "Undated". */
export function partialDate(locale, iso, precision) {
  const text = formatPartialDate(iso, precision, locale.lang);
  return text ? h("time", { datetime: iso, text }) : h("span", { class: "muted", text: locale.t("claim.undated") });
}

/** Link to a source: outlet and title, opening the original article. */
export function sourceLink(source) {
  if (!source) return null;
  const label = [source.outlet, source.title].filter(Boolean).join(": ");
  return source.url ? h("a", { href: source.url, rel: "noopener noreferrer", class: "source", text: label || source.url }) : h("span", { text: label });
}

/** The quote itself, marked with its own language (quotes are never translated). */
export function quote(claim, className = "") {
  return h("blockquote", { class: `quote quote--${claim.kind ?? "direct"} ${className}`, lang: claim.language || null }, h("p", { text: claim.text }));
}

/** One claim as a news card. options.speaker = false hides the speaker (e.g. on their own page). */
export function claimCard(locale, claim, { speaker = true } = {}) {
  const source = claim.first_appearance?.source;
  const verdict = claim.verdict;
  return h(
    "article",
    { class: "claim", "data-claim": claim.id, tabindex: "-1" },
    quote(claim),
    h(
      "div",
      { class: "claim__meta" },
      speaker && claim.speaker
        ? h("p", { class: "claim__speaker" },
          h("a", { href: speakerHref(claim.speaker.slug), text: claim.speaker.name }),
          claim.speaker.role ? h("span", { class: "role", text: claim.speaker.role }) : null)
        : null,
      h("p", { class: "claim__when" },
        partialDate(locale, claim.said_on, claim.said_on_precision),
        claim.kind === "indirect" ? h("span", { class: "tag", text: locale.t("kind.indirect") }) : null,
        claim.place ? h("span", { text: claim.place }) : null),
      source ? h("p", { class: "claim__source" }, h("span", { class: "label", text: `${locale.t("claim.source")}: ` }), sourceLink(source)) : null,
    ),
    h(
      "div",
      { class: "claim__verdict" },
      verdictBadge(locale, verdict),
      verdict?.explanation ? h("p", { class: "explanation", text: verdict.explanation }) : null,
      verdict?.url ? h("a", { href: verdict.url, rel: "noopener noreferrer", class: "more", text: "↗" , "aria-label": ratingLabel(locale, verdict) }) : null,
    ),
    claim.topics?.length
      ? h("ul", { class: "topics" }, claim.topics.map((topic) =>
        h("li", {}, h("a", { href: `./?topic=${encodeURIComponent(topic.slug)}`, text: topic.name }))))
      : null,
  );
}

/** "Loading…" placeholder, announced politely. */
export function loading(locale) {
  return h("p", { class: "status status--loading", role: "status", text: locale.t("status.loading") });
}

/** Why a request failed, in words, with a Retry button. */
export function errorMessage(locale, error, onRetry) {
  const kind = error?.kind ?? "offline";
  let text;
  if (kind === "invalid") {
    const detail = Object.entries(error.fields ?? {}).map(([field, messages]) => `${field}: ${[].concat(messages).join(" ")}`).join("; ");
    text = locale.t("status.invalid", { detail });
  } else if (kind === "not-found") text = locale.t("status.notFound");
  else text = locale.t(`status.${kind}`, { status: error?.status ?? "" });
  return h(
    "div",
    { class: "status status--error", role: "alert", "data-error": kind },
    h("p", { text }),
    onRetry && kind !== "invalid" && kind !== "not-found"
      ? h("button", { type: "button", class: "button", "data-retry": "", onclick: onRetry, text: locale.t("status.retry") })
      : null,
  );
}
