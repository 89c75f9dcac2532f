// Sieve 8: a block quote signed by its author, on a line of its own or at its end.
//   > The bridge will hold. We checked every bolt.
//   > — Jane Marsh, PhD
//   > The bridge will hold. — Jane Marsh (@jmarsh) May 2, 2026
import { SIGNATURE } from '../quotes/blockquotes';
import { subjectAfter } from '../text/np';
import type { Decision, Sieve } from './context';

export const signature: Sieve = {
  name: 'signature',
  describe: '> “…” ¶ > — Jane Marsh',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    if (view.block.kind !== 'blockquote') return null;
    // Signed in the same block: "“…” — Jane Marsh" / "… — Jane Marsh (@jmarsh) May 2, 2026".
    const dash = view.tokens[q.token + 1];
    if (dash && /^[—–]$/.test(dash.text)) {
      const np = subjectAfter(view.block.text, view.tokens, q.token + 2, ctx.lex);
      if (np && (np.type === 'person' || np.type === 'organization')) return { np, block: q.block, cue: null, sieve: this.name, confidence: 0.85 };
    }
    // The quote must end its block (nothing but punctuation after it).
    for (let k = q.token + 1; k < view.tokens.length; k++) if (view.tokens[k]!.kind !== 'punct') return null;
    const next = ctx.blocks[q.block + 1];
    if (!next || next.block.kind !== 'blockquote' || !SIGNATURE.test(next.block.text)) return null;
    let k = 0;
    while (k < next.tokens.length && next.tokens[k]!.kind === 'punct') k++;
    const np = subjectAfter(next.block.text, next.tokens, k, ctx.lex);
    if (!np || (np.type !== 'person' && np.type !== 'organization')) return null;
    return { np, block: q.block + 1, cue: null, sieve: this.name, confidence: 0.8 };
  },
};
