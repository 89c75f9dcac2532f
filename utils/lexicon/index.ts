// Lexicons per language, compiled once into the lookups the stages use.
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Lexicon } from './types';

export type { Lexicon } from './types';

const LEXICONS: Record<string, Lexicon> = { en, es, fr };

/** A lexicon with its word lists turned into sets and maps for constant-time lookups. */
export interface CompiledLexicon {
  lang: string;
  raw: Lexicon;
  /** Speech verb form (lower case, may be two words) → lemma and strength. */
  verbs: Map<string, { lemma: string; strength: number }>;
  /** Noun-or-verb forms ("claims", "notes") → lemma and strength; cues only in a verb's context. */
  ambiguous: Map<string, { lemma: string; strength: number }>;
  /** First words of two-word verb forms ("pointed" of "pointed out"). */
  verbHeads: Set<string>;
  titles: Set<string>;
  /** Titles of more than one word, split ("Prime Minister" → ["prime", "minister"]). */
  multiTitles: string[][];
  genderedTitles: Map<string, 'm' | 'f'>;
  roles: Map<string, 'official' | 'expert' | 'other'>;
  orgWords: Set<string>;
  orgNouns: Set<string>;
  notName: Set<string>;
  pronouns: Map<string, 'm' | 'f' | 'n' | 'p'>;
  unnamedHeads: Set<string>;
  namingCues: string[];
  /** Last words of naming cues and naming verbs ("dubbed", "as", "term"): a cheap first test. */
  namingCueEnds: Set<string>;
  /** Matches text ending in a naming verb ("… called"). */
  namingVerb: RegExp;
  invertingVerbs: Set<string>;
  accordingTo: string[];
  /** The same phrases split into words. */
  accordingToWords: string[][];
  /** Those phrases by their first word, for one lookup per token. */
  accordingToByFirst: Map<string, string[][]>;
  particles: Set<string>;
  linkers: Set<string>;
  complementizers: Set<string>;
  determiners: Set<string>;
  adverbs: Set<string>;
}

const compiled = new Map<string, CompiledLexicon>();

/** The lexicon for a language tag ("en-GB" → en); English when the language has none. */
export function lexiconFor(lang: string | null | undefined): CompiledLexicon {
  const key = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const lex = LEXICONS[key] ?? en;
  let c = compiled.get(lex.lang);
  if (!c) {
    c = compile(lex);
    compiled.set(lex.lang, c);
  }
  return c;
}

function compile(lex: Lexicon): CompiledLexicon {
  const verbs = new Map<string, { lemma: string; strength: number }>();
  const verbHeads = new Set<string>();
  for (const [lemma, { forms, strength }] of Object.entries(lex.speechVerbs)) {
    for (const form of forms) {
      const f = form.toLowerCase();
      verbs.set(f, { lemma, strength });
      if (f.includes(' ')) verbHeads.add(f.split(' ')[0]!);
    }
  }
  const ambiguous = new Map<string, { lemma: string; strength: number }>();
  for (const [lemma, forms] of Object.entries(lex.ambiguousVerbs)) {
    const strength = lex.speechVerbs[lemma]?.strength ?? 0.8;
    for (const f of forms) if (!verbs.has(f)) ambiguous.set(f, { lemma, strength });
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    lang: lex.lang,
    raw: lex,
    verbs,
    ambiguous,
    verbHeads,
    titles: lower(lex.titles.filter((t) => !t.includes(' '))),
    multiTitles: lex.titles.filter((t) => t.includes(' ')).map((t) => t.toLowerCase().split(' ')),
    genderedTitles: new Map(Object.entries(lex.genderedTitles).map(([k, v]) => [k.toLowerCase(), v])),
    roles: new Map(Object.entries(lex.roleCategory)),
    orgWords: lower(lex.organizationWords),
    orgNouns: lower(lex.organizationNouns),
    notName: new Set(lex.notNameWords),
    pronouns: new Map(Object.entries(lex.pronouns)),
    unnamedHeads: lower(lex.unnamedHeads),
    namingCues: lex.namingCues.map((x) => x.toLowerCase()),
    namingCueEnds: new Set([...lex.namingCues, ...lex.namingVerbs].map((c) => c.toLowerCase().split(' ').pop()!)),
    namingVerb: new RegExp(`(?:^|[^\\p{L}])(?:${lex.namingVerbs.map(escapeRe).join('|')})$`, 'iu'),
    invertingVerbs: new Set(lex.invertingVerbs),
    accordingTo: lex.accordingTo.map((x) => x.toLowerCase()),
    accordingToWords: lex.accordingTo.map((x) => x.toLowerCase().split(' ')),
    accordingToByFirst: groupByFirst(lex.accordingTo.map((x) => x.toLowerCase().split(' '))),
    particles: lower(lex.nameParticles),
    linkers: lower(lex.titleLinkers),
    complementizers: lower(lex.complementizers),
    determiners: lower(lex.determiners),
    adverbs: lower(lex.adverbs),
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function groupByFirst(phrases: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const words of phrases) {
    const list = out.get(words[0]!);
    if (list) list.push(words);
    else out.set(words[0]!, [words]);
  }
  return out;
}
