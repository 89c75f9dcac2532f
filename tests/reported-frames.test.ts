// Reported speech beyond "X said (that) …": the frames PolNeAR's training split
// uses most after "said that" (a time or a setting between the verb and "that",
// speech acts whose content is a phrase: "called for …", "urged … to …",
// "accused … of …"). Every sentence is made up (fictional people and places).
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';
import type { Quote } from '../utils/types';

const INTRO = 'Mayor Ilse Varga of Port Lenning met the harbour board on Monday, with Dr Tomas Brenner, an engineer at Castell University.';

function indirect(text: string): Quote[] {
  return analyze({ text: `${INTRO}\n\n${text}` }).quotes.filter((q) => q.kind === 'indirect');
}

type Row = [name: string, sentence: string, clause: string, speaker: string];

const positive: Row[] = [
  ['said on a day that …', 'Ms Varga said Tuesday that the ferry would run again by March.', 'the ferry would run again by March', 'Ilse Varga'],
  ['said in an interview that …', 'Dr Brenner said in an interview with the Courier that the piers were sinking.', 'the piers were sinking', 'Tomas Brenner'],
  ['told a listener on a day that …', 'Ms Varga told reporters on Friday that the loan had been approved.', 'the loan had been approved', 'Ilse Varga'],
  ['said during a phrase that …', 'Dr Brenner said during the debate that the bridge tolls were too high.', 'the bridge tolls were too high', 'Tomas Brenner'],
  ['called for …', 'Ms Varga called for an inquiry into the collapse of the east pier.', 'an inquiry into the collapse of the east pier', 'Ilse Varga'],
  ['urged … to …', 'Dr Brenner urged the board to close the bridge before the winter storms.', 'the board to close the bridge before the winter storms', 'Tomas Brenner'],
  ['accused … of …', 'Ms Varga accused the board of hiding the survey from the public.', 'the board of hiding the survey from the public', 'Ilse Varga'],
  ['criticized … for …', 'Dr Brenner criticized the council for ignoring the warnings about the piers.', 'the council for ignoring the warnings about the piers', 'Tomas Brenner'],
  ['promised to …', 'Ms Varga promised to rebuild the ferry terminal within two years.', 'to rebuild the ferry terminal within two years', 'Ilse Varga'],
  ['concluded that …', 'Dr Brenner concluded that the east pier could not be saved.', 'the east pier could not be saved', 'Tomas Brenner'],
  ['joked that …', 'Dr Brenner joked that the bridge had outlived three mayors.', 'the bridge had outlived three mayors', 'Tomas Brenner'],
  ['is stressing that … (progressive)', 'Ms Varga is stressing that the ferry will keep running through the winter.', 'the ferry will keep running through the winter', 'Ilse Varga'],
  ['told a listener in a place, a region on a day that …', 'Ms Varga told a meeting in Kelso, West Lenning on Monday that the loan had been approved.', 'the loan had been approved', 'Ilse Varga'],
  ['asserted that …', 'Ms Varga asserted that the tolls had paid for the repairs.', 'the tolls had paid for the repairs', 'Ilse Varga'],
  // Clauses whose only verb is an irregular past or a negation.
  ['said … (an irregular past)', 'Ms Varga said she saw no reason to change the timetable.', 'she saw no reason to change the timetable', 'Ilse Varga'],
  ['said … (a negation)', 'Dr Brenner said his office doesn’t need the extra money.', 'his office doesn’t need the extra money', 'Tomas Brenner'],
  ['said that about … (a preposition after "that")', 'Ms Varga said that about 300 boats use the harbour each week.', 'about 300 boats use the harbour each week', 'Ilse Varga'],
  // Words between the speaker and the cue.
  ['X, a long appositive with a verb, said … that …', 'Dr Tomas Brenner, a former engineer who argued with the board at the spring meeting, said in a recent interview that the survey had been ignored.', 'the survey had been ignored', 'Tomas Brenner'],
  ['X, citing …, said …', 'Ms Varga, citing figures from the port office, said the ferry had lost half its riders.', 'the ferry had lost half its riders', 'Ilse Varga'],
  ['X on a day said …', 'Dr Brenner on Thursday said the east pier had moved again.', 'the east pier had moved again', 'Tomas Brenner'],
  ['X, who …, last week said …', 'Ms Varga, who rarely speaks about the port, last week said the loan would be repaid early.', 'the loan would be repaid early', 'Ilse Varga'],
  ['X did one thing but said …', 'Dr Brenner admitted the survey was late but said the findings were sound.', 'the findings were sound', 'Tomas Brenner'],
  // Two cues of one subject in one sentence.
  ['… and predicted that … (first statement)', 'Dr Brenner said the tide was rising and predicted that the pier would flood.', 'the tide was rising', 'Tomas Brenner'],
  ['… and predicted that … (second statement)', 'Dr Brenner said the tide was rising and predicted that the pier would flood.', 'the pier would flood', 'Tomas Brenner'],
  ['X did a thing and said …', 'Ms Varga posted a photo of the broken rail and said she had been pushed.', 'she had been pushed', 'Ilse Varga'],
  ['…, but another subject … ends the statement', 'Dr Brenner said the board stopped the repairs, but Ms Varga did not say when.', 'the board stopped the repairs', 'Tomas Brenner'],
  ['a participle after a non-speech verb: …, saying that …', 'Ms Varga changed the timetable in October, saying that the winter crossings would stop.', 'the winter crossings would stop', 'Ilse Varga'],
  ['“…,” X said, while arguing …', '“It would only slow us down,” Ms Varga said, while arguing the city should hire more divers.', 'the city should hire more divers', 'Ilse Varga'],
  ['X, who noted that …, said … (the relative’s statement)', 'Dr Brenner, who noted that the price of steel had doubled, told reporters the yard would close.', 'the price of steel had doubled', 'Tomas Brenner'],
  ['X, who noted that …, said … (the main statement)', 'Dr Brenner, who noted that the price of steel had doubled, told reporters the yard would close.', 'the yard would close', 'Tomas Brenner'],
  ['As X noted, …', 'As Dr Brenner noted, the east pier has moved four centimetres since May.', 'the east pier has moved four centimetres since May', 'Tomas Brenner'],
  ['is promising to … (progressive)', 'Ms Varga is promising to rebuild the ferry terminal within a year.', 'to rebuild the ferry terminal within a year', 'Ilse Varga'],
  // Speech acts whose content is their object: praise, blame, mention, denial.
  ['criticized + object', 'Dr Brenner criticized the council’s plan for the east pier.', 'the council’s plan for the east pier', 'Tomas Brenner'],
  ['praised + object', 'Ms Varga praised the divers who had worked through the storm.', 'the divers who had worked through the storm', 'Ilse Varga'],
  ['slammed + name', 'Dr Brenner slammed Ms Varga and the harbour board over the delays.', 'Ms Varga and the harbour board over the delays', 'Tomas Brenner'],
  ['denied + object', 'Ms Varga denied the reports of a secret deal with the shipyard.', 'the reports of a secret deal with the shipyard', 'Ilse Varga'],
  ['announced + object', 'Ms Varga announced her bid for a second term at the ferry terminal.', 'her bid for a second term at the ferry terminal', 'Ilse Varga'],
  ['called + object + label', 'Dr Brenner called the new timetable a gift to the shipyard owners.', 'the new timetable a gift to the shipyard owners', 'Tomas Brenner'],
  ['called + object + quoted label', 'Ms Varga called the survey “a work of fiction” in front of the board.', 'the survey “a work of fiction” in front of the board', 'Ilse Varga'],
  ['calling + pronoun + label after a comma', 'Dr Brenner praised the divers, calling them a crew of heroes.', 'them a crew of heroes', 'Tomas Brenner'],
  // Where the statement ends.
  ['…, while another subject … ends the statement', 'Ms Varga said the ferry would run all winter, while the board wants to stop it in December.', 'the ferry would run all winter', 'Ilse Varga'],
  ['…, another speaker said … ends the statement', 'Dr Brenner admitted that the pier had moved, Ms Varga told the board on Monday.', 'the pier had moved', 'Tomas Brenner'],
  ['a dash before a quoted aside ends the statement', 'Ms Varga said the tolls were fair - “every penny goes to the piers,” she said - and the board agreed.', 'the tolls were fair', 'Ilse Varga'],
  // Statements that are mostly the speaker's quoted words.
  ['said + a subject and a quoted predicate', 'Dr Brenner said Ms Varga “caused the whole delay.”', 'Ms Varga “caused the whole delay.”', 'Tomas Brenner'],
  ['said on a programme with a quoted title that …', 'Ms Varga said on the Courier’s “Harbour Hour” that the ferry would run again by March.', 'the ferry would run again by March', 'Ilse Varga'],
  ['calling + pronoun, an aside, a quoted label', 'Dr Brenner praised the divers, calling them, among other things, “the best crew on the coast.”', 'them, among other things, “the best crew on the coast.”', 'Tomas Brenner'],
  ['said + a name that is the clause’s subject, then “that”', 'Dr Brenner said Ms Varga expected an answer that would satisfy the board.', 'Ms Varga expected an answer that would satisfy the board', 'Tomas Brenner'],
];

const negative: [name: string, sentence: string][] = [
  ['a promise with no speech: planned to …', 'Ms Varga planned to rebuild the ferry terminal within two years.'],
  ['a call on the phone is no statement', 'Dr Brenner called the harbour office twice on Monday morning.'],
  ['negated: did not call for …', 'Ms Varga did not call for an inquiry into the collapse of the pier.'],
  ['a relative clause is not the subject’s parenthesis when no comma closes it', 'The engineer who Ms Varga hired last year said nothing.'],
  ['a base form after "and" is no second cue', 'Dr Brenner wants to call the board and ask for a vote.'],
  ['called + an indefinite object is a meeting, not a label', 'Ms Varga called a meeting of the harbour board for Friday.'],
  ['called + object without a label is a phone call', 'Dr Brenner called Ms Varga on Monday about the survey.'],
  ['a bare praise with no object', 'Ms Varga praised, and then she left.'],
  ['acknowledged + a day + that + a quote alone is a quote, not a statement', 'Ms Varga acknowledged Sunday that “the ferry is late again.”'],
];

describe('reported speech: frames learnt from news', () => {
  test.each(positive)('%s', (_name, sentence, clause, speaker) => {
    const all = indirect(sentence);
    const found = all.find((q) => q.text.startsWith(clause.slice(0, 16)));
    expect(found, `no indirect statement starting "${clause}" in ${JSON.stringify(all.map((q) => q.text))}`).toBeDefined();
    expect(found!.text).toBe(clause);
    expect(found!.speaker).toBe(speaker);
    expect(found!.cue).toBeTruthy();
  });
  test.each(negative)('not reported speech: %s', (_name, sentence) => {
    expect(indirect(sentence).map((q) => q.text)).toEqual([]);
  });
});
