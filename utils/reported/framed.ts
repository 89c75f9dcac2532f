// Reported speech: the statement record every shape builds, and the two shapes
// framed from outside the sentence's verb (made-up examples):
//
//   according to   According to the authority, the piers are sound.
//                  The piers are sound, according to Dr Marsh.
//   introduced     The mayor also said:  • the vote was close  • …   (list items)
import { CONFIDENCE } from '../sieves/confidence';
import { introducer, type BlockView, type SieveContext } from '../sieves/context';
import type { NounPhrase } from '../text/phrase';
import { subjectAfter } from '../text/subjects';
import { span } from './acts';

export interface Reported {
  block: number;
  start: number;
  end: number;
  text: string;
  np: NounPhrase;
  /** Block the source phrase was read in (the introducing paragraph for list items). */
  npBlock: number;
  cue: string;
  confidence: number;
}

/** "According to the authority, the piers are sound." / "…, according to Dr Marsh." */
export function accordingTo(ctx: SieveContext, view: BlockView, from: number, end: number): Reported | null {
  const { tokens } = view;
  for (let k = from; k < end; k++) {
    const phrases = ctx.lex.accordingToByFirst.get(tokens[k]!.low ?? '');
    if (!phrases) continue;
    for (const words of phrases) {
      if (k + words.length > end || !words.every((w, i) => tokens[k + i]?.low === w)) continue;
      const np = subjectAfter(view.words, k + words.length);
      if (!np || np.type === 'unnamed') continue;
      const cue = view.block.text.slice(tokens[k]!.start, tokens[k + words.length - 1]!.end);
      if (k === from || (k === from + 1 && tokens[from]!.kind === 'punct')) {
        // Past the source and its appositive, to the comma that opens the statement.
        let c = tokens[np.to - 1]?.text === ',' ? np.to - 1 : np.to;
        while (c < end && tokens[c]!.text !== ',' && c - np.to < 12) c++;
        // No comma: the statement follows the source directly ("Laut Weber soll die Brücke …").
        if (tokens[c]?.text !== ',') c = np.to - 1;
        const clause = span(view, [c + 1, end]);
        return clause ? make(view, clause, np, cue, CONFIDENCE.reportedAccordingTo) : null;
      }
      if (tokens[k - 1]?.text === ',') {
        const clause = span(view, [from, k - 1]);
        return clause ? make(view, clause, np, cue, CONFIDENCE.reportedAccordingTo) : null;
      }
    }
  }
  return null;
}

/** A list item without quotation marks, under a paragraph that introduces it with a cue and a colon. */
export function introducedItem(ctx: SieveContext, view: BlockView): Reported | null {
  if (view.block.kind !== 'item' || view.quotes.length && view.tokens.every((t) => t.kind !== 'word')) return null;
  let p = view.block.index - 1;
  while (p >= 0 && ctx.blocks[p]!.block.kind === 'item') p--;
  const intro = ctx.blocks[p];
  const last = intro?.tokens[intro.tokens.length - 1];
  if (!intro || last?.text !== ':') return null;
  const d = introducer(ctx, p, intro.tokens.length - 1, { sieve: 'reported' });
  if (!d?.np || d.np.type === 'unnamed') return null;
  const clause = span(view, [0, view.tokens.length]);
  if (!clause) return null;
  return { ...make(view, clause, d.np, d.cue ?? '', CONFIDENCE.reportedListItem), npBlock: p };
}

export function make(view: BlockView, clause: [number, number], np: NounPhrase, cue: string, confidence: number): Reported {
  const start = view.tokens[clause[0]]!.start;
  const end = view.tokens[clause[1] - 1]!.end;
  return { block: view.block.index, start, end, text: view.block.text.slice(start, end), np, npBlock: view.block.index, cue, confidence };
}
