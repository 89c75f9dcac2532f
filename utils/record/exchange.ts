// Export the record (JSON of everything, CSV of the quotes) and import a JSON
// export back (another browser, a backup): validated field by field, so a file
// edited by hand or from somewhere else cannot put anything odd in the record,
// and deduplicated by article (the same article twice is kept once, the later
// reading wins).
import { csvRow } from '../export/csv';
import type { Category, QuoteKind } from '../types';
import type { RecordEntry, RecordFile, SavedArticle, SavedQuote, SavedSpeaker, SpeakerKind } from './types';

export const RECORD_CSV_COLUMNS = [
  'read on', 'published', 'site', 'site name', 'title', 'url', 'speaker', 'speaker kind', 'category', 'role', 'statement', 'quote',
] as const;

export function toRecordJson(entries: readonly RecordEntry[], exportedAt: string): string {
  const file: RecordFile = {
    format: 'cited-record', version: 1, exportedAt,
    articles: entries.map((e) => ({ ...e.article, quotes: e.quotes })),
  };
  return JSON.stringify(file, null, 1);
}

/** One CSV row per quote (RFC 4180, CRLF, cells defused against formulas), with a byte-order mark for spreadsheets. */
export function toRecordCsv(entries: readonly RecordEntry[], options: { bom?: boolean } = {}): string {
  let out = (options.bom ? '\uFEFF' : '') + csvRow(RECORD_CSV_COLUMNS) + '\r\n';
  for (const { article: a, quotes } of entries) {
    for (const q of quotes) {
      const s = q.speaker === null ? null : a.speakers[q.speaker] ?? null;
      out += csvRow([
        a.savedAt, a.publishedTime, a.site, a.siteName, a.title, a.url, s?.name ?? null, s?.kind ?? null, s?.category ?? null,
        s?.description ?? null, q.kind, q.text,
      ]) + '\r\n';
    }
  }
  return out;
}

export interface ParsedImport {
  entries: RecordEntry[];
  /** Articles in the file that were not valid and were left out. */
  invalid: number;
  /** Articles that were in the file twice (kept once). */
  repeated: number;
}

/** Why a file cannot be imported: the dashboard says it in the reader's language (dashImport… messages). */
export type ImportProblem = 'not-json' | 'not-record' | 'newer' | 'no-articles';

export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    /** The format version of a newer file. */
    readonly version: string | null = null,
  ) {
    super(message);
  }
}

/** Read an exported file; throws ImportError with a message for the reader when it is not one. */
export function parseRecordFile(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new ImportError('not-json', 'This file is not JSON. Choose a file exported from the Cited dashboard ("Export JSON").');
  }
  if (!isObject(data) || data.format !== 'cited-record') {
    throw new ImportError('not-record', 'This JSON file is not a Cited record. Choose a file exported from the Cited dashboard ("Export JSON").');
  }
  if (data.version !== 1) throw new ImportError('newer', `This record was written by a newer Cited (format version ${String(data.version)}). Update Cited to import it.`, String(data.version));
  if (!Array.isArray(data.articles)) throw new ImportError('no-articles', 'This Cited record has no list of articles.');
  const byId = new Map<string, RecordEntry>();
  let invalid = 0;
  let repeated = 0;
  for (const raw of data.articles) {
    const entry = readEntry(raw);
    if (!entry) {
      invalid++;
      continue;
    }
    const seen = byId.get(entry.article.id);
    if (seen) {
      repeated++;
      if (seen.article.savedAt >= entry.article.savedAt) continue;
    }
    byId.set(entry.article.id, entry);
  }
  return { entries: [...byId.values()], invalid, repeated };
}

export interface ImportPlan {
  /** Entries to write (new articles, and newer readings of ones already saved). */
  write: RecordEntry[];
  added: number;
  updated: number;
  /** Already in the record with the same or a later reading. */
  unchanged: number;
}

/** What importing `incoming` into a record holding `existing` (id → savedAt) changes. */
export function planImport(existing: ReadonlyMap<string, string>, incoming: readonly RecordEntry[]): ImportPlan {
  const plan: ImportPlan = { write: [], added: 0, updated: 0, unchanged: 0 };
  for (const e of incoming) {
    const at = existing.get(e.article.id);
    if (at === undefined) {
      plan.added++;
      plan.write.push(e);
    } else if (e.article.savedAt > at) {
      plan.updated++;
      plan.write.push(e);
    } else plan.unchanged++;
  }
  return plan;
}

const CATEGORIES = new Set<Category>(['official', 'expert', 'organization', 'other']);
const KINDS = new Set<SpeakerKind>(['person', 'organization', 'unnamed']);
const QUOTE_KINDS = new Set<QuoteKind>(['direct', 'partial', 'continuation', 'indirect']);
const PRONOUNS = new Set(['he', 'she', 'they']);
/** Bounds on what one imported article may hold: a record is small; anything larger is not ours. */
const MAX_TEXT = 10_000;
const MAX_ITEMS = 5_000;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function str(x: unknown, max = MAX_TEXT): string | null {
  return typeof x === 'string' && x.length <= max ? x : null;
}
function optStr(x: unknown, max = MAX_TEXT): string | null | undefined {
  if (x === null || x === undefined) return null;
  return str(x, max) ?? undefined;
}
function count(x: unknown): number | null {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1e6 ? x : null;
}

function readEntry(raw: unknown): RecordEntry | null {
  if (!isObject(raw)) return null;
  const id = str(raw.id, 4096);
  const site = str(raw.site, 512);
  const savedAt = str(raw.savedAt, 64);
  if (!id || !site || !savedAt || Number.isNaN(Date.parse(savedAt))) return null;
  const url = optStr(raw.url, 4096);
  const siteName = optStr(raw.siteName, 512);
  const title = optStr(raw.title);
  const byline = optStr(raw.byline);
  const publishedTime = optStr(raw.publishedTime, 64);
  const lang = optStr(raw.lang, 32);
  if ([url, siteName, title, byline, publishedTime, lang].includes(undefined)) return null;
  if (!Array.isArray(raw.speakers) || raw.speakers.length > MAX_ITEMS) return null;
  const speakers: SavedSpeaker[] = [];
  for (const s of raw.speakers) {
    const sp = readSpeaker(s);
    if (!sp) return null;
    speakers.push(sp);
  }
  const quotesRaw = raw.quotes ?? [];
  if (!Array.isArray(quotesRaw) || quotesRaw.length > MAX_ITEMS) return null;
  const quotes: SavedQuote[] = [];
  for (const q of quotesRaw) {
    if (!isObject(q)) return null;
    const text = str(q.text);
    const kind = q.kind as QuoteKind;
    const speaker = q.speaker === null || q.speaker === undefined ? null : count(q.speaker);
    if (text === null || !QUOTE_KINDS.has(kind) || (speaker !== null && speaker >= speakers.length) || (q.speaker != null && speaker === null)) return null;
    quotes.push({ speaker, kind, text });
  }
  const unattributed = count(raw.unattributed ?? quotes.filter((q) => q.speaker === null).length);
  if (unattributed === null) return null;
  const article: SavedArticle = {
    id, url: url!, site, siteName: siteName!, title: title!, byline: byline!, publishedTime: publishedTime!, lang: lang!,
    savedAt: new Date(Date.parse(savedAt)).toISOString(), speakers, unattributed,
  };
  return { article, quotes };
}

function readSpeaker(s: unknown): SavedSpeaker | null {
  if (!isObject(s)) return null;
  const name = str(s.name, 1000);
  const kind = s.kind as SpeakerKind;
  const category = s.category as Category;
  const description = optStr(s.description);
  const quotes = count(s.quotes);
  const indirect = count(s.indirect);
  const pronoun = s.pronoun === null || s.pronoun === undefined ? null : PRONOUNS.has(s.pronoun as string) ? (s.pronoun as SavedSpeaker['pronoun']) : undefined;
  if (!name || !KINDS.has(kind) || !CATEGORIES.has(category) || description === undefined || quotes === null || indirect === null || pronoun === undefined) return null;
  const aliases = Array.isArray(s.aliases) ? s.aliases : [];
  if (aliases.length > 100 || !aliases.every((a) => typeof a === 'string' && a.length <= 1000)) return null;
  return { name, aliases: aliases as string[], kind, description, category, pronoun, quotes, indirect };
}
