// Noun phrases next to a speech verb: who is speaking. No tagger: news
// attribution uses few shapes, and these readers know them.
//
//   name        Dr Jane Marsh · Chinese President Xi Jinping · the Food Safety Agency
//   appositive  Jane Marsh, a professor of engineering at Westmere, said
//   pronoun     he said · said she
//   description the minister said · said a spokeswoman for the council
import type { CompiledLexicon } from '../lexicon';
import type { Mention } from '../types';
import { isCapitalised, type Token } from './tokens';

export interface NounPhrase {
  /** Token range [from, to) of the whole phrase, appositive included. */
  from: number;
  to: number;
  type: Mention['type'];
  /** Title-stripped name for names; null otherwise. */
  name: string | null;
  /** The words as written (without the appositive). */
  text: string;
  /** Title or role words before the name ("Chinese President"), or the appositive. */
  role: string | null;
  /** The appositive after the name, if any ("a professor of engineering at Westmere"). */
  appositive: string | null;
  gender: 'm' | 'f' | null;
  /** For descriptions: the head noun ("president", "company"). */
  head: string | null;
}

const POSSESSIVE = /['’]s?$/;
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;
/** Letters after a name that are degrees or suffixes, not part of the name ("Jane Marsh, MD"). */
const NAME_SUFFIX = /^(?:MD|M\.D\.|PhD|Ph\.D\.|Jr\.?|Sr\.?|II|III|IV|QC|KC|MP|MBE|OBE|CBE|RN|DDS|Esq\.?)$/;

/**
 * Capitalised single words that are not names: adverbs opening a sentence
 * ("Shortly"), demonyms and group nouns ("Sudanese", "Islamists", "Republicans").
 */
const NOT_A_NAME = /^\p{Lu}\p{Ll}{3,}(?:ly|ese|ists?|ans|ians)$/u;

/** Prepositions before a place name: "officials in Westmere". */
const LOCATIVE_BEFORE = new Set(['in', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'around', 'en']);

/** Words that end a description read forward: clauses and prepositional phrases. */
const DESCRIPTION_STOP = new Set(['who', 'which', 'that', 'and', 'but', 'while', 'as', 'when', 'in', 'on', 'at', 'after', 'before', 'during', 'from', 'by']);

/** Written things whose author is the source: "a statement from X". */
const DOCUMENTS = new Set(['statement', 'report', 'release', 'letter', 'filing', 'post', 'memo', 'note', 'email', 'comunicado', 'informe']);

/** A party and state after a lawmaker's name: "R-Texas", "D-N.Y.". */
const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/** Forms of "be" before a progressive cue. */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'am', 'estaba', 'estaban', 'está', 'están']);

/** Prepositions whose object is not followed by an appositive of it. */
const PREPOSITIONS = new Set(['for', 'to', 'with', 'about', 'against', 'like', 'unlike', 'than', 'on', 'in', 'at', 'from', 'by', 'para', 'con', 'por']);

/** Prepositions that tie a person to a place or an organisation after the name. */
const OF_LIKE = new Set(['of', 'from', 'at', 'de', 'del']);

const lower = (t: Token | undefined) => (t && t.kind === 'word' ? t.low ?? t.text.toLowerCase() : '');
const bare = (w: string) => w.replace(/\.$/, '');

export function isTitle(word: string, lex: CompiledLexicon): boolean {
  return lex.titles.has(bare(word).toLowerCase());
}

function isRoleWord(word: string, lex: CompiledLexicon): boolean {
  const w = bare(word).toLowerCase();
  return lex.roles.has(w) || lex.titles.has(w);
}

/** Length of a multi-word title starting at token k ("Prime Minister" → 2), or 0. */
function multiTitleAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  for (const parts of lex.multiTitles) {
    let ok = true;
    for (let p = 0; p < parts.length; p++) {
      if (lower(tokens[k + p]) !== parts[p]) {
        ok = false;
        break;
      }
    }
    if (ok) return parts.length;
  }
  return 0;
}

/** A word that can be part of a proper name. */
export function isNameWord(t: Token | undefined, lex: CompiledLexicon): boolean {
  if (!t || t.kind !== 'word') return false;
  if (!isCapitalised(t.text)) return false;
  // "We’re", "They’ll", "Don’t": contractions are never names.
  return !CONTRACTION.test(t.text) && !lex.notName.has(t.text.replace(/['’].*$/, ''));
}
const CONTRACTION = /['’](?:re|ll|ve|d|m|t)$/i;

/** A speech verb form at token k: its length in tokens, lemma and strength. */
export function verbAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): { len: number; lemma: string; strength: number } | null {
  // Every stage asks about the same tokens: the answer is kept on the token.
  const t = tokens[k];
  if (!t) return null;
  if (t.verb !== undefined) return t.verb;
  return (t.verb = lookUpVerb(tokens, k, lex));
}

function lookUpVerb(tokens: readonly Token[], k: number, lex: CompiledLexicon): { len: number; lemma: string; strength: number } | null {
  const w = lower(tokens[k]);
  if (!w) return null;
  if (lex.verbHeads.has(w)) {
    const two = `${w} ${lower(tokens[k + 1])}`;
    const hit = lex.verbs.get(two);
    if (hit) return { len: 2, ...hit };
  }
  const hit = lex.verbs.get(w);
  if (hit) return { len: 1, ...hit };
  const maybe = lex.ambiguous.get(w);
  if (maybe && (lex.complementizers.has(lower(tokens[k + 1])) || lex.pronouns.has(lower(tokens[k - 1])))) return { len: 1, ...maybe };
  return null;
}

/**
 * A run of name words forward from k: "Dr Jane Marsh", "Institute for Coastal Studies".
 * Returns the end (exclusive) or k when there is no name.
 */
function nameRunForward(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  let j = k;
  let lastName = k;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isNameWord(t, lex)) {
      if (j === k && lex.notName.has(t.text) && !isTitle(t.text, lex)) break;
      j++;
      lastName = j;
      if (POSSESSIVE.test(t.text) && /['’]s$/.test(t.text) && j > k) break; // "China’s" ends a run
      continue;
    }
    const w = lower(t);
    // Particles and linkers inside names: "Ludwig van Beethoven", "Institute for Defence Studies".
    if (j > k && (lex.particles.has(w) || lex.linkers.has(w)) && isNameWord(tokens[j + 1], lex)) {
      j++;
      continue;
    }
    break;
  }
  return cutAtLinker(tokens, k, lastName, lex);
}

/** Linkers belong inside organisation names only: "Institute for Coastal Studies", not "Jane Marsh of Westmere". */
function cutAtLinker(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): number {
  let firstLinker = -1;
  let org = false;
  let orgBefore = false;
  let nameBefore = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (!isNameWord(t, lex)) {
      if (firstLinker < 0) firstLinker = j;
    } else {
      const isOrg = lex.orgWords.has(bare(t.text.replace(/['’]s$/, '')).toLowerCase());
      if (isOrg) org = true;
      if (firstLinker < 0) {
        if (isOrg) orgBefore = true;
        else if (!isTitle(t.text, lex)) nameBefore = true;
      }
    }
  }
  if (firstLinker < 0) return to;
  // "Dr Ana Ruiz of Westmere University": a person, then her affiliation.
  if (org && nameBefore && !orgBefore && OF_LIKE.has(tokens[firstLinker]!.low ?? '') && firstLinker - from >= 2) return firstLinker;
  return org ? to : firstLinker;
}

/** The start of a run of name words that ends at `end` (exclusive). */
function nameRunBackward(tokens: readonly Token[], end: number, lex: CompiledLexicon): number {
  let j = end;
  while (j > 0) {
    const t = tokens[j - 1]!;
    if (isNameWord(t, lex)) {
      if (j < end && POSSESSIVE.test(t.text) && /['’]s$/.test(t.text)) break;
      j--;
      continue;
    }
    const w = lower(t);
    if (j < end && (lex.particles.has(w) || lex.linkers.has(w)) && isNameWord(tokens[j - 2], lex)) {
      j--;
      continue;
    }
    break;
  }
  // Linkers belong to organisation names only ("Institute for Coastal Studies").
  let linker = -1;
  let org = false;
  for (let x = j; x < end; x++) {
    const t = tokens[x]!;
    if (!isNameWord(t, lex)) linker = x;
    else if (lex.orgWords.has(bare(t.text.replace(/['’]s$/, '')).toLowerCase())) org = true;
  }
  if (linker >= 0 && !org) j = linker + 1;
  // Drop leading words that are not names ("However", "But", "The"), keeping titles.
  while (j < end && lex.notName.has(tokens[j]!.text) && !isTitle(tokens[j]!.text, lex)) j++;
  // A linker cannot start a name.
  while (j < end && !isNameWord(tokens[j], lex)) j++;
  return j;
}

function joinText(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Classify the name run [from, to): split titles from the name, tell persons from organisations. */
export function readName(text: string, tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): NounPhrase | null {
  if (from >= to) return null;
  // Titles and role words at the front of the run ("Chinese President", "Facebook CEO", "Dr").
  let split = from;
  for (let j = from; j < to; j++) {
    const m = multiTitleAt(tokens, j, lex);
    if (m && j + m < to) {
      split = j + m;
      j += m - 1;
      continue;
    }
    if (isRoleWord(tokens[j]!.text, lex) && j + 1 < to) split = j + 1;
  }
  const words = tokens.slice(from, to).map((t) => t.text);
  let nameFrom = split;
  let nameTo = to;
  // Suffixes are not part of the name.
  while (nameTo > nameFrom + 1 && NAME_SUFFIX.test(tokens[nameTo - 1]!.text)) nameTo--;
  const nameWords = tokens.slice(nameFrom, nameTo).map((t) => t.text);
  if (!nameWords.length) return null;
  const titleWords = tokens.slice(from, split).map((t) => t.text);
  if (nameWords.length === 1 && !titleWords.length && !isOrganizationName(nameWords, lex) && NOT_A_NAME.test(nameWords[0]!)) return null;
  if (nameWords.length === 1 && !titleWords.length && lex.unnamedHeads.has(nameWords[0]!.toLowerCase())) return null;
  const isOrg = isOrganizationName(nameWords, lex) || (!titleWords.length && isOrganizationName(words, lex));
  let gender: 'm' | 'f' | null = null;
  for (const w of titleWords) gender = lex.genderedTitles.get(bare(w).toLowerCase()) ?? gender;
  const hasPersonTitle = titleWords.some((w) => isRoleWord(w, lex));
  if (isOrg && !hasPersonTitle) {
    // An organisation keeps its whole written name ("the Food Safety Agency" → "Food Safety Agency").
    const name = joinText(text, tokens, from, to).replace(/['’]s$/, '');
    return { from, to, type: 'organization', name, text: name, role: null, appositive: null, gender: null, head: null };
  }
  const name = joinText(text, tokens, nameFrom, nameTo).replace(/['’]s$/, '');
  // A lone word without a title could be a person's surname, a place or a company: callers decide.
  return {
    from, to, type: 'person', name, text: joinText(text, tokens, from, to),
    role: titleWords.length ? titleWords.join(' ') : null, appositive: null, gender, head: null,
  };
}

export function isOrganizationName(words: readonly string[], lex: CompiledLexicon): boolean {
  if (words.some((w) => lex.orgWords.has(bare(w.replace(/['’]s$/, '')).toLowerCase()))) return true;
  // Acronyms alone: NASA, the WHO, BBC (not initials like "J.").
  return words.length === 1 && ACRONYM.test(words[0]!) && !NAME_SUFFIX.test(words[0]!) && !INITIAL.test(words[0]!) && words[0]!.replace(/\./g, '').length >= 2;
}

/** Words between a speaker and the verb: "he also said", "she has since said", "Smith later told". */
function skipAdverbsBackward(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  let j = k;
  // The progressive: "Ana Ruiz was telling reporters", "they are saying".
  const progressive = /ing$/.test(lower(tokens[k]));
  while (j > 0 && (lex.adverbs.has(lower(tokens[j - 1])) || (progressive && BE.has(lower(tokens[j - 1])))) && j > k - 3) j--;
  // Adverbs ending in -ly: "said quietly", "Smith bluntly said".
  while (j > 0 && /^\p{Ll}+ly$/u.test(tokens[j - 1]?.text ?? '') && j > k - 4) j--;
  return j;
}

/** Lower-case role words written before a name: "prime minister Ana Ruiz", "libertarian economist Tom Hale". */
function roleBefore(text: string, tokens: readonly Token[], nameFrom: number, lex: CompiledLexicon): { from: number; role: string } | null {
  let j = nameFrom;
  let sawRole = false;
  let from = nameFrom;
  while (j > 0 && nameFrom - j < 5) {
    const t = tokens[j - 1]!;
    if (t.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (lex.determiners.has(w) || lex.verbs.has(w) || lex.linkers.has(w) || lex.complementizers.has(w) || w === 'and' || w === 'or' || w === 'by' || w === 'with' || w === 'to' || w === 'from') break;
    j--;
    if (isRoleWord(t.text, lex)) {
      sawRole = true;
      from = j;
    } else if (sawRole || j === nameFrom - 1) {
      // modifiers before the role word: "senior", "Pakistan-based", "BBC’s North America"
      if (!sawRole) break;
      from = j;
    }
  }
  if (!sawRole) return null;
  return { from, role: joinText(text, tokens, from, nameFrom) };
}

/** A description NP ending at `end` (exclusive): "the president", "a spokeswoman for the agency". */
function descriptionBackward(text: string, tokens: readonly Token[], end: number, lex: CompiledLexicon): NounPhrase | null {
  let j = end;
  let det = -1;
  while (j > 0 && end - j < 9) {
    const t = tokens[j - 1]!;
    if (t.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (lex.verbs.has(w) || lex.complementizers.has(w) || w === 'and' || w === 'but' || w === 'who' || w === 'which' || w === 'while') break;
    j--;
    if (lex.determiners.has(w) || POSSESSIVE.test(t.text) && j < end - 1 && /['’]s$/.test(t.text) && !lex.linkers.has(lower(tokens[j - 1]))) {
      det = j;
      if (lex.determiners.has(w)) break;
    }
  }
  if (det < 0) {
    // Bare plurals: "officials said", "residents said".
    const head = lower(tokens[end - 1]);
    if (lex.unnamedHeads.has(head)) return { from: end - 1, to: end, type: 'unnamed', name: null, text: head, role: null, appositive: null, gender: null, head };
    return null;
  }
  return describe(text, tokens, det, end, lex);
}

/** Classify the description tokens [from, to). */
function describe(text: string, tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): NounPhrase | null {
  // The head is the first role, unnamed-source or organisation noun: "a spokesman for the agency" → spokesman.
  let head: string | null = null;
  for (let j = from; j < to; j++) {
    const w = bare(lower(tokens[j]));
    if (!w) continue;
    if (lex.unnamedHeads.has(w) || lex.roles.has(w) || lex.orgNouns.has(w) || lex.titles.has(w)) {
      head = w;
      // Keep going over multi-word roles ("prime minister"), stop at a preposition.
      if (lex.linkers.has(lower(tokens[j + 1]))) break;
    }
  }
  if (!head) {
    // An unknown head ("the fisherman", "the harbour master"): a description all the same,
    // which names no one unless a role in the article says the same.
    const last = tokens[to - 1];
    if (!last || last.kind !== 'word' || !/^[\p{Ll}\p{N}]/u.test(last.text) || to - from > 4) return null;
    head = last.text.toLowerCase();
  }
  const phrase = joinText(text, tokens, from, to);
  const first = lower(tokens[from]);
  const indefinite = first === 'a' || first === 'an' || first === 'one' || first === 'another' || first === 'un' || first === 'una';
  let type: Mention['type'] = 'description';
  if (indefinite) type = 'unnamed';
  else if (lex.orgNouns.has(head) && !lex.roles.has(head)) type = 'description';
  return { from, to, type, name: null, text: phrase, role: null, appositive: null, gender: null, head };
}

/**
 * The subject that ends right before token `k` (the cue verb), reading back
 * over adverbs, an appositive, titles and role words.
 */
export function subjectBefore(text: string, tokens: readonly Token[], k: number, lex: CompiledLexicon, floor = 0): NounPhrase | null {
  const end = skipAdverbsBackward(tokens, k, lex);
  if (end <= floor) return null;
  const last = tokens[end - 1]!;
  const pron = lex.pronouns.get(lower(last));
  if (pron) return pronounPhrase(last, end - 1, pron);
  if (last.kind === 'punct' && last.text === ',') return appositiveSubject(text, tokens, end - 1, lex, floor);
  // "Jane Marsh, who heads the institute, said" is handled above; "the agency, which said" here.
  if ((lower(last) === 'who' || lower(last) === 'which') && tokens[end - 2]?.text === ',') return subjectBefore(text, tokens, end - 2, lex, floor);
  if (last.kind === 'punct' && last.text === ')') {
    // "Jane Marsh (Westmere University) said"
    let j = end - 1;
    while (j > floor && tokens[j]!.text !== '(') j--;
    if (j > floor) {
      const np = subjectBefore(text, tokens, j, lex, floor);
      if (np) return { ...np, to: end, appositive: joinText(text, tokens, j + 1, end - 1) };
    }
    return null;
  }
  // "Westmere police said", "Harbour council said": a name and an organisation noun.
  if (last.kind === 'word' && /^\p{Ll}/u.test(last.text) && lex.orgNouns.has(last.text) && isNameWord(tokens[end - 2], lex)) {
    const from = Math.max(floor, nameRunBackward(tokens, end - 1, lex));
    if (from < end - 1 && !lex.notName.has(tokens[from]!.text)) {
      const name = joinText(text, tokens, from, end);
      return { from, to: end, type: 'organization', name, text: name, role: null, appositive: null, gender: null, head: null };
    }
  }
  if (isNameWord(last, lex) || (last.kind === 'word' && NAME_SUFFIX.test(last.text))) {
    const from = Math.max(floor, nameRunBackward(tokens, end, lex));
    // "officials in Westmere said": a place after a preposition is not the speaker; nor is
    // the agent of a participle ("reports seen by Reuters suggest").
    if (LOCATIVE_BEFORE.has(lower(tokens[from - 1])) && !isTitle(tokens[from]!.text, lex)) return null;
    if (lower(tokens[from - 1]) === 'by' || (lower(tokens[from - 2]) === 'by' && lex.determiners.has(lower(tokens[from - 1])))) return null;
    const np = readName(text, tokens, from, end, lex);
    if (!np) return descriptionBackward(text, tokens, end, lex);
    // "Senator Ana Ruiz of Westmere said", "Tom Hale of the Port Police said": the person before "of".
    const ofAt = lex.determiners.has(lower(tokens[from - 1])) ? from - 2 : from - 1;
    if (OF_LIKE.has(lower(tokens[ofAt])) && isNameWord(tokens[ofAt - 1], lex)) {
      const owner = subjectBefore(text, tokens, ofAt, lex, floor);
      if (owner && owner.type === 'person' && (owner.role || (owner.name ?? '').includes(' '))) {
        return { ...owner, to: end, appositive: owner.appositive ?? joinText(text, tokens, ofAt, end) };
      }
    }
    // "a spokeswoman for the Harbour Authority said", "an official at the ministry said":
    // the speaker is the person described, not the organisation named after the preposition.
    if ((OF_LIKE.has(lower(tokens[ofAt])) || lower(tokens[ofAt]) === 'for') && tokens[ofAt - 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[ofAt - 1]!.text)) {
      const desc = descriptionBackward(text, tokens, ofAt, lex);
      if (desc && desc.from >= floor) return { ...desc, to: end, text: joinText(text, tokens, desc.from, end) };
    }
    const before = roleBefore(text, tokens, from, lex);
    if (before) return { ...np, from: before.from, role: [before.role, np.role].filter(Boolean).join(' ') };
    return np;
  }
  return descriptionBackward(text, tokens, end, lex);
}

function pronounPhrase(t: Token, at: number, g: 'm' | 'f' | 'n' | 'p'): NounPhrase {
  return {
    from: at, to: at + 1, type: 'pronoun', name: null, text: t.text, role: null, appositive: null,
    gender: g === 'm' || g === 'f' ? g : null, head: t.text.toLowerCase(),
  };
}

/** "Jane Marsh, a professor of engineering at Westmere, said": the name before the first comma. */
function appositiveSubject(text: string, tokens: readonly Token[], comma: number, lex: CompiledLexicon, floor: number): NounPhrase | null {
  // Candidates: name runs followed by a comma, earlier in the clause, with an appositive after them.
  for (let j = comma - 1; j > floor && comma - j < 40; j--) {
    const t = tokens[j]!;
    if (t.kind === 'quote') return null;
    if (t.kind === 'punct' && /[.;:!?]/.test(t.text)) return null;
    if (t.kind === 'word' && lex.verbs.has(t.text.toLowerCase()) && lex.verbs.get(t.text.toLowerCase())!.strength >= 1) return null;
    if (t.text !== ',' || j === comma) continue;
    const appFrom = j + 1;
    if (!looksLikeAppositive(tokens, appFrom, comma, lex)) {
      // "Its chief executive, Ana Ruiz, said": the name is the appositive of a role.
      if (isNameWord(tokens[appFrom], lex) && nameRunForward(tokens, appFrom, lex) === comma) {
        const named = readName(text, tokens, appFrom, comma, lex);
        const desc = descriptionBackward(text, tokens, j, lex);
        if (named && named.type === 'person' && desc && desc.head) {
          return { ...named, from: desc.from, to: comma + 1, role: withoutDeterminer(desc.text) };
        }
      }
      continue;
    }
    const np = subjectBefore(text, tokens, j, lex, floor);
    if (np && (np.type === 'person' || np.type === 'organization' || np.type === 'description')) {
      return { ...np, to: comma + 1, appositive: joinText(text, tokens, appFrom, comma) };
    }
  }
  return null;
}

/** An appositive starts with a determiner, a role word, "who", a degree, or a capitalised role. */
export function looksLikeAppositive(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): boolean {
  if (from >= to) return false;
  const first = tokens[from]!;
  const w = lower(first);
  if (!w) return false;
  if (lex.determiners.has(w) || w === 'who' || w === 'whose' || w === 'which' || w === 'quien') return true;
  if (NAME_SUFFIX.test(first.text)) return true;
  if (PARTY_STATE.test(first.text)) return true; // "Mark Tully, R-Texas, said"
  // "Jane Marsh, of the Coastal Institute, said" / "Ana Ruiz, de la Universidad de Sevilla".
  if (OF_LIKE.has(w) && (lex.determiners.has(lower(tokens[from + 1])) || isNameWord(tokens[from + 1], lex))) return true;
  if (/^\d+$/.test(first.text) && tokens[from + 1]?.text === ',') return true; // ages: "Jane Marsh, 67, said"
  // A verb form cannot open an appositive: "Ana Ruiz, declaring the plan dead, …" is a clause.
  if (lex.verbs.has(w) || /(?:ing|ed)$/.test(w)) return false;
  for (let j = from; j < Math.min(to, from + 4); j++) if (isRoleWord(tokens[j]!.text, lex)) return true;
  return false;
}

/**
 * The subject that starts at token `k` (after an inverted verb, "said Dr Marsh",
 * or after a quote, "…,” Dr Marsh said"). Includes an appositive that follows.
 */
export function subjectAfter(text: string, tokens: readonly Token[], k: number, lex: CompiledLexicon): NounPhrase | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const pron = lex.pronouns.get(t.text.toLowerCase());
  if (pron) return pronounPhrase(t, k, pron);
  let from = k;
  // Lower-case role words before a name: "said prime minister Ana Ruiz".
  let j = k;
  while (j < tokens.length && j - k < 5 && tokens[j]!.kind === 'word' && !isNameWord(tokens[j], lex)) {
    const w = lower(tokens[j]);
    if (lex.determiners.has(w) || lex.verbs.has(w) || lex.linkers.has(w) || lex.complementizers.has(w)) break;
    j++;
  }
  if (j === k && lex.determiners.has(lower(t))) {
    // "the minister Ana Ruiz", "la ministra Ana Ruiz": a determiner, role words, then the name.
    let r = k + 1;
    while (r < tokens.length && r - k < 4 && tokens[r]!.kind === 'word' && !isNameWord(tokens[r], lex) && !lex.linkers.has(lower(tokens[r]))) r++;
    if (r > k + 1 && isNameWord(tokens[r], lex) && tokens.slice(k + 1, r).some((x) => isRoleWord(x.text, lex))) j = r;
  }
  const lowerRole = j > k && isNameWord(tokens[j], lex) && tokens.slice(k, j).some((x) => isRoleWord(x.text, lex)) ? joinText(text, tokens, k, j) : null;
  const nameStart = lowerRole ? j : k;
  if (isNameWord(tokens[nameStart], lex)) {
    let np = nameAt(text, tokens, nameStart, lex);
    if (np) {
      if (lowerRole) np = { ...np, from, role: [lowerRole, np.role].filter(Boolean).join(' ') };
      return np;
    }
  }
  // Descriptions: "said the minister", "said a spokeswoman for the agency", "her mother said".
  const w = lower(t);
  // "the Harbour Authority": a determiner before a name.
  if (lex.determiners.has(w) && isNameWord(tokens[k + 1], lex)) {
    const named = nameAt(text, tokens, k + 1, lex);
    if (named && named.type === 'organization') return { ...named, from: k };
  }
  if (lex.determiners.has(w) || /['’]s$/.test(t.text)) {
    let end = k + 1;
    while (end < tokens.length && end - k < 9 && tokens[end]!.kind === 'word' && !lex.verbs.has(lower(tokens[end])) && !DESCRIPTION_STOP.has(lower(tokens[end]))) end++;
    // A name right after the description is an appositive name: "her mother, Fiona, said".
    const np = describe(text, tokens, k, end, lex);
    // "a statement from the water authority", "a report by Acme": the document's author speaks.
    if (np && np.head && DOCUMENTS.has(np.head) && /^(?:from|by)$/.test(lower(tokens[end])) ) {
      const author = subjectAfter(text, tokens, end + 1, lex);
      if (author && (author.type === 'person' || author.type === 'organization')) return { ...author, from: k };
    }
    if (np) {
      from = k;
      if (tokens[end]?.text === ',' && isNameWord(tokens[end + 1], lex)) {
        const nEnd = nameRunForward(tokens, end + 1, lex);
        if (tokens[nEnd]?.text === ',' || verbAt(tokens, nEnd, lex) || nEnd >= tokens.length || /^[.;!?]$/.test(tokens[nEnd]!.text)) {
          const named = readName(text, tokens, end + 1, nEnd, lex);
          if (named && named.type === 'person') return { ...named, from, to: tokens[nEnd]?.text === ',' ? nEnd + 1 : nEnd, role: np.text };
        }
      }
      return withAppositive(text, tokens, np, lex);
    }
  }
  if (lex.unnamedHeads.has(w)) return { from: k, to: k + 1, type: 'unnamed', name: null, text: t.text, role: null, appositive: null, gender: null, head: w };
  return null;
}

/** Extend a phrase with a following appositive: "Jane Marsh, a professor at Westmere,". */
function withAppositive(text: string, tokens: readonly Token[], np: NounPhrase, lex: CompiledLexicon): NounPhrase {
  if (tokens[np.to]?.text !== ',') return np;
  const from = np.to + 1;
  if (!looksLikeAppositive(tokens, from, tokens.length, lex)) return np;
  let j = from;
  while (j < tokens.length && j - from < 40) {
    const t = tokens[j]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && /[.;:!?]/.test(t.text) && !/\.$/.test(tokens[j - 1]?.text ?? ''))) break;
    if (t.text === ',') break;
    j++;
  }
  // An appositive is a phrase closed by a comma, after a name that is not the object
  // of a preposition ("For Ana Ruiz, the plan is…" has none). At the sentence's end it
  // needs no closing comma only after an inverted cue ("…,” said Ana Ruiz, a nurse.").
  const before = lex.determiners.has(lower(tokens[np.from - 1])) ? tokens[np.from - 2] : tokens[np.from - 1];
  if (j - from > 30 || PREPOSITIONS.has(lower(before))) return np;
  if (tokens[j]?.text !== ',' && !(before && lex.verbs.has(lower(before)))) return np;
  // Degrees run on: "Jane Marsh, MD, a surgeon,".
  if (tokens[j]?.text === ',' && NAME_SUFFIX.test(tokens[from]!.text) && j === from + 1 && looksLikeAppositive(tokens, j + 1, tokens.length, lex)) {
    let k = j + 1;
    while (k < tokens.length && k - j < 40 && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'quote' && !(tokens[k]!.kind === 'punct' && /[.;:!?]/.test(tokens[k]!.text))) k++;
    return { ...np, to: k, appositive: joinText(text, tokens, from, k) };
  }
  // "Ana Ruiz, 67, a baker on the quay," — an age, then the role.
  if (/^\d+$/.test(tokens[from]!.text) && j === from + 1 && tokens[j]?.text === ',' && looksLikeAppositive(tokens, j + 1, tokens.length, lex)) {
    const inner = withAppositive(text, tokens, { ...np, to: j }, lex);
    if (inner.appositive) return inner;
  }
  // The phrase ends past the appositive's closing comma, where the verb may follow.
  return { ...np, to: tokens[j]?.text === ',' ? j + 1 : j, appositive: joinText(text, tokens, from, j) };
}

/**
 * The name that starts at token k, with role words before it and an appositive
 * after it: "prime minister Ana Ruiz", "Dr Jane Marsh, an engineer at Westmere,".
 * A possessive run is a modifier of the next name: "Westmere’s Jane Marsh".
 */
export function nameAt(text: string, tokens: readonly Token[], k: number, lex: CompiledLexicon): NounPhrase | null {
  const end = nameRunForward(tokens, k, lex);
  if (end <= k) return null;
  if (/['’]s$/.test(tokens[end - 1]!.text) && isNameWord(tokens[end], lex)) {
    const inner = nameAt(text, tokens, end, lex);
    if (inner && inner.type === 'person') {
      const owner = joinText(text, tokens, k, end);
      return { ...inner, from: k, role: [owner, inner.role].filter(Boolean).join(' ') };
    }
  }
  let np = readName(text, tokens, k, end, lex);
  if (!np) return null;
  const before = roleBefore(text, tokens, k, lex);
  if (before) np = { ...np, from: before.from, role: [before.role, np.role].filter(Boolean).join(' ') };
  else if (np.type === 'person' && tokens[k - 1]?.text === ',' && (tokens[end]?.text === ',' || end >= tokens.length || /^[.;!?]$/.test(tokens[end]!.text))) {
    // "The leader of the party, Ana Ruiz, said": the description names her role.
    const desc = descriptionBackward(text, tokens, k - 1, lex);
    if (desc && desc.head && lex.roles.has(desc.head)) np = { ...np, role: withoutDeterminer(desc.text) };
  }
  const withApp = withAppositive(text, tokens, np, lex);
  // "Dr Ana Ruiz of Westmere University": the affiliation says who she is.
  if (!withApp.appositive && np.type === 'person' && OF_LIKE.has(lower(tokens[end])) && isNameWord(tokens[end + 1] ?? tokens[end + 2], lex)) {
    let k = end + 1;
    if (lex.determiners.has(lower(tokens[k]))) k++;
    const run = nameRunForward(tokens, k, lex);
    if (run > k) return { ...withApp, appositive: joinText(text, tokens, end, run) };
  }
  return withApp;
}

/** Whether the verb at k can put its subject after it ("said Dr Marsh", not "told Reuters"). */
export function invertsAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const v = verbAt(tokens, k, lex);
  // A participle never has its subject after it: "…, declaring the plan dead".
  return !!v && lex.invertingVerbs.has(v.lemma) && !/ing$/.test(lower(tokens[k]));
}

/** Openers of an introductory phrase before the subject: "In a statement, …", "After the vote, …". */
const INTRO = new Set(['in', 'on', 'at', 'after', 'before', 'for', 'with', 'as', 'during', 'since', 'despite', 'following', 'however', 'meanwhile', 'still', 'yet', 'but', 'and', 'so', 'instead', 'speaking', 'asked', 'when', 'while', 'although', 'though', 'if', 'by', 'from', 'under', 'amid', 'over', 'earlier', 'later', 'then', 'now', 'today', 'yesterday', 'last', 'this', 'en', 'tras', 'según', 'para', 'durante', 'pero', 'sin', 'con']);

/** The subject of the sentence [from, to): its first noun phrase, past an introductory phrase. */
export function sentenceSubject(text: string, tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): NounPhrase | null {
  let k = from;
  while (k < to && tokens[k]!.kind !== 'word') k++;
  if (k >= to) return null;
  if (INTRO.has(lower(tokens[k]))) {
    let c = k;
    while (c < to && c - k < 14 && tokens[c]!.text !== ',') c++;
    if (tokens[c]?.text !== ',') return null;
    k = c + 1;
  }
  // "“…,” said Dr Marsh, adding that …": after a quote and an inverted cue, the subject follows the cue.
  if (tokens[k - 1]?.kind === 'quote' || (tokens[k - 1]?.kind === 'punct' && tokens[k - 2]?.kind === 'quote')) {
    const v = verbAt(tokens, k, lex);
    if (v && invertsAt(tokens, k, lex)) k += v.len;
  }
  const np = subjectAfter(text, tokens, k, lex);
  return np && np.type !== 'unnamed' ? np : null;
}

/** "Its chief executive" → "chief executive": a role without its determiner or possessive. */
function withoutDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an|its|his|her|their|our|el|la|los|las|su|sus)\s+/i, '');
}

/** Auxiliaries of the passive before a participle: "has been described", "was called". */
const PASSIVE_AUX = new Set(['been', 'was', 'were', 'is', 'are', 'being', 'be', 'fue', 'fueron', 'sido']);

/** Whether the cue at v is passive ("was described"): its subject is what was said, not who said it. */
export function isPassive(tokens: readonly Token[], v: number): boolean {
  return PASSIVE_AUX.has(lower(tokens[v - 1]));
}

/** The agent of a passive cue: "… was described as “…” by Dr Marsh" → Dr Marsh. */
export function passiveAgent(text: string, tokens: readonly Token[], v: number, to: number, lex: CompiledLexicon): NounPhrase | null {
  if (!isPassive(tokens, v)) return null;
  for (let k = v + 1; k < Math.min(to, v + 30); k++) {
    const w = lower(tokens[k]);
    if (w === 'by' || w === 'por') {
      const np = subjectAfter(text, tokens, k + 1, lex);
      return np && np.type !== 'pronoun' ? np : null;
    }
  }
  return null;
}

/** "Acme stepped in and tweeted: “…”": a verb after "and" shares the sentence's subject. */
export function coordinatedSubject(text: string, tokens: readonly Token[], v: number, sentFrom: number, lex: CompiledLexicon): NounPhrase | null {
  const before = tokens[v - 1]?.text.toLowerCase();
  const comma = tokens[v - 1]?.text === ',' && /ing$/.test(tokens[v]?.text ?? '');
  if (before !== 'and' && before !== 'y' && !comma) return null;
  return sentenceSubject(text, tokens, sentFrom, v, lex);
}
