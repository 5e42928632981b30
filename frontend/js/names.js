// Matching speaker names and aliases against what people type or what a quote says.

/** Lower case without accents: "Selenskyj" and "SELENSKYJ" and "Sélenskyj" compare equal. */
export function normalize(text) {
  return (text ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}

/** The alias a search matched, when the query matched an alias but not the name. */
export function matchedAlias(speaker, query) {
  const q = normalize(query);
  if (!q || normalize(speaker.name).includes(q)) return null;
  return (speaker.aliases ?? []).find((alias) => normalize(alias).includes(q)) ?? null;
}

// Only people are known by their surname; "Militärführung in Kiew" is not "Kiew".
function surname(name) {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length > 1 ? words[words.length - 1] : null;
}

/** Every way a quote could give its speaker away: name, aliases, and for people surnames. */
export function nameTokens(speaker) {
  const names = [speaker.name, ...(speaker.aliases ?? [])].filter(Boolean);
  const tokens = new Set(names.map(normalize));
  if (speaker.kind !== "organisation") {
    names.map(surname).filter(Boolean).forEach((word) => tokens.add(normalize(word)));
  }
  return [...tokens].filter((token) => token.length >= 3);
}

/** True when the text names the speaker (quotes like that make a quiz too easy). */
export function mentionsSpeaker(text, speaker) {
  const haystack = normalize(text);
  return nameTokens(speaker).some((token) => haystack.includes(token));
}

/** The slug → name map with the speakers of `claims` added (chips need no extra request for them). */
export function withSpeakerNames(names, claims) {
  const known = { ...names };
  claims.forEach(({ speaker }) => { if (speaker?.slug && speaker.name) known[speaker.slug] ??= speaker.name; });
  return known;
}
