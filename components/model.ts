// The popup's logic as pure functions over the Analysis: grouping quotes by
// speaker, ordering the cards, counting for the header, filtering by category,
// search text and the paraphrase toggle, and naming what went wrong. No DOM; the
// only browser API is i18n.ts for the words shown (tests give it the real
// messages): tests/popup.test.tsx runs these on plain objects.
import { earliest, inSpeakerOrder } from '@/utils/speakers/order';
import type { Analysis, Category, Quote, Speaker } from '@/utils/types';
import { foldName, isTimestampByline } from '@/utils/export/meta';
import { t, tn, type MessageKey } from './i18n';

export { isTimestampByline };

export type CategoryFilter = 'all' | Category;

/** The filter buttons, in order, with the message of each label. */
export const CATEGORY_FILTERS: readonly { value: CategoryFilter; label: MessageKey }[] = [
  { value: 'all', label: 'filterAll' },
  { value: 'official', label: 'filterOfficial' },
  { value: 'expert', label: 'filterExpert' },
  { value: 'organization', label: 'filterOrganization' },
  { value: 'other', label: 'filterOther' },
];

const CATEGORY_MESSAGE: Record<Category, MessageKey> = {
  official: 'categoryOfficial',
  expert: 'categoryExpert',
  organization: 'categoryOrganization',
  other: 'categoryOther',
};

const KIND_MESSAGE: Record<Quote['kind'], MessageKey> = {
  direct: 'kindDirect',
  partial: 'kindPartial',
  continuation: 'kindContinuation',
  indirect: 'kindIndirect',
};

/** A category's name on a card's badge ("Official", "Experto"). */
export const categoryLabel = (category: Category): string => t(CATEGORY_MESSAGE[category]);
/** A statement's kind in words ("partial quote", "paráfrasis"). */
export const kindLabel = (kind: Quote['kind']): string => t(KIND_MESSAGE[kind]);

/** One card: a speaker with their quotes in reading order. */
export interface SpeakerView {
  speaker: Speaker;
  quotes: Quote[];
  /** Every statement is reported speech (kind "indirect"): shown as "paraphrased" and counted apart. */
  paraphrased: boolean;
}

export interface Counts {
  /** People (every category but organizations) with at least one statement, quoted or paraphrased. */
  people: number;
  /** Organizations with at least one statement: counted apart from people. */
  organizations: number;
  /** Unnamed sources, when the analysis lists them (`analysis.unnamedSources`). */
  unnamed: number;
  /** Quotes in quotation marks (every kind but "indirect"). */
  quotes: number;
  /** Statements in reported speech (kind "indirect"). */
  paraphrases: number;
  officials: number;
  experts: number;
  /** Speakers only paraphrased. */
  paraphrased: number;
  /** Quotes attributed to nobody. */
  unattributed: number;
}

export interface Filters {
  category: CategoryFilter;
  search: string;
  showParaphrased: boolean;
}

export const DEFAULT_FILTERS: Filters = { category: 'all', search: '', showParaphrased: true };

const isIndirect = (q: Quote) => q.kind === 'indirect';
/**
 * A statement of its own: every quote but the exact words inside a reported statement (`within`), which are shown
 * inside that statement. One statement, one entry, one count.
 */
export const isStatement = (q: Quote): boolean => !q.within;

/** One view per speaker, in speaker order (the analysis's own: see utils/speakers/order.ts). */
export function groupSpeakers(analysis: Pick<Analysis, 'speakers' | 'quotes'>): SpeakerView[] {
  const byId = new Map<string, Quote[]>();
  for (const q of analysis.quotes) {
    if (!q.speakerId || !isStatement(q)) continue;
    const list = byId.get(q.speakerId) ?? [];
    list.push(q);
    byId.set(q.speakerId, list);
  }
  const views = analysis.speakers.map((speaker) => {
    const quotes = byId.get(speaker.id) ?? [];
    const paraphrased = quotes.length
      ? quotes.every(isIndirect)
      : speaker.quoteCount > 0 && speaker.indirectCount >= speaker.quoteCount;
    return { speaker, quotes, paraphrased };
  });
  // A stored analysis is already in this order; sorting again keeps an older or hand-made one consistent.
  return inSpeakerOrder(views, (v) => ({ category: v.speaker.category, quotes: quoteTotal(v), first: earliest(v.quotes) }));
}

/** How many quotes (in quotation marks) the card stands for: those we hold, or the speaker's own count when larger. */
export function quoteTotal(view: SpeakerView): number {
  return Math.max(view.quotes.filter((q) => q.kind !== 'indirect').length, view.speaker.quoteCount);
}

/** How many paraphrases (reported speech) the card holds. */
export function paraphraseTotal(view: SpeakerView): number {
  return view.quotes.filter((q) => q.kind === 'indirect').length;
}

/** Unnamed sources as the analysis may list them (added by the "who" stage; absent in older results). */
type WithUnnamed = { unnamedSources?: readonly unknown[] | null };

/**
 * Quotes with no card (speaker null, or one the analysis does not list, and no unnamed source it
 * lists), in reading order: "Unattributed".
 */
export function unattributedQuotes(analysis: Pick<Analysis, 'quotes' | 'speakers'> & WithUnnamed): Quote[] {
  const ids = new Set(analysis.speakers.map((s) => s.id));
  const sources = new Set((analysis.unnamedSources ?? []).map((u) => (u as { id?: unknown }).id));
  return analysis.quotes.filter((q) => isStatement(q) && (!q.speakerId || !ids.has(q.speakerId)) && !(q.unnamedSourceId && sources.has(q.unnamedSourceId)));
}


export function countSummary(analysis: Pick<Analysis, 'speakers' | 'quotes'> & WithUnnamed): Counts {
  const views = groupSpeakers(analysis).filter((v) => v.quotes.length > 0 || v.speaker.quoteCount + v.speaker.indirectCount > 0);
  const quoted = views.filter((v) => !v.paraphrased);
  const inCategory = (c: Category) => views.filter((v) => v.speaker.category === c).length;
  return {
    people: views.filter((v) => v.speaker.category !== 'organization').length,
    organizations: inCategory('organization'),
    unnamed: Array.isArray(analysis.unnamedSources) ? analysis.unnamedSources.length : 0,
    quotes: analysis.quotes.filter((q) => isStatement(q) && !isIndirect(q)).length,
    paraphrases: analysis.quotes.filter(isIndirect).length,
    officials: inCategory('official'),
    experts: inCategory('expert'),
    paraphrased: views.length - quoted.length,
    unattributed: unattributedQuotes(analysis).length,
  };
}

/**
 * The header's one line, naming only what is there: "7 people · 1 organization · 2 unnamed sources · 18 quotes ·
 * 9 paraphrased". Categories of people are on the filter buttons, so they are not repeated here.
 */
export function summaryParts(c: Counts): string[] {
  const parts: string[] = [];
  if (c.people) parts.push(tn('people', c.people));
  if (c.organizations) parts.push(tn('organizations', c.organizations));
  if (c.unnamed) parts.push(tn('unnamed', c.unnamed));
  if (c.quotes) parts.push(tn('quotes', c.quotes));
  if (c.paraphrases) parts.push(tn('paraphrased', c.paraphrases));
  return parts;
}

/** What a card says it holds: "3 quotes · 2 paraphrased", never "0 quotes" for someone only paraphrased. */
export function cardCountParts(view: SpeakerView): string[] {
  const quotes = quoteTotal(view);
  const reported = Math.max(paraphraseTotal(view), view.quotes.length ? 0 : view.speaker.indirectCount);
  const parts: string[] = [];
  if (quotes) parts.push(tn('quotes', quotes));
  if (reported) parts.push(tn('paraphrased', reported));
  return parts;
}

/** Lower case without accents, white space folded: "Ólafur  Ragnar" matches "olafur ragnar". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function matches(haystack: string | null | undefined, needle: string): boolean {
  return !!haystack && normalizeForSearch(haystack).includes(needle);
}

/**
 * The cards to show. A speaker stays when their category passes and the search
 * text is found in their name, aliases or role (then all their quotes show) or in
 * some of their quotes (then only those show). With paraphrases hidden, paraphrased
 * speakers and every reported-speech statement are left out.
 */
export function filterSpeakers(views: SpeakerView[], filters: Filters): SpeakerView[] {
  const needle = normalizeForSearch(filters.search);
  const out: SpeakerView[] = [];
  for (const view of views) {
    if (filters.category !== 'all' && view.speaker.category !== filters.category) continue;
    if (!filters.showParaphrased && view.paraphrased) continue;
    let quotes = filters.showParaphrased ? view.quotes : view.quotes.filter((q) => !isIndirect(q));
    if (needle) {
      const s = view.speaker;
      const aboutSpeaker = [s.name, s.description, ...s.aliases].some((t) => matches(t, needle));
      if (!aboutSpeaker) {
        quotes = quotes.filter((q) => matches(q.text, needle));
        if (!quotes.length) continue;
      }
    }
    out.push(quotes === view.quotes ? view : { ...view, quotes });
  }
  return out;
}

/** The unattributed quotes to show: only under "All", narrowed by the search text and the paraphrase toggle. */
export function filterUnattributed(quotes: Quote[], filters: Filters): Quote[] {
  if (filters.category !== 'all') return [];
  const needle = normalizeForSearch(filters.search);
  return quotes.filter(
    (q) => (filters.showParaphrased || !isIndirect(q)) && (!needle || matches(q.text, needle)),
  );
}

/** How many cards each category button would show (search and toggle applied). */
export function categoryCounts(views: SpeakerView[], filters: Filters): Record<CategoryFilter, number> {
  const counts: Record<CategoryFilter, number> = { all: 0, official: 0, expert: 0, organization: 0, other: 0 };
  for (const view of filterSpeakers(views, { ...filters, category: 'all' })) {
    counts.all++;
    counts[view.speaker.category]++;
  }
  return counts;
}

/** "Jane Doe" → "JD": the avatar letters of a card. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => w[0]!.toUpperCase()).join('') || '?';
}

/**
 * Pages a browser does not let extensions read. Chrome and Firefox refuse to run
 * scripts there; the popup says so instead of showing an error.
 */
const RESTRICTED_URL = [
  /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|resource|chrome-search|chrome-untrusted):/i,
  /^https?:\/\/chromewebstore\.google\.com\//i,
  /^https?:\/\/chrome\.google\.com\/webstore/i,
  /^https?:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https?:\/\/addons\.mozilla\.org\//i,
  /^https?:\/\/(accounts-static\.cdn|addons\.cdn)\.mozilla\.net\//i,
];
/** Error messages browsers give when script injection is refused for a page. */
const RESTRICTED_ERROR =
  /cannot access|cannot be scripted|missing host permission|extensions gallery|cannot script|chrome:\/\/|edge:\/\/|about:|view-source|pdf|file:\/\/|not allowed|permission/i;

export function isRestrictedUrl(url: string | null | undefined): boolean {
  return !!url && RESTRICTED_URL.some((re) => re.test(url));
}

/** A local file the extension may not read (Chrome's "Allow access to file URLs" is off by default). */
export function isFileUrl(url: string | null | undefined): boolean {
  return !!url && /^file:/i.test(url);
}

/** Was the injection refused because of where the page is (rather than a bug)? */
export function isRestrictedError(message: string): boolean {
  return RESTRICTED_ERROR.test(message);
}

/** A short site name for the header: the analysis' site name, else the host without "www.". */
export function siteOf(analysis: Pick<Analysis, 'siteName' | 'url'>): string | null {
  if (analysis.siteName) return analysis.siteName;
  if (!analysis.url) return null;
  try {
    return new URL(analysis.url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A readable date ("14 Mar 2025") from the article's published time; the raw text when it does not parse. */
export function displayDate(published: string | null, locale?: string): string | null {
  if (!published) return null;
  const d = new Date(published);
  if (Number.isNaN(d.getTime())) return published;
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The line under the title: site · author · date, each once, without a byline that is a timestamp. */
export function headerMeta(analysis: Pick<Analysis, 'siteName' | 'url' | 'byline' | 'publishedTime'>, locale?: string): string[] {
  const byline = analysis.byline?.replace(/\s+/g, ' ').trim() || null;
  const parts = [siteOf(analysis), byline && !isTimestampByline(byline) ? byline : null, displayDate(analysis.publishedTime, locale)];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    const key = foldName(part);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(part);
  }
  return out;
}

/** Categories with at least one speaker in the article: the filter buttons worth showing. */
export function presentCategories(views: SpeakerView[]): Set<Category> {
  return new Set(views.map((v) => v.speaker.category));
}

/** The first `n` words of a quote's display text, with "…" when there is more. */
function excerptOf(words: readonly string[], n: number): string {
  return words.length > n ? `${words.slice(0, n).join(' ')} …` : words.join(' ');
}

/**
 * A short excerpt per quote that tells it from every other quote in the list, for the accessible names of its
 * buttons ("Show in page: “a blank cheque …”"): the first four words, more where two quotes start alike, and a
 * number where two quotes are the same words.
 */
export function quoteExcerpts(quotes: readonly Quote[], display: (q: Quote) => string, start = 4): Map<string, string> {
  // Quotes of the same words share one excerpt (numbered below); the others grow until they differ.
  const textOf = quotes.map((q) => display(q));
  const distinct = [...new Set(textOf.map((t) => t.toLowerCase()))];
  const words = distinct.map((t) => t.split(' ').filter(Boolean));
  const n = distinct.map(() => start);
  for (let changed = true; changed; ) {
    changed = false;
    const groups = new Map<string, number[]>();
    distinct.forEach((_, i) => {
      const key = excerptOf(words[i]!, n[i]!);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      for (const i of members) if (n[i]! < words[i]!.length) { n[i]!++; changed = true; }
    }
  }
  const length = new Map(distinct.map((t, i) => [t, n[i]!]));
  const out = new Map<string, string>();
  const seen = new Map<string, number>();
  quotes.forEach((q, i) => {
    const key = textOf[i]!.toLowerCase();
    const text = excerptOf(textOf[i]!.split(' ').filter(Boolean), length.get(key)!);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    out.set(q.id, count > 1 ? `${text} (${count})` : text);
  });
  return out;
}

/**
 * Where a statement's exact words (the quotes it `contains`) stand in its display text, as [start, end) ranges in
 * reading order. Offsets come from the article; when they do not point at the words (an older analysis), the words
 * are looked up in the text instead; words not found are left out.
 */
export function exactWordRanges(statement: Quote, byId: ReadonlyMap<string, Quote>, shown: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const id of statement.contains ?? []) {
    const inner = byId.get(id);
    if (!inner) continue;
    let start = inner.start - statement.start;
    if (shown.slice(start, start + inner.text.length) !== inner.text) start = shown.indexOf(inner.text);
    if (start < 0) continue;
    const end = Math.min(shown.length, start + inner.text.length);
    if (end > start) ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges.filter((r, i) => i === 0 || r[0] >= ranges[i - 1]![1]);
}
