// Speakers across articles: the same person quoted in several articles is one
// entry. With care, because a wrong merge is worse than a missed one:
//
//   - people match on their full name as the articles wrote it, folded (case,
//     accents, apostrophes): "José Núñez" = "Jose Nunez";
//   - a middle name or initial may be there or not ("Jane A. Marsh" = "Jane Marsh"),
//     unless two different middles share the first and last name, when the plain
//     form is ambiguous and nothing is merged;
//   - a surname alone never joins a full name: "Marsh" in one article may be Jane
//     Marsh or Tom Marsh; two people with the same surname always stay apart;
//   - organisations match on their name without "the", or an acronym the article
//     gave for them ("World Health Organization" (WHO) = "WHO");
//   - a person and an organisation never merge; unnamed sources are not people.
import type { Category } from '../types';
import type { Pronoun, SavedArticle, SavedSpeaker, SpeakerKind } from './types';

const MARKS = /\p{M}/gu;
const PART = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’]/g;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

const foldCache = new Map<string, string[]>();
/** "Dr. José O’Brien’s" → ["dr", "jose", "obrien"]: case, accents, apostrophes and a final possessive folded. */
export function foldName(name: string): string[] {
  let out = foldCache.get(name);
  if (out) return out;
  out = [];
  const plain = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/['’]s$/, '');
  for (const m of plain.matchAll(PART)) out.push(m[0].replace(APOSTROPHES, ''));
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(name, out);
  return out;
}

const keyCache = new Map<string, string>();
/** The exact key of a speaker, before the careful merges: kind and folded name. */
export function speakerKey(s: Pick<SavedSpeaker, 'kind' | 'name'>): string {
  const raw = s.kind === 'organization' ? `o:${s.name}` : `p:${s.name}`;
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = `${raw[0]}:${foldName(s.name).join(' ')}`;
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key;
}

/** Where a speaker is: article index and speaker index. */
export type Ref = readonly [article: number, speaker: number];

export interface Identity {
  key: string;
  kind: Exclude<SpeakerKind, 'unnamed'>;
  refs: Ref[];
}

/**
 * Group the named speakers of `articles` into identities. Returns them in no
 * particular order; `refs` point into `articles[i].speakers[j]`.
 */
export function identities(articles: readonly SavedArticle[]): Identity[] {
  const exact = new Map<string, { kind: 'person' | 'organization'; tokens: string[]; refs: Ref[]; acronyms: Set<string> }>();
  articles.forEach((a, i) => {
    a.speakers.forEach((s, j) => {
      if (s.kind === 'unnamed') return;
      const key = speakerKey(s);
      let e = exact.get(key);
      if (!e) exact.set(key, (e = { kind: s.kind, tokens: foldName(s.name), refs: [], acronyms: new Set() }));
      e.refs.push([i, j]);
      if (s.kind === 'organization') for (const alias of s.aliases) if (ACRONYM.test(alias)) e.acronyms.add(`o:${alias.toLowerCase()}`);
    });
  });

  // Union-find over exact keys.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const k of exact.keys()) parent.set(k, k);

  // Organisations: by an acronym given for them, when that acronym is itself a speaker's name elsewhere or shared.
  const byAcronym = new Map<string, string>();
  for (const [key, e] of exact) {
    if (e.kind !== 'organization') continue;
    for (const acr of e.acronyms) {
      if (exact.has(acr) && exact.get(acr)!.kind === 'organization') union(acr, key);
      const seen = byAcronym.get(acr);
      if (seen) union(seen, key);
      else byAcronym.set(acr, key);
    }
  }

  // People: first and last name equal, middles compatible, and no ambiguity.
  const byEnds = new Map<string, string[]>();
  for (const [key, e] of exact) {
    if (e.kind !== 'person' || e.tokens.length < 2) continue;
    const ends = `${e.tokens[0]} ${e.tokens.at(-1)}`;
    const list = byEnds.get(ends);
    if (list) list.push(key);
    else byEnds.set(ends, [key]);
  }
  for (const keys of byEnds.values()) {
    if (keys.length < 2) continue;
    const middles = keys.map((k) => exact.get(k)!.tokens.slice(1, -1)).filter((m) => m.length > 0);
    const compatible = middles.every((m) => middles.every((n) => middleAgrees(m, n)));
    if (!compatible) continue;
    for (const k of keys.slice(1)) union(keys[0]!, k);
  }

  const groups = new Map<string, Identity>();
  for (const [key, e] of exact) {
    const root = find(key);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { key: root, kind: e.kind, refs: [] }));
    for (const r of e.refs) g.refs.push(r);
  }
  return [...groups.values()];
}

/** "a" agrees with "ann", "ann" with "ann", "ann" not with "beth"; different lengths agree on what both have. */
function middleAgrees(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) continue;
    return false;
  }
  return true;
}

// ---- Rows for the dashboard: one per identity, with what the articles said of them ----

export interface PersonRow {
  key: string;
  name: string;
  kind: 'person' | 'organization';
  /** Statements (quotes + paraphrases) across the articles in range. */
  statements: number;
  quotes: number;
  articles: number;
  /** How many articles gave each category. */
  categories: Partial<Record<Category, number>>;
  /** Sites that quote them, most often first. */
  sites: { site: string; name: string; articles: number }[];
  /** The roles the articles gave, most frequent first. */
  roles: string[];
  /** Other names they were given. */
  aliases: string[];
  /** The pronoun the articles agree on, null when none says or they disagree (used in the totals only). */
  pronoun: Pronoun | null;
  refs: Ref[];
  /** Folded name and aliases, for search. */
  search: string;
}

/** Names in a fixed order for ties: by code unit, which is fast (a locale-aware order would cost ~1 µs a pair). */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** People and organisations across `articles`, most statements first. */
export function peopleOf(articles: readonly SavedArticle[], siteName: ReadonlyMap<string, string> = new Map()): PersonRow[] {
  const rows: PersonRow[] = [];
  for (const id of identities(articles)) {
    const names = new Map<string, number>();
    const roles = new Map<string, number>();
    const sites = new Map<string, number>();
    const aliases = new Set<string>();
    const categories: Partial<Record<Category, number>> = {};
    const pronouns = new Set<Pronoun>();
    const seenArticles = new Set<number>();
    let statements = 0;
    let quotes = 0;
    for (let k = 0; k < id.refs.length; k++) {
      const i = id.refs[k]![0];
      const a = articles[i]!;
      const s = a.speakers[id.refs[k]![1]]!;
      names.set(s.name, (names.get(s.name) ?? 0) + 1);
      if (s.description) roles.set(s.description, (roles.get(s.description) ?? 0) + 1);
      for (let x = 0; x < s.aliases.length; x++) aliases.add(s.aliases[x]!);
      statements += s.quotes + s.indirect;
      quotes += s.quotes;
      if (!seenArticles.has(i)) {
        seenArticles.add(i);
        sites.set(a.site, (sites.get(a.site) ?? 0) + 1);
        categories[s.category] = (categories[s.category] ?? 0) + 1;
      }
      if (s.pronoun) pronouns.add(s.pronoun);
    }
    const name = mostFrequent(names);
    aliases.delete(name);
    for (const n of names.keys()) if (n !== name) aliases.add(n);
    rows.push({
      key: id.key, name, kind: id.kind, statements, quotes, articles: seenArticles.size, categories,
      sites: [...sites].sort((x, y) => y[1] - x[1]).map(([site, n]) => ({ site, name: siteName.get(site) ?? site, articles: n })),
      roles: [...roles].sort((x, y) => y[1] - x[1]).map(([r]) => r),
      aliases: [...aliases],
      pronoun: pronouns.size === 1 ? [...pronouns][0]! : null,
      refs: id.refs,
      search: [name, ...aliases].map((n) => foldName(n).join(' ')).join(' | '),
    });
  }
  return rows.sort((a, b) => b.statements - a.statements || b.articles - a.articles || byName(a.name, b.name));
}

/** The most frequent key; ties go to the longest (the fullest name). */
function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [k, n] of counts) if (n > bestN || (n === bestN && k.length > best.length)) [best, bestN] = [k, n];
  return best;
}

/** People whose name or aliases contain every word of `query` (folded like names). */
export function searchPeople(people: readonly PersonRow[], query: string): PersonRow[] {
  const words = foldName(query);
  if (!words.length) return [...people];
  return people.filter((p) => words.every((w) => p.search.includes(w)));
}

/** The main category of a person: the one most of their articles gave. */
export function mainCategory(p: Pick<PersonRow, 'categories'>): Category {
  let best: Category = 'other';
  let n = -1;
  for (const [c, k] of Object.entries(p.categories) as [Category, number][]) if (k > n) [best, n] = [c, k];
  return best;
}
