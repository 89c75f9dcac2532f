// One article to analyse, and what comes back: the unit of work that the main
// thread hands to a worker thread (or runs itself with --workers 1). Jobs carry
// bytes, not parsed documents, so decoding, parsing and analysis all happen on
// the worker, and a worker keeps no page after it has answered.
import { analyze } from '../utils/analyze';
import { toCsv, toJson, toMarkdown } from '../utils/export';
import type { Analysis } from '../utils/types';
import type { Format } from './args';
import { decodeText, InputError, looksLikeHtml } from './decode';
import { analyzeHtml } from './large-html';

/** Where an article came from; printed with each JSON result as `source`. */
export interface Source {
  /** The input: a file's absolute path, a URL, or "-" for standard input. */
  input: string;
  /** How the input was read: a page (HTML or text), a WARC record, or a JSON Lines record. */
  format: 'page' | 'warc' | 'jsonl';
  /** WARC: the byte offset of the record in the file as stored (the gzip member's start for .warc.gz). */
  offset?: number;
  /** JSON Lines: the line number, from 1. */
  line?: number;
  /** The WARC-Record-ID, or the JSON Lines record's own "id". */
  id?: string;
}

export type Payload =
  /** A page's bytes; decoded on the worker. */
  | { kind: 'page'; bytes: Uint8Array; charset: string | null; hint: 'html' | 'text' | null }
  /** One JSON Lines record's bytes (without the line break); parsed on the worker. */
  | { kind: 'record'; bytes: Uint8Array };

export interface Job {
  seq: number;
  /** How messages name the input ("page.html", "crawl.warc.gz at offset 1234", "standard input line 7"). */
  name: string;
  url: string | null;
  source: Source;
  payload: Payload;
}

export interface JobSettings {
  format: Format;
}

export interface JobResult {
  seq: number;
  name: string;
  source: Source;
  /** The formatted result (a JSON line, CSV rows without header, or Markdown), '' on error. */
  output: string;
  status: Analysis['status'] | null;
  quotes: number;
  speakers: number;
  /** One line for standard error when the article failed. */
  error?: string;
  /** One line for standard error that is not a failure (no article found). */
  note?: string;
  /** Analysis time on the worker, in milliseconds. */
  ms: number;
}

/** The key that identifies a result's source in an output file (for --resume). */
export function sourceKey(s: Pick<Source, 'input' | 'offset' | 'line'>): string {
  return `${s.input}\u0000${s.offset ?? ''}\u0000${s.line ?? ''}`;
}

/** Analyse one job and format the result. Never throws: errors come back as `error`. */
export function runJob(job: Job, settings: JobSettings): JobResult {
  const started = performance.now();
  const base = { seq: job.seq, name: job.name, source: job.source };
  try {
    const { analysis, source } = analyzeJob(job);
    return {
      ...base,
      source,
      output: format(analysis, source, settings.format),
      status: analysis.status,
      quotes: analysis.quotes.length,
      speakers: analysis.speakers.length,
      ...(analysis.status === 'no-article' ? { note: 'no article found (status "no-article")' } : {}),
      ms: performance.now() - started,
    };
  } catch (err) {
    const error = err instanceof InputError ? err.message : `internal error: ${oneLine(err)}`;
    return { ...base, output: '', status: null, quotes: 0, speakers: 0, error, ms: performance.now() - started };
  }
}

function analyzeJob(job: Job): { analysis: Analysis; source: Source } {
  const p = job.payload;
  if (p.kind === 'page') {
    const text = decodeText(p.bytes, p.charset);
    return { analysis: analyzeText(text, looksLikeHtml(text, p.hint), job.url), source: job.source };
  }
  const record = parseRecord(p.bytes);
  const source: Source = record.id === undefined ? job.source : { ...job.source, id: record.id };
  const html = record.html !== undefined;
  const text = (html ? record.html : record.text)!;
  if (!text.trim()) throw new InputError(`empty "${html ? 'html' : 'text'}"`);
  return { analysis: analyzeText(text, html, record.url), source };
}

/** HTML through linkedom within the time bound (large-html.ts), text as blank-line paragraphs; the DOM is dropped on return. */
export function analyzeText(text: string, html: boolean, url: string | null): Analysis {
  if (!html) return analyze({ text, url }, url ? { url } : {});
  return analyzeHtml(text, url ?? undefined);
}

interface JsonlRecord {
  url: string | null;
  html?: string;
  text?: string;
  id?: string;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON Lines record: `{ "url", "html" }` or `{ "url", "text" }`, optionally with an "id". */
export function parseRecord(bytes: Uint8Array): JsonlRecord {
  let line: string;
  try {
    line = fatalUtf8.decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 (JSON Lines must be UTF-8)');
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new InputError(`not valid JSON (${oneLine(err).replace(/^SyntaxError: /, '')})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('not a JSON object (expected {"url": …, "html": …})');
  const v = value as Record<string, unknown>;
  const url = v.url ?? null;
  if (url !== null && typeof url !== 'string') throw new InputError('"url" must be a string');
  const html = typeof v.html === 'string' ? v.html : undefined;
  const text = typeof v.text === 'string' ? v.text : undefined;
  if (html === undefined && text === undefined) throw new InputError('needs an "html" or a "text" string');
  const id = typeof v.id === 'string' ? v.id : typeof v.id === 'number' ? String(v.id) : undefined;
  return { url, ...(html !== undefined ? { html } : { text }), ...(id !== undefined ? { id } : {}) };
}

function format(analysis: Analysis, source: Source, fmt: Format): string {
  switch (fmt) {
    case 'json':
      return toJson({ ...analysis, source } as Analysis, { pretty: false }) + '\n';
    case 'csv':
      return toCsv(analysis, { header: false });
    case 'md':
      return toMarkdown(analysis);
  }
}

export function oneLine(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.split('\n')[0]!.slice(0, 300);
}
