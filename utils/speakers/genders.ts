// Genders of the article's names, for pronouns: what first names tell, what the
// article itself tells (titles, pronouns right after a name, a first name used
// alone), and what earlier pronouns taught. Never guessed from anything else.
import type { CompiledLexicon } from '../lexicon';
import { firstNameGenderOf } from '../text/names';
import { isSubject, type NameMention } from './mentions';
import { containsName, nameTokens } from './names';
import type { ResolveState } from './resolve';

/**
 * The gender a person's name tells: a known first name, or the first name of the
 * fuller form the article gives ("Brandt" after "Helen Brandt"). When first names
 * say nothing, what the article says of the name: a title or a pronoun right
 * after it ("Ms. Okoro", "Okoro said her …"), or, for a first name used alone
 * ("Rachel" after "Rachel Stone"), that first name.
 */
export function nameGender(name: string, mentions: readonly NameMention[], lex: CompiledLexicon): 'm' | 'f' | null {
  // Asked for every candidate of every pronoun: once per name and article (it reads the article's caches below).
  let known = genderCache.get(mentions);
  if (!known) genderCache.set(mentions, (known = new Map()));
  let g = known.get(name);
  if (g === undefined) known.set(name, (g = genderOfName(name, mentions, lex)));
  return g;
}
const genderCache = new WeakMap<readonly NameMention[], Map<string, 'm' | 'f' | null>>();

function genderOfName(name: string, mentions: readonly NameMention[], lex: CompiledLexicon): 'm' | 'f' | null {
  const tokens = nameTokens(name);
  if (tokens.length > 1) return firstNameGenderOf(tokens, lex) ?? articleGenders(mentions, lex).told.get(tokens.join(' ')) ?? null;
  const word = tokens[0] ?? '';
  const seen = surnameGenders(mentions, lex).get(word);
  if (seen) return seen.size === 1 ? [...seen][0]! : null;
  const { told, firstNames } = articleGenders(mentions, lex);
  return firstNames.get(word) ?? told.get(word) ?? null;
}

/**
 * "Chris Murphy" and "Anne Marie Murphy" in one article, then "Murphy … he said": a surname that people
 * of both genders share names the one of them whose first name agrees with the pronoun, when only one does.
 */
export function sharedSurname(tokens: readonly string[], gender: 'm' | 'f', mentions: readonly NameMention[], lex: CompiledLexicon): string | null {
  if (tokens.length !== 1 || surnameGenders(mentions, lex).get(tokens[0]!)?.size !== 2) return null;
  let found: string | null = null;
  let key: string | null = null;
  for (const m of mentions) {
    if (m.np.type !== 'person' || m.tokens.length < 2 || !m.tokens.slice(1).includes(tokens[0]!)) continue;
    if ((m.np.gender ?? firstNameGenderOf(m.tokens, lex)) !== gender) continue;
    const k = m.tokens.join(' ');
    if (key && !containsName(m.tokens, nameTokens(found!)) && !containsName(nameTokens(found!), m.tokens)) return null;
    if (!key || k.length > key.length) {
      key = k;
      found = m.np.name!;
    }
  }
  return found;
}

/** For each word of the article's person names of two words or more, the genders their first names tell; built once per article. */
const surnameCache = new WeakMap<readonly NameMention[], Map<string, Set<'m' | 'f'>>>();
function surnameGenders(mentions: readonly NameMention[], lex: CompiledLexicon): Map<string, Set<'m' | 'f'>> {
  const known = surnameCache.get(mentions);
  if (known) return known;
  const index = new Map<string, Set<'m' | 'f'>>();
  const add = (tokens: readonly string[], g: 'm' | 'f' | null) => {
    if (!g) return;
    for (const t of tokens.slice(1)) {
      const set = index.get(t);
      if (set) set.add(g);
      else index.set(t, new Set([g]));
    }
  };
  for (const m of mentions) {
    // Full names inside an appositive tell their surname's gender too ("Ruiz, who campaigns for Victor Varga,").
    for (const inner of m.innerNames ?? []) add(inner, firstNameGenderOf(inner, lex));
    if (m.np.type !== 'person' || m.tokens.length < 2) continue;
    add(m.tokens, m.np.gender ?? firstNameGenderOf(m.tokens, lex));
  }
  surnameCache.set(mentions, index);
  return index;
}

/** How much a title weighs against a pronoun after the name, and the share of the evidence the winner needs. */
const TOLD = { title: 3, pronoun: 1, agreement: 0.75 };

/**
 * What the article itself says of its names' genders, built once per article.
 * `told`: for a full name and for its surname, the gender that titles and the
 * pronouns right after its mentions agree on. `firstNames`: a word that opens
 * the article's full names and ends none, with the gender of that first name.
 */
const toldCache = new WeakMap<readonly NameMention[], { told: Map<string, 'm' | 'f'>; firstNames: Map<string, 'm' | 'f'> }>();
function articleGenders(mentions: readonly NameMention[], lex: CompiledLexicon): { told: Map<string, 'm' | 'f'>; firstNames: Map<string, 'm' | 'f'> } {
  let cached = toldCache.get(mentions);
  if (cached) return cached;
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (key: string, g: 'm' | 'f', weight: number) => {
    const v = votes.get(key) ?? { m: 0, f: 0 };
    v[g] += weight;
    votes.set(key, v);
  };
  const opening = new Map<string, Set<'m' | 'f' | null>>();
  const later = new Set<string>();
  for (const m of mentions) {
    if (m.np.type !== 'person' || m.modifier || !m.tokens.length) continue;
    const keys = m.tokens.length > 1 ? [m.tokens.join(' '), m.tokens[m.tokens.length - 1]!] : [m.tokens[0]!];
    for (const key of keys) {
      if (m.np.gender) vote(key, m.np.gender, TOLD.title);
      // Only after a subject: "Obama, who he noted …", "on Broad Street. He said …" tell nothing of the name.
      if (m.pronounAfter && isSubject(m) && !m.place) vote(key, m.pronounAfter, TOLD.pronoun);
    }
    if (m.tokens.length > 1) {
      const set = opening.get(m.tokens[0]!) ?? new Set();
      set.add(firstNameGenderOf(m.tokens, lex));
      opening.set(m.tokens[0]!, set);
      for (const t of m.tokens.slice(1)) later.add(t);
    }
  }
  const told = new Map<string, 'm' | 'f'>();
  for (const [key, v] of votes) {
    if (v.m >= TOLD.agreement * (v.m + v.f)) told.set(key, 'm');
    else if (v.f >= TOLD.agreement * (v.m + v.f)) told.set(key, 'f');
  }
  const firstNames = new Map<string, 'm' | 'f'>();
  for (const [word, genders] of opening) {
    const g = [...genders][0];
    if (genders.size === 1 && g && !later.has(word)) firstNames.set(word, g);
  }
  cached = { told, firstNames };
  toldCache.set(mentions, cached);
  return cached;
}

/**
 * The gender learnt from a pronoun that referred to this name or to a fuller form
 * of it ("Marsh" after "she" meant "Jane Marsh"). From a shorter form only when the
 * article names one person that way: after "Trump … he said", "Ivanka Trump" is
 * still unknown when the article also names another Trump.
 */
export function learntGender(name: string, state: ResolveState, mentions: readonly NameMention[]): 'm' | 'f' | null {
  const tokens = nameTokens(name);
  for (const [n, g] of state.gender) {
    const other = nameTokens(n);
    if (containsName(other, tokens)) return g;
    if (containsName(tokens, other) && fullNamesWith(other, mentions) <= 1) return g;
  }
  return null;
}

/** How many different names of two words or more the article gives people that contain these words. */
function fullNamesWith(words: readonly string[], mentions: readonly NameMention[]): number {
  const seen = new Set<string>();
  for (const m of mentions) if (m.np.type === 'person' && m.tokens.length > words.length && containsName(m.tokens, words)) seen.add(m.tokens.join(' '));
  return seen.size;
}
