// Sieve 4 (colon-intro): a quote or an unmarked block quote that opens its block, after a
// block ending in an introducing colon; list items after "The minister also said:"; and a
// quote opening a sentence after one that announces it ("X put it plainly. “…”").
import { describe, test } from 'vitest';
import { article, check, type Row } from './harness';

const SIEVE = 'colon-intro';

const minister = 'Harbour Minister Ilse Varga spoke to reporters after the vote. The minister also said:';

const positive: Row[] = [
  { name: 'a verb that is also a noun, after a name and before the colon: The Gazette reports: ¶ “…”', input: 'The ferry ran late again. The Harbour Gazette reports:\n\n“Just 24 ferries sailed in March, against 43 a year earlier.”', quote: 'Just 24 ferries', speaker: 'Harbour Gazette', sieve: SIEVE, cue: 'reports' },
  { name: 'colon at the end of the paragraph before', input: 'Dr Jane Marsh said on Monday:\n\n“The bridge will hold through the winter.”', quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE, cue: 'said' },
  { name: 'The minister also said: ¶ “…” (the minister named before)', input: `${minister}\n\n“We will not raise the toll this year.”`, quote: 'We will not raise', speaker: 'Ilse Varga', sieve: SIEVE, cue: 'said' },
  { name: 'list items after "The minister also said:" — first item', input: article(['paragraph', minister], ['item', '“We will not raise the toll this year.”'], ['item', '“The ferry will be free for pensioners.”']), quote: 'We will not raise', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'list items after "The minister also said:" — second item', input: article(['paragraph', minister], ['item', '“We will not raise the toll this year.”'], ['item', '“The ferry will be free for pensioners.”']), quote: 'The ferry will be free', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'a written statement in an unmarked block quote', input: article(['paragraph', 'The Coastal Safety Agency said in a statement:'], ['blockquote', 'Inspections of the harbour wall will continue through the winter, and the ferry will stay in port until they are done.']), quote: 'Inspections of the harbour wall', speaker: 'Coastal Safety Agency', sieve: SIEVE, kind: 'direct' },
  { name: 'a subheading between the introduction and the quote is skipped', input: article(['paragraph', 'Ilse Varga told the council:'], ['heading', 'The toll'], ['paragraph', '“We will not raise the toll this year.”']), quote: 'We will not raise', speaker: 'Ilse Varga', sieve: SIEVE, cue: 'told' },
  { name: 'announcing sentence in the same paragraph: X put it plainly. “…”', input: 'Ilse Varga put it plainly. “The toll stays where it is.”', quote: 'The toll stays', speaker: 'Ilse Varga', sieve: SIEVE, cue: 'put it' },
  { name: 'coordinated introducer: X stepped in and wrote: ¶ “…”', input: 'Corvina Holdings stepped in and wrote to the council:\n\n“We will cover the cost of the repairs.”', quote: 'We will cover the cost', speaker: 'Corvina Holdings', sieve: SIEVE },
  { name: 'X issued the following statement: ¶ “…”', input: 'The Westmere Harbour Authority issued the following statement on Tuesday:\n\n“Inspections will continue through the winter.”', quote: 'Inspections will continue', speaker: 'Westmere Harbour Authority', sieve: SIEVE, cue: 'issued the following statement' },
  { name: 'X released a short statement: ¶ “…” (a person)', input: 'Dr Jane Marsh released a short statement:\n\n“The gauges were checked twice a day.”', quote: 'The gauges were checked', speaker: 'Jane Marsh', sieve: SIEVE, cue: 'released a short statement' },
  { name: 'unnamed introducer still decides (no speaker)', input: 'The minister also said:\n\n“We will not raise the toll this year.”', quote: 'We will not raise', speaker: null, sieve: SIEVE },
];

const negative: Row[] = [
  { name: 'the noun before a colon: read out the reports: ¶ “…”', input: 'At the meeting the clerk read out the reports:\n\n“Just 24 ferries sailed in March, against 43 a year earlier.”', quote: 'Just 24 ferries', speaker: null, notSieve: SIEVE },
  { name: 'the noun after a possessive name: Hale’s reports: ¶ “…”', input: 'At the meeting the clerk read out Hale’s reports:\n\n“Just 24 ferries sailed in March, against 43 a year earlier.”', quote: 'Just 24 ferries', speaker: null, notSieve: SIEVE },
  { name: 'paragraph before ends without a colon', input: 'The storm hit the harbour at dawn.\n\n“Nobody was ready for it.”', quote: 'Nobody was ready', speaker: null, notSieve: SIEVE },
  { name: 'colon without a speech verb', input: 'Here is the timetable for the week:\n\n“Monday and Tuesday are closed to all traffic.”', quote: 'Monday and Tuesday', speaker: null, notSieve: SIEVE },
  { name: 'the quote’s own sentence has a cue: left to the cue sieves', input: 'Ilse Varga spoke first. “The toll stays,” Petra Osk said.', quote: 'The toll stays', speaker: 'Petra Osk', notSieve: SIEVE },
  { name: 'an issuing verb with no statement noun is no introducer', input: 'The council released the following figures:\n\n“Monday and Tuesday are closed to all traffic.”', quote: 'Monday and Tuesday', speaker: null, notSieve: SIEVE },
  { name: '"reasons that" is the noun, no cue: the sentence before announces nothing', input: 'The storm was one of the reasons that the ferry stayed in port. “Nobody was ready for it.”', quote: 'Nobody was ready', speaker: null, notSieve: SIEVE },
  { name: 'a quote inside its block (not opening it) after a colon paragraph', input: 'Dr Jane Marsh said on Monday:\n\nThe council replied that the report was “not finished”.', quote: 'not finished', speaker: null, notSieve: SIEVE },
];

describe(`sieve ${SIEVE}`, () => {
  test.each(positive)('decides: $name', (row) => {
    check(row);
  });
  test.each(negative)('leaves alone / other speaker: $name', (row) => {
    check(row);
  });
});
