// The shape of a language's lexicon: adding a language is adding one file of this shape.

/** How the content of a speech act opens when it is a phrase, not a clause: after a word ("called for an inquiry"), at a
 * word that stays ("promised to rebuild …"), or with the act's object, which one of `object` must follow ("urged the board to …"). */
export interface SpeechActFrame {
  after?: string[];
  at?: string[];
  object?: string[];
  /** The content is the act's object and what follows it: "criticized [the council's budget]", "praised [the crews]". */
  rest?: boolean;
  /** An object, then a label that one of these words (or a quote) opens: "called [the plan a disgrace]", "called [him “reckless”]". */
  label?: string[];
}

export interface Lexicon {
  lang: string;
  /** Speech acts whose reported content is a phrase, by lemma (see `SpeechActFrame`). */
  speechActs?: Record<string, SpeechActFrame>;
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
  /** A comma stands between a speech verb and its reported clause ("Weber sagte, die Brücke sei sicher"). */
  clauseAfterComma?: boolean;
  words: FunctionWords;
  endings: Endings;
  patterns: Patterns;
}

/** Function words the readers look for, each list by the job it does. Lower case; matched against a token's lower-case text. */
export interface FunctionWords {
  /** The agent of a passive cue: "was described as “…” by Dr Marsh". */
  agentMarkers: string[];
  /** Auxiliaries before a passive participle: "has been described", "was called". */
  passiveAux: string[];
  /** Forms of "be" before a progressive cue: "was telling reporters". */
  progressiveAux: string[];
  /** Prepositions before a place name, whose name is not the speaker: "officials in Westmere said". */
  placePrepositions: string[];
  /** Prepositions after which a capitalised name is usually a place ("from Port Aldmore"). */
  placeMarkers: string[];
  /** Prepositions that tie a person to a place or an organisation after the name: "Ana Ruiz of Westmere". */
  affiliationPrepositions: string[];
  /** Prepositions that tie a role to the organisation it speaks for: "a spokeswoman for the agency". */
  representsPrepositions: string[];
  /** Prepositions whose object is not followed by an appositive of it: "For Ana Ruiz, the plan is…". */
  prepositions: string[];
  /** Words that end a description read forward: clauses and prepositional phrases. */
  descriptionStops: string[];
  /** Words that end a description read backward: "…, and the minister said". */
  clauseLinks: string[];
  /** Words that end role words read backward from a name: "talks with prime minister Ana Ruiz". */
  roleStops: string[];
  /** Determiners of an indefinite description, which is an unnamed source: "a spokesman". */
  indefinites: string[];
  /** Articles alone (an epithet in marks starts with one: "“the father of chaos”"). */
  articles: string[];
  /** Determiners and possessives dropped from a role: "its chief executive" → "chief executive". */
  roleDeterminers: string[];
  /** Definite articles before organisation names: "the Harbour Authority". */
  definiteArticles: string[];
  /** Relative pronouns that open an appositive clause: "Jane Marsh, who heads the institute,". */
  relatives: string[];
  /** Pronouns that can stand for an organisation speaking: "it said", "they said". */
  organizationPronouns: string[];
  /** Relatives that stand for the subject before the verb: "the agency, which said". */
  subjectRelatives: string[];
  /** Relatives about things, not people: "Acme, which runs the ferries,". */
  thingRelatives: string[];
  /** Relatives only people take: "Zendaya, who won," (the name before one is a person's). */
  personRelatives: string[];
  /** Conjunctions joining two verbs of one subject: "stepped in and tweeted". */
  conjunctions: string[];
  /** Words that join the items of a list: "“a,” “b” and “c”", "“a” or “b”". */
  listJoiners: string[];
  /** Prepositions before a participle whose subject is the sentence's: "ended the meeting by saying …". */
  participleOpeners: string[];
  /** Conjunctions that start a second clause with its own subject: ", and she added that …". */
  clauseJoiners: string[];
  /** Documents whose author is the source: "a statement from the authority". */
  documents: string[];
  /** Prepositions before a document's author: "a report by Acme". */
  authorMarkers: string[];
  /** Participles between a document and its author: "a court document filed by the prosecutor". */
  authorParticiples: string[];
  /** Words that present what follows a colon as someone's words: "Here is Ruiz in 1992: “…”" (one entry per spelling, "here is" as two words). */
  presentatives: string[];
  /** Prepositions before whom a statement goes to: "wrote a letter to the minister asking …" (the writer asks). */
  recipientMarkers: string[];
  /** Openers of an introductory phrase before the subject: "In a statement, …". */
  introOpeners: string[];
  /** Openers of an introductory phrase that is not itself a reported statement. */
  introWords: string[];
  /** Words that may follow a name without making it a modifier of a noun. */
  afterName: string[];
  /** Words after which a name stands where a subject does. */
  subjectOpeners: string[];
  /** Speech lemmas that take a reported clause ("said that …"). */
  clauseVerbs: string[];
  /** Irregular past forms that show a lone capitalised word is a clause's subject, a person acting: "Okafor spoke", "Lind took". */
  pastVerbs: string[];
  /** Speech lemmas whose listener comes before the clause: "told reporters (that) …". */
  objectFirstVerbs: string[];
  /** Words right before a cue that cancel it: "did not say", "declined to say", "the said company". */
  cancellers: string[];
  /** Endings of negated auxiliaries that cancel a cue: "didn't say". */
  negativeEndings: string[];
  /** Openers of sentences that are not statements of fact: conditionals, indirect questions. */
  hypotheticals: string[];
  /** Finite auxiliaries and copulas: a clause has one. */
  finiteVerbs: string[];
  /** Prepositions of a setting: right after a cue ("said in a statement"), or between a subject and its verb ("Hale during a rally thanked …"). */
  settingPrepositions: string[];
  /** Nouns of the setting a cue speaks in: "in a statement", "on Twitter". */
  settings: string[];
  /** Prepositions of an absolute clause: "with Ana Ruiz lambasting the plan" makes the name the participle's subject. */
  absolutePrepositions: string[];
  /** Kinds of work a title names, next to it: "the comedy series “Harbour Lights”", "the “Tide Talk” podcast". */
  workNouns: string[];
  /** Words that cannot open a reported clause: "said to …", "spoke of …". */
  notClauseStarts: string[];
  /** Listeners after "told" that are no phrase of their own: "told reporters". */
  listeners: string[];
  /** Words between a verb and a quote that start a clause: then the quote is not the verb's object. */
  clauseOpeners: string[];
  /** Nouns for someone's words after a possessive: "in Dr Marsh’s words". */
  wordsNouns: string[];
  /** The fewer such nouns a quote filter trusts as a cue: "in her words", "in Tom Hale’s phrase". */
  wordsCues: string[];
  /** Possessive pronouns before such a noun: "in her words". */
  possessives: string[];
  /** Verbs that frame a quoted phrase after them as someone's words, no speech cue: "cast the vote as a “mandate”", "derided the “experts”". */
  quoteFrames: string[];
  /** The same for verbs of thinking, judging, wanting: "thinks it a “test case”" (the paraphrase sieve: active voice only). */
  thoughtFrames: string[];
  /** Verbs that frame a quote as someone's words only through asWords ("as"): "described the deal as “fair”". */
  asFrames: string[];
  /** Nouns of a statement whose clause follows "that": "his claim that the plan was “dead”". */
  statementNouns: string[];
  /** Nouns that name a word or phrase as such: "the term “X”", "the phrase “X”". */
  termNouns: string[];
  /** Words of using such a term, before it: "using the term “X”", "his use of the phrase “X”" (the user's word). */
  usingWords: string[];
  /** Lemmas of writing, whose object may be a work's title ("she wrote “The Salt Road”"), not words said. */
  writingVerbs: string[];
  /** Cries (nouns, verb forms) whose object or statementLinks phrase is the words cried: "shout “Hooray!”", "chants of “Lena!”". */
  cryWords: string[];
  /** What joins a statement noun to its content besides a complementizer: "of", "to". */
  statementLinks: string[];
  /** Past forms of verbs that put out a document, no cue alone: with a statement noun after them they introduce its text ("issued the following statement:"). */
  issuingVerbs: string[];
  /** Conjunctions that after a comma start a clause of the writer's own: "…, but …". */
  contrastJoiners: string[];
  /** Words right before a naming verb that make it someone's act: "what he called “X”", "a plan she dubbed “X”". */
  namingSubjects: string[];
  /** Words that stay lower case in titles of works: "Bridges at Risk". */
  titleMinorWords: string[];
  /** Words that may follow a quoted fragment without making it a modifier of a noun. */
  notNouns: string[];
  /** Determiners before a quoted modifier: "the “smart” tolls". */
  determinerLike: string[];
  /** Prepositions that end a role's head noun: "director of the port" → director. */
  roleEndPrepositions: string[];
  /** Honorifics that say nothing of a role ("Mr", "Dr"), as written. */
  honorifics: string[];
  /** Heads of research bodies: their head speaks from expertise. */
  researchHeads: string[];
  /** Research bodies: "institute", "university", "think tank". */
  researchBodies: string[];
  /** Suffixes written after a name: degrees, generations, honours ("Jane Marsh, MD"). As written. */
  nameSuffixes: string[];
  /** Abbreviations that keep their full stop and end no sentence ("Dr.", "Sra."). As written. */
  abbreviations: string[];
  /** A pronoun with an auxiliary written onto it, in lower case with a straight apostrophe ("he's", "they've"): read as two words, the pronoun and the auxiliary. */
  contractedPronouns: string[];
  /** Abbreviated names of regions (states, provinces) that keep their full stop, as written without it: "Ky" of "Lexington, Ky.". A name after a comma that is one of them is the region of the place before ("a Dover, Ky., rabbi"). */
  regionAbbreviations: string[];
  /** Very frequent words that tell this language from the others (language detection). */
  markers: string[];
  /** Phrases that say a source is not named, and often why: "asked not to be named", "on condition of anonymity". */
  anonymity: string[];
  /** Conjunctions that give the reason after an anonymity phrase: "because the case may reach the courts". */
  reasonConjunctions: string[];
  /** Words before a role that put it in the past: "a former ambassador". */
  formerWords: string[];
  /** Words that make a role another office: "vice president" is no president, "deputy director" no director. */
  officeModifiers: string[];
  /** Common nouns for firms whose business is analysis or investment: "brokerage", "hedge fund". */
  analysisFirms: string[];
  /** Capitalised words in the names of such firms, as written: "Brantwood Capital", "Harbor Securities". */
  analysisFirmNames: string[];
  /** Words of elections and government, lower case: sentences about a person with them place the person in politics. */
  politicsWords: string[];
  /** Linkers after a capitalised plural that name a body, lower case: "Americans for Fair Ports" (but "Attorneys for Hale" act for Hale). */
  bodyLinkers: string[];
  /** Those who act or speak for another, plural, lower case: "Attorneys for Hale" speak for Hale, and are not Hale. */
  agentNouns: string[];
  /** Roles written as acronyms, lower case: "the CEO said" describes someone (no body, no name); "CFO Ana Ruiz" is a title. */
  roleAcronyms: string[];
  /** A party's members, lower case: "the Kellshire Republican said" describes a person (not the body "the X" names). */
  partyMembers: string[];
  /** Nouns of those who speak for a body, lower case: a spokesperson of a research centre still speaks for it. */
  spokespersonNouns: string[];
  /** Elected offices and candidacies, lower case: who once held one is a politician still, not an expert ("a former governor"). */
  electedOffices: string[];
  /** Words that introduce another surname of the same person: "Jane Doe, née Smith". */
  otherNameMarkers: string[];
  /** Determiners of a second person of the same kind: "another official" is not the official met before. */
  anotherWords: string[];
  /** The word that introduces a role held: "who follows the market as a director at Harbor". */
  asWords: string[];
  /** The marker of an infinitive, whose subject is the governing verb's: "Pence went on to say". */
  infinitiveMarkers: string[];
  /** Capitalised words that begin place names and are no name alone, as written: "New" of "New Zealand". */
  namePrefixes: string[];
  /** Words listed as no name (a modal, a verb, a month) that are also common names: a name where one stands ("Will Tanner", "Read said"). */
  nameLikeWords: string[];
  /** Lower case. Words of direction that, before another capitalised word, make a place of it whatever first name it looks like: "North Carolina", "West Virginia". */
  compassWords: string[];
  /** Lower case. Nouns that end the name of a place: "Madison Square Garden", "Jackson County", "Elm Street". */
  placeNouns: string[];
  /** As written. First words that make a place of a name of two words or more: "San Diego", "Fort Worth" (not "New": "New York Times"). */
  placePrefixes: string[];
  /** As written. Regions and countries named as a whole, one word or more, that are no one's antecedent: "Ohio", "New Mexico", "Japan" (not those that are first names too). */
  regionNames: string[];
  /** Words of a time phrase that may stand between a speaker and the cue: "Smith on Tuesday said", "Smith last week said". */
  timeWords: string[];
  /** Words before a participle cue that hang it on the sentence's subject: "…, while arguing that …", "before adding that …". */
  participleLinks: string[];
  /** Words after a comma that open a clause of its own, ending a reported statement before it: "…, while the board …". */
  clauseBreakers: string[];
}

/** Word endings the readers test, lower case (empty: the language has no such ending). */
export interface Endings {
  /** The present participle: "saying", "declaring". */
  participle: string[];
  /** The past and past participle: "announced". */
  past: string[];
  /** The third person or plural: "needs", "officials". */
  plural: string[];
  /** Adverbs of manner: "quietly". */
  adverb: string[];
  /** Capitalised single words with these endings are no names: "Shortly", "Sudanese", "Islamists". */
  notName: string[];
  /** Contractions: "We’re", "They’ll" (after the apostrophe). */
  contraction: string[];
  /** Contractions that carry a finite verb: "it’s", "they’re". */
  finiteContraction: string[];
}

/** Patterns of the language that are more than a list of words. */
export interface Patterns {
  /** Finite verb forms recognised by their shape ("cracked", "needs", "subió"); tested after a clause's first word. */
  finiteForms: RegExp[];
  /** A party and state after a lawmaker's name: "R-Texas". */
  partyAffiliation: RegExp | null;
  /** A person's age as a head noun: "the 67-year-old"; group 1 is the age. */
  age: RegExp | null;
  /** A clause that runs on after an appositive: "…, who said", "…, said". */
  trailingCue: RegExp | null;
  /** The subject pronoun written inside an inverted verb: "explique-t-elle"; group 1 is the pronoun. */
  pronounInVerb: RegExp | null;
  /** Words that an apostrophe opens without opening a quote: "’em", "’90s". */
  leadingElision: RegExp | null;
}
