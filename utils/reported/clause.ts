// Reported speech: whether words make a clause, read by their verbs. No tagger:
// a finite verb is an auxiliary or a copula ("the piers are sound"), a form of
// known shape ("the piers cracked", "the city needs"), an irregular past ("she saw
// no need") or a negation ("the office doesn’t need it").
import type { CompiledLexicon } from '../lexicon';
import type { Token } from '../text/tokens';

/** A finite verb opens the words at k: an auxiliary, a past form, a negation ("did not say", "stopped", "doesn’t"). */
export function startsPredicate(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  let j = k;
  while (j < k + 2 && lex.adverbs.has(tokens[j]?.low ?? '') && !lex.w.finiteVerbs.has(tokens[j]?.low ?? '')) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  const low = t.low ?? t.text.toLowerCase();
  return lex.w.finiteVerbs.has(low) || lex.w.pastVerbs.has(low) || lex.re.finiteContraction.test(t.text) || negated(low, lex) || lex.patterns.finiteForms.some((p) => p.test(t.text));
}

/** A clause has a verb: an auxiliary, a copula, or a finite form; "announced a new strategy" reports a thing, not a claim. */
export function hasFiniteVerb(tokens: readonly Token[], [a, b]: [number, number], lex: CompiledLexicon): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return true;
    if (t.kind !== 'word') continue;
    const low = t.text.toLowerCase();
    if (lex.w.finiteVerbs.has(low) || lex.re.finiteContraction.test(t.text)) return true;
    // Irregular past forms and negated auxiliaries: "she saw no need", "the office doesn’t need it".
    if (k > a && lex.w.pastVerbs.has(low)) return true;
    if (negated(low, lex)) return true;
    // Forms known by their shape, after the clause's first word: "the piers cracked", "the city needs".
    if (k > a && lex.patterns.finiteForms.some((p) => p.test(t.text))) return true;
  }
  return false;
}

/** A negated auxiliary: "doesn’t", "didn't". */
export function negated(low: string, lex: CompiledLexicon): boolean {
  for (const e of lex.w.negativeEndings) if (low.endsWith(e)) return true;
  return false;
}
