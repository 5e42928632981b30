// Small DOM helpers. Text always goes in through textContent or text nodes.

/**
 * Create an element. props: "text" sets textContent, "class" the class list,
 * "on<event>" adds a listener, anything else is an attribute (true = empty, falsy = left out).
 * Children may be nodes or strings (appended as text, never parsed as HTML).
 */
export function h(tag, props = {}, ...children) {
  return build(document.createElement(tag), props, children);
}

const SVG = "http://www.w3.org/2000/svg";

/** Like h() for SVG elements. */
export function svg(tag, props = {}, ...children) {
  return build(document.createElementNS(SVG, tag), props, children);
}

function build(element, props, children) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") element.textContent = value;
    else if (key === "class") element.setAttribute("class", value);
    else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** The first element marked with data-<name> inside root. */
export function $(name, root = document) {
  return root.querySelector(`[data-${name}]`);
}

/** One listener on root for every current and future element matching selector. */
export function delegate(root, selector, type, handler) {
  root.addEventListener(type, (event) => {
    const target = event.target.closest?.(selector);
    if (target && root.contains(target)) handler(event, target);
  });
}
