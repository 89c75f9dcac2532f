// Names folded for comparison: "Dr. Jane Marsh’s" → ["dr", "jane", "marsh"].

const NAME_PART = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const APOSTROPHE = /['’]/g;
const POSSESSIVE_END = /['’]s$/;

/** Names repeat throughout an article (and pronouns compare them often): folded forms are kept. */
const folded = new Map<string, readonly string[]>();
const FOLDED_MAX = 4096;

/** Shared with every caller (a cache across articles): read-only, never to be changed in place. */
export function nameTokens(name: string): readonly string[] {
  const known = folded.get(name);
  if (known) return known;
  if (folded.size >= FOLDED_MAX) folded.clear();
  const out = Object.freeze(foldName(name));
  folded.set(name, out);
  return out;
}

function foldName(name: string): string[] {
  const out: string[] = [];
  // "O’Brien" is one name, "obrien"; a final possessive is dropped.
  for (const m of name.toLowerCase().replace(POSSESSIVE_END, '').matchAll(NAME_PART)) out.push(m[0].replace(APOSTROPHE, ''));
  return out;
}

/** Whether every token of `part` is in `whole`. */
export function containsName(whole: readonly string[], part: readonly string[]): boolean {
  // A loop, not a callback made anew at each call (mergeSpeakers asks this for every pair of reference and mention).
  for (let i = 0; i < part.length; i++) if (!whole.includes(part[i]!)) return false;
  return part.length > 0;
}
