// The shape of a language's lexicon: adding a language is adding one file of this shape.

export interface Lexicon {
  lang: string;
  /** Speech verbs by lemma: inflected forms and how surely they report words (0–1). */
  speechVerbs: Record<string, { forms: string[]; strength: number }>;
  /** Titles written before names, longest forms matter ("Prime Minister" before "Minister"). */
  titles: string[];
  genderedTitles: Record<string, 'm' | 'f'>;
  /** Role words (lower case) and the category they signal. */
  roleCategory: Record<string, 'official' | 'expert' | 'other'>;
  /** Capitalised words that make a name an organisation's. */
  organizationWords: string[];
  /** Common nouns that stand for an organisation ("the company"). */
  organizationNouns: string[];
  /** Capitalised words that are not names (sentence openers, months, pronouns). */
  notNameWords: string[];
  /** Pronouns that may refer to a speaker, with gender (m, f, n = neuter, p = plural/first person). */
  pronouns: Record<string, 'm' | 'f' | 'n' | 'p'>;
  /** Head nouns of unnamed sources ("a spokesman"). */
  unnamedHeads: string[];
  /** Phrases before a quote that make it a name or term, not speech. */
  namingCues: string[];
  /** Verbs that name when they stand right before the mark ("a plan called “X”"). */
  namingVerbs: string[];
  /** Verb forms that are also common nouns, by lemma: cues only before "that" or after a pronoun. */
  ambiguousVerbs: Record<string, string[]>;
  /** Speech verbs (lemmas) that can come before their subject: "…,” said Dr Marsh. */
  invertingVerbs: string[];
  /** Phrases that introduce a source: "according to". */
  accordingTo: string[];
  /** Lower-case particles inside personal names ("de", "van", "bin"). */
  nameParticles: string[];
  /** Lower-case words inside organisation names ("of", "for", "and"). */
  titleLinkers: string[];
  /** Words that introduce reported clauses ("that"). */
  complementizers: string[];
  determiners: string[];
  /** Words allowed between a speaker and the cue verb ("he also said", "she has said"). */
  adverbs: string[];
}
