// Sieve 8 (signature): a block quote signed by its author on the next block-quote line.
import { describe, test } from 'vitest';
import { article, check, type Row } from './harness';

const SIEVE = 'signature';
const STATEMENT = '“The bridge will hold. We checked every bolt twice.”';

const positive: Row[] = [
  { name: 'dash and name under a marked block quote', input: article(['blockquote', STATEMENT], ['blockquote', '— Jane Marsh']), quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE, cue: null, kind: 'direct' },
  { name: 'name with a degree: X, PhD', input: article(['blockquote', STATEMENT], ['blockquote', 'Jane Marsh, PhD']), quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'en dash signature', input: article(['blockquote', STATEMENT], ['blockquote', '– Tomas Brell']), quote: 'The bridge will hold', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'unmarked block quote (a statement without marks) signed below', input: article(['blockquote', 'The bridge will hold. We checked every bolt twice and found nothing wrong.'], ['blockquote', '— Jane Marsh']), quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'organisation signing a statement', input: article(['paragraph', 'The statement was posted on Friday evening.'], ['blockquote', STATEMENT], ['blockquote', '— Coastal Safety Agency']), quote: 'The bridge will hold', speaker: 'Coastal Safety Agency', sieve: SIEVE },
];

const negative: Row[] = [
  { name: 'a signature-like line that is a paragraph, not part of the block quote', input: article(['blockquote', STATEMENT], ['paragraph', '— Jane Marsh']), quote: 'The bridge will hold', speaker: null, notSieve: SIEVE },
  { name: 'a sentence under the quote is not a signature', input: article(['blockquote', STATEMENT], ['blockquote', 'Read the full report on our website.']), quote: 'The bridge will hold', speaker: null, notSieve: SIEVE },
  { name: 'a quote in a paragraph (not a block quote) is never signed', input: article(['paragraph', STATEMENT], ['blockquote', '— Jane Marsh']), quote: 'The bridge will hold', speaker: null, notSieve: SIEVE },
  { name: 'a quote that does not end its block quote', input: article(['blockquote', '“The bridge will hold,” the engineers’ report concludes after forty pages of tables.'], ['blockquote', '— Jane Marsh']), quote: 'The bridge will hold', speaker: null, notSieve: SIEVE },
  { name: 'the introduction before the block quote wins: X said in a statement:', input: article(['paragraph', 'Petra Osk said in a statement:'], ['blockquote', STATEMENT], ['blockquote', '— Jane Marsh']), quote: 'The bridge will hold', speaker: 'Petra Osk', notSieve: SIEVE },
];

describe(`sieve ${SIEVE}`, () => {
  test.each(positive)('decides: $name', (row) => {
    check(row);
  });
  test.each(negative)('leaves alone / other speaker: $name', (row) => {
    check(row);
  });
});
