// What every page shares: the language, the masthead and its switcher.

import { Locale, translatePage } from "./locale.js";
import { delegate } from "./dom.js";

/** Start the page chrome; returns the Locale that page views listen to. */
export function startShell() {
  const locale = new Locale();
  translatePage(locale);
  delegate(document.body, "[data-lang]", "click", (event, button) => locale.set(button.dataset.lang));
  locale.addEventListener("change", () => translatePage(locale));
  return locale;
}
