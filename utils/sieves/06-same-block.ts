// Sieve 6: a quote with no cue of its own, in a block where another quote has
// a speaker: the paragraph's quotes share it.
//   “The bridge will hold,” Dr Marsh said. “I would drive over it tomorrow.”
import type { Decision, Sieve } from './context';

export const sameBlock: Sieve = {
  name: 'same-block',
  describe: '“…,” Dr Marsh said. “…” (second quote, same paragraph)',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    // The nearest earlier quote of the block with a decision; else the nearest later one.
    const mine = view.quotes.indexOf(q.index);
    for (let i = mine - 1; i >= 0; i--) {
      const d = ctx.decisions[view.quotes[i]!];
      if (d && d.sieve !== 'same-block') return { ...d, sieve: this.name, confidence: d.confidence * 0.9, from: view.quotes[i] };
    }
    for (let i = mine + 1; i < view.quotes.length; i++) {
      const d = ctx.decisions[view.quotes[i]!];
      if (d && d.sieve !== 'same-block') return { ...d, sieve: this.name, confidence: d.confidence * 0.85, from: view.quotes[i] };
    }
    return null;
  },
};
