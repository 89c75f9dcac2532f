// Sieve 5: a quote signed by its author: a block quote signed on a line of its own or at its
// end, or a transcript's turn opened by its speaker's label.
//   > The bridge will hold. We checked every bolt.
//   > — Jane Marsh, PhD
//   > The bridge will hold. — Jane Marsh (@jmarsh) May 2, 2026
//   "MARSH: The bridge will hold. We checked every bolt."
import { nounPhrase } from '../text/phrase';
import { CONFIDENCE } from './confidence';
import { opensBlock, signedBy, speakerLabel, type Decision, type QuoteView, type Sieve, type SieveContext } from './context';

export const signature: Sieve = {
  name: 'signature',
  describe: '> “…” ¶ > — Jane Marsh · “MARSH: …”',
  run(ctx, q): Decision | null {
    return signedBy(ctx, q, this.name) ?? labelled(ctx, q, this.name);
  },
};

/**
 * “RAMOS: Secretary, did you …” opening its paragraph: the label's speaker, when the article names
 * that person elsewhere by a full name ending with it ("Jorge Ramos"). A label the article names
 * no one by ("VIDEO:", "UPDATE:") is no speaker.
 */
function labelled(ctx: SieveContext, q: QuoteView, sieve: string): Decision | null {
  if (!opensBlock(ctx, q.block, q.token)) return null;
  const label = speakerLabel(q.span.text);
  if (!label) return null;
  const words = label.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const named = ctx.blocks.some((view, b) => b !== q.block && view.tokens.some((t, k) => t.kind === 'word' && t.low === last && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(view.tokens[k - 1]?.text ?? '') && view.tokens[k - 1]!.kind === 'word'));
  if (!named) return null;
  // "PENCE" is written as a name is: "Pence".
  const name = words.map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
  const np = nounPhrase({ type: 'person', from: q.token, to: q.token + 1, text: name, name });
  return { np, block: q.block, cue: null, sieve, confidence: CONFIDENCE.signatureInline };
}
