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
];

const negative: [name: string, sentence: string][] = [
  ['a promise with no speech: planned to …', 'Ms Varga planned to rebuild the ferry terminal within two years.'],
  ['a call on the phone is no statement', 'Dr Brenner called the harbour office twice on Monday morning.'],
  ['negated: did not call for …', 'Ms Varga did not call for an inquiry into the collapse of the pier.'],
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
