// English speech cues learnt from PolNeAR's training split (837 articles of US
// political news): the verbs its annotators marked as cues that the core list in
// en.ts lacked, and the frames of speech acts whose content is a phrase. The
// counts say why each is here: how often the verb is the cue of a quote, or stands
// just before a reported statement, in the training split's gold.
import type { Lexicon, SpeechActFrame } from './types';

/** Speech verbs by lemma, as in en.ts's list, with the count that earned each its place. */
export const LEARNT_SPEECH_VERBS: Lexicon['speechVerbs'] = {
  conclude: { forms: ['concluded', 'concludes', 'concluding'], strength: 1 }, // 40
  assert: { forms: ['asserted', 'asserts', 'asserting'], strength: 1 }, // 17
  assure: { forms: ['assured', 'assures', 'assuring'], strength: 0.9 }, // 13
  criticize: { forms: ['criticized', 'criticizes', 'criticizing', 'criticised', 'criticises', 'criticising'], strength: 0.8 }, // 40
  praise: { forms: ['praised', 'praises', 'praising'], strength: 0.8 }, // 37
  blast: { forms: ['blasted', 'blasts', 'blasting'], strength: 0.9 }, // 19
  slam: { forms: ['slammed', 'slams', 'slamming'], strength: 0.9 }, // 16
  blame: { forms: ['blamed', 'blames', 'blaming'], strength: 0.8 }, // 5
  propose: { forms: ['proposed', 'proposes', 'proposing'], strength: 0.8 }, // 31
  demand: { forms: ['demanded', 'demands', 'demanding'], strength: 0.8 }, // 4
  reiterate: { forms: ['reiterated', 'reiterates', 'reiterating'], strength: 1 }, // 15
  lament: { forms: ['lamented', 'laments', 'lamenting'], strength: 1 }, // 8
  proclaim: { forms: ['proclaimed', 'proclaims'], strength: 1 }, // 6
  chant: { forms: ['chanted', 'chanting', 'chants'], strength: 0.9 }, // 20
  mock: { forms: ['mocked', 'mocks', 'mocking'], strength: 0.8 }, // 6
  retort: { forms: ['retorted', 'shot back', 'fired back', 'snapped'], strength: 1 }, // 14
  scoff: { forms: ['scoffed', 'fumed', 'vented', 'mused', 'barked', 'gushed', 'interjected', 'elaborated'], strength: 1 }, // 26
  wonder: { forms: ['wondered'], strength: 0.7 }, // 4
  condemn: { forms: ['condemned', 'denounced', 'decried'], strength: 0.8 }, // 14
};

/**
 * Speech acts whose content is a phrase, not a clause, counted as above: "called
 * for / on [an inquiry]" (93), "accused [the board of hiding …]" (69), "criticized
 * [the council for …]" (40), "urged [voters to …]" (35), "promised / pledged /
 * vowed [to …]" (138), "described [the plan as …]" (84).
 */
export const SPEECH_ACTS: Record<string, SpeechActFrame> = {
  call: { after: ['for', 'on', 'upon'], label: ['a', 'an'] },
  urge: { object: ['to'] },
  ask: { object: ['to'] },
  accuse: { object: ['of'] },
  criticize: { rest: true },
  praise: { rest: true },
  blast: { rest: true },
  slam: { rest: true },
  mention: { rest: true },
  announce: { rest: true },
  deny: { rest: true },
  acknowledge: { rest: true },
  stress: { rest: true },
  emphasise: { rest: true },
  predict: { rest: true },
  recall: { rest: true },
  blame: { object: ['for'] },
  describe: { object: ['as'] },
  promise: { at: ['to'] },
  pledge: { at: ['to'] },
  vow: { at: ['to'] },
  propose: { at: [] },
  demand: { at: [] },
};
