// The data that flows between the pipeline stages (see ../shared/DESIGN.md).
// Everything here is plain JSON: it crosses the extension's message boundary
// and is printed by the CLI as is.

/** What kind of block a piece of article text came from. */
export type BlockKind = 'paragraph' | 'blockquote' | 'item' | 'heading' | 'preformatted';

/** One block of the article body, in reading order; `text` has white space folded. */
export interface Block {
  index: number;
  kind: BlockKind;
  text: string;
}

/** Stage 1: what Readability found, reduced to metadata and ordered text blocks. */
export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  excerpt: string | null;
  blocks: Block[];
  /** The page's photo captions (`figcaption`), which the reader view drops: they may give a speaker's title. */
  captions?: string[];
}

/** Stage 2: a span between a pair of quotation marks (offsets into the block's text). */
export interface QuoteSpan {
  block: number;
  /** Offset of the first character inside the marks. */
  start: number;
  /** Offset just past the last character inside the marks. */
  end: number;
  open: string;
  /** The closing mark, or null when the quote runs to the end of the block unclosed. */
  close: string | null;
  text: string;
  /** The quote reopens one left open at the end of the previous block (multi-paragraph quote). */
  continuesPrevious: boolean;
  /** A block quote with no marks, introduced by the text as someone's words. */
  unmarked?: boolean;
  /** Offsets of the opening mark and just past the closing one (or the end of the text when unclosed). */
  outer?: [number, number];
}

export type QuoteKind = 'direct' | 'partial' | 'continuation' | 'indirect';

export type Category = 'official' | 'expert' | 'organization' | 'other';

/** A quote in the final result. */
export interface Quote {
  id: string;
  text: string;
  speaker: string | null;
  speakerId: string | null;
  cue: string | null;
  kind: QuoteKind;
  /** Index of the block (paragraph) in `Article.blocks`. */
  paragraph: number;
  start: number;
  end: number;
  confidence: number;
  /** Name of the sieve that attributed the quote (null when none did). */
  sieve: string | null;
  /** A partial quote inside a reported statement: the statement's quote id (the speaker's exact words in it). */
  within?: string;
  /** A reported statement: the ids of the partial quotes inside it. */
  contains?: string[];
  /** The unnamed source the quote comes from ("a council spokesperson"), when it names no one; `speaker` stays null. */
  unnamedSourceId?: string;
}

/** A source the article quotes without naming: "a council spokesperson, who asked not to be named". */
export interface UnnamedSource {
  /** "u1", "u2", … in the order the article first quotes them. */
  id: string;
  /** The description as the article writes it: "a council spokesperson", "American officials". */
  description: string;
  category: Category;
  quoteCount: number;
  indirectCount: number;
  /** The reason given for anonymity ("not authorised to speak publicly"), or null when none is given. */
  anonymity: string | null;
}

export interface Speaker {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  category: Category;
  quoteCount: number;
  /** Statements in reported speech only (kind "indirect"); such speakers are shown as paraphrased. */
  indirectCount: number;
  /**
   * The pronoun the article itself uses for this person (speakers/pronoun.ts), null when it
   * never says or for organisations. Never guessed from a name; shown only in the dashboard's totals.
   * Always set by analyze(); optional for Speakers made elsewhere (tests, older saved records).
   */
  pronoun?: 'he' | 'she' | 'they' | null;
}

/** 'too-large': the page could not be read within the time bound (see the notices). */
export type AnalysisStatus = 'ok' | 'no-article' | 'no-quotes' | 'too-large';

export interface Analysis {
  status: AnalysisStatus;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  quotes: Quote[];
  speakers: Speaker[];
  /** Sources quoted without a name, each with its description; their quotes carry `unnamedSourceId`. Always set by analyze(); optional for results saved by older versions. */
  unnamedSources?: UnnamedSource[];
  /** Human-readable notes on partial results ("stopped after 2 s", "no article found"). */
  notices: string[];
  /** The article's blocks, only when `AnalyzeOptions.includeBlocks` is set. */
  blocks?: Block[];
}

export interface AnalyzeOptions {
  /** The page's address, when the document does not know it (Node). */
  url?: string;
  /** Keep `blocks` in the result (tests, highlighting). */
  includeBlocks?: boolean;
  /** Stop attributing after this many milliseconds and return what is done, with a notice. */
  budgetMs?: number;
  /** Clock for the budget; defaults to performance.now. */
  now?: () => number;
  /** Find reported speech (kind "indirect") too. Default true. */
  indirect?: boolean;
}
