// Sieve 3: "according to X" anywhere in the quote's sentence.
//   The bridge is “a disaster waiting to happen”, according to Dr Marsh.
//   According to the harbour authority, repairs are “urgent”.
import { subjectAfter } from '../text/np';
import { cueText, sentenceRange, type Decision, type Sieve } from './context';

export const accordingTo: Sieve = {
  name: 'according-to',
  describe: 'according to Dr Marsh, the bridge is “…”',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    const { tokens } = view;
    const [from, to] = sentenceRange(view, q.token);
    let best: Decision | null = null;
    let bestDistance = Infinity;
    for (const phrase of ctx.lex.accordingTo) {
      const words = phrase.split(' ');
      for (let k = from; k + words.length <= to; k++) {
        if (!words.every((w, i) => tokens[k + i]?.text.toLowerCase() === w)) continue;
        const np = subjectAfter(view.block.text, tokens, k + words.length, ctx.lex);
        if (!np || np.type === 'pronoun') continue;
        const distance = Math.abs(k - q.token);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = { np, block: q.block, cue: cueText(view, k, k + words.length), sieve: this.name, confidence: 0.85 };
        }
      }
    }
    return best;
  },
};
