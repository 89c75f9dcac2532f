// Sieve 4: a quote (or an unmarked block quote) that opens its block, after a
// block that ends by introducing it.
//   The harbour authority said in a statement:
//   > Inspections will continue through the winter.
import { verbAt } from '../text/verbs';
import { introducer, issuer, opensBlock, previousTextBlock, signedBy, type Decision, type Sieve, type SieveContext } from './context';

export const colonIntro: Sieve = {
  name: 'colon-intro',
  describe: 'Dr Marsh said: ¶ “…”',
  run(ctx, q): Decision | null {
    const item = ctx.blocks[q.block]!.block.kind === 'item';
    if (!opensBlock(ctx, q.block, q.token) && !item) return introSentence(ctx, q.block, q.token, this.name);
    // The items of a list hang on the paragraph before the list.
    let prev = previousTextBlock(ctx, q.block);
    if (item) while (prev >= 0 && ctx.blocks[prev]!.block.kind === 'item') prev = previousTextBlock(ctx, prev);
    if (prev < 0) return null;
    const view = ctx.blocks[prev]!;
    const { tokens } = view;
    const last = tokens[tokens.length - 1];
    if (!last || last.text !== ':') return null;
    const d = introducer(ctx, prev, tokens.length - 1, { sieve: this.name }) ?? issuer(ctx, prev, tokens.length - 1, this.name);
    // "The governor wrote:" names no one; a signature under the quote may ("— Gov. Ana Ruiz").
    if (d && d.np && d.np.type !== 'person' && d.np.type !== 'organization' && d.np.type !== 'pronoun' && signedBy(ctx, q, this.name)) return null;
    return d;
  },
};

/**
 * A quote that opens a sentence with no cue of its own, after a sentence of
 * the same block that announces it: "Dr Marsh put it plainly. “…”"
 */
function introSentence(ctx: SieveContext, b: number, token: number, sieve: string): Decision | null {
  const view = ctx.blocks[b]!;
  const { tokens, sentence } = view;
  const prev = tokens[token - 1];
  if (!prev || sentence[token - 1] === sentence[token]) return null;
  // The quote's own sentence must have no speech verb (the later sieves read those).
  for (let k = token + 1; k < Math.min(tokens.length, token + 60) && sentence[k] === sentence[token]; k++) if (verbAt(tokens, k, ctx.lex)) return null;
  if (tokens[token - 1]!.kind === 'quote') return null;
  // After a sentence that holds a quote, the same-block sieve decides ("“…,” she said. “…”").
  const [prevFrom] = view.bounds[sentence[token - 1]!]!;
  for (let k = prevFrom; k < token; k++) if (tokens[k]!.kind === 'quote') return null;
  return introducer(ctx, b, token, { sieve });
}
