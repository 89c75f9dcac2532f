// The dashboard's numbers, from the article digests (digest.ts): the most-cited
// people, the mix of voices (officials, experts, organisations, others, unnamed
// sources) overall, per site and per week, and the share of statements by the
// pronoun the articles use, per site. One pass over the articles in range reads
// each speaker line once and feeds every total and the people (people.ts), so
// 10,000 articles take tens of milliseconds. Statements = quotes + paraphrases.
import { dayName, dayNumber, dayOf, mondayOf, addDays } from './days';
import { categoryIndex, pronounBit, TAB, ZERO, type ArticleDigest } from './digest';
import { byName, PeopleBuilder, type PersonRow } from './people';
import { VOICES, type Pronoun, type Voice } from './types';

export { mainCategory, refsOf, type PersonRow } from './people';
export { detailsOf, searchPeople, type PersonDetails } from './details';
export { dayOf, weekOf } from './days';

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
  /** The digests in range, newest first (PersonRow.refs index into it). */
  articles: ArticleDigest[];
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

/** Newest first: the store hands them oldest first (its savedAt index), so usually a reversal, not a sort. */
function newestFirst(list: ArticleDigest[]): ArticleDigest[] {
  let ascending = true;
  for (let k = 1; k < list.length && ascending; k++) if (list[k - 1]!.savedAt > list[k]!.savedAt) ascending = false;
  if (ascending) return list.reverse();
  return list.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** The articles in the filters' range and site, newest first. */
export function filterArticles(all: readonly ArticleDigest[], f: RecordFilters): ArticleDigest[] {
  const tz = f.tzOffsetMinutes ?? 0;
  const out = all.filter((a) => {
    if (f.site && a.site !== f.site) return false;
    if (!f.from && !f.to) return true;
    const day = dayOf(a.savedAt, tz);
    return (!f.from || day >= f.from) && (!f.to || day <= f.to);
  });
  return newestFirst(out);
}

/** Site keys with their most recent name and article counts, most articles first. */
export function sitesOf(all: readonly ArticleDigest[]): { site: string; name: string; articles: number }[] {
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

/** Five counts of a flat array as a Mix (voices in VOICES order: official, expert, organisation, other, unnamed). */
function mixOf(counts: ArrayLike<number>, at: number): Mix {
  return { official: counts[at]!, expert: counts[at + 1]!, organization: counts[at + 2]!, other: counts[at + 3]!, unnamed: counts[at + 4]! };
}

export function buildView(all: readonly ArticleDigest[], filters: RecordFilters = {}): RecordView {
  const tz = filters.tzOffsetMinutes ?? 0;
  const allSites = sitesOf(all);
  const siteName = new Map(allSites.map((s) => [s.site, s.name]));
  const articles = filterArticles(all, filters);

  // Counts per site and per week in flat arrays (five voices a row), turned into objects once at the end.
  const mixAll = new Float64Array(5);
  const siteIndex = new Map<string, number>();
  const siteKeys: string[] = [];
  const siteArticles: number[] = [];
  const siteMix: number[] = [];
  const weekIndex = new Map<number, number>();
  const weekKeys: number[] = [];
  const weekArticles: number[] = [];
  const weekMix: number[] = [];
  const siteOf = new Int32Array(articles.length);
  const people = new PeopleBuilder(articles);
  let unattributed = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let undated = false;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    const n = dayNumber(a.savedAt, tz);
    if (Number.isNaN(n)) undated = true;
    else {
      if (n < firstDay) firstDay = n;
      if (n > lastDay) lastDay = n;
    }
    const weekKey = Number.isNaN(n) ? NaN : mondayOf(n);
    let sx = siteIndex.get(a.site);
    if (sx === undefined) {
      siteIndex.set(a.site, (sx = siteKeys.length));
      siteKeys.push(a.site);
      siteArticles.push(0);
      siteMix.push(0, 0, 0, 0, 0);
    }
    // NaN is its own key in a Map: undated articles share a week "0000-00-00".
    let wx = weekIndex.get(weekKey);
    if (wx === undefined) {
      weekIndex.set(weekKey, (wx = weekKeys.length));
      weekKeys.push(weekKey);
      weekArticles.push(0);
      weekMix.push(0, 0, 0, 0, 0);
    }
    siteOf[i] = sx;
    siteArticles[sx]!++;
    weekArticles[wx]!++;
    unattributed += a.unattributed;
    sx *= 5;
    wx *= 5;
    // The speaker lines (digest.ts), read in place: head, counts, then for named speakers key, name, role, aliases.
    const line = a.speakers;
    const length = line.length;
    let pos = 0;
    for (let j = 0; pos < length; j++) {
      const kindCode = line.charCodeAt(pos);
      const category = categoryIndex(line.charCodeAt(pos + 1));
      const pronoun = pronounBit(line.charCodeAt(pos + 2));
      pos += 4;
      let quotes = 0;
      for (let ch = line.charCodeAt(pos); ch !== TAB && pos < length; ch = line.charCodeAt(++pos)) quotes = quotes * 10 + ch - ZERO;
      pos++;
      let indirect = 0;
      for (let ch = line.charCodeAt(pos); ch !== TAB && pos < length; ch = line.charCodeAt(++pos)) indirect = indirect * 10 + ch - ZERO;
      pos++;
      let end = line.indexOf('\n', pos);
      if (end < 0) end = length;
      const statements = quotes + indirect;
      const voice = kindCode === 112 /* p */ || kindCode === 111 /* o */ ? category : 4;
      mixAll[voice]! += statements;
      siteMix[sx + voice]! += statements;
      weekMix[wx + voice]! += statements;
      if (voice !== 4) {
        const keyEnd = line.indexOf('\t', pos);
        const nameEnd = line.indexOf('\t', keyEnd + 1);
        const roleEnd = line.indexOf('\t', nameEnd + 1);
        people.add(i, j, kindCode === 111, category, pronoun, quotes, indirect, line.slice(pos, keyEnd), line, keyEnd + 1, nameEnd, roleEnd + 1 < end);
      }
      pos = end + 1;
    }
  }
  const mix = mixOf(mixAll, 0);
  const bySite = new Map<string, SiteMix>();
  siteKeys.forEach((site, x) => bySite.set(site, { site, name: siteName.get(site) ?? site, articles: siteArticles[x]!, mix: mixOf(siteMix, x * 5) }));
  const weeks: WeekMix[] = weekKeys.map((n, x) => ({ week: Number.isNaN(n) ? '0000-00-00' : dayName(n), articles: weekArticles[x]!, mix: mixOf(weekMix, x * 5) }));
  const first = undated ? '0000-00-00' : firstDay === Infinity ? null : dayName(firstDay);
  const last = lastDay === -Infinity ? (undated ? '0000-00-00' : null) : dayName(lastDay);

  const rows = people.rows(siteName);

  // The share by pronoun: each person's statements under the pronoun their articles agree on, per site.
  const shares = new Float64Array(siteKeys.length * 4);
  for (const p of rows) {
    if (p.kind !== 'person') continue;
    const which = p.pronoun === 'she' ? 0 : p.pronoun === 'he' ? 1 : p.pronoun === 'they' ? 2 : 3;
    const refs = p.refs;
    for (let k = 0; k < refs.length; k += 4) shares[siteOf[refs[k]!]! * 4 + which]! += refs[k + 2]!;
  }
  const pronouns = emptyShare();
  const pronounsBySite: SitePronouns[] = [];
  siteKeys.forEach((site, x) => {
    const share: PronounShare = { she: shares[x * 4]!, he: shares[x * 4 + 1]!, they: shares[x * 4 + 2]!, unknown: shares[x * 4 + 3]! };
    if (!shareTotal(share)) return;
    for (const key of PRONOUN_KEYS) pronouns[key] += share[key];
    pronounsBySite.push({ site, name: siteName.get(site) ?? site, share });
  });

  weeks.sort((a, b) => (a.week < b.week ? -1 : 1));
  const statements = mixTotal(mix);
  return {
    articles,
    totals: { articles: articles.length, statements, people: rows.length, sites: bySite.size, unattributed },
    mix,
    bySite: [...bySite.values()].sort((a, b) => b.articles - a.articles || byName(a.name, b.name)),
    byWeek: fillWeeks(weeks),
    pronouns,
    pronounsBySite: pronounsBySite.sort((a, b) => shareTotal(b.share) - shareTotal(a.share) || byName(a.name, b.name)),
    people: rows,
    range: first && last ? { first, last } : null,
    allSites,
  };
}

const PRONOUN_KEYS = ['she', 'he', 'they', 'unknown'] as const;

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

