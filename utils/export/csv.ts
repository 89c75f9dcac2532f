// Analysis → CSV: one row per quote, RFC 4180 (every cell quoted when it holds a
// comma, a double quote or a line break; records end with CRLF), optionally with
// a UTF-8 byte-order mark so spreadsheets read the accents right.
//
// Cells are defused against CSV injection (OWASP): a spreadsheet runs a cell
// that begins with = + - @ as a formula, and tab / carriage return can hide such
// a start, so any cell beginning with one of them gets a leading single quote.
import type { Analysis, Quote, Speaker, UnnamedSource } from '../types';
import { displayText } from './display';
import { isoDay, siteLabel } from './filename';
import { articleAuthor } from './meta';

export interface CsvSource {
  title?: string | null;
  url?: string | null;
}

export interface CsvOptions {
  /** The page the analysis came from; defaults to the analysis' own title and URL. */
  source?: CsvSource;
  /** Start with a UTF-8 byte-order mark (for spreadsheet programs). Default false. */
  bom?: boolean;
  /** Write the header row. Default true; false to append rows of a further page. */
  header?: boolean;
}

/**
 * One row per quote. `paragraph` counts from 1 (the first paragraph of the article); `id` is the quote's id in
 * the JSON export, and `within` the id of the reported statement a partial quote sits in.
 */
export const CSV_COLUMNS = [
  'speaker', 'category', 'description', 'aliases', 'quote', 'kind', 'cue', 'paragraph', 'id', 'within',
  'source title', 'site', 'author', 'published', 'url',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that force a cell into double quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: defused, then quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (no line ending). */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** The header record, with its line ending. */
export function csvHeader(): string {
  return csvRow(CSV_COLUMNS) + CRLF;
}

/** The analysis as CSV: a header (unless `header: false`) and one record per quote, each ending in CRLF. */
/** The analysis as CSV: a header (unless `header: false`) and one record per quote, each ending in CRLF. */
export function toCsv(analysis: Analysis, options: CsvOptions = {}): string {
  const title = options.source?.title !== undefined ? options.source.title : analysis.title;
  const url = options.source?.url !== undefined ? options.source.url : analysis.url;
  const article: ArticleCells = {
    title: title ?? '',
    site: siteLabel(analysis) ?? '',
    author: articleAuthor(analysis) ?? '',
    published: analysis.publishedTime ? (isoDay(analysis.publishedTime) ?? analysis.publishedTime) : '',
    url: url ?? '',
  };
  const speakers = new Map<string, Speaker>(analysis.speakers.map((s) => [s.id, s]));
  const unnamed = new Map<string, UnnamedSource>((analysis.unnamedSources ?? []).map((u) => [u.id, u]));
  let out = options.bom ? BOM : '';
  if (options.header !== false) out += csvHeader();
  for (const quote of analysis.quotes) {
    const speaker = quote.speakerId ? speakers.get(quote.speakerId) : quote.unnamedSourceId ? unnamed.get(quote.unnamedSourceId) : undefined;
    out += csvRow(rowCells(quote, speaker, article)) + CRLF;
  }
  return out;
}

interface ArticleCells {
  title: string;
  site: string;
  author: string;
  published: string;
  url: string;
}

/** A quote's row; an unnamed source has no name (the speaker cell stays empty) but its description and category. */
function rowCells(quote: Quote, speaker: Speaker | UnnamedSource | undefined, article: ArticleCells) {
  return [
    (speaker && 'name' in speaker ? speaker.name : null) ?? quote.speaker ?? '',
    speaker?.category ?? '',
    speaker?.description ?? '',
    (speaker && 'aliases' in speaker ? speaker.aliases.join('; ') : null) ?? '',
    displayText(quote),
    quote.kind,
    quote.cue ?? '',
    quote.paragraph + 1,
    quote.id,
    quote.within ?? '',
    article.title,
    article.site,
    article.author,
    article.published,
    article.url,
  ];
}
