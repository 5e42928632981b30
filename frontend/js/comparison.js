// Lining up several speakers' claims for the Compare page. No DOM.
// columns: [{speaker: {slug, name}, claims: [Claim]}], one per speaker.

import { dateKey } from "./dates.js";

function byKeyDescending(a, b) {
  if (a.key === b.key) return 0;
  if (!a.key) return 1; // undated claims go last
  if (!b.key) return -1;
  return a.key < b.key ? 1 : -1;
}

/** Rows of claims said on the same date (at their precision), newest first, one cell per column. */
export function alignByDate(columns) {
  const rows = new Map();
  columns.forEach((column, index) => {
    for (const claim of column.claims) {
      const key = dateKey(claim.said_on, claim.said_on_precision);
      if (!rows.has(key)) {
        rows.set(key, { key, said_on: claim.said_on, precision: claim.said_on_precision, cells: columns.map(() => []) });
      }
      rows.get(key).cells[index].push(claim);
    }
  });
  return [...rows.values()].sort(byKeyDescending);
}

/** Topics at least two of the speakers spoke on, with each speaker's claims on it. */
export function sharedTopics(columns) {
  const topics = new Map();
  columns.forEach((column, index) => {
    for (const claim of column.claims) {
      for (const topic of claim.topics ?? []) {
        if (!topics.has(topic.slug)) topics.set(topic.slug, { topic, cells: columns.map(() => []) });
        topics.get(topic.slug).cells[index].push(claim);
      }
    }
  });
  const count = (entry) => entry.cells.reduce((sum, cell) => sum + cell.length, 0);
  return [...topics.values()]
    .filter((entry) => entry.cells.filter((cell) => cell.length).length >= 2)
    .sort((a, b) => count(b) - count(a) || a.topic.name.localeCompare(b.topic.name));
}

/** Suggested opponents: related speakers not already chosen, best first. */
export function suggestOpponents(related, chosen, limit = 5) {
  const taken = new Set(chosen);
  return [...related]
    .filter((speaker) => !taken.has(speaker.slug))
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .slice(0, limit);
}
