// For the quote filter (filter.ts): signs around a quote that someone said its words,
// though no speech cue governs it: a term someone uses, a verb of saying right before a
// title-case quote, a cry right before it, a sentence that ends in its attribution.
import type { CompiledLexicon } from '../lexicon';
import { verbAt } from '../text/verbs';
import type { Token } from '../text/tokens';

/** A term right before the quote that someone uses: "using the term “X”", "said the words “X”", "his use of the phrase “X”". */
export function termUsed(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  if (!lex.w.termNouns.has(tokens[k - 1]?.low ?? '') || !lex.w.determinerLike.has(tokens[k - 2]?.low ?? '')) return false;
  const before = tokens[k - 3]?.low ?? '';
  return lex.w.usingWords.has(before) || (lex.w.statementLinks.has(before) && lex.w.usingWords.has(tokens[k - 4]?.low ?? ''));
}

/** A verb of saying words (`invertingVerbs`: not "told", "called"; not writing) right before the quote, or a comma or colon between. */
export function saidRightBefore(tokens: readonly Token[], sentence: readonly number[], k: number, lex: CompiledLexicon): boolean {
  const j = tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ':' ? k - 2 : k - 1;
  if (j < 0 || sentence[j] !== sentence[k]) return false;
  const lemma = verbAt(tokens, j, lex)?.lemma ?? '';
  return lex.invertingVerbs.has(lemma) && !lex.w.writingVerbs.has(lemma);
}

/** A cry right before the quote, a comma or colon between allowed, or a cry's noun and its link: "shout “Hooray!”", "chants of “Lena! Lena!”". */
export function criedBefore(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  let j = tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ':' ? k - 2 : k - 1;
  if (lex.w.statementLinks.has(tokens[j]?.low ?? '')) j--;
  const t = tokens[j];
  return !!t && t.kind === 'word' && lex.w.cryWords.has(t.low ?? '');
}

/** The sentence ends in its attribution by someone named: "…, Tom Hale said.", "…, he said.", "… said Dr Marsh." (no other quote between). */
export function saidAtEnd(tokens: readonly Token[], sentence: readonly number[], k: number, lex: CompiledLexicon): boolean {
  let end = k;
  while (end + 1 < tokens.length && sentence[end + 1] === sentence[k] && tokens[end + 1]!.kind !== 'quote') end++;
  if (end + 1 < tokens.length && sentence[end + 1] === sentence[k]) return false;
  const named = (t: Token | undefined) => !!t && t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || lex.pronouns.has(t.low ?? ''));
  for (let j = end, words = 0; j > k && words < 3; j--) {
    if (tokens[j]!.kind !== 'word') continue;
    words++;
    if (lex.invertingVerbs.has(verbAt(tokens, j, lex)?.lemma ?? '') && (named(tokens[j - 1]) || named(tokens[j + 1]))) return true;
  }
  return false;
}
