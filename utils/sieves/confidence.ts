// Every confidence the attribution gives, in one table, with the reason for
// its value. Where a sieve reads a speech verb, its value is multiplied by the
// verb's strength (1 for "said", 0.5 for "thinks"); decisions copied from
// another quote are multiplied by a factor below 1, so a copy never reads surer
// than its source. The values rank the shapes by how often each is right on
// labelled news; they are not probabilities.
export const CONFIDENCE = {
  /** “…,” said Dr Marsh: cue and speaker touch the quote, the surest shape in news. */
  cueAfter: 0.95,
  /** “…,” Bolton charged.: the same place, but a verb the lexicon does not list as speech; the slot says it is. */
  quotativeSlot: 0.8,
  /** Dr Marsh said: “…”: the cue is right before, but the quote may be its object, not its words. */
  cueBefore: 0.9,
  /** “…” was described as “…” by the minister: the agent of a passive is named, but further away. */
  passiveAgent: 0.7,
  /** Then Ana Ruiz stood up: “…”: a colon after a sentence about someone, without a speech verb. */
  colonSubject: 0.6,
  /** According to Dr Marsh, the bridge is “…”: explicit, but the phrase may govern only part of the sentence. */
  accordingTo: 0.85,
  /** In Dr Marsh’s words, “…”: explicit, rarer, more often about someone else's phrase. */
  inWords: 0.8,
  /** Dr Marsh said: ¶ “…”: the paragraph before introduces the quote with a cue and a colon. */
  introducer: 0.85,
  /** > “…” — Jane Marsh: a signature in the block quote itself. */
  signatureInline: 0.85,
  /** > “…” ¶ > — Jane Marsh: a signature on the next line, which may sign more than this quote. */
  signatureNextBlock: 0.8,
  /** Dr Marsh said the repairs were “long overdue”: the nearest cue before a partial quote. */
  paraphraseBefore: 0.75,
  /** The repairs were “long overdue”, Dr Marsh said later: a cue after the quote, further away. */
  paraphraseAfter: 0.7,
  /** She cast the vote as a “mandate”: a framing verb, no speech verb; its subject owns the words less surely. */
  paraphraseFrame: 0.6,
  /** Ana Ruiz pushed her promise of “free ferries”: no speech verb, only the clause's subject; the weakest reading. */
  clauseSubject: 0.5,
  /** Factor: a paragraph's quotes share the speaker of an earlier quote of the paragraph. */
  sameBlockBefore: 0.9,
  /** Factor: … or of a later one, which is less usual. */
  sameBlockAfter: 0.85,
  /** Factor: a paragraph opening with a quote carries on the speaker of the quote before it. */
  continuationQuote: 0.85,
  /** Factor: … or of the last speech verb before it, one step further. */
  continuationIntro: 0.8,
  /** The harbour authority said (that) repairs would cost £40m: reported speech, cue first. */
  reportedCueFirst: 0.8,
  /** The piers, Dr Marsh said, were sound: the cue inside; which side is the statement is a guess. */
  reportedCueInside: 0.7,
  /** Repairs will take a year, the minister said: the cue last. */
  reportedCueLast: 0.75,
  /** According to the authority, the piers are sound. */
  reportedAccordingTo: 0.8,
  /** The mayor also said: • the vote was close: a list item under a paragraph that introduces it. */
  reportedListItem: 0.7,
  /** A quote no sieve decided: shown without a speaker. */
  undecided: 0.3,
} as const;
