import test from "node:test";
import assert from "node:assert/strict";
import { apiUrl, getJson, createApi, resultsOf, ApiError } from "../../frontend/js/api.js";
import { resolveApiBase, resolveTimeout } from "../../frontend/js/config.js";

const jsonResponse = (status, body) => ({ ok: status < 400, status, json: async () => body });

test("the API base defaults to the same origin and can be overridden", () => {
  assert.equal(resolveApiBase({}, undefined), "");
  assert.equal(resolveApiBase({ FACTBASE_API: "https://api.example.org/" }, undefined), "https://api.example.org");
  const doc = { querySelector: () => ({ content: "https://meta.example.org" }) };
  assert.equal(resolveApiBase({}, doc), "https://meta.example.org");
});

test("the request timeout defaults to 8 s and takes a positive number from the page", () => {
  assert.equal(resolveTimeout({}, undefined), 8000);
  assert.equal(resolveTimeout({ FACTBASE_TIMEOUT_MS: 500 }, undefined), 500);
  const doc = (content) => ({ querySelector: (selector) => selector.includes("timeout-ms") ? { content } : null });
  assert.equal(resolveTimeout({}, doc("1200")), 1200);
  assert.equal(resolveTimeout({}, doc("soon")), 8000);
  assert.equal(resolveTimeout({ FACTBASE_TIMEOUT_MS: -1 }, undefined), 8000);
});

test("it builds URLs with repeated parameters and leaves out empty ones", () => {
  assert.equal(
    apiUrl("/api/claims/", { speaker: ["a", "b"], q: "", topic: [], seed: 0, kind: null }, "https://x.org"),
    "https://x.org/api/claims/?speaker=a&speaker=b&seed=0",
  );
});

test("it returns the JSON of a successful response", async () => {
  const data = await getJson("/x", { fetch: async () => jsonResponse(200, { results: [1] }) });
  assert.deepEqual(resultsOf(data), [1]);
  assert.deepEqual(resultsOf([2]), [2]);
});

test("it names each kind of failure", async () => {
  const failing = async (fetch) => getJson("/x", { fetch, timeout: 20 }).catch((error) => error);
  assert.equal((await failing(async () => { throw new TypeError("down"); })).kind, "offline");
  assert.equal((await failing(async () => jsonResponse(500, {}))).kind, "http");
  assert.equal((await failing(async () => jsonResponse(404, {}))).kind, "not-found");
  const invalid = await failing(async () => jsonResponse(400, { said_after: ["Enter a valid date."] }));
  assert.ok(invalid instanceof ApiError);
  assert.equal(invalid.kind, "invalid");
  assert.deepEqual(invalid.fields, { said_after: ["Enter a valid date."] });
});

test("a slow answer becomes a timeout", async () => {
  const slow = (url, { signal }) => new Promise((resolve, reject) => signal.addEventListener("abort", () => reject(new Error("aborted"))));
  const error = await getJson("/x", { fetch: slow, timeout: 10 }).catch((e) => e);
  assert.equal(error.kind, "timeout");
});

test("the client calls the documented endpoints", async () => {
  const seen = [];
  const api = createApi({ base: "", fetch: async (url) => { seen.push(url); return jsonResponse(200, {}); } });
  await api.claims({ speaker: "s", sample: 5, seed: 1 });
  await api.speaker("speaker-00042");
  await api.related("speaker-00042");
  await api.speakers({ q: "zel" });
  await api.follow("http://host/api/claims/?cursor=abc");
  assert.deepEqual(seen, [
    "/api/claims/?speaker=s&sample=5&seed=1",
    "/api/speakers/speaker-00042/",
    "/api/speakers/speaker-00042/related/",
    "/api/speakers/?q=zel",
    "http://host/api/claims/?cursor=abc",
  ]);
});
