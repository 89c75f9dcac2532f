// An Analysis (what the popup shows) → the record entry kept for it.
import type { Analysis, Category, QuoteKind } from '../types';
import type { RecordEntry, SavedQuote, SavedSpeaker } from './types';

/** Longer quotes are cut here when saved: the record keeps enough to recognise and cite a quote. */
export const SAVED_QUOTE_MAX = 600;

/** Query parameters that only track where a reader came from; the same article with or without them is one article. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|ref_url|cmpid|ocid|at_medium|at_campaign)$/i;

/** The key an article is saved under: its URL without fragment or tracking parameters. */
export function articleId(url: string | null, fallback: string): string {
  if (!url) return `untitled:${fallback}`;
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
    return u.toString();
  } catch {
    return url;
  }
}

/** The host an article belongs to, without "www.": "www.example.org" → "example.org". */
export function siteOf(url: string | null, siteName: string | null): string {
  if (url) {
    try {
      const u = new URL(url);
      if (u.protocol === 'file:') return 'saved pages';
      if (u.host) return u.host.replace(/^www\./, '');
    } catch {
      // Not a URL: fall through to the site's name.
    }
  }
  return siteName?.trim() || 'unknown site';
}

/** Fields of the analysis that other parts of Cited may add (unnamed sources, see SHARED-CONTRACTS). */
interface UnnamedSource {
  id: string;
  description: string;
  category: Category;
  quoteCount: number;
  indirectCount: number;
}
type QuoteWithUnnamed = Analysis['quotes'][number] & { unnamedSourceId?: string };
type WithUnnamed = Omit<Analysis, 'quotes'> & { unnamedSources?: UnnamedSource[]; quotes: QuoteWithUnnamed[] };

export function entryFromAnalysis(analysis: Analysis, savedAt: string): RecordEntry {
  const a = analysis as unknown as WithUnnamed;
  const index = new Map<string, number>();
  const speakers: SavedSpeaker[] = [];
  for (const s of a.speakers) {
    index.set(s.id, speakers.length);
    speakers.push({
      name: s.name, aliases: [...s.aliases], kind: s.category === 'organization' ? 'organization' : 'person',
      description: s.description, category: s.category, pronoun: s.category === 'organization' ? null : s.pronoun ?? null,
      quotes: s.quoteCount, indirect: s.indirectCount,
    });
  }
  for (const u of a.unnamedSources ?? []) {
    index.set(`unnamed:${u.id}`, speakers.length);
    speakers.push({
      name: u.description, aliases: [], kind: 'unnamed', description: u.description, category: u.category, pronoun: null,
      quotes: u.quoteCount, indirect: u.indirectCount,
    });
  }
  const quotes: SavedQuote[] = a.quotes.map((q) => {
    const speaker = q.speakerId != null ? index.get(q.speakerId) : q.unnamedSourceId != null ? index.get(`unnamed:${q.unnamedSourceId}`) : undefined;
    return { speaker: speaker ?? null, kind: q.kind as QuoteKind, text: clip(q.text) };
  });
  const id = articleId(a.url, a.title ?? savedAt);
  return {
    article: {
      id, url: a.url, site: siteOf(a.url, a.siteName), siteName: a.siteName, title: a.title, byline: a.byline,
      publishedTime: a.publishedTime, lang: a.lang, savedAt, speakers, unattributed: quotes.filter((q) => q.speaker === null).length,
    },
    quotes,
  };
}

function clip(text: string): string {
  return text.length > SAVED_QUOTE_MAX ? `${text.slice(0, SAVED_QUOTE_MAX - 1).trimEnd()}…` : text;
}
