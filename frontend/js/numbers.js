// "The numbers they use": the figures several speakers give for the same counted thing.
// Pure logic, no DOM: rows are /api/quantities/ results.

/**
 * Groups of figures sharing a stem of their counted thing ("nordkorean", "soldat", "percent"),
 * each with figures from at least `minSpeakers` speakers, most speakers first.
 * A figure may appear in several groups (11.000 nordkoreanische Soldat:innen counts North
 * Koreans and soldiers); groups are not merged, so 50.000 russische Soldat:innen does not join
 * the North Koreans through "soldat".
 */
export function figureGroups(rows, { minSpeakers = 2 } = {}) {
  const byStem = new Map();
  for (const row of rows) {
    for (const stem of new Set(String(row.key ?? "").split(" ").filter(Boolean))) {
      if (!byStem.has(stem)) byStem.set(stem, []);
      byStem.get(stem).push(row);
    }
  }
  const groups = [];
  for (const [stem, figures] of byStem) {
    const speakers = new Set(figures.map((row) => row.speaker));
    if (speakers.size < minSpeakers) continue;
    groups.push({ stem, label: labelOf(stem, figures), speakers: speakers.size, figures: sortFigures(figures) });
  }
  // A group a wider group already holds whole (same figures) is left out.
  const kept = groups.filter((group) => !groups.some((other) => other !== group
    && other.figures.length > group.figures.length && group.figures.every((row) => other.figures.includes(row))));
  return kept.sort((a, b) => b.speakers - a.speakers || b.figures.length - a.figures.length || a.label.localeCompare(b.label));
}

/** The counted thing as one of the figures wrote it: the shortest wording holding the stem. */
function labelOf(stem, figures) {
  if (stem === "percent") return "%";
  const wordings = figures.map((row) => row.counted || row.unit).filter(Boolean).sort((a, b) => a.length - b.length);
  return wordings[0] ?? stem;
}

function sortFigures(figures) {
  return [...figures].sort((a, b) => Number(a.value) - Number(b.value) || String(a.said_on).localeCompare(String(b.said_on)));
}

/** "mehr als 10.000" stays as written; the value in the reader's locale beside it when it differs. */
export function figureText(row, locale = "en") {
  const value = Number(row.value);
  const formatted = Number.isFinite(value) ? new Intl.NumberFormat(locale).format(value) : String(row.value);
  return { written: row.number, value: formatted, unit: row.unit ?? "" };
}
