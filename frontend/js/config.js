// The one setting a static host needs: where the Factbase API lives.
// Default "" = same origin. Override with window.FACTBASE_API (set before the
// modules load) or <meta name="factbase-api" content="https://api.example.org">.
export function resolveApiBase(win = globalThis, doc = globalThis.document) {
  const candidates = [win?.FACTBASE_API, doc?.querySelector?.('meta[name="factbase-api"]')?.content];
  const found = candidates.find((value) => typeof value === "string" && value.trim() !== "");
  return found ? found.trim().replace(/\/+$/, "") : "";
}

export const API_BASE = resolveApiBase();

// Slower than this and we tell the reader instead of leaving a blank page.
export const TIMEOUT_MS = 8000;
