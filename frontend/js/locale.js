// The reader's language: chosen from the browser, switchable, remembered.

import { LANGUAGES, pickLanguage, translate } from "./i18n.js";

const STORAGE_KEY = "factbase.lang";

function stored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked; the browser language still works
  }
}

export class Locale extends EventTarget {
  constructor() {
    super();
    const saved = stored();
    this.lang = LANGUAGES.includes(saved) ? saved : pickLanguage(navigator.languages ?? [navigator.language]);
  }

  t(key, params) {
    return translate(this.lang, key, params);
  }

  set(lang) {
    if (!LANGUAGES.includes(lang) || lang === this.lang) return;
    this.lang = lang;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // not remembered, but switched
    }
    this.dispatchEvent(new Event("change"));
  }
}

/**
 * Translate the static page: data-i18n="key" sets the text,
 * data-i18n-attr="placeholder:key,aria-label:key" sets attributes.
 */
export function translatePage(locale, root = document) {
  document.documentElement.lang = locale.lang;
  for (const element of root.querySelectorAll("[data-i18n]")) element.textContent = locale.t(element.dataset.i18n);
  for (const element of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of element.dataset.i18nAttr.split(",")) {
      const [attribute, key] = pair.split(":");
      element.setAttribute(attribute.trim(), locale.t(key.trim()));
    }
  }
  for (const button of root.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === locale.lang));
  }
}
