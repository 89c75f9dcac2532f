// Names folded for comparison: "Dr. Jane Marsh’s" → ["dr", "jane", "marsh"].

const NAME_PART = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const APOSTROPHE = /['’]/g;
const POSSESSIVE_END = /['’]s$/;

export function nameTokens(name: string): string[] {
  const out: string[] = [];
  // "O’Brien" is one name, "obrien"; a final possessive is dropped.
  for (const m of name.toLowerCase().replace(POSSESSIVE_END, '').matchAll(NAME_PART)) out.push(m[0].replace(APOSTROPHE, ''));
  return out;
}

/** Whether every token of `part` is in `whole`. */
export function containsName(whole: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.every((t) => whole.includes(t));
}
