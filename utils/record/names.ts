// Names folded for matching: case, accents, apostrophes and a final possessive
// ("Dr. José O’Brien’s" → "dr jose obrien"), and the exact key a speaker is
// grouped under before the careful merges of people.ts. The key is computed
// once, when an article is saved (digest.ts), not each time the dashboard opens.
import type { SavedSpeaker } from './types';

const MARKS = /\p{M}/gu;
const PART = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’]/g;

const foldCache = new Map<string, readonly string[]>();
/** "Dr. José O’Brien’s" → ["dr", "jose", "obrien"]. Shared by every caller (cached): read-only. */
export function foldName(name: string): readonly string[] {
  const known = foldCache.get(name);
  if (known) return known;
  const out: string[] = [];
  const plain = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/['’]s$/, '');
  for (const m of plain.matchAll(PART)) out.push(m[0].replace(APOSTROPHES, ''));
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(name, Object.freeze(out));
  return out;
}

/** The exact key of a named speaker: kind and folded name ("p:jose nunez", "o:world health organization"). */
export function speakerKey(s: Pick<SavedSpeaker, 'kind' | 'name'>): string {
  return `${s.kind === 'organization' ? 'o' : 'p'}:${foldName(s.name).join(' ')}`;
}

/** Names in a fixed order for ties: by code unit, which is fast (a locale-aware order would cost ~1 µs a pair). */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
