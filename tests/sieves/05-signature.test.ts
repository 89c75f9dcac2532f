// Sieve 5 (signature): a block quote, or a paragraph that is only a quote, signed by its author after a dash.
import { describe, test } from 'vitest';
import { article, check, type Row } from './harness';

const SIEVE = 'signature';
const STATEMENT = '“The bridge will hold. We checked every bolt twice.”';

const positive: Row[] = [
  { name: 'dash and name under a marked block quote', input: article(['blockquote', STATEMENT], ['blockquote', '— Jane Marsh']), quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE, cue: null, kind: 'direct' },
  { name: 'name with a degree: X, PhD', input: article(['blockquote', STATEMENT], ['blockquote', 'Jane Marsh, PhD']), quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'en dash signature', input: article(['blockquote', STATEMENT], ['blockquote', '– Tomas Brell']), quote: 'The bridge will hold', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'unmarked block quote (a statement without marks) signed below', input: article(['blockquote', 'The bridge will hold. We checked every bolt twice and found nothing wrong.'], ['blockquote', '— Jane Marsh']), quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'horizontal bar signature under a block quote', input: article(['blockquote', STATEMENT], ['blockquote', '― Jane Marsh']), quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'a paragraph that is only a quote, signed after a horizontal bar', input: article(['paragraph', 'Readers told us what they made of the debate.'], ['paragraph', '“He never answered the question about the mill.” ― Nora Feld']), quote: 'He never answered', speaker: 'Nora Feld', sieve: SIEVE, cue: null },
  { name: 'paragraph signature with a description after a comma', input: article(['paragraph', '“We will win this county, and then the state.” ― Dale Okafor, a retired welder in Ashby.']), quote: 'We will win', speaker: 'Dale Okafor', sieve: SIEVE },
  { name: 'paragraph signature with an em dash and a full stop', input: article(['paragraph', '“Nobody asked us about the plant.” — Ruth Ambler.']), quote: 'Nobody asked us', speaker: 'Ruth Ambler', sieve: SIEVE },
  { name: 'a quote paragraph signed on the next paragraph with a hyphen (fact-check layout)', input: article(['paragraph', '“Every school in the county got a new roof last year.”'], ['paragraph', '- Gov. Lena Marsh.'], ['paragraph', 'Only nine of the twenty schools did.']), quote: 'Every school', speaker: 'Lena Marsh', sieve: SIEVE },
  { name: 'next-paragraph signature with a place', input: article(['paragraph', '“The ferry is late every single day.”'], ['paragraph', '— Owen Price, Harwick.']), quote: 'The ferry is late', speaker: 'Owen Price', sieve: SIEVE },
  { name: 'next-paragraph signature with what the speaker was doing', input: article(['paragraph', '“A fine speech. Now do the budget.”'], ['paragraph', '-Mayor Ida Brook, writing after the address.']), quote: 'A fine speech', speaker: 'Ida Brook', sieve: SIEVE },
  // A transcript's turn opens with its speaker's label, the mirror of a signature.
  { name: 'a transcript turn opened by a label in capitals, for a person the article names', input: 'A partial transcript of the interview with Tomas Brell follows.\n\n“BRELL: The harbour will stay open all winter.”', quote: 'BRELL: The harbour', speaker: 'Tomas Brell', sieve: SIEVE, cue: null, kind: 'direct' },
  { name: 'a transcript turn opened by a label of two names', input: 'The host, Ana Ruiz, asked about the pier on Monday.\n\n“Ana Ruiz: Will the ferry run in winter, or not?”', quote: 'Ana Ruiz: Will the ferry', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'organisation signing a statement', input: article(['paragraph', 'The statement was posted on Friday evening.'], ['blockquote', STATEMENT], ['blockquote', '— Coastal Safety Agency']), quote: 'The bridge will hold', speaker: 'Coastal Safety Agency', sieve: SIEVE },
];

const negative: Row[] = [
  { name: 'a label the article names no one by is no speaker (“UPDATE: …”)', input: 'Tomas Brell spoke on Monday about the harbour and the ferry.\n\n“UPDATE: The harbour will stay open all winter.”', quote: 'UPDATE: The harbour', speaker: null, notSieve: SIEVE },
  { name: 'one capitalised word and a colon is how a speaker talks, no label (“Look: …”)', input: '“The cracks are new,” Dr Jane Marsh said.\n\n“Look: we measured them twice last week.”', quote: 'Look: we measured', speaker: 'Jane Marsh', notSieve: SIEVE },
  { name: 'a quote inside running text followed by a dash is no signature', input: article(['paragraph', 'The crowd chanted “four more years” — Tom Ashby watched from the back.']), quote: 'four more years', speaker: null, notSieve: SIEVE },
  { name: 'a dash and a name that go on into a sentence', input: article(['paragraph', '“Build the bridge” — Nora Feld said it so often that it became her slogan, and the town repeated it for years.']), quote: 'Build the bridge', speaker: 'Nora Feld', notSieve: SIEVE },
  { name: 'a dash and a name followed by another sentence', input: article(['paragraph', '“Build the bridge.” — Nora Feld. The council met the next day to vote on the tolls.']), quote: 'Build the bridge', speaker: null, notSieve: SIEVE },
  { name: 'a name alone under a quote paragraph (a caption or heading, no dash)', input: article(['paragraph', '“The ferry is late every single day.”'], ['paragraph', 'Owen Price']), quote: 'The ferry is late', speaker: null, notSieve: SIEVE },
  { name: 'a dashed line that is a sentence, not a signature', input: article(['paragraph', '“The ferry is late every single day.”'], ['paragraph', '- Owen Price, who runs the café by the pier, says he has stopped counting the days it ran on time this winter.']), quote: 'The ferry is late', speaker: null, notSieve: SIEVE },
  { name: 'a quote paragraph with more text after the quote is not signed below', input: article(['paragraph', '“The ferry is late,” a sign at the pier reads.'], ['paragraph', '- Owen Price.']), quote: 'The ferry is late', speaker: null, notSieve: SIEVE },
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
