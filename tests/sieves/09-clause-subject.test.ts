// Sieve 9 (clause-subject): a quote no speech cue governs, in the predicate of a clause whose
// subject is a named person who is a source elsewhere in the article.
import { describe, test } from 'vitest';
import { check, type Row } from './harness';

const SIEVE = 'clause-subject';
/** The person speaks elsewhere in the article, as sources do. */
const SOURCE = '“We will keep the harbour open,” Ana Ruiz said on Monday.';

const positive: Row[] = [
  { name: 'a term the subject uses is theirs, though they speak nowhere else: X has often used the phrase “…”', input: 'Ana Ruiz has often used the phrase “ferries for all” in her speeches.', quote: 'ferries for all', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'a statement noun with its content: pushed her promise of “…”', input: `${SOURCE}\n\nRuiz has long pushed her promise of “free ferries for every island in the bay.”`, quote: 'free ferries', speaker: 'Ana Ruiz', sieve: SIEVE, cue: null },
  { name: 'an opening phrase, then the subject: In March, Ruiz visited … “to …”', input: `${SOURCE}\n\nIn March, Ruiz visited the harbour crews “to see the storm damage with my own eyes.”`, quote: 'to see the storm', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'a quote set off by a dash after the predicate', input: `${SOURCE}\n\nRuiz also embraced the toll plan -- “It is the only way we keep the port open all year.”`, quote: 'It is the only way', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'an appositive between the subject and the verb', input: `${SOURCE}\n\nTom Hale, the port’s director, told us nothing new.\n\nRuiz, the harbour board’s chair since 2019, commended the crews for “an exciting and inspiring season on the water.”`, quote: 'an exciting and inspiring', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'an opening phrase the subject reader cannot pass: the nearest person named before the quote', input: `${SOURCE}\n\nPreceded at the lectern by the mayor and two aides, Ruiz turned at once to the fate of “the old harbour towns that the state left behind.”`, quote: 'the old harbour towns', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'a second quote after one this sieve gave the same subject', input: `${SOURCE}\n\nRuiz turned at once to “the old harbour towns of the coast” that are “left behind by the state and its ferries.”`, quote: 'left behind by the state', speaker: 'Ana Ruiz', sieve: SIEVE },
];

const negative: Row[] = [
  { name: 'a person after a verb is its object, no subject', input: `${SOURCE}\n\nPreceded at the lectern by the mayor, the crowd cheered Ruiz for “the old harbour towns of the coast and their ferries.”`, quote: 'the old harbour towns', speaker: null, sieve: null },
  { name: 'a person after a preposition is no subject', input: `${SOURCE}\n\nPreceded at the lectern by Ruiz and two aides, the crowd turned at once to the fate of “the old harbour towns that the state left behind.”`, quote: 'the old harbour towns', speaker: null, sieve: null },
  { name: 'a person who is no source of the article', input: 'Henry Vale, the first harbour master, had a long career “full of storms, debts and quarrels with the town.”', quote: 'full of storms', speaker: null, sieve: null },
  { name: 'a passive subject is what others spoke about', input: `${SOURCE}\n\nRuiz was seen by many on the pier as “a chair who never read the minutes of a meeting.”`, quote: 'a chair who never', speaker: null, notSieve: SIEVE },
  { name: 'a capitalised opening word is no person', input: `${SOURCE}\n\nMultiple reports show the harbour had “more than one serious leak in the winter.”`, quote: 'more than one serious', speaker: null, sieve: null },
  { name: 'a pronoun subject is left alone (its person may be no source)', input: `${SOURCE}\n\nShe visited the harbour crews “to see the storm damage with my own eyes.”`, quote: 'to see the storm', speaker: null, sieve: null },
  { name: 'a quote opening its sentence has no subject before it', input: `${SOURCE}\n\n“The harbour is ours, and it stays ours for as long as the town stands.”\n\nThe board met on Friday.`, quote: 'The harbour is ours', speaker: 'Ana Ruiz', notSieve: SIEVE },
];

describe(`sieve ${SIEVE}`, () => {
  test.each(positive)('decides: $name', (row) => {
    check(row);
  });
  test.each(negative)('leaves alone / other speaker: $name', (row) => {
    check(row);
  });
});
