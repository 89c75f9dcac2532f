// Stage 2b: block quotes without quotation marks. Statements, tweets and
// excerpts are often set as <blockquote> with no marks; each block quote that
// reads as prose becomes one unmarked span covering the block. Whether it has
// a speaker is the sieves' question (the text before it usually introduces it).
import { SIGNATURE } from '../lexicon';
import type { Block, QuoteSpan } from '../types';
import { wordCount } from '../article/text';

export { SIGNATURE } from '../lexicon';

/** Characters typical of code or data, not speech. */
const CODE_CHARS = /[{}[\]<>=;|\\]/g;

/** A dash and a name closing a block quote, with an optional handle and date: "— Jane Marsh (@jmarsh) May 2, 2026". */
export const INLINE_SIGNATURE = /\s[—–―]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5}\s*(?:\(@?[\w.]+\))?\s*(?:\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4})?\s*$/u;

/** The dashes INLINE_SIGNATURE opens with. */
const SIGNATURE_DASHES = /[—–―]/;

/** Unmarked spans for the block quotes among `blocks` that no marked span already covers. */
export function findUnmarkedBlockquotes(blocks: readonly Block[], marked: readonly QuoteSpan[]): QuoteSpan[] {
  // A block quote that has marked quotes of its own is read through those.
  const covered = new Set<number>();
  for (const s of marked) covered.add(s.block);
  const out: QuoteSpan[] = [];
  for (const block of blocks) {
    if (block.kind !== 'blockquote') continue;
    const text = block.text;
    if (covered.has(block.index)) continue;
    if (!isProse(text)) continue;
    // A signature at the end ("… — Jane Marsh (@jmarsh) March 3, 2026") is not part of the words.
    // (Only a text with a dash runs the expression, whose first runs compile its letter classes: a few ms in a fresh popup.)
    const signed = SIGNATURE_DASHES.test(text) ? INLINE_SIGNATURE.exec(text) : null;
    const end = signed && signed.index > 0 ? signed.index : text.length;
    const words = text.slice(0, end).trimEnd();
    out.push({ block: block.index, start: 0, end: words.length, open: '', close: null, text: words, continuesPrevious: false, unmarked: true });
  }
  return out;
}

/** Prose: enough words, lower-case words among them, little code punctuation, not a signature. */
export function isProse(text: string): boolean {
  if (wordCount(text) < 6) return false;
  if (SIGNATURE.test(text)) return false;
  const code = text.match(CODE_CHARS)?.length ?? 0;
  if (code > Math.max(2, text.length * 0.02)) return false;
  return /\p{Ll}{2,}/u.test(text);
}

/** Merge two sorted span lists into one, in reading order. */
export function mergeSpans(a: readonly QuoteSpan[], b: readonly QuoteSpan[]): QuoteSpan[] {
  return [...a, ...b].sort((x, y) => x.block - y.block || x.start - y.start);
}
