// Sieve 7: a paragraph that opens with a quote and names no speaker carries on
// the speaker of the paragraph before: the quote that ended it, or the subject
// of its last speech verb.
//   “The cracks are new,” Dr Marsh said.
//   “We measured them twice.”
import { introducer, opensBlock, previousTextBlock } from './04-colon-intro';
import type { Decision, Sieve } from './context';

export const continuation: Sieve = {
  name: 'continuation',
  describe: '“…,” Dr Marsh said. ¶ “…” (next paragraph)',
  run(ctx, q): Decision | null {
    if (!opensBlock(ctx, q.block, q.token) && !q.span.continuesPrevious) return null;
    // A block quote may follow a paragraph or two about something else ("Here is how it works.").
    const reach = q.span.unmarked ? 3 : 1;
    let prev = q.block;
    for (let step = 0; step < reach; step++) {
      prev = previousTextBlock(ctx, prev);
      if (prev < 0) return null;
      const view = ctx.blocks[prev]!;
      for (let i = view.quotes.length - 1; i >= 0; i--) {
        const d = ctx.decisions[view.quotes[i]!];
        if (d) return { ...d, sieve: this.name, cue: null, confidence: d.confidence * 0.85, from: view.quotes[i] };
      }
      if (!view.tokens.length) continue;
      const d = introducer(ctx, prev, view.tokens.length, this.name, true);
      if (d) return { ...d, cue: null, confidence: d.confidence * 0.8 };
    }
    return null;
  },
};
