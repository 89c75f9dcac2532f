// Names folded for comparison: "Dr. Jane Marsh’s" → ["dr", "jane", "marsh"].

export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s.]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}\-]/gu, ''))
    .filter(Boolean);
}

/** Whether every token of `part` is in `whole`. */
export function containsName(whole: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.every((t) => whole.includes(t));
}
