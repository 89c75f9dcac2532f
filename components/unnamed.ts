// Unnamed sources in the popup: each source with its quotes, in reading order.
// Pure functions over the Analysis (tests/who-exports.test.ts runs them on plain analyses).
import type { Analysis, Quote, UnnamedSource } from '@/utils/types';

/** One unnamed source and the quotes it gave. */
export interface UnnamedView {
  source: UnnamedSource;
  quotes: Quote[];
}

/** Card ids of unnamed sources, apart from speakers' ids. */
export const unnamedCardId = (id: string) => `unnamed-${id}`;

/** The unnamed sources with their quotes, in the order the article first quotes them. */
export function groupUnnamed(analysis: Pick<Analysis, 'quotes'> & Partial<Pick<Analysis, 'unnamedSources'>>): UnnamedView[] {
  const sources = analysis.unnamedSources ?? [];
  const byId = new Map<string, Quote[]>(sources.map((s) => [s.id, []]));
  for (const q of analysis.quotes) if (q.unnamedSourceId) byId.get(q.unnamedSourceId)?.push(q);
  return sources.map((source) => ({ source, quotes: byId.get(source.id) ?? [] })).filter((v) => v.quotes.length > 0);
}

/** The unnamed sources to show: under "All" and under their own category, narrowed by the search text. */
export function filterUnnamed(views: UnnamedView[], filters: { category: string; search: string; showParaphrased: boolean }, fold: (s: string) => string): UnnamedView[] {
  const needle = fold(filters.search.trim());
  return views
    .filter((v) => filters.category === 'all' || v.source.category === filters.category)
    .map((v) => ({ ...v, quotes: filters.showParaphrased ? v.quotes : v.quotes.filter((q) => q.kind !== 'indirect') }))
    .filter((v) => v.quotes.length > 0)
    .filter((v) => !needle || fold(v.source.description).includes(needle) || v.quotes.some((q) => fold(q.text).includes(needle)));
}
