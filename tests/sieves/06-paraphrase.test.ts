// Sieve 5 (paraphrase): a partial quote inside the writer's sentence, its speech verb further away.
import { describe, test } from 'vitest';
import { check, type Row } from './harness';

const SIEVE = 'paraphrase';

const positive: Row[] = [
  { name: 'a contracted pronoun before a progressive: She’s claiming that … “…”', input: 'Petra Osk spoke to the council on Monday. She’s claiming that the repairs were “long overdue” and rushed.', quote: 'long overdue', speaker: 'Petra Osk', sieve: SIEVE, cue: 'claiming' },
  { name: 'a contracted pronoun with a straight apostrophe: He\'s said that … “…”', input: "Tomas Brell spoke to the council on Monday. He's said that the repairs were “long overdue” and rushed.", quote: 'long overdue', speaker: 'Tomas Brell', sieve: SIEVE, cue: 'said' },
  { name: 'X said the plan was “…”', input: 'Dr Marsh said the plan was “reckless” and would fail.', quote: 'reckless', speaker: 'Marsh', sieve: SIEVE, cue: 'said', kind: 'partial' },
  { name: 'two partial quotes in one paraphrase — first', input: 'Petra Osk said the repairs were “long overdue” and “badly planned”.', quote: 'long overdue', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'two partial quotes in one paraphrase — second', input: 'Petra Osk said the repairs were “long overdue” and “badly planned”.', quote: 'badly planned', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'parenthetical cue: The council, X said, had been “…”', input: 'The council, Petra Osk said, had been “asleep at the wheel”.', quote: 'asleep at the wheel', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'a partial quote that modifies a noun phrase: was a “priority” for', input: 'Mayor Ilse Varga opened the session.\n\nThe mayor said on Monday the plan was “a priority” for the town.', quote: 'a priority', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'pronoun subject resolved across paragraphs', input: 'Tomas Brell, a ferry captain, spoke at the meeting.\n\nHe said the new timetable was “a gift to tourists, not to us”.', quote: 'a gift to tourists', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'stance verb: X believes the wall is “…”', input: 'Dr Jane Marsh believes the sea wall is “close to the end of its life”.', quote: 'close to the end', speaker: 'Jane Marsh', sieve: SIEVE },
  // A verb of thinking or wanting (thoughtFrames): a fragment in its subject's stance is the subject's word, as PolNeAR's annotators have it.
  { name: 'verb of thinking, no speech verb: X felt the harbour was “…”', input: 'Petra Osk felt the harbour was “a ghost of its former self”.', quote: 'a ghost of its', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'verb of wanting: X wanted to “…”', input: 'Tomas Brell wanted to “go further” on the tolls.', quote: 'go further', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'framing verb, no speech verb: X cast … as a “…”', input: 'Ilse Varga cast the vote as a “mandate” for the pier.', quote: 'mandate', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'framing verb with an adverb: X also derided the “…”', input: 'Tomas Brell also derided the “experts” at the town hall.', quote: 'experts', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'framing verb: X credited … with “…”', input: 'Ilse Varga credited the crews with “saving the pier” last winter.', quote: 'saving the pier', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'framing verb: X attacked … for being a “…”', input: 'Tomas Brell attacked the harbour master for being a “lazy sailor.”', quote: 'lazy sailor.', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'framing verb: X rated the claim “…”', input: 'The Harbour Post’s Petra Osk rated the claim “mostly false” on Friday.', quote: 'mostly false', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'unnamed pronoun subject decides without a speaker', input: 'He said the plan was “reckless” and would fail.', quote: 'reckless', speaker: null, sieve: SIEVE },
  { name: 'a phrase between subject and verb: X, after a long pause, said', input: 'The toll was “a mistake from the start,” Ilse Varga, after a long pause, said of the plan.', quote: 'a mistake from the start', speaker: 'Ilse Varga' },
  { name: 'a participle phrase between subject and verb: X, wearing a red scarf, said', input: 'Petra Osk, wearing a red scarf, said the vote could be a “failure” this year.', quote: 'failure', speaker: 'Petra Osk', sieve: 'paraphrase' },
  { name: 'a participle naming a field of a role is no cue: X, a creative writing professor, said', input: 'Petra Osk, a creative writing professor, said she holds the harbour “very near and dear to my heart.”', quote: 'very near and dear', speaker: 'Petra Osk' },
  { name: 'a participle naming a field of a role, in the paraphrase: X, a writing tutor, said', input: 'Petra Osk, a writing tutor, said the pupils were “a joy” this year.', quote: 'a joy', speaker: 'Petra Osk' },
  { name: 'a time between a bracket and the verb: X (D-Westmere) last week said', input: 'Sen. Petra Osk (D-Westmere) last week said the bill was “dead on arrival.”', quote: 'dead on arrival', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'a time of several words after a name: X earlier this month told', input: 'Tomas Brell earlier this month told the board the pier was “beyond repair.”', quote: 'beyond repair', speaker: 'Tomas Brell' },
  { name: 'the emphatic auxiliary: X did say', input: 'The mayor did not commit. Petra Osk did say the plan was “very charming” in parts.', quote: 'very charming', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'a party and district in brackets, then a comma: X (D-Westmere), said', input: 'Sen. Petra Osk (D-Westmere), said after lunch that she had not read the plan, but called it a “starting point for us.”', quote: 'starting point', speaker: 'Petra Osk', sieve: 'paraphrase' },
  // A participle right after a document or an event hangs on the clause's subject; after a person, on that person.
  { name: 'X issued a statement saying the toll was “…”: X', input: 'Ilse Varga issued a statement saying the toll was “another example of greed.”', quote: 'another example of greed', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'X released a radio ad calling it “…”: X', input: 'Ilse Varga released a new radio ad calling it “dangerous” that the mayor had no plan.', quote: 'dangerous', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'near miss: X quoted a voter saying “…”: the voter, unnamed', input: 'The Westmere Courier quoted a voter saying the pier was “a waste of money.”', quote: 'a waste of money', speaker: null, sieve: SIEVE },
  { name: 'a verb that frames through “as”: X later defended his comments as being “…”', input: 'Tomas Brell later defended his comments as being “sarcastic.”', quote: 'sarcastic', speaker: 'Tomas Brell', sieve: SIEVE, cue: 'defended' },
  // Speech verbs the lexicon learnt from the training split's cues, in their other forms too.
  { name: 'a verb of wondering aloud: X pondered who might “…”', input: 'Dr. Leo Fenn pondered who, without the mayor, might “speak for our town in this season.”', quote: 'speak for our town', speaker: 'Leo Fenn', sieve: SIEVE, cue: 'pondered' },
  { name: 'a participle of warning: X, …, cautioning that … “…”', input: 'Ilse Varga is a careful planner, cautioning that the storm shows a need for “calm, steady leadership.”', quote: 'calm, steady leadership', speaker: 'Ilse Varga', sieve: SIEVE, cue: 'cautioning' },
  { name: 'a subject across an aside between dashes: X — a teacher from P — says … “…”', input: 'Jane Doe — a teacher from Ashby — says she made up her mind late, and that the mayor’s backing was “a big deal.”', quote: 'a big deal', speaker: 'Jane Doe', sieve: 'paraphrase', cue: 'says' },
  { name: 'a subject across a relative clause between commas: X, who is …, said it was “…”', input: 'It was three years ago that Tom Hale, who is thinking about running, said it was “impossible” for anyone to win.', quote: 'impossible', speaker: 'Tom Hale', sieve: 'paraphrase' },
  { name: 'As X, author of “Title,” put it, “…”', input: 'As Jane Marsh, professor of law at Castell and author of “The Quiet Court,” put it, “The council should remember that a deal today beats a fight tomorrow.”', quote: 'The council should remember', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'a weak verb inside what a stronger one reports: X said Y will continue to be “…” → X', input: 'In a statement, Tom Reyes said he is certain Carl Price will continue to be “a champion for the harbour.”', quote: 'a champion for the harbour', speaker: 'Tom Reyes', sieve: SIEVE },
  { name: 'a weak verb after “that”: X said that Y would continue its fight to be “…” → X', input: 'Ana Ruiz said that Mayor Tom Hale would continue his fight to be “the last word on the harbour.”', quote: 'the last word', speaker: 'Ana Ruiz', sieve: SIEVE },
];

const negative: Row[] = [
  { name: 'no speech verb in the sentence', input: 'The banner on the town hall still promises “the safest harbour on the whole coast” to visitors.', quote: 'the safest harbour', speaker: null, notSieve: SIEVE },
  { name: 'a cue in another sentence is too far', input: 'Petra Osk spoke for an hour. The repairs were “long overdue and badly planned from the start”.', quote: 'long overdue', speaker: null, notSieve: SIEVE },
  { name: 'an adjacent cue is the earlier sieve’s', input: 'Dr Marsh warned that “the cracks will spread if nothing is done”.', quote: 'the cracks will spread', speaker: 'Marsh', notSieve: SIEVE },
  { name: 'a framing verb after the quote does not attribute', input: 'The “experts who never came to the quay” were derided by the crews.', quote: 'experts who never came', speaker: null, notSieve: SIEVE },
  { name: 'an aside between commas that is not a relative clause is not crossed: the subject is the document', input: 'The report, which Ana Ruiz drew up last spring, said the pier would close “for good and without notice.”', quote: 'for good', speaker: null },
  { name: 'a weak verb in a “when” clause keeps its own subject', input: 'Some residents said they feared a repeat of the 1990 meeting, when Carl Price called for “a war on the harbour board.”', quote: 'a war on the harbour', speaker: 'Carl Price' },
];

describe(`sieve ${SIEVE}`, () => {
  test.each(positive)('decides: $name', (row) => {
    check(row);
  });
  test.each(negative)('leaves alone / other speaker: $name', (row) => {
    check(row);
  });
});
