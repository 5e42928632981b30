// What every page shares: the language, the masthead and its switcher.

import { Locale, translatePage } from "./locale.js";
import { LANGUAGES } from "./i18n.js";
import { $, delegate, h } from "./dom.js";

const SECTIONS = [["explore", "./"], ["compare", "compare.html"], ["quiz", "quiz.html"]];

// One masthead for all pages; its words are filled in by translatePage().
function masthead(current) {
  return h("div", { class: "masthead__inner" },
    h("a", { class: "brand", href: "./" }, "Fact", h("span", { text: "base" })),
    h("p", { class: "tagline", "data-i18n": "site.tagline" }),
    h("nav", { class: "nav", "aria-label": "Factbase" }, SECTIONS.map(([section, href]) =>
      h("a", { href, "data-i18n": `nav.${section}`, "aria-current": section === current ? "page" : null }))),
    h("div", { class: "lang", role: "group", "data-i18n-attr": "aria-label:nav.language" }, LANGUAGES.map((lang) =>
      h("button", { type: "button", "data-lang": lang, lang, text: lang.toUpperCase() }))));
}

/** Start the page chrome; returns the Locale that page views listen to. */
export function startShell() {
  const locale = new Locale();
  $("masthead").replaceChildren(masthead(document.body.dataset.page));
  translatePage(locale);
  delegate(document.body, "[data-lang]", "click", (event, button) => locale.set(button.dataset.lang));
  locale.addEventListener("change", () => translatePage(locale));
  return locale;
}
