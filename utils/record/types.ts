// The reading record: what Cited keeps of each analysed article, in the
// browser only (IndexedDB, see store.ts), and the file it exports and imports.
// Plain JSON, small: per article its address, site, title, dates and speakers
// with their counts; the quotes' text is kept apart (loaded when a person is
// opened) so the dashboard's first view reads only the summaries.
import type { Category, QuoteKind } from '../types';
import type { Pronoun } from '../lexicon/pronouns';

export type { Pronoun } from '../lexicon/pronouns';

/** What the dashboard charts: the four categories of named speakers and the unnamed sources. */
export type Voice = Category | 'unnamed';
export const VOICES: readonly Voice[] = ['official', 'expert', 'organization', 'other', 'unnamed'];

export type SpeakerKind = 'person' | 'organization' | 'unnamed';

export interface SavedSpeaker {
  /** As the article named it (its fullest form); for an unnamed source, its description ("a senior official"). */
  name: string;
  aliases: string[];
  kind: SpeakerKind;
  /** The role the article gave ("a hydrologist at Westmere University"). */
  description: string | null;
  category: Category;
  /** As the article itself uses it (speakers[].pronoun); null when it never says. */
  pronoun: Pronoun | null;
  /** Quotes in quotation marks (direct, partial, continuation). */
  quotes: number;
  /** Statements in reported speech. */
  indirect: number;
}

export interface SavedArticle {
  /** The article's address without its fragment and tracking parameters: one record per article. */
  id: string;
  url: string | null;
  /** Host name without "www." (the key sites are grouped by). */
  site: string;
  /** The site's own name ("The Coastal Ledger"), when the page gives one. */
  siteName: string | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** When the reader analysed it (ISO 8601, UTC): the date the dashboard filters and groups by. */
  savedAt: string;
  speakers: SavedSpeaker[];
  /** Quotes no speaker was found for. */
  unattributed: number;
}

export interface SavedQuote {
  /** Index into the article's `speakers`, or null when unattributed. */
  speaker: number | null;
  kind: QuoteKind;
  text: string;
}

/** The quotes of one article, stored apart from its summary under the same id. */
export interface SavedQuotes {
  id: string;
  quotes: SavedQuote[];
}

/** One article with its quotes: what is saved, exported and imported. */
export interface RecordEntry {
  article: SavedArticle;
  quotes: SavedQuote[];
}

/** One article with its quotes in one object: how the store keeps it and the exported file lists it. */
export type ArticleWithQuotes = SavedArticle & { quotes: SavedQuote[] };

/** The exported file (JSON of everything). */
export interface RecordFile {
  format: 'cited-record';
  version: 1;
  exportedAt: string;
  articles: ArticleWithQuotes[];
}

/** The BroadcastChannel the extension's pages use to say the record changed (the dashboard reloads). */
export const RECORD_CHANNEL = 'cited-record';
