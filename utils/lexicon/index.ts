// Lexicons per language, compiled once into the lookups the stages use.
import { en } from './en';
import { languageKey, LEXICONS } from './languages';
import { roleTables } from './roles';
import type { FunctionWords, Lexicon, Patterns } from './types';

export type { Lexicon } from './types';

/** A lexicon with its word lists turned into sets and maps for constant-time lookups. */
export interface CompiledLexicon {
  lang: string;
  raw: Lexicon;
  /** Speech verb form (lower case, may be two words) → lemma and strength. */
  verbs: Map<string, { lemma: string; strength: number }>;
  /** The same, as the answer a reader gets: with the form's length in tokens (shared, read-only). */
  verbHits: ReadonlyMap<string, Readonly<{ len: number; lemma: string; strength: number }>>;
  /** Noun-or-verb forms as such answers. */
  ambiguousHits: ReadonlyMap<string, Readonly<{ len: number; lemma: string; strength: number }>>;
  /** Noun-or-verb forms ("claims", "notes") → lemma and strength; cues only in a verb's context. */
  ambiguous: Map<string, { lemma: string; strength: number }>;
  /** First words of two-word verb forms ("pointed" of "pointed out"). */
  verbHeads: Set<string>;
  titles: Set<string>;
  /** Titles of more than one word, split, by their first word ("prime" → [["prime", "minister"]]), in the lexicon's order. */
  multiTitles: ReadonlyMap<string, readonly string[][]>;
  genderedTitles: Map<string, 'm' | 'f'>;
  roles: Map<string, 'official' | 'expert' | 'other'>;
  /** Occupation and title nouns of the language's role table (generated from WordNet for English), by category. */
  roleNouns: ReadonlyMap<string, 'official' | 'expert' | 'other'>;
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
  /** The function words, each list a set (see `FunctionWords`). */
  w: { readonly [K in keyof FunctionWords]: ReadonlySet<string> };
  /** Word shapes, compiled from the lexicon's endings and lists. */
  re: {
    /** Ends like a present participle: "saying". */
    participle: RegExp;
    /** Ends like a participle or a past form: "saying", "announced". */
    verbForm: RegExp;
    /** Ends like a participle, a past form or an adverb: "smart" is a noun's modifier, "passed" is not. */
    notModifier: RegExp;
    /** Ends like a past form or a plural / third person: "the Marsh report" vs "Marsh said", "Marsh argues". */
    pastOrPlural: RegExp;
    /** Ends like a plural: "Wages", "Majorities" opening a sentence. */
    plural: RegExp;
    /** A lower-case adverb of manner: "quietly". */
    adverb: RegExp;
    /** A capitalised single word that is no name: "Shortly", "Sudanese". */
    notName: RegExp;
    /** A contraction: "We’re", "Don’t". */
    contraction: RegExp;
    /** A contraction carrying a finite verb: "it’s". */
    finiteContraction: RegExp;
    /** A role's leading determiner or possessive: "its chief executive". */
    roleDeterminer: RegExp;
    /** A leading definite article: "the Harbour Authority". */
    definiteArticle: RegExp;
    /** A leading article and a space: "the father of chaos". */
    articleStart: RegExp;
    /** A text that is an honorific alone: "Dr.". */
    honorificOnly: RegExp;
    /** Honorifics inside a text (global). */
    honorificWord: RegExp;
    /** A relative clause's opening word: "who heads…", "which runs…", "that…". */
    relativeStart: RegExp;
    /** A relative clause about a thing: "which runs the ferries". */
    thingRelativeStart: RegExp;
    /** A research body's head or body word, anywhere in a text. */
    researchHead: RegExp;
    researchBody: RegExp;
  };
  patterns: Patterns;
}

/** Pronouns with an auxiliary written onto them, of every language: the tokenizer reads them as two words. */
export const CONTRACTED_PRONOUNS: ReadonlySet<string> = new Set(Object.values(LEXICONS).flatMap((l) => l.words.contractedPronouns));
/** Abbreviations of every language: the tokenizer runs before the language is known. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(Object.values(LEXICONS).flatMap((l) => [...l.words.abbreviations, ...l.words.regionAbbreviations]));

/** A signature line under a quote: "— Jane Marsh", "Jane Marsh, PhD" (a name suffix of any language). */
export const SIGNATURE = new RegExp(
  `^[—–―-]?\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+[\\p{Lu}][\\p{L}.'’\\-]*){0,4}(?:,\\s*(?:${alternation([...new Set(Object.values(LEXICONS).flatMap((l) => l.words.nameSuffixes))])}))?\\.?$`,
  'u',
);

/** Words an apostrophe opens without opening a quote, in any language ("’em", "’90s"). */
export const LEADING_ELISIONS: readonly RegExp[] = Object.values(LEXICONS).flatMap((l) => (l.patterns.leadingElision ? [l.patterns.leadingElision] : []));

const compiled = new Map<string, CompiledLexicon>();

/** The lexicon for a language tag ("en-GB" → en); English when the language has none. */
export function lexiconFor(lang: string | null | undefined): CompiledLexicon {
  const key = languageKey(lang);
  // Own keys only: a page's lang="constructor" names no lexicon.
  const lex = Object.hasOwn(LEXICONS, key) ? LEXICONS[key]! : en;
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
    verbHits: new Map([...verbs].map(([form, v]) => [form, Object.freeze({ len: form.split(' ').length, ...v })])),
    ambiguousHits: new Map([...ambiguous].map(([form, v]) => [form, Object.freeze({ len: 1, ...v })])),
    verbHeads,
    titles: lower(lex.titles.filter((t) => !t.includes(' '))),
    multiTitles: multiWordTitles(lex),
    genderedTitles: new Map(Object.entries(lex.genderedTitles).map(([k, v]) => [k.toLowerCase(), v])),
    roles: new Map(Object.entries(lex.roleCategory)),
    roleNouns: roleTables(lex.lang).roles,
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
    w: Object.fromEntries(Object.entries(lex.words).map(([k, v]) => [k, new Set(v)])) as unknown as CompiledLexicon['w'],
    re: compileShapes(lex),
    patterns: lex.patterns,
  };
}

/** Never matches: a language without such an ending. */
const NEVER = /(?!)/;

function alternation(words: readonly string[]): string {
  return words.map(escapeRe).join('|');
}

function ending(words: readonly string[], flags = ''): RegExp {
  return words.length ? new RegExp(`(?:${alternation(words)})$`, flags) : NEVER;
}

function leading(words: readonly string[], after: string, flags: string): RegExp {
  return words.length ? new RegExp(`^(?:${alternation(words)})${after}`, flags) : NEVER;
}

function compileShapes(lex: Lexicon): CompiledLexicon['re'] {
  const e = lex.endings;
  const w = lex.words;
  const anywhere = (words: readonly string[]) => (words.length ? new RegExp(`\\b(?:${alternation(words)})\\b`, 'i') : NEVER);
  return {
    participle: ending(e.participle),
    verbForm: ending([...e.participle, ...e.past]),
    notModifier: ending([...e.participle, ...e.past, ...e.adverb]),
    pastOrPlural: ending([...e.past, ...e.plural]),
    plural: ending(e.plural),
    adverb: e.adverb.length ? new RegExp(`^\\p{Ll}+(?:${alternation(e.adverb)})$`, 'u') : NEVER,
    notName: e.notName.length ? new RegExp(`^\\p{Lu}\\p{Ll}{3,}(?:${alternation(e.notName)})$`, 'u') : NEVER,
    contraction: e.contraction.length ? new RegExp(`['’](?:${alternation(e.contraction)})$`, 'i') : NEVER,
    finiteContraction: e.finiteContraction.length ? new RegExp(`['’](?:${alternation(e.finiteContraction)})$`) : NEVER,
    roleDeterminer: leading(w.roleDeterminers, '\\s+', 'i'),
    definiteArticle: leading(w.definiteArticles, '\\s+', 'i'),
    articleStart: leading(w.articles, '\\s', ''),
    honorificOnly: leading(w.honorifics, '\\.?$', 'i'),
    honorificWord: w.honorifics.length ? new RegExp(`(^|\\s)(?:${alternation(w.honorifics)})\\.?(?=\\s|$)`, 'g') : /(?!)/g,
    relativeStart: leading([...w.relatives, ...lex.complementizers], '\\b', 'i'),
    thingRelativeStart: leading(w.thingRelatives, '\\b', 'i'),
    researchHead: anywhere(w.researchHeads),
    researchBody: anywhere(w.researchBodies),
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

/**
 * Titles of several words: the lexicon's own ("Prime Minister"), and the roles that join their
 * words with a linker ("Secretary of State", "Chief of Staff"), which stand before a name as one title.
 */
function multiWordTitles(lex: Lexicon): Map<string, string[][]> {
  const linkers = new Set(lex.titleLinkers.map((x) => x.toLowerCase()));
  const linked = (r: string) => r.split(' ').slice(1, -1).some((x) => linkers.has(x));
  const roles = [...Object.keys(lex.roleCategory), ...roleTables(lex.lang).roles.keys()].filter((r) => r.includes(' ') && linked(r));
  const all = new Set([...lex.titles.filter((t) => t.includes(' ')), ...roles].map((t) => t.toLowerCase()));
  return groupByFirst([...all].map((t) => t.split(' ')));
}
