// What a static host may set, each from window.FACTBASE_<NAME> (set before the modules load)
// or <meta name="factbase-<name>" content="...">.

function setting(name, win, doc) {
  const candidates = [win?.[`FACTBASE_${name.toUpperCase().replaceAll("-", "_")}`],
    doc?.querySelector?.(`meta[name="factbase-${name}"]`)?.content];
  return candidates.find((value) => value !== undefined && value !== null && String(value).trim() !== "");
}

// Where the Factbase API lives; default "" = same origin (e.g. "https://api.example.org").
export function resolveApiBase(win = globalThis, doc = globalThis.document) {
  const found = setting("api", win, doc);
  return found ? String(found).trim().replace(/\/+$/, "") : "";
}

// Slower than this and we tell the reader instead of leaving a blank page (factbase-timeout-ms).
export function resolveTimeout(win = globalThis, doc = globalThis.document, fallback = 8000) {
  const found = Number(setting("timeout-ms", win, doc));
  return Number.isFinite(found) && found > 0 ? found : fallback;
}

export const API_BASE = resolveApiBase();
export const TIMEOUT_MS = resolveTimeout();
