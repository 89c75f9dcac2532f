// The dashboard's numbers, from the saved article summaries: the most-cited
// people, the mix of voices (officials, experts, organisations, others, unnamed
// sources) overall, per site and per week, and the share of statements by the
// pronoun the articles use, per site. One pass over the articles in range, so
// 10,000 of them take tens of milliseconds. Statements = quotes + paraphrases.
import { byName, peopleOf, type PersonRow } from './people';

export { mainCategory, peopleOf, searchPeople, type PersonRow } from './people';
import { VOICES, type Pronoun, type SavedArticle, type Voice } from './types';

export type Mix = Record<Voice, number>;
export type PronounShare = Record<Pronoun | 'unknown', number>;

export interface RecordFilters {
  /** First and last day (YYYY-MM-DD, local time), inclusive; empty for no bound. */
  from?: string | null;
  to?: string | null;
  /** A site key (SavedArticle.site), or null for all. */
  site?: string | null;
  /** Minutes to add to local time to get UTC (Date#getTimezoneOffset); days and weeks are the reader's. */
  tzOffsetMinutes?: number;
}

export interface SiteMix {
  site: string;
  name: string;
  articles: number;
  mix: Mix;
}

export interface WeekMix {
  /** The Monday starting the week (YYYY-MM-DD). */
  week: string;
  articles: number;
  mix: Mix;
}

export interface SitePronouns {
  site: string;
  name: string;
  share: PronounShare;
}

export interface RecordView {
  articles: SavedArticle[];
  totals: { articles: number; statements: number; people: number; sites: number; unattributed: number };
  mix: Mix;
  bySite: SiteMix[];
  byWeek: WeekMix[];
  pronouns: PronounShare;
  pronounsBySite: SitePronouns[];
  people: PersonRow[];
  /** First and last reading day in range. */
  range: { first: string; last: string } | null;
  /** Every site in the whole record (for the site filter), most articles first. */
  allSites: { site: string; name: string; articles: number }[];
}

export function emptyMix(): Mix {
  return { official: 0, expert: 0, organization: 0, other: 0, unnamed: 0 };
}

export function mixTotal(m: Mix): number {
  let n = 0;
  for (const v of VOICES) n += m[v];
  return n;
}

const DAY_MS = 86_400_000;
const dayNames = new Map<number, string>();
/** "YYYY-MM-DD" of a day number (days since 1970-01-01), made once per day. */
function dayName(n: number): string {
  let name = dayNames.get(n);
  if (name === undefined) {
    name = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(n, name);
  }
  return name;
}

/** The reader's local day number of an ISO time (NaN when it is not a time). */
function dayNumber(iso: string, tzOffsetMinutes: number): number {
  return Math.floor((Date.parse(iso) - tzOffsetMinutes * 60_000) / DAY_MS);
}

/** The reader's local day of an ISO time. */
export function dayOf(iso: string, tzOffsetMinutes = 0): string {
  const n = dayNumber(iso, tzOffsetMinutes);
  return Number.isNaN(n) ? '0000-00-00' : dayName(n);
}

/** The Monday of the week a day number is in (1970-01-01 was a Thursday). */
function mondayOf(n: number): number {
  return n - ((n + 3) % 7);
}

/** The Monday of the week a day is in (ISO weeks). */
export function weekOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return day;
  return dayName(mondayOf(Math.floor(t / DAY_MS)));
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The articles in the filters' range and site, newest first. */
export function filterArticles(all: readonly SavedArticle[], f: RecordFilters): SavedArticle[] {
  const tz = f.tzOffsetMinutes ?? 0;
  const out = all.filter((a) => {
    if (f.site && a.site !== f.site) return false;
    if (!f.from && !f.to) return true;
    const day = dayOf(a.savedAt, tz);
    return (!f.from || day >= f.from) && (!f.to || day <= f.to);
  });
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** Site keys with their most recent name and article counts, most articles first. */
export function sitesOf(all: readonly SavedArticle[]): { site: string; name: string; articles: number }[] {
  const sites = new Map<string, { site: string; name: string; articles: number; at: string }>();
  for (const a of all) {
    const s = sites.get(a.site);
    if (!s) sites.set(a.site, { site: a.site, name: a.siteName || a.site, articles: 1, at: a.savedAt });
    else {
      s.articles++;
      if (a.siteName && a.savedAt >= s.at) {
        s.name = a.siteName;
        s.at = a.savedAt;
      }
    }
  }
  return [...sites.values()].map(({ site, name, articles }) => ({ site, name, articles })).sort((a, b) => b.articles - a.articles || byName(a.name, b.name));
}

export function buildView(all: readonly SavedArticle[], filters: RecordFilters = {}): RecordView {
  const tz = filters.tzOffsetMinutes ?? 0;
  const allSites = sitesOf(all);
  const siteName = new Map(allSites.map((s) => [s.site, s.name]));
  const articles = filterArticles(all, filters);

  const mix = emptyMix();
  const bySite = new Map<string, SiteMix>();
  const byWeek = new Map<string, WeekMix>();
  let unattributed = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const a of articles) {
    const n = dayNumber(a.savedAt, tz);
    const day = Number.isNaN(n) ? '0000-00-00' : dayName(n);
    if (!first || day < first) first = day;
    if (!last || day > last) last = day;
    const week = Number.isNaN(n) ? day : dayName(mondayOf(n));
    let s = bySite.get(a.site);
    if (!s) bySite.set(a.site, (s = { site: a.site, name: siteName.get(a.site) ?? a.site, articles: 0, mix: emptyMix() }));
    let w = byWeek.get(week);
    if (!w) byWeek.set(week, (w = { week, articles: 0, mix: emptyMix() }));
    s.articles++;
    w.articles++;
    unattributed += a.unattributed;
    for (const sp of a.speakers) {
      const n = sp.quotes + sp.indirect;
      const voice: Voice = sp.kind === 'unnamed' ? 'unnamed' : sp.category;
      mix[voice] += n;
      s.mix[voice] += n;
      w.mix[voice] += n;
    }
  }

  const people = peopleOf(articles, siteName);
  // The share by pronoun: each person's statements under the pronoun their articles agree on.
  const pronouns = emptyShare();
  const pronounsBySite = new Map<string, SitePronouns>();
  for (const p of people) {
    if (p.kind !== 'person') continue;
    for (const [i, j] of p.refs) {
      const a = articles[i]!;
      const sp = a.speakers[j]!;
      const n = sp.quotes + sp.indirect;
      const which = p.pronoun ?? 'unknown';
      pronouns[which] += n;
      let s = pronounsBySite.get(a.site);
      if (!s) pronounsBySite.set(a.site, (s = { site: a.site, name: siteName.get(a.site) ?? a.site, share: emptyShare() }));
      s.share[which] += n;
    }
  }

  const weeks = [...byWeek.values()].sort((a, b) => (a.week < b.week ? -1 : 1));
  const statements = mixTotal(mix);
  return {
    articles,
    totals: { articles: articles.length, statements, people: people.length, sites: bySite.size, unattributed },
    mix,
    bySite: [...bySite.values()].sort((a, b) => b.articles - a.articles || byName(a.name, b.name)),
    byWeek: fillWeeks(weeks),
    pronouns,
    pronounsBySite: [...pronounsBySite.values()].sort((a, b) => shareTotal(b.share) - shareTotal(a.share) || byName(a.name, b.name)),
    people,
    range: first && last ? { first, last } : null,
    allSites,
  };
}

function emptyShare(): PronounShare {
  return { she: 0, he: 0, they: 0, unknown: 0 };
}

export function shareTotal(s: PronounShare): number {
  return s.she + s.he + s.they + s.unknown;
}

/** Weeks without articles between the first and the last are shown too, as zeros. */
function fillWeeks(weeks: WeekMix[]): WeekMix[] {
  if (weeks.length < 2) return weeks;
  const out: WeekMix[] = [];
  const have = new Map(weeks.map((w) => [w.week, w]));
  for (let w = weeks[0]!.week; w <= weeks.at(-1)!.week; w = addDays(w, 7)) out.push(have.get(w) ?? { week: w, articles: 0, mix: emptyMix() });
  return out;
}

