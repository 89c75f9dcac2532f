// Sieve 3: "according to X" anywhere in the quote's sentence.
//   The bridge is “a disaster waiting to happen”, according to Dr Marsh.
//   According to the harbour authority, repairs are “urgent”.
import { subjectAfter, subjectBefore } from '../text/subjects';
import { CONFIDENCE } from './confidence';
import type { QuoteView, SieveContext } from './context';
import { cueText, sentenceRange, type Decision, type Sieve } from './context';

export const accordingTo: Sieve = {
  name: 'according-to',
  describe: 'according to Dr Marsh, the bridge is “…”',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    const { tokens } = view;
    const [sFrom, sTo] = sentenceRange(view, q.token);
    // A sentence's worth either side, so a block of thousands of quotes stays linear.
    const from = Math.max(sFrom, q.token - 60);
    const to = Math.min(sTo, q.token + 60);
    let best: Decision | null = null;
    let bestDistance = Infinity;
    for (const words of ctx.lex.accordingToWords) {
      for (let k = from; k + words.length <= to; k++) {
        if (tokens[k]!.low !== words[0] || !words.every((w, i) => tokens[k + i]?.low === w)) continue;
        const np = subjectAfter(view.words, k + words.length);
        if (!np || np.type === 'pronoun') continue;
        const distance = Math.abs(k - q.token);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = { np, block: q.block, cue: cueText(view, k, k + words.length), sieve: this.name, confidence: CONFIDENCE.accordingTo };
        }
      }
    }
    return best ?? inWords(ctx, q, from, to, this.name);
  },
};

/** "In Dr Marsh’s words, “…”", "(in the economist Tom Hale’s phrase) “…”": a possessive name before "words". */
function inWords(ctx: SieveContext, q: QuoteView, from: number, to: number, sieve: string): Decision | null {
  const view = ctx.blocks[q.block]!;
  const { tokens } = view;
  for (let k = from + 1; k < to; k++) {
    // What someone's words are called after a possessive: "in Dr Marsh’s words", "in her phrase".
    if (!ctx.lex.w.wordsNouns.has(tokens[k]!.low ?? '') || tokens[k - 1]!.kind !== 'word' || !/['’]s?$/.test(tokens[k - 1]!.text)) continue;
    const np = subjectBefore(view.words, k, from);
    if (np && (np.type === 'person' || np.type === 'organization')) {
      const name = np.name?.replace(/['’]s?$/, '') ?? null;
      return { np: { ...np, name }, block: q.block, cue: cueText(view, Math.max(from, np.from - 1), k + 1), sieve, confidence: CONFIDENCE.inWords };
    }
  }
  return null;
}
