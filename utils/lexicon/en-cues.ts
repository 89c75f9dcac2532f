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
  wonder: { forms: ['wondered', 'pondered'], strength: 0.7 }, // 4
  indicate: { forms: ['indicated'], strength: 0.7 }, // 3
  condemn: { forms: ['condemned', 'condemns', 'condemning', 'denounced', 'denounces', 'denouncing', 'decried', 'decries', 'decrying'], strength: 0.8 }, // 14
};

/**
 * Speech verbs of VerbNet 3.4's classes of communication (say-37.7, lecture-37.11,
 * complain-37.8, manner_speaking-37.3, advise-37.9, judgment-33.1), past and present
 * forms only where the bare form is as often a noun, that news uses to attribute
 * words and the lists above lacked. Each stands as the cue of a quote or a reported
 * statement in PolNeAR's training split, most of them once to four times: a long
 * tail, which is why the class is listed whole rather than verb by verb as it shows up.
 * Verbs whose past form is mostly something else in news ("cracked down", "charged
 * with", "maintained a lead", "cited figures") are left out.
 */
export const CLASS_SPEECH_VERBS: Lexicon['speechVerbs'] = {
  // Saying, claiming, disclosing (say-37.7, lecture-37.11).
  contend: { forms: ['contended', 'contends', 'contending'], strength: 1 },
  opine: { forms: ['opined', 'opines'], strength: 1 },
  surmise: { forms: ['surmised', 'surmises'], strength: 1 },
  reason: { forms: ['reasoned'], strength: 0.9 }, // not "reasons that": in news mostly the noun ("one of the reasons that …")
  theorize: { forms: ['theorized', 'theorised', 'theorizes'], strength: 0.9 },
  speculate: { forms: ['speculated', 'speculates', 'speculating'], strength: 0.9 },
  posit: { forms: ['posited', 'posits'], strength: 0.9 },
  hint: { forms: ['hinted'], strength: 0.8 }, // not "hints that": mostly the noun ("there were hints that …")
  confide: { forms: ['confided', 'confides'], strength: 1 },
  disclose: { forms: ['disclosed', 'discloses'], strength: 0.8 },
  divulge: { forms: ['divulged'], strength: 0.8 },
  blurt: { forms: ['blurted', 'blurted out'], strength: 1 },
  intone: { forms: ['intoned', 'intones'], strength: 1 },
  venture: { forms: ['ventured'], strength: 0.8 },
  voice: { forms: ['voiced'], strength: 0.8 },
  repeat: { forms: ['repeated', 'repeats', 'repeating'], strength: 0.7 },
  echo: { forms: ['echoed', 'echoing'], strength: 0.7 },
  recite: { forms: ['recited', 'recites'], strength: 0.8 },
  remember: { forms: ['remembered', 'remembers'], strength: 0.6 },
  email: { forms: ['emailed', 'e-mailed', 'texted', 'messaged'], strength: 0.9 },
  // Complaining and raised or broken voices (complain-37.8, manner_speaking-37.3).
  gripe: { forms: ['griped', 'grumbled', 'groaned', 'groused', 'moaned', 'whined', 'bemoaned'], strength: 1 },
  rant: { forms: ['ranted', 'raged', 'raved', 'roared', 'bellowed', 'hollered', 'howled', 'thundered', 'wailed'], strength: 0.9 },
  sigh: { forms: ['sighed', 'stammered', 'stuttered', 'sputtered', 'laughed', 'chuckled'], strength: 0.8 },
  // Pressing, urging, scolding and praising someone (advise-37.9, judgment-33.1).
  press: { forms: ['pressed'], strength: 0.8 },
  exhort: { forms: ['exhorted', 'exhorts'], strength: 0.9 },
  chide: { forms: ['chided', 'chides', 'chiding'], strength: 0.9 },
  scold: { forms: ['scolded', 'scolds', 'scolding'], strength: 0.9 },
  rebuke: { forms: ['rebuked', 'rebukes', 'rebuking'], strength: 0.9 },
  berate: { forms: ['berated', 'berates', 'berating'], strength: 0.9 },
  lambaste: { forms: ['lambasted', 'lambastes', 'lambasting'], strength: 0.9 },
  assail: { forms: ['assailed', 'assails', 'assailing'], strength: 0.9 },
  snipe: { forms: ['sniped', 'snipes'], strength: 0.9 },
  thank: { forms: ['thanked'], strength: 0.7 },
  tout: { forms: ['touted', 'touts', 'touting'], strength: 0.8 },
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
