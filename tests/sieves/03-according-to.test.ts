// Sieve 3 (according-to): "according to X" anywhere in the quote's sentence, and "In X's words, “…”".
import { describe, test } from 'vitest';
import { check, type Row } from './harness';

const SIEVE = 'according-to';

const positive: Row[] = [
  { name: '“…”, according to Dr X', input: 'The bridge is “a disaster waiting to happen”, according to Dr Jane Marsh.', quote: 'a disaster waiting', speaker: 'Jane Marsh', sieve: SIEVE, cue: 'according to', kind: 'partial' },
  { name: 'According to an organisation, … “…”', input: 'According to the Coastal Safety Agency, the repairs are “long overdue and badly planned”.', quote: 'long overdue and badly', speaker: 'Coastal Safety Agency', sieve: SIEVE, cue: 'According to' },
  { name: 'According to a titled name', input: 'According to Harbour Minister Ilse Varga, the port is “ready to reopen in March”.', quote: 'ready to reopen', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'According to the mayor (introduced earlier as Mayor X)', input: 'Mayor Ilse Varga opened the session.\n\nAccording to the mayor, the toll is “not up for debate”.', quote: 'not up for debate', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'in the words of X', input: 'The new ferry is “the pride of the whole coast”, in the words of Petra Osk.', quote: 'the pride of the whole', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'In X’s words, “…”', input: 'In Dr Marsh’s words, “the bridge is older than the town itself”.', quote: 'the bridge is older', speaker: 'Marsh', sieve: SIEVE },
  { name: 'according to a document filed by X: the author, not the document', input: 'The case was closed, “although there was cause to detain him,” according to a court document filed by county attorney Carl Vane.', quote: 'although there was cause', speaker: 'Carl Vane', sieve: SIEVE },
  { name: 'according to a statement released by an organisation', input: 'The talks had failed, “with no date set for another round,” according to a statement released by the Harbour Union on Friday.', quote: 'with no date set', speaker: 'Harbour Union', sieve: SIEVE },
  { name: 'Spanish: Según X, … «…»', input: 'Según Lucía Prado, el puerto «abrirá en marzo».', quote: 'abrirá en marzo', speaker: 'Lucía Prado', sieve: SIEVE, cue: 'Según' },
];

const negative: Row[] = [
  { name: 'according to + pronoun-only: In his words names nobody', input: 'In his words, “the bridge is older than the town itself”.', quote: 'the bridge is older', speaker: null, notSieve: SIEVE },
  { name: 'according to in another sentence does not reach the quote', input: 'According to Petra Osk, the vote was close. The result was “a surprise to everyone in the hall”, Dr Marsh said.', quote: 'a surprise to everyone', speaker: 'Marsh', notSieve: SIEVE },
  { name: 'a document obtained by a newspaper is not its author', input: 'The plan was “a dead letter from the start,” according to a memo obtained by the Westmere Courier.', quote: 'a dead letter', speaker: null },
  { name: 'a direct cue wins before this sieve runs', input: '“The pier is finished,” Petra Osk said, according to minutes of the meeting.', quote: 'The pier is finished', speaker: 'Petra Osk', notSieve: SIEVE },
];

describe(`sieve ${SIEVE}`, () => {
  test.each(positive)('decides: $name', (row) => {
    check(row);
  });
  test.each(negative)('leaves alone / other speaker: $name', (row) => {
    check(row);
  });
});

