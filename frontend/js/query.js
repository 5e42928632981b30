// Page state <-> query string, so every view is bookmarkable and Back works.
// A schema names each key and how it is written: "text", "int", "list"
// (repeated key: ?speaker=a&speaker=b) or "csv" (one key: ?speakers=a,b).

export const EXPLORE = { q: "text", speaker: "list", topic: "list", kind: "text", rating: "text", after: "date", before: "date" };
export const SPEAKER = { slug: "text" };
export const COMPARE = { speakers: "csv", topic: "text", after: "date", before: "date" };
export const QUIZ = { mode: "text", n: "int", seed: "int", topic: "text", speakers: "csv", after: "date", before: "date" };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function emptyValue(type) {
  return type === "list" || type === "csv" ? [] : type === "int" ? null : "";
}

/** Read a query string ("?a=1&b=2" or URLSearchParams) into a state object. */
export function parseQuery(search, schema) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const [key, type] of Object.entries(schema)) {
    const raw = params.get(key)?.trim() ?? "";
    if (type === "list") state[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    else if (type === "csv") state[key] = [...new Set(raw.split(",").map((v) => v.trim()).filter(Boolean))];
    else if (type === "int") state[key] = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
    else if (type === "date") state[key] = ISO_DATE.test(raw) ? raw : "";
    else state[key] = raw;
  }
  return state;
}

/** Write a state object as a query string: "?..." or "" when nothing is set. */
export function buildQuery(state, schema) {
  const params = new URLSearchParams();
  for (const [key, type] of Object.entries(schema)) {
    const value = state[key] ?? emptyValue(type);
    if (type === "list") value.forEach((item) => params.append(key, item));
    else if (type === "csv") { if (value.length) params.set(key, value.join(",")); }
    else if (value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** True when two states would write the same query string. */
export function sameQuery(a, b, schema) {
  return buildQuery(a, schema) === buildQuery(b, schema);
}

/** The /api/claims/ parameters for an Explore state. */
export function exploreToApi(state) {
  return {
    q: state.q,
    speaker: state.speaker,
    topic: state.topic,
    kind: state.kind,
    rating: state.rating,
    said_after: state.after,
    said_before: state.before,
  };
}
