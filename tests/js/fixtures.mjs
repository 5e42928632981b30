// Synthetic API data for unit tests. Every speaker and quote here is made up.

export function speaker(n, extra = {}) {
  const id = String(n).padStart(5, "0");
  return { slug: `speaker-${id}`, name: `Speaker ${id}`, aliases: [], kind: "person", claim_count: 3, ...extra };
}

export function claim(id, who, extra = {}) {
  return {
    id,
    text: `Synthetic quote number ${id} about nothing in particular.`,
    kind: "direct",
    language: "en",
    said_on: "2024-11-13",
    said_on_precision: "day",
    speaker: { slug: who.slug, name: who.name, kind: who.kind, role: "Synthetic role" },
    first_appearance: { source: { id: 1, title: "Synthetic source", url: "https://example.org/a", outlet: "Example Outlet" }, context: "" },
    topics: [],
    verdict: null,
    ...extra,
  };
}
