// What every sieve reads: each block's tokens and sentences, each quote's
// place among them, and the attributions decided so far; and the readers that
// more than one sieve (or reported speech) uses, so that no sieve calls another.
import type { CompiledLexicon } from '../lexicon';
import { SIGNATURE } from '../quotes/blockquotes';
import type { NounPhrase, Words } from '../text/phrase';
import { subjectOfCue } from '../text/clauses';
import { markCommonWords, markNameLikeWords } from '../text/namelike';
import { subjectAfter, subjectBefore } from '../text/subjects';
import { sentenceIds, tokenize, type Token } from '../text/tokens';
import { clauseAfter, invertsAt, verbAt } from '../text/verbs';
import type { Block, QuoteSpan } from '../types';
import { CONFIDENCE } from './confidence';

export interface BlockView {
  block: Block;
  tokens: Token[];
  sentence: number[];
  /** Token range [from, to) of each sentence, by sentence id. */
  bounds: [number, number][];
  /** Indices into `SieveContext.quotes` of this block's quotes, in order. */
  quotes: number[];
  /** The block's text and tokens with the lexicon: what the text readers take. */
  words: Words;
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
  /** Read from a signature under or after the quote, which closes it: the next paragraph does not carry it on. */
  signed?: boolean;
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
  /** Tokens already made for a block with exactly these spans (the filter's: none dropped, or none kept). */
  known: ReadonlyMap<number, Token[] & { quoteAt?: number[] }> = new Map(),
): SieveContext {
  // Loops, not callbacks: a callback is a closure made anew at each call, whose optimised code V8 drops at
  // every full collection and compiles again on its helper threads.
  const byBlock: QuoteSpan[][] = [];
  const indexByBlock: number[][] = [];
  for (let b = 0; b < blocks.length; b++) {
    byBlock.push([]);
    indexByBlock.push([]);
  }
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    byBlock[s.block]?.push(s);
    indexByBlock[s.block]?.push(i);
  }
  const tokenOf: number[] = new Array(spans.length).fill(-1);
  const views: BlockView[] = [];
  const tokenLists: Token[][] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const tokens = known.get(b) ?? tokenize(block.text, byBlock[b]!);
    markNameLikeWords(tokens, lex);
    const local = indexByBlock[b]!;
    for (let l = 0; l < local.length; l++) tokenOf[local[l]!] = tokens.quoteAt![l]!;
    const sentence = sentenceIds(tokens);
    const bounds: [number, number][] = [];
    for (let k = 0; k < sentence.length; k++) {
      const id = sentence[k]!;
      if (!bounds[id]) bounds[id] = [k, k + 1];
      else bounds[id]![1] = k + 1;
    }
    views.push({ block, tokens, sentence, bounds, quotes: local, words: { text: block.text, tokens, lex } });
    tokenLists.push(tokens);
  }
  markCommonWords(tokenLists, lex);
  const quotes: QuoteView[] = [];
  const decisions: (Decision | null)[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    quotes.push({ index, span, block: span.block, token: tokenOf[index]! });
    decisions.push(null);
  }
  return { lex, blocks: views, quotes, decisions };
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

/**
 * The speech verb and its subject in the sentence that ends at token `end` of
 * block `b` (or, with `wholeBlock`, in any sentence before it, nearest first):
 * "Dr Marsh said:" before a quote or a list.
 */
export function introducer(ctx: SieveContext, b: number, end: number, options: { sieve: string; wholeBlock?: boolean }): Decision | null {
  const { sieve, wholeBlock = false } = options;
  const view = ctx.blocks[b]!;
  const { tokens, words } = view;
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
      subjectOfCue(words, v, from) ??
      (invertsAt(tokens, v, ctx.lex) ? subjectAfter(words, v + verb.len) : null);
    // "… but now said Price had “…”": a phrase that runs into its own verb is what was said, not who said it.
    if (np && np.from > v && np.type !== 'pronoun' && clauseAfter(tokens, np, ctx.lex)) continue;
    if (np) return { np, block: b, cue: cueText(view, v, v + verb.len), sieve, confidence: CONFIDENCE.introducer * verb.strength };
  }
  return null;
}

/**
 * A sentence ending at token `end` of block `b` that puts out a document, and the
 * subject who did: "The ministry issued the following statement:", "Ms Ruiz's office
 * released a short statement on Monday:". The issuing verb is no speech cue alone; a
 * statement noun a few words after it, before the sentence's end, makes it one.
 */
export function issuer(ctx: SieveContext, b: number, end: number, sieve: string): Decision | null {
  const view = ctx.blocks[b]!;
  const { tokens, words } = view;
  const sentence = view.sentence[end - 1] ?? view.sentence[end];
  const [from] = view.bounds[sentence!]!;
  for (let v = end - 1; v >= from; v--) {
    if (tokens[v]!.kind === 'quote') return null;
    if (!ctx.lex.w.issuingVerbs.has(tokens[v]!.low ?? '')) continue;
    let noun = -1;
    for (let k = v + 1; k < Math.min(end, v + 6); k++) if (ctx.lex.w.statementNouns.has(tokens[k]!.low ?? '')) noun = k;
    if (noun < 0) continue;
    const np = subjectBefore(words, v, from);
    if (np) return { np, block: b, cue: cueText(view, v, noun + 1), sieve, confidence: CONFIDENCE.introducer * 0.9 };
  }
  return null;
}

/** Longest aside between a subject and its verb that the sieves cross (`subjectPastAside`, cue-after's), in tokens. */
export const ASIDE = 24;

/**
 * The subject of the verb at `v` across an aside between them, which the subject readers stop at: a phrase
 * between dashes ("Jane Doe — a teacher from Ashby — says …") or a relative clause between commas ("Tom
 * Hale, who is thinking about running, said …"). Only a name or a pronoun right before the aside.
 */
export function subjectPastAside(words: Words, v: number, from: number): NounPhrase | null {
  const { tokens, lex } = words;
  const close = tokens[v - 1]?.text ?? '';
  if (close !== '—' && close !== '–' && close !== ',') return null;
  for (let o = v - 3; o >= Math.max(from, v - ASIDE); o--) {
    const t = tokens[o]!;
    if (t.kind === 'quote' || t.text === ';') return null;
    if (t.text !== close) continue;
    // Between commas, only a relative clause: "X, who …, said" (an appositive the readers take themselves).
    if (close === ',' && !lex.w.relatives.has(tokens[o + 1]?.low ?? '')) return null;
    const np = subjectBefore(words, o, from);
    return np && np.to === o && (np.type === 'person' || np.type === 'organization' || np.type === 'pronoun') ? np : null;
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

/** A dash that opens a signature: em, en, the horizontal bar of epigraphs, or a hyphen typed for one. */
const SIGNATURE_DASH = /^[—–―-]$/;

/**
 * The author who signs a quote, at its end or on a line of its own: a block quote
 * ("> … — Jane Marsh" or "> …" ¶ "> — Jane Marsh, PhD"), or a paragraph that is only a
 * quote, the typographic convention of epigraphs, fact-checks and readers' reactions
 * ("“We will win this.” ― Jane Doe, a voter in Ohio", or "“…”" ¶ "- Jane Doe.").
 */
export function signedBy(ctx: SieveContext, q: QuoteView, sieve: string): Decision | null {
  const view = ctx.blocks[q.block]!;
  const kind = view.block.kind;
  const quote = kind === 'blockquote';
  // In a paragraph, the quote must open it: "She wrote “…” — a line…" is running text.
  if (!quote && (kind !== 'paragraph' || !opensBlock(ctx, q.block, q.token))) return null;
  // Signed in the same block: "“…” — Jane Marsh" / "… — Jane Marsh (@jmarsh) May 2, 2026".
  const dash = view.tokens[q.token + 1];
  if (dash && SIGNATURE_DASH.test(dash.text)) {
    const np = subjectAfter(view.words, q.token + 2);
    if (np && (np.type === 'person' || np.type === 'organization') && (quote || endsSignature(view, np.to))) return { np, block: q.block, cue: null, sieve, confidence: CONFIDENCE.signatureInline, signed: true };
  }
  // The quote must end its block (nothing but punctuation after it).
  for (let k = q.token + 1; k < view.tokens.length; k++) if (view.tokens[k]!.kind !== 'punct') return null;
  const next = ctx.blocks[q.block + 1];
  if (!next || next.block.kind !== kind) return null;
  let k = 0;
  while (k < next.tokens.length && next.tokens[k]!.kind === 'punct') k++;
  // Under a paragraph, the line must open with its dash ("- Jane Doe, Toledo."): a name alone is a heading or a caption.
  if (quote ? !SIGNATURE.test(next.block.text) : k !== 1 || !SIGNATURE_DASH.test(next.tokens[0]!.text)) return null;
  const np = subjectAfter(next.words, k);
  if (!np || (np.type !== 'person' && np.type !== 'organization')) return null;
  if (!quote && !endsSignature(next, np.to)) return null;
  return { np, block: q.block + 1, cue: null, sieve, confidence: CONFIDENCE.signatureNextBlock, signed: true };
}

/** Longest description after a signing name, in words: "a retired teacher from Dayton, Ohio". */
const SIGNATURE_TAIL = 12;

/**
 * A signature's name ends its block, alone or with a short description after a comma or in brackets, and no
 * other sentence or quote follows: "― Jane Doe.", "- Jane Doe, Toledo.", "― Jane Doe (a nurse)", but not
 * "— Jane Doe said later that …" or "— Jane Doe. The rally went on."
 */
function endsSignature(view: BlockView, to: number): boolean {
  const { tokens, sentence } = view;
  if (to >= tokens.length) return true;
  const first = tokens[to]!;
  if (first.kind !== 'punct') return false;
  if (first.text !== ',' && first.text !== '(') return tokens.slice(to).every((t) => t.kind === 'punct');
  let words = 0;
  for (let k = to; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || sentence[k] !== sentence[to]) return false;
    if (t.kind === 'word' && ++words > SIGNATURE_TAIL) return false;
  }
  return true;
}

/**
 * A speaker label opening a quote, as transcripts write it: a name of two or three capitalised
 * words, or one word in capitals, then a colon ("Jane Marsh: …", "MARSH: …"). One capitalised
 * word alone ("Look: …") is how speakers talk, no label.
 */
const SPEAKER_LABEL = /^\P{L}*((?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})|\p{Lu}{2,}[\p{Lu}.'’-]*):\s/u;

/** The speaker label opening a quote's text ("MARSH" in “MARSH: The bridge will hold.”), or null. */
export function speakerLabel(text: string): string | null {
  // No colon, no label: most quotes never run the expression (whose first run compiles its letter classes, a few ms in a fresh popup).
  return text.includes(':') ? SPEAKER_LABEL.exec(text)?.[1] ?? null : null;
}
