// Speaker type-ahead (ARIA combobox) over names and aliases via /api/speakers/?q=.

import { h } from "./dom.js";
import { matchedAlias } from "./names.js";
import { resultsOf } from "./api.js";

/**
 * A search box that offers speakers as you type. onPick(speaker) is called
 * with {slug, name, ...}. exclude() returns slugs not to offer again.
 */
export function speakerPicker({ locale, api, onPick, id, exclude = () => [] }) {
  const listId = `${id}-list`;
  const input = h("input", {
    id, type: "text", autocomplete: "off", role: "combobox", "aria-autocomplete": "list",
    "aria-expanded": "false", "aria-controls": listId, placeholder: locale.t("speaker.search"), "data-i18n-attr": "placeholder:speaker.search",
  });
  const list = h("ul", { id: listId, role: "listbox", class: "typeahead__list", hidden: true });
  let options = [];
  let active = -1;
  let timer = null;
  let request = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    if (options[index]) input.setAttribute("aria-activedescendant", `${listId}-${index}`);
  };

  const pick = (speaker) => {
    input.value = "";
    close();
    onPick(speaker);
  };

  const show = (speakers, query) => {
    const skip = new Set(exclude());
    options = speakers.filter((speaker) => !skip.has(speaker.slug));
    const items = options.map((speaker, index) => {
      const alias = matchedAlias(speaker, query);
      return h("li", { id: `${listId}-${index}`, role: "option", "aria-selected": "false", "data-index": index },
        h("span", { class: "typeahead__name", text: speaker.name }),
        alias ? h("span", { class: "typeahead__alias", text: locale.t("speaker.aliasOf", { alias }) }) : null);
    });
    list.replaceChildren(...(items.length ? items : [h("li", { class: "typeahead__empty", text: locale.t("speaker.noMatch") })]));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  };

  const search = async () => {
    const query = input.value.trim();
    if (query.length < 2) return close();
    const mine = ++request;
    try {
      const data = await api.speakers({ q: query, limit: 8 });
      if (mine === request) show(resultsOf(data), query);
    } catch (error) {
      if (mine !== request) return;
      list.replaceChildren(h("li", { class: "typeahead__empty", text: locale.t(`status.${error.kind === "timeout" ? "timeout" : "offline"}`) }));
      list.hidden = false;
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 180);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      if (list.hidden) list.hidden = false;
      highlight((active + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length) {
      event.preventDefault();
      highlight((active - 1 + options.length) % options.length);
    } else if (event.key === "Enter" && !list.hidden && options.length) {
      event.preventDefault();
      pick(options[Math.max(active, 0)]);
    } else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  // mousedown keeps focus in the input so blur does not close the list first
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const item = event.target.closest("[data-index]");
    if (item) pick(options[Number(item.dataset.index)]);
  });

  return h("div", { class: "typeahead" }, input, list);
}

/** Chosen speakers as chips with a remove button each. */
export function speakerChips(locale, speakers, onRemove) {
  return h("ul", { class: "chips" }, speakers.map((speaker) =>
    h("li", { class: "chip" },
      h("a", { href: `speaker.html?slug=${encodeURIComponent(speaker.slug)}`, text: speaker.name ?? speaker.slug }),
      h("button", { type: "button", class: "chip__remove", "aria-label": locale.t("speaker.remove", { name: speaker.name ?? speaker.slug }), onclick: () => onRemove(speaker.slug), text: "×" }))));
}
