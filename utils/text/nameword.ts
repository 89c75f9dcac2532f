// Whether a word can be part of a proper name, or is an organisation's word. What the word's text tells is
// read once per lexicon and word, not again at every call: the name readers ask it of the same words many
// times over (each run of names is read forward and backward, from every sieve and every mention).
import type { CompiledLexicon } from '../lexicon';
import { bare, POSSESSIVE_S } from './phrase';
import { isCapitalised, type Token } from './tokens';

/** What a word's text tells: no name, a name only where marked as one (`Token.name`), or a name. */
const NEVER = 0;
const UNLESS_MARKED = 1;
const NAME = 2;

/** Words remembered before the memory starts afresh (the command reads thousands of articles). */
const KNOWN_MAX = 8192;
let knownLex: CompiledLexicon | null = null;
let known = new Map<string, number>();
let orgWords = new Map<string, boolean>();

/** A word that can be part of a proper name. */
export function isNameWord(t: Token | undefined, lex: CompiledLexicon): boolean {
  if (!t || t.kind !== 'word' || t.common || !isCapitalised(t.text)) return false;
  if (lex !== knownLex) useMemoryOf(lex);
  let c = known.get(t.text);
  if (c === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    c = nameWordClass(t.text, lex);
    known.set(t.text, c);
  }
  return c === NAME || (c === UNLESS_MARKED && !!t.name);
}

/** For a capitalised word. */
function nameWordClass(text: string, lex: CompiledLexicon): number {
  // "We’re", "They’ll", "Don’t": contractions are never names.
  if (lex.re.contraction.test(text)) return NEVER;
  const word = text.replace(/['’].*$/, '');
  // "MAY", "SHOULD" in a standards text, "AS" of a drop capital: a function word in capitals is no name.
  if (word.length > 1 && word === word.toUpperCase() && lex.notName.has(word[0] + word.slice(1).toLowerCase())) return NEVER;
  // Listed as no name, unless it stands as one here ("George Will"): see markNameLikeWords.
  if (lex.notName.has(word)) return UNLESS_MARKED;
  // "Twenty-two", "So-called": a word joined to a listed one is no name either ("Jean-Paul" is).
  if (word.includes('-') && lex.notName.has(word.slice(0, word.indexOf('-')))) return UNLESS_MARKED;
  // "Hale Slams Ruiz Over Port", "Ruiz Asked …": an inflected speech verb in a title-case line ends the name.
  const verb = lex.verbs.get(word.toLowerCase());
  return verb && verb.lemma !== word.toLowerCase() ? UNLESS_MARKED : NAME;
}

/** A word of the lexicon's organisation words ("Institute", "Ministry's"). */
export function isOrgWord(word: string, lex: CompiledLexicon): boolean {
  if (lex !== knownLex) useMemoryOf(lex);
  let org = orgWords.get(word);
  if (org === undefined) {
    if (orgWords.size >= KNOWN_MAX) orgWords.clear();
    org = lex.orgWords.has(bare(word.replace(POSSESSIVE_S, '')).toLowerCase());
    orgWords.set(word, org);
  }
  return org;
}

/** Each lexicon keeps its own memory: articles of two languages in turn do not wipe it. */
const memories = new WeakMap<CompiledLexicon, { names: Map<string, number>; orgs: Map<string, boolean> }>();
function useMemoryOf(lex: CompiledLexicon): void {
  let memory = memories.get(lex);
  if (!memory) memories.set(lex, (memory = { names: new Map(), orgs: new Map() }));
  knownLex = lex;
  known = memory.names;
  orgWords = memory.orgs;
}
