// Verdict ratings: their order, which side of the truth they fall on, their badge.

export const RATINGS = ["true", "mostly-true", "half-true", "mostly-false", "false", "pants-on-fire", "unverifiable"];

const SIDES = {
  true: "true",
  "mostly-true": "true",
  "mostly-false": "false",
  false: "false",
  "pants-on-fire": "false",
};

/** "true" for true-ish, "false" for false-ish, null when a guess makes no sense. */
export function verdictSide(rating) {
  return SIDES[rating] ?? null;
}

// Icons make the badge readable without colour; the text says it in words.
const ICONS = { true: "✓", false: "✗" };

/** Icon for a rating: ✓ true-ish, ✗ false-ish, ~ half-true, ? unverifiable. */
export function ratingIcon(rating) {
  return ICONS[verdictSide(rating)] ?? (rating === "half-true" ? "~" : "?");
}

/** Scorecard rows in the canonical order, including zero counts, ignoring unknown keys. */
export function scorecardRows(scorecard) {
  return RATINGS.map((rating) => ({ rating, count: Number(scorecard?.[rating] ?? 0) }));
}

/** Count ratings of a list of claims (claims without a verdict are left out). */
export function tallyVerdicts(claims) {
  const tally = Object.fromEntries(RATINGS.map((rating) => [rating, 0]));
  for (const claim of claims) {
    const rating = claim.verdict?.rating;
    if (rating in tally) tally[rating] += 1;
  }
  return tally;
}
