// Speech verbs among the tokens: which form stands at a token, whether it can
// put its subject after it, whether it is passive.
import type { CompiledLexicon } from '../lexicon';
import { lower, POSSESSIVE_S } from './phrase';
import type { Token } from './tokens';

export type VerbHit = Readonly<{ len: number; lemma: string; strength: number }>;

/** A speech verb form at token k: its length in tokens, lemma and strength. */
export function verbAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): VerbHit | null {
  const w = lower(tokens[k]);
  if (!w) return null;
  if (lex.verbHeads.has(w)) {
    const hit = lex.verbHits.get(`${w} ${lower(tokens[k + 1])}`);
    if (hit) return hit;
  }
  const hit = lex.verbHits.get(w);
  if (hit) return roleModifier(tokens, k, lex) || possessedParticiple(tokens, k, lex) ? null : hit;
  const maybe = lex.ambiguousHits.get(w);
  if (!maybe) return null;
  // "his comments that …", "their claims that …": after a possessive (not "her", which may be an object) the form is a noun.
  const prev = lower(tokens[k - 1]);
  if (lex.w.possessives.has(prev) && !lex.w.listeners.has(prev)) return null;
  // "in her opening remarks that …", "the closing comments": a possessive or an article, a lower-case word, then the form: a noun.
  const before = lower(tokens[k - 2]);
  if ((lex.w.possessives.has(before) || lex.w.articles.has(before)) && /^\p{Ll}/u.test(tokens[k - 1]?.text ?? '') && !lex.pronouns.has(prev) && !lex.re.plural.test(prev)) return null;
  return lex.complementizers.has(lower(tokens[k + 1])) || lex.pronouns.has(prev) || namedBeforeColon(tokens, k) ? maybe : null;
}

/** "The Harbour Gazette reports:", "Hale notes:": after a name and before a colon the word is the verb, not "the reports:". */
function namedBeforeColon(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k + 1]?.text === ':' && /^\p{Ll}/u.test(tokens[k]!.text) && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !POSSESSIVE_S.test(prev.text);
}

/** "Hale’s proposed toll", "their stated aim", "a written statement": a participle after a possessive or an article, before its noun, is an adjective. */
function possessedParticiple(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const w = lower(tokens[k]);
  if (!prev || prev.kind !== 'word' || next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  // After an article, any form: "a written statement", "a telling sign".
  if (lex.w.articles.has(lower(prev))) return true;
  if (!lex.re.verbForm.test(w) || lex.re.participle.test(w)) return false;
  // (A possessive that may be an object, "told her", is left alone.)
  return (prev.text.length > 2 && /^\p{Lu}/u.test(prev.text) && POSSESSIVE_S.test(prev.text)) || (lex.w.possessives.has(lower(prev)) && !lex.w.listeners.has(lower(prev)));
}

/**
 * "a creative writing professor", "her public speaking coach": a present participle right before a
 * role noun in lower case that heads its phrase names a field of the role, not a speech act.
 */
function roleModifier(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || !lex.re.participle.test(lower(tokens[k]))) return false;
  const role = lower(next);
  if (!lex.roleNouns.has(role) && !lex.roles.has(role)) return false;
  // The role noun ends the phrase ("…professor, said", "…professor at Westmere", "…coach who"), so
  // it is the head: "telling conservative radio host Ana Ruiz", "accusing spy agencies" go on.
  const after = tokens[k + 2];
  if (!after || after.kind !== 'word') return true;
  const a = lower(after);
  return lex.w.prepositions.has(a) || lex.linkers.has(a) || lex.w.relatives.has(a) || lex.complementizers.has(a) || lex.verbs.has(a);
}

/** Whether the verb at k can put its subject after it ("said Dr Marsh", not "told Reuters"). */
export function invertsAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const v = verbAt(tokens, k, lex);
  // A participle never has its subject after it: "…, declaring the plan dead". Nor has a verb after a word, its
  // subject's: "The front-runner said the country …" (not "“…,” said Dr Marsh", "Said Marsh: …").
  return !!v && lex.invertingVerbs.has(v.lemma) && !lex.re.participle.test(lower(tokens[k])) && tokens[k - 1]?.kind !== 'word';
}

/** Whether the cue at v is passive ("was described"): its subject is what was said, not who said it. */
export function isPassive(tokens: readonly Token[], v: number, lex: CompiledLexicon): boolean {
  // "was described" is passive; "is stressing" is the progressive, whose subject speaks.
  return lex.w.passiveAux.has(lower(tokens[v - 1])) && !lex.re.participle.test(lower(tokens[v]));
}

/** ", saying …", ", calling it …": a participle after a comma, which hangs on the sentence's subject. */
export function isParticipleAfterComma(tokens: readonly Token[], v: number, lex: CompiledLexicon): boolean {
  return tokens[v - 1]?.text === ',' && lex.re.participle.test(tokens[v]?.text ?? '');
}

/** Words between a speaker and the verb: "he also said", "she has since said", "Smith later told". */
export function skipAdverbsBackward(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  let j = k;
  // The progressive: "Ana Ruiz was telling reporters", "they are saying".
  const progressive = lex.re.participle.test(lower(tokens[k]));
  // Adverbs of manner ("Smith bluntly said") mix with the others: "she has increasingly decried",
  // "he has also broadly called for".
  const manner = (t: Token | undefined) => lex.re.adverb.test(t?.text ?? '');
  while (j > 0 && j > k - 4 && (manner(tokens[j - 1]) || (j > k - 3 && (lex.adverbs.has(lower(tokens[j - 1])) || (progressive && lex.w.progressiveAux.has(lower(tokens[j - 1]))))))) j--;
  // A time: "Ana Ruiz (D-Westmere) last week said", "the mayor on Monday told": a run of time words that
  // ends in a time noun (not a bare "on" or "the").
  const noun = lower(tokens[j - 1]);
  if (lex.w.timeWords.has(noun) && !lex.w.prepositions.has(noun) && !lex.determiners.has(noun) && !lex.adverbs.has(noun)) {
    let t = j - 1;
    while (t > 0 && j - t < 4 && lex.w.timeWords.has(lower(tokens[t - 1]))) t--;
    // The time stands between a subject and its verb: a name, a pronoun, a role or a closing bracket
    // ends right before it (not "during a Sunday", "… but on Tuesday wrote").
    // "who has in the past described": an auxiliary before the time belongs to the verb.
    const aux = t > 1 && lex.adverbs.has(lower(tokens[t - 1])) && !lex.w.timeWords.has(lower(tokens[t - 1])) ? t - 1 : t;
    const before = tokens[aux - 1];
    const b = lower(before);
    const subjectEnd = !!before && (before.text === ')' || (before.kind === 'word' && (/^\p{Lu}/u.test(before.text) || lex.pronouns.has(b) || lex.roles.has(b) || lex.roleNouns.has(b) || lex.unnamedHeads.has(b) || lex.w.subjectRelatives.has(b))));
    if (subjectEnd && !lex.determiners.has(b)) j = aux;
  }
  return j;
}

/** The phrase read after an inverted verb runs into a verb of its own ("said the plan could fail"): a clause, not a speaker. */
export function clauseAfter(tokens: readonly Token[], np: { from: number; to: number }, lex: CompiledLexicon): boolean {
  for (let j = np.from + 1; j <= np.to && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (/^\p{Ll}/u.test(t.text) && lex.w.finiteVerbs.has(t.text.toLowerCase())) return true;
  }
  return false;
}
