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
//
// Built in one pass (aggregate.ts calls add() for each named speaker of the
// articles in range, scanning the digests): speakers are gathered under their
// exact key (folded when the article was saved), then the few thousand distinct
// keys are merged with the rules above, then one row per identity. Sites, roles,
// aliases and the search text are read only for the people asked for
// (detailsOf: the rows on screen, a search).
import type { Category } from '../types';
import { ALIAS_SEPARATOR, ALIASES, lineField, type ArticleDigest } from './digest';
import { byName } from './names';
import type { Pronoun } from './types';

export { byName, foldName, speakerKey } from './names';

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;
const CATEGORIES: readonly Category[] = ['official', 'expert', 'organization', 'other'];

export interface PersonRow {
  /** The exact key (folded name) of one of their names. */
  key: string;
  name: string;
  kind: 'person' | 'organization';
  /** Statements (quotes + paraphrases) across the articles in range. */
  statements: number;
  quotes: number;
  articles: number;
  /** How many articles gave each category. */
  categories: Partial<Record<Category, number>>;
  /** The pronoun the articles agree on, null when none says or they disagree (used in the totals only). */
  pronoun: Pronoun | null;
  /**
   * Where they speak, flat, four numbers a place: index of the article in the
   * view's articles, index of the speaker in it, statements there, category
   * there (CATEGORY_INDEX). Read with refsOf().
   */
  refs: readonly number[];
  /** The articles `refs` point into, and the sites' names (shared by all rows of a view; see detailsOf). */
  source: PeopleSource;
}

export interface PeopleSource {
  articles: readonly ArticleDigest[];
  siteName: ReadonlyMap<string, string>;
}

/** A person's places as [article index, speaker index] pairs. */
export function refsOf(p: Pick<PersonRow, 'refs'>): [article: number, speaker: number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < p.refs.length; k += 4) out.push([p.refs[k]!, p.refs[k + 1]!]);
  return out;
}

/** Everything said under one exact key. */
interface Exact {
  key: string;
  kind: 'person' | 'organization';
  /** Quads: article index, speaker index, statements, category index. */
  refs: number[];
  /** The first name seen (the newest reading's), and counts once another spelling shows up. */
  name: string;
  names: Map<string, number> | null;
  /** Articles whose speaker line gives aliases (read for the acronym merges of organisations). */
  aliased: number[] | null;
  /** Bits: 1 he, 2 she, 4 they. */
  pronouns: number;
  statements: number;
  quotes: number;
}

export const CATEGORY_INDEX = { official: 0, expert: 1, organization: 2, other: 3 } as const;
export const PRONOUN_BIT = { he: 1, she: 2, they: 4 } as const;

export class PeopleBuilder {
  private readonly exact = new Map<string, Exact>();

  constructor(private readonly articles: readonly ArticleDigest[]) {}

  /**
   * The `j`-th speaker of article `i`, named: `category` as CATEGORY_INDEX,
   * `pronoun` as PRONOUN_BIT (0 when unsaid), `key` its exact key, its name
   * `line.slice(nameStart, nameEnd)` (cut only when it is a new spelling),
   * `aliased` when its line lists aliases.
   */
  add(i: number, j: number, organization: boolean, category: number, pronoun: number, quotes: number, indirect: number, key: string, line: string, nameStart: number, nameEnd: number, aliased: boolean): void {
    let e = this.exact.get(key);
    if (!e) {
      e = { key, kind: organization ? 'organization' : 'person', refs: [], name: line.slice(nameStart, nameEnd), names: null, aliased: null, pronouns: 0, statements: 0, quotes: 0 };
      this.exact.set(key, e);
    } else if (e.names || nameEnd - nameStart !== e.name.length || !line.startsWith(e.name, nameStart)) {
      const name = line.slice(nameStart, nameEnd);
      if (!e.names) e.names = new Map([[e.name, e.refs.length / 4]]);
      e.names.set(name, (e.names.get(name) ?? 0) + 1);
    }
    const n = quotes + indirect;
    e.refs.push(i, j, n, category);
    if (aliased && organization) (e.aliased ??= []).push(i, j);
    e.pronouns |= pronoun;
    e.statements += n;
    e.quotes += quotes;
  }

  /** Exact keys grouped into identities (each group's keys). */
  private groups(): Exact[][] {
    const exact = this.exact;
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
      if (!e.aliased) continue;
      const acronyms = new Set<string>();
      const seen = new Set<string>();
      for (let k = 0; k < e.aliased.length; k += 2) {
        const field = lineField(this.articles[e.aliased[k]!]!, e.aliased[k + 1]!, ALIASES);
        if (seen.has(field)) continue;
        seen.add(field);
        for (const alias of field.split(ALIAS_SEPARATOR)) if (ACRONYM.test(alias)) acronyms.add(`o:${alias.toLowerCase()}`);
      }
      for (const acr of acronyms) {
        if (exact.get(acr)?.kind === 'organization') union(acr, key);
        const seen = byAcronym.get(acr);
        if (seen) union(seen, key);
        else byAcronym.set(acr, key);
      }
    }

    // People: first and last name equal, middles compatible, and no ambiguity.
    const byEnds = new Map<string, { key: string; middle: string[] }[]>();
    for (const [key, e] of exact) {
      if (e.kind !== 'person') continue;
      const tokens = key.slice(2).split(' ');
      if (tokens.length < 2) continue;
      const ends = `${tokens[0]} ${tokens.at(-1)}`;
      const item = { key, middle: tokens.slice(1, -1) };
      const list = byEnds.get(ends);
      if (list) list.push(item);
      else byEnds.set(ends, [item]);
    }
    for (const list of byEnds.values()) {
      if (list.length < 2) continue;
      const middles = list.map((x) => x.middle).filter((m) => m.length > 0);
      if (!middles.every((m) => middles.every((n) => middleAgrees(m, n)))) continue;
      for (const x of list.slice(1)) union(list[0]!.key, x.key);
    }

    const groups = new Map<string, Exact[]>();
    for (const [key, e] of exact) {
      const root = find(key);
      const g = groups.get(root);
      if (g) g.push(e);
      else groups.set(root, [e]);
    }
    return [...groups.values()];
  }

  /**
   * One row per identity, most statements first. `siteName` names sites.
   */
  rows(siteName: ReadonlyMap<string, string> = new Map()): PersonRow[] {
    const rows: PersonRow[] = [];
    const source: PeopleSource = { articles: this.articles, siteName };
    for (const group of this.groups()) {
      const first = group[0]!;
      let { refs, statements, quotes, pronouns } = first;
      let names = first.names;
      if (group.length > 1) {
        refs = [];
        names = new Map();
        statements = quotes = pronouns = 0;
        for (const e of group) {
          for (const r of e.refs) refs.push(r);
          if (e.names) for (const [k, n] of e.names) names.set(k, (names.get(k) ?? 0) + n);
          else names.set(e.name, (names.get(e.name) ?? 0) + e.refs.length / 4);
          statements += e.statements;
          quotes += e.quotes;
          pronouns |= e.pronouns;
        }
      }
      // Per article (a group's refs are in article order only when it has one key): the category each gave.
      const seen = group.length === 1 ? null : new Set<number>();
      const categoryCounts = [0, 0, 0, 0];
      let last = -1;
      for (let k = 0; k < refs.length; k += 4) {
        const i = refs[k]!;
        if (seen ? seen.has(i) : i === last) continue;
        seen?.add(i);
        last = i;
        categoryCounts[refs[k + 3]!]!++;
      }
      const categories: Partial<Record<Category, number>> = {};
      let articles = 0;
      for (let c = 0; c < 4; c++) {
        if (!categoryCounts[c]) continue;
        categories[CATEGORIES[c]!] = categoryCounts[c];
        articles += categoryCounts[c]!;
      }
      const row: PersonRow = {
        key: first.key, name: names && names.size > 1 ? mostFrequent(names) : first.name, kind: first.kind, statements, quotes, articles, categories,
        pronoun: pronouns === 1 ? 'he' : pronouns === 2 ? 'she' : pronouns === 4 ? 'they' : null,
        refs, source,
      };
      rows.push(row);
    }
    return rows.sort((a, b) => b.statements - a.statements || b.articles - a.articles || byName(a.name, b.name));
  }
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

/** The most frequent key; ties go to the longest (the fullest name). */
function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [k, n] of counts) if (n > bestN || (n === bestN && k.length > best.length)) [best, bestN] = [k, n];
  return best;
}

/** The main category of a person: the one most of their articles gave. */
export function mainCategory(p: Pick<PersonRow, 'categories'>): Category {
  let best: Category = 'other';
  let n = -1;
  for (const [c, k] of Object.entries(p.categories) as [Category, number][]) if (k > n) [best, n] = [c, k];
  return best;
}
