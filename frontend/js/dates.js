// Claims and sources carry partial dates: a day, a month or only a year.
// One helper formats them at the precision they were recorded with.

const LOCALES = { de: "de-DE", en: "en-GB" };
const OPTIONS = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

/** Parse "2024-11-13" (or "2024-11", "2024") into a UTC Date; null if unusable. */
export function parseIsoDate(iso) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? "");
  if (!match) return null;
  const [, year, month = "01", day = "01"] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** "13. November 2024" / "13 November 2024" / "November 2024" / "2024"; "" when undated. */
export function formatPartialDate(iso, precision, lang = "en") {
  const date = parseIsoDate(iso);
  if (!date) return "";
  const options = OPTIONS[precision] ?? OPTIONS.day;
  return new Intl.DateTimeFormat(LOCALES[lang] ?? LOCALES.en, { ...options, timeZone: "UTC" }).format(date);
}

/** Year of an ISO date as a string, or "" when undated. */
export function yearOf(iso) {
  return /^\d{4}/.exec(iso ?? "")?.[0] ?? "";
}

/** Key that groups dates at a precision: "2024-11-13", "2024-11" or "2024". */
export function dateKey(iso, precision) {
  if (!iso) return "";
  const length = { year: 4, month: 7 }[precision] ?? 10;
  return iso.slice(0, length);
}
