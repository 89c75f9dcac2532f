// Sieve 7: a quote with no cue of its own, in a block where another quote has
// a speaker: the paragraph's quotes share it.
//   “The bridge will hold,” Dr Marsh said. “I would drive over it tomorrow.”
import { CONFIDENCE } from './confidence';
import type { Decision, Sieve } from './context';

const NEAR = 8;

export const sameBlock: Sieve = {
  name: 'same-block',
  describe: '“…,” Dr Marsh said. “…” (second quote, same paragraph)',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    // The nearest earlier quote of the block with a decision; else the nearest later one.
    // Quotes of a block are numbered consecutively, so the local index is an offset.
    const mine = q.index - view.quotes[0]!;
    // Look a few quotes either way only: a block of thousands of marks stays linear.
    for (let i = mine - 1; i >= Math.max(0, mine - NEAR); i--) {
      const d = ctx.decisions[view.quotes[i]!];
      if (d && d.sieve !== 'same-block') return { ...d, sieve: this.name, confidence: d.confidence * CONFIDENCE.sameBlockBefore, from: view.quotes[i] };
    }
    for (let i = mine + 1; i < Math.min(view.quotes.length, mine + NEAR); i++) {
      const d = ctx.decisions[view.quotes[i]!];
      if (d && d.sieve !== 'same-block') return { ...d, sieve: this.name, confidence: d.confidence * CONFIDENCE.sameBlockAfter, from: view.quotes[i] };
    }
    return null;
  },
};
