// The order speakers are listed in, everywhere (the analysis, the popup, the
// exports): officials and experts first, since they are whom a reader checks a
// story's sourcing against; then who is quoted most; among equals officials,
// experts, organisations, others; then who comes first.
import type { Category } from '../types';

export interface SpeakerRank {
  category: Category;
  /** Quotes between marks (reported speech does not count). */
  quotes: number;
  /** Where the speaker is first quoted, in reading order; null when nowhere (listed last). */
  first: { paragraph: number; start: number } | null;
}

const tier = (c: Category) => (c === 'official' || c === 'expert' ? 0 : 1);
const CATEGORY_ORDER: Record<Category, number> = { official: 0, expert: 1, organization: 2, other: 3 };

function compareFirst(a: SpeakerRank['first'], b: SpeakerRank['first']): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return a.paragraph - b.paragraph || a.start - b.start;
}

/** `items` sorted into speaker order (a new array; full ties keep their order in `items`). */
export function inSpeakerOrder<T>(items: readonly T[], rankOf: (item: T) => SpeakerRank): T[] {
  // Pushed into literals rather than made by map: see mergeSpeakers.
  const ranked: { item: T; index: number; r: SpeakerRank }[] = [];
  items.forEach((item, index) => ranked.push({ item, index, r: rankOf(item) }));
  ranked.sort((a, b) => tier(a.r.category) - tier(b.r.category) ||
        b.r.quotes - a.r.quotes ||
        CATEGORY_ORDER[a.r.category] - CATEGORY_ORDER[b.r.category] ||
        compareFirst(a.r.first, b.r.first) || a.index - b.index);
  const sorted: T[] = [];
  for (const x of ranked) sorted.push(x.item);
  return sorted;
}

/** The earliest of some positions, or null. */
export function earliest(positions: Iterable<{ paragraph: number; start: number }>): SpeakerRank['first'] {
  let best: SpeakerRank['first'] = null;
  for (const p of positions) if (!best || compareFirst(p, best) < 0) best = { paragraph: p.paragraph, start: p.start };
  return best;
}
