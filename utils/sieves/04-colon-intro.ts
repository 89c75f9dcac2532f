// Sieve 4: a quote (or an unmarked block quote) that opens its block, after a
// block that ends by introducing it.
//   The harbour authority said in a statement:
//   > Inspections will continue through the winter.
import { coordinatedSubject, invertsAt, subjectAfter, subjectBefore, verbAt } from '../text/np';
import { signature } from './08-signature';
import { cueText, type Decision, type Sieve, type SieveContext } from './context';

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
    const d = introducer(ctx, prev, tokens.length - 1, this.name);
    // "The governor wrote:" names no one; a signature under the quote may ("— Gov. Ana Ruiz").
    if (d && d.np && d.np.type !== 'person' && d.np.type !== 'organization' && d.np.type !== 'pronoun' && signature.run(ctx, q)) return null;
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
  return introducer(ctx, b, token, sieve);
}

/**
 * The speech verb and its subject in the sentence that ends at token `end` of
 * block `b` (or, with `wholeBlock`, in any sentence before it, nearest first).
 */
export function introducer(ctx: SieveContext, b: number, end: number, sieve: string, wholeBlock = false): Decision | null {
  const view = ctx.blocks[b]!;
  const { tokens } = view;
  const sentence = view.sentence[end - 1] ?? view.sentence[end];
  for (let v = end - 1; v >= 0 && (wholeBlock || view.sentence[v] === sentence); v--) {
    if (tokens[v]!.kind === 'quote') {
      if (wholeBlock) continue;
      break;
    }
    const verb = verbAt(tokens, v, ctx.lex);
    if (!verb || verb.strength < 0.5) continue;
    const from = view.bounds[view.sentence[v]!]![0];
    const np =
      subjectBefore(view.block.text, tokens, v, ctx.lex, from) ??
      coordinatedSubject(view.block.text, tokens, v, from, ctx.lex) ??
      (invertsAt(tokens, v, ctx.lex) ? subjectAfter(view.block.text, tokens, v + verb.len, ctx.lex) : null);
    if (np) return { np, block: b, cue: cueText(view, v, v + verb.len), sieve, confidence: 0.85 * verb.strength };
  }
  return null;
}

/** The quote's token is the first of its block (an opening dash or bullet aside). */
export function opensBlock(ctx: SieveContext, b: number, token: number): boolean {
  const { tokens } = ctx.blocks[b]!;
  for (let k = 0; k < token; k++) if (tokens[k]!.kind !== 'punct') return false;
  return true;
}

/** The nearest earlier block that is not a heading, or -1. */
export function previousTextBlock(ctx: SieveContext, b: number): number {
  for (let p = b - 1; p >= 0; p--) if (ctx.blocks[p]!.block.kind !== 'heading') return p;
  return -1;
}
