// The only module that talks to the Factbase REST API (read-only, public).

import { API_BASE, TIMEOUT_MS } from "./config.js";

/** A failed request, by kind: "offline", "timeout", "http", "invalid" (400) or "not-found" (404). */
export class ApiError extends Error {
  constructor(kind, { status = null, fields = null } = {}) {
    super(`Factbase API: ${kind}${status ? ` (${status})` : ""}`);
    this.kind = kind;
    this.status = status;
    this.fields = fields;
  }
}

/** URL for an API path; arrays become repeated parameters; empty values are left out. */
export function apiUrl(path, params = {}, base = API_BASE) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of [].concat(value ?? [])) {
      if (item !== "" && item !== null && item !== undefined) search.append(key, String(item));
    }
  }
  const query = search.toString();
  return `${base}${path}${query ? `?${query}` : ""}`;
}

/** GET JSON with a timeout; throws ApiError with a kind the page can explain. */
export async function getJson(url, { fetch = globalThis.fetch, timeout = TIMEOUT_MS } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let response;
  try {
    response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiError(controller.signal.aborted ? "timeout" : "offline");
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 400) throw new ApiError("invalid", { status: 400, fields: await response.json().catch(() => null) });
  if (response.status === 404) throw new ApiError("not-found", { status: 404 });
  if (!response.ok) throw new ApiError("http", { status: response.status });
  try {
    return await response.json();
  } catch {
    throw new ApiError("http", { status: response.status });
  }
}

/** Lists come plain or paged ({results: [...]}); callers want the array. */
export function resultsOf(data) {
  return Array.isArray(data) ? data : data?.results ?? [];
}

/** The API client; pass options.fetch in tests. */
export function createApi({ base = API_BASE, fetch = globalThis.fetch, timeout = TIMEOUT_MS } = {}) {
  const get = (path, params) => getJson(apiUrl(path, params, base), { fetch, timeout });
  const slugPath = (slug) => encodeURIComponent(slug);
  return {
    claims: (params) => get("/api/claims/", params),
    claim: (id) => get(`/api/claims/${encodeURIComponent(id)}/`),
    // `next` links from cursor paging are complete URLs; follow them as given.
    follow: (url) => getJson(url, { fetch, timeout }),
    speakers: (params) => get("/api/speakers/", params),
    speaker: (slug) => get(`/api/speakers/${slugPath(slug)}/`),
    related: (slug) => get(`/api/speakers/${slugPath(slug)}/related/`),
    topics: () => get("/api/topics/", { limit: 200 }),
    quantities: (params) => get("/api/quantities/", params),
  };
}
