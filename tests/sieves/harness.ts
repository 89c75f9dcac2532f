// Shared by the sieve table tests: run an input through the public door and
// find one quote by the start of its text. Every sentence in these tables is
// made up (fictional people and places).
import { expect } from 'vitest';
import { analyze } from '../../utils/analyze';
import type { Analysis, Article, Block, BlockKind, Quote, QuoteKind } from '../../utils/types';

/** Plain text (blank-line paragraphs) or an article built from typed blocks. */
export type Input = string | Article;

export interface Row {
  /** What the row is about, shown as the test's name. */
  name: string;
  input: Input;
  /** The start of the quote's text (its first words are enough). */
  quote: string;
  /** The speaker the quote must get (null: no speaker). */
  speaker: string | null;
  /** The sieve that must have decided the quote (null: none did). Unchecked when absent. */
  sieve?: string | null;
  /** A sieve that must NOT have decided the quote. */
  notSieve?: string;
  /** The cue as written, when the row checks it. */
  cue?: string | null;
  kind?: QuoteKind;
}

/** An article made of typed blocks, for what plain text cannot say (block quotes, list items, headings). */
export function article(...blocks: [BlockKind, string][]): Article {
  return {
    title: null, byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, excerpt: null,
    blocks: blocks.map(([kind, text], index): Block => ({ index, kind, text })),
  };
}

export function run(input: Input): Analysis {
  return analyze(typeof input === 'string' ? { text: input } : input);
}

/** The first marked (not reported-speech) quote whose text starts with `start`. */
export function quoteOf(result: Analysis, start: string): Quote | undefined {
  return result.quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(start));
}

export function check(row: Row): Quote {
  const result = run(row.input);
  const q = quoteOf(result, row.quote);
  const found = result.quotes.filter((x) => x.kind !== 'indirect').map((x) => x.text);
  expect(q, `quote “${row.quote}…” among ${JSON.stringify(found)}`).toBeDefined();
  expect(q!.speaker).toBe(row.speaker);
  if (row.sieve !== undefined) expect(q!.sieve).toBe(row.sieve);
  if (row.notSieve !== undefined) expect(q!.sieve).not.toBe(row.notSieve);
  if (row.cue !== undefined) expect(q!.cue).toBe(row.cue);
  if (row.kind !== undefined) expect(q!.kind).toBe(row.kind);
  return q!;
}
