// What every sieve reads: each block's tokens and sentences, each quote's
// place among them, and the attributions decided so far.
import type { CompiledLexicon } from '../lexicon';
import type { NounPhrase } from '../text/np';
import { sentenceIds, tokenize, type Token } from '../text/tokens';
import type { Block, QuoteSpan } from '../types';

export interface BlockView {
  block: Block;
  tokens: Token[];
  sentence: number[];
  /** Token range [from, to) of each sentence, by sentence id. */
  bounds: [number, number][];
  /** Indices into `SieveContext.quotes` of this block's quotes, in order. */
  quotes: number[];
}

export interface QuoteView {
  index: number;
  span: QuoteSpan;
  block: number;
  /** Index of the quote's token in its block's tokens. */
  token: number;
}

/** A sieve's decision: the phrase naming the speaker (null: an unnamed or unknown source). */
export interface Decision {
  np: NounPhrase | null;
  /** The block the phrase was read from (it may differ from the quote's block). */
  block: number;
  cue: string | null;
  sieve: string;
  confidence: number;
  /** A decision copied from another quote (continuations, same sentence). */
  from?: number;
}

export interface SieveContext {
  lex: CompiledLexicon;
  blocks: BlockView[];
  quotes: QuoteView[];
  decisions: (Decision | null)[];
}

export interface Sieve {
  name: string;
  /** What the sieve handles, with a made-up example. */
  describe: string;
  run(ctx: SieveContext, q: QuoteView): Decision | null;
}

export function buildContext(
  blocks: readonly Block[],
  spans: readonly QuoteSpan[],
  lex: CompiledLexicon,
  /** Tokens already made for a block with exactly these spans (the filter's, when it dropped none). */
  known: ReadonlyMap<number, Token[] & { quoteAt?: number[] }> = new Map(),
): SieveContext {
  const byBlock: QuoteSpan[][] = blocks.map(() => []);
  const indexByBlock: number[][] = blocks.map(() => []);
  spans.forEach((s, i) => {
    byBlock[s.block]?.push(s);
    indexByBlock[s.block]?.push(i);
  });
  const tokenOf: number[] = new Array(spans.length).fill(-1);
  const views: BlockView[] = blocks.map((block, b) => {
    const tokens = (byBlock[b]!.length ? known.get(b) : undefined) ?? tokenize(block.text, byBlock[b]!);
    indexByBlock[b]!.forEach((global, local) => (tokenOf[global] = tokens.quoteAt![local]!));
    const sentence = sentenceIds(tokens);
    const bounds: [number, number][] = [];
    sentence.forEach((id, k) => {
      if (!bounds[id]) bounds[id] = [k, k + 1];
      else bounds[id]![1] = k + 1;
    });
    return { block, tokens, sentence, bounds, quotes: indexByBlock[b]! };
  });
  const quotes: QuoteView[] = spans.map((span, index) => ({ index, span, block: span.block, token: tokenOf[index]! }));
  return { lex, blocks: views, quotes, decisions: spans.map(() => null) };
}

/** Token range [from, to) of the sentence holding token k. */
export function sentenceRange(view: BlockView, k: number): [number, number] {
  const b = view.bounds[view.sentence[k] ?? -1];
  return b ? [b[0], b[1]] : [k, k + 1];
}

/** The words of the cue as written, from token `from` to `to` (exclusive). */
export function cueText(view: BlockView, from: number, to: number): string {
  const t = view.tokens;
  if (from >= to || !t[from]) return '';
  return view.block.text.slice(t[from]!.start, t[Math.min(to, t.length) - 1]!.end);
}
