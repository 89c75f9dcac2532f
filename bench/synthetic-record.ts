// Synthetic saved articles for the record's tests and the dashboard bench:
// deterministic (seeded), shaped like real reading (a few sites read often, many
// rarely; people quoted across sites; officials and experts most quoted), with
// the hard cases for merging built in: people who share a surname, names with and
// without a middle initial, organisations with an acronym. All names are made up.
import type { Category, QuoteKind } from '../utils/types';
import type { Pronoun, RecordEntry, SavedQuote, SavedSpeaker } from '../utils/record/types';
import { prng as rng } from './prng.mjs';

const FIRST = ['Ada', 'Bram', 'Chiara', 'Dev', 'Elin', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kalani', 'Leif', 'Mira', 'Nuno', 'Oona', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tove', 'Uma', 'Viktor', 'Wren', 'Xiu', 'Yara', 'Zoltan'];
const LAST = ['Marsh', 'Okafor', 'Lindqvist', 'Duarte', 'Haldane', 'Ferreira', 'Novak', 'Achterberg', 'Brennan', 'Castellano', 'Dufresne', 'Eriksen', 'Fontaine', 'Gallo', 'Hollis', 'Ivanova', 'Jaramillo', 'Kowalczyk', 'Lachance', 'Moreau', 'Nakamura', 'Oyelaran', 'Petrakis', 'Quist', 'Rasmussen', 'Sorensen', 'Takahashi', 'Urquhart', 'Valdivia', 'Whitlock'];
const ORG_WORDS = ['Harbour', 'Regional', 'National', 'Northern', 'Coastal', 'Federal', 'United', 'Civic', 'Public', 'Rural'];
const ORG_HEADS = ['Authority', 'Council', 'Institute', 'Agency', 'Union', 'Foundation', 'Commission', 'Board', 'Association', 'Trust'];
const ROLES: Record<Category, string[]> = {
  official: ['the mayor', 'a minister', 'a council spokesperson', 'the health secretary', 'a senator', 'the police chief'],
  expert: ['a hydrologist at a university', 'an economist', 'a professor of law', 'an epidemiologist', 'a climate scientist', 'a historian'],
  organization: ['the regulator', 'a trade body', 'the operator'],
  other: ['a resident', 'a shop owner', 'a commuter', 'a nurse', 'a teacher', 'a student'],
};
const UNNAMED = ['a senior official', 'people familiar with the matter', 'a government source', 'a person close to the talks'];
const WORDS = ['the', 'plan', 'will', 'cost', 'more', 'than', 'we', 'were', 'told', 'and', 'nobody', 'has', 'explained', 'why', 'river', 'bridge', 'budget', 'vote', 'clinic', 'school', 'prices', 'safe', 'never', 'again', 'today', 'risk', 'data', 'clear', 'expect', 'months'];


interface Person {
  name: string;
  variants: string[];
  kind: 'person' | 'organization';
  category: Category;
  pronoun: Pronoun | null;
  aliases: string[];
}

export interface SyntheticOptions {
  seed?: number;
  /** Latest reading time; the articles spread over the `days` before it. */
  end?: string;
  days?: number;
  sites?: number;
  people?: number;
}

/** `n` saved articles with their quotes. */
export function syntheticRecord(n: number, options: SyntheticOptions = {}): RecordEntry[] {
  const r = rng(options.seed ?? 12);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // Zipf-like: a few items often, many rarely.
  const zipf = (count: number) => Math.min(count - 1, Math.floor(count * r() ** 2.2));
  const end = Date.parse(options.end ?? '2026-11-30T18:00:00Z');
  const days = options.days ?? 365;
  const siteCount = options.sites ?? 40;
  const sites = Array.from({ length: siteCount }, (_, i) => ({ host: `news${i + 1}.example`, name: `The ${pick(ORG_WORDS)} Courier ${i + 1}` }));

  const people: Person[] = [];
  const total = options.people ?? 2500;
  for (let i = 0; i < total; i++) {
    if (i % 9 === 0) {
      const full = `${pick(ORG_WORDS)} ${pick(LAST)} ${pick(ORG_HEADS)}`;
      const acronym = full.split(' ').map((w) => w[0]).join('');
      people.push({ name: full, variants: [full, full], kind: 'organization', category: 'organization', pronoun: null, aliases: r() < 0.5 ? [acronym] : [] });
      continue;
    }
    const first = pick(FIRST);
    const last = LAST[i % LAST.length]!; // many people share a surname
    const initial = String.fromCharCode(65 + Math.floor(r() * 26));
    const name = `${first} ${last}`;
    const x = r();
    const category: Category = x < 0.35 ? 'official' : x < 0.65 ? 'expert' : x < 0.7 ? 'organization' : 'other';
    const y = r();
    const pronoun: Pronoun | null = y < 0.38 ? 'he' : y < 0.7 ? 'she' : y < 0.72 ? 'they' : null;
    people.push({ name, variants: r() < 0.2 ? [name, `${first} ${initial}. ${last}`] : [name], kind: 'person', category: category === 'organization' ? 'official' : category, pronoun, aliases: [last] });
  }

  const out: RecordEntry[] = [];
  for (let i = 0; i < n; i++) {
    const site = sites[zipf(siteCount)]!;
    const savedAt = new Date(end - Math.floor(r() * days * 86_400_000)).toISOString();
    const speakers: SavedSpeaker[] = [];
    const quotes: SavedQuote[] = [];
    const used = new Set<number>();
    const speakerCount = 1 + Math.floor(r() * 7);
    for (let k = 0; k < speakerCount; k++) {
      const p = zipf(people.length);
      if (used.has(p)) continue;
      used.add(p);
      const who = people[p]!;
      const q = 1 + Math.floor(r() * 3);
      const ind = Math.floor(r() * 2);
      speakers.push({
        name: pick(who.variants), aliases: who.aliases, kind: who.kind, description: pick(ROLES[who.category]), category: who.category,
        pronoun: who.kind === 'person' && r() < 0.8 ? who.pronoun : null, quotes: q, indirect: ind,
      });
      for (let j = 0; j < q + ind; j++) quotes.push({ speaker: speakers.length - 1, kind: (j < q ? (r() < 0.8 ? 'direct' : 'partial') : 'indirect') as QuoteKind, text: sentence(r, pick) });
    }
    if (r() < 0.3) {
      speakers.push({ name: pick(UNNAMED), aliases: [], kind: 'unnamed', description: null, category: r() < 0.6 ? 'official' : 'other', pronoun: null, quotes: 1, indirect: 0 });
      quotes.push({ speaker: speakers.length - 1, kind: 'direct', text: sentence(r, pick) });
    }
    const unattributed = r() < 0.2 ? 1 : 0;
    if (unattributed) quotes.push({ speaker: null, kind: 'direct', text: sentence(r, pick) });
    const slug = Array.from({ length: 4 }, () => pick(WORDS)).join('-');
    const url = `https://${site.host}/${savedAt.slice(0, 10).replace(/-/g, '/')}/${slug}-${i}`;
    out.push({
      article: {
        id: url, url, site: site.host, siteName: site.name, title: capital(Array.from({ length: 8 }, () => pick(WORDS)).join(' ')),
        byline: `${pick(FIRST)} ${pick(LAST)}`, publishedTime: savedAt, lang: 'en', savedAt, speakers, unattributed,
      },
      quotes,
    });
  }
  return out;
}

function sentence(r: () => number, pick: <T>(xs: readonly T[]) => T): string {
  const n = 8 + Math.floor(r() * 22);
  return `${capital(Array.from({ length: n }, () => pick(WORDS)).join(' '))}.`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
