// Stage 5c: the pronoun the article itself uses for each person it quotes (he,
// she, they), or null when it never says. Read only from the article's words,
// never guessed from a first name. The evidence, strongest first, with made-up
// examples:
//
//   declared      Sam Reyes (they/them), a nurse, said …           → they
//   honorific     Ms Okafor said … · Mr Hale said … · Mx Reyes said … → she · he · they
//   attribution   "…," she said.   (the resolver tied "she" to this person)
//   nearby        Jane Marsh said her team … · … Marsh said. He added …
//
// "nearby" counts a pronoun after a mention of the person in the same sentence
// (subject, possessive or reflexive, never an object: in "Patel thanked her",
// "her" is someone else) or opening the next sentence, when no other person is
// named in between. Text in quotation marks is one token and never read. A person
// gets a pronoun when three quarters of the weighted evidence agree; otherwise null.
import { formOf, pronounWordsFor, type Pronoun, type PronounWords } from '../lexicon/pronouns';
import type { CompiledLexicon } from '../lexicon';
import type { BlockView } from '../sieves/context';
import type { Token } from '../text/tokens';
import type { Cluster } from './merge';
import type { NameMention } from './mentions';

export type { Pronoun } from '../lexicon/pronouns';

/** How much each kind of evidence weighs (see the header). */
const WEIGHT = { declared: 10, honorific: 3, attribution: 2, nearby: 1 } as const;
/** Share of the evidence the winning pronoun needs. */
const AGREEMENT = 0.75;

export interface PronounInput {
  blocks: readonly BlockView[];
  mentions: readonly NameMention[];
  lex: CompiledLexicon;
  lang: string | null;
}

/** One pronoun (or null) per cluster, in the clusters' order. */
export function speakerPronouns(clusters: readonly Cluster[], input: PronounInput): (Pronoun | null)[] {
  const words = pronounWordsFor(input.lang);
  const personStarts = personStartsOf(input.mentions);
  return clusters.map((c) => (c.kind === 'person' ? decide(tally(c, input, words, personStarts)) : null));
}

/**
 * Before resolving: marks each person mention with the gendered pronoun that
 * follows it ("Prasad said his …", "… Prasad. He added"), the "nearby" evidence
 * above, so that a later "he said" can reach a name whose first name tells no gender.
 */
export function markPronounsAfter(input: PronounInput): void {
  const words = pronounWordsFor(input.lang);
  const personStarts = personStartsOf(input.mentions);
  for (const m of input.mentions) {
    if (m.np.type !== 'person' || m.modifier) continue;
    const view = input.blocks[m.block];
    const p = view ? pronounAfter(view, m, words, personStarts.get(m.block), true) : null;
    if (p === 'he' || p === 'she') m.pronounAfter = p === 'he' ? 'm' : 'f';
  }
}

/** Where each person mention starts, per block: a pronoun is not read past another person's name. */
function personStartsOf(mentions: readonly NameMention[]): Map<number, Set<number>> {
  const personStarts = new Map<number, Set<number>>();
  for (const m of mentions) {
    // A place is no person in between: "Darran Whiting of Grace Church in Marion said he …" tells Whiting's pronoun.
    if (m.np.type !== 'person' || m.place) continue;
    let set = personStarts.get(m.block);
    if (!set) personStarts.set(m.block, (set = new Set()));
    set.add(m.token);
  }
  return personStarts;
}

type Tally = Record<Pronoun, number>;

function tally(c: Cluster, input: PronounInput, words: PronounWords, personStarts: Map<number, Set<number>>): Tally {
  const votes: Tally = { he: 0, she: 0, they: 0 };
  for (const s of c.statements) {
    const np = s.decision?.np;
    if (np?.type === 'pronoun' && np.gender) votes[np.gender === 'm' ? 'he' : 'she'] += WEIGHT.attribution;
  }
  for (const m of c.mentions) {
    if (m.np.gender) votes[m.np.gender === 'm' ? 'he' : 'she'] += WEIGHT.honorific;
    else if (m.np.role && m.np.role.split(/\s+/).some((w) => words.neutralTitles.includes(w.toLowerCase()))) votes.they += WEIGHT.honorific;
    const view = input.blocks[m.block];
    if (!view) continue;
    const declared = declaredNear(view, m, words);
    if (declared) votes[declared] += WEIGHT.declared;
    const near = pronounAfter(view, m, words, personStarts.get(m.block));
    if (near) votes[near] += WEIGHT.nearby;
  }
  return votes;
}

function decide(votes: Tally): Pronoun | null {
  const total = votes.he + votes.she + votes.they;
  if (total === 0) return null;
  let best: Pronoun = 'he';
  for (const p of ['she', 'they'] as const) if (votes[p] > votes[best]) best = p;
  return votes[best] / total >= AGREEMENT ? best : null;
}

/** "Sam Reyes (they/them)": a declaration within the three tokens after the name. */
function declaredNear(view: BlockView, m: NameMention, words: PronounWords): Pronoun | null {
  const { tokens } = view;
  for (let k = m.np.to; k < Math.min(tokens.length, m.np.to + 3); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.text !== '(' && t.text !== ',') break;
    const p = t.kind === 'word' ? formOf(words.declared, low(t)) : undefined;
    if (p) return p;
  }
  return null;
}

/** The first pronoun referring back to the mention: later in its sentence, or opening the next one. */
function pronounAfter(view: BlockView, m: NameMention, words: PronounWords, persons: Set<number> | undefined, ownSentence = false): Pronoun | null {
  const { tokens, sentence } = view;
  const own = sentence[m.token];
  if (own === undefined) return null;
  for (let k = m.np.to; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (persons?.has(k)) return null;
    if (sentence[k] !== own) {
      if (ownSentence) return null;
      // The next sentence counts only when it opens with the pronoun: "He added that …".
      const first = firstWord(tokens, sentence, k);
      const p = first === null ? undefined : formOf(words.forms, low(tokens[first]!));
      return p && words.subject.includes(low(tokens[first!]!)) ? p : null;
    }
    if (t.kind !== 'word') continue;
    const p = formOf(words.forms, low(t));
    if (p && !isObjectUse(tokens, k, words)) return p;
  }
  return null;
}

function firstWord(tokens: readonly Token[], sentence: readonly number[], from: number): number | null {
  const id = sentence[from];
  for (let k = from; k < tokens.length && sentence[k] === id; k++) {
    if (tokens[k]!.kind === 'word') return k;
    if (tokens[k]!.kind === 'quote') return null;
  }
  return null;
}

/**
 * An object pronoun in the person's own sentence is someone else ("Patel thanked
 * him"); "her" is an object when no word follows it ("thanked her.", "told her
 * that") and a possessive before a noun ("her team").
 */
function isObjectUse(tokens: readonly Token[], k: number, words: PronounWords): boolean {
  const w = low(tokens[k]!);
  if (words.object.includes(w)) return true;
  if (!words.objectOrPossessive.includes(w)) return false;
  const next = tokens[k + 1];
  return !next || next.kind !== 'word' || words.afterObject.includes(low(next));
}

function low(t: Token): string {
  return t.low ?? t.text.toLowerCase();
}
