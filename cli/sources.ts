// The CLI's inputs → a stream of articles to analyse. Files and URLs are one
// article each; a folder is walked (sorted, so runs are repeatable); a WARC
// file gives its HTML response records; a JSON Lines file or standard input
// with --jsonl gives one article per line. Everything streams: one WARC record
// or one line is in memory at a time, however big the archive.
import { createReadStream, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { InputError, tooLarge } from './decode';
import { oneLine, sourceKey, type Job, type JobResult, type Source } from './job';
import { splitLines } from './lines';
import { fileErrorMessage, loadRaw, type LoadLimits } from './load';
import { readWarc } from './warc';

export type FileFormat = 'page' | 'warc' | 'jsonl';

export type Unit =
  | { kind: 'stdin'; as: 'page' | 'jsonl' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string; abs: string; size: number; as: FileFormat; gz: boolean }
  | { kind: 'error'; name: string; input: string; message: string };

export type Item = { job: Job } | { result: JobResult } | { note: string };

const PAGE_EXT = /\.(?:html?|xhtml?|shtml|txt)$/i;
const WARC_EXT = /\.warc(\.gz)?$/i;
const JSONL_EXT = /\.(?:jsonl|ndjson)(\.gz)?$/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** What a file name says it holds: a WARC, JSON Lines, a page, or (in a folder walk) nothing of ours. */
export function formatOf(name: string): { as: FileFormat; gz: boolean } | null {
  const warc = WARC_EXT.exec(name);
  if (warc) return { as: 'warc', gz: !!warc[1] };
  const jsonl = JSONL_EXT.exec(name);
  if (jsonl) return { as: 'jsonl', gz: !!jsonl[1] };
  return PAGE_EXT.test(name) ? { as: 'page', gz: false } : null;
}

/** Expand the command line into units: folders walked, sizes known (for the time left). */
export function planInputs(inputs: readonly string[], jsonl: boolean): { units: Unit[]; totalBytes: number | null } {
  const units: Unit[] = [];
  let total: number | null = 0;
  for (const input of inputs) {
    if (input === '-') {
      units.push({ kind: 'stdin', as: jsonl ? 'jsonl' : 'page' });
      total = null;
      continue;
    }
    if (URL_SCHEME.test(input) && !/^file:/i.test(input)) {
      units.push({ kind: 'url', url: input });
      continue;
    }
    const abs = /^file:/i.test(input) ? resolve(new URL(input).pathname) : resolve(input);
    let info: Stats | null = null;
    try {
      info = statSync(abs);
    } catch {
      // loadRaw reports it ("no such file", "permission denied") in its turn.
    }
    if (info?.isDirectory()) {
      const before = units.length;
      const error = walk(input, abs, units, new Set([safeRealpath(abs)]));
      if (error) units.push({ kind: 'error', name: input, input: abs, message: error });
      else if (units.length === before) units.push({ kind: 'error', name: input, input: abs, message: 'folder holds no pages (.html, .txt), WARC or JSON Lines files' });
    } else {
      // With --jsonl, a named file that is not a WARC is JSON Lines whatever its name (data.json, export.txt).
      const named = formatOf(abs);
      const f = jsonl && named?.as !== 'warc' ? { as: 'jsonl' as const, gz: /\.gz$/i.test(abs) } : (named ?? { as: 'page' as const, gz: false });
      units.push({ kind: 'file', name: input, abs, size: info?.size ?? 0, as: f.as, gz: f.gz });
    }
  }
  if (total !== null) for (const u of units) if (u.kind === 'file') total += u.size;
  return { units, totalBytes: total };
}

/** Add the folder's files (sorted by name, depth first, hidden entries skipped); an error message if it cannot be read. */
function walk(name: string, abs: string, units: Unit[], seen: Set<string>): string | null {
  let entries;
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    return fileErrorMessage(err);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const childAbs = join(abs, e.name);
    const childName = join(name, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let size = 0;
    if (e.isSymbolicLink() || isFile) {
      try {
        const st = statSync(childAbs);
        isDir = st.isDirectory();
        isFile = st.isFile();
        size = st.size;
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) {
      const real = safeRealpath(childAbs);
      if (seen.has(real)) continue; // a link back up the tree
      seen.add(real);
      const error = walk(childName, childAbs, units, seen);
      if (error) units.push({ kind: 'error', name: childName, input: childAbs, message: error });
    } else if (isFile) {
      const f = formatOf(e.name);
      if (f) units.push({ kind: 'file', name: childName, abs: childAbs, size, as: f.as, gz: f.gz });
    }
  }
  return null;
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export interface ProduceContext {
  limits: LoadLimits;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Sources already done (--resume): not read again. */
  skip: Set<string> | null;
  /** Bytes of the inputs read so far (for the time left). */
  progress: { bytesRead: number; skipped: number };
}

/** Every article of every unit, in order, as jobs (or as results, for what failed before analysis). */
export async function* produce(units: readonly Unit[], ctx: ProduceContext): AsyncGenerator<Item> {
  let seq = 0;
  const failed = (name: string, source: Source, error: string): Item => ({
    result: { seq: seq++, name, source, output: '', status: null, quotes: 0, speakers: 0, error, ms: 0 },
  });
  const done = (source: Source) => {
    if (!ctx.skip?.has(sourceKey(source))) return false;
    ctx.progress.skipped++;
    return true;
  };
  const fail = (err: unknown) => (err instanceof InputError ? err.message : `cannot read (${oneLine(err)})`);

  for (const unit of units) {
    if (unit.kind === 'error') {
      yield failed(unit.name, { input: unit.input, format: 'page' }, unit.message);
      continue;
    }
    if (unit.kind === 'url' || (unit.kind === 'stdin' && unit.as === 'page') || (unit.kind === 'file' && unit.as === 'page')) {
      const name = unit.kind === 'url' ? unit.url : unit.kind === 'file' ? unit.name : 'standard input';
      const source: Source = { input: unit.kind === 'url' ? unit.url : unit.kind === 'file' ? unit.abs : '-', format: 'page' };
      if (done(source)) {
        if (unit.kind === 'file') ctx.progress.bytesRead += unit.size;
        continue;
      }
      try {
        const raw = await loadRaw(unit.kind === 'url' ? unit.url : unit.kind === 'file' ? unit.abs : '-', ctx.limits, ctx.stdin);
        yield { job: { seq: seq++, name, url: raw.url, source, payload: { kind: 'page', bytes: raw.bytes, charset: raw.charset, hint: raw.hint } } };
      } catch (err) {
        yield failed(name, source, fail(err));
      }
      if (unit.kind === 'file') ctx.progress.bytesRead += unit.size;
      continue;
    }
    if (unit.kind === 'stdin' || unit.as === 'jsonl') {
      const fromStdin = unit.kind === 'stdin';
      const input = fromStdin ? '-' : unit.abs;
      const label = fromStdin ? 'standard input' : unit.name;
      const base = ctx.progress.bytesRead;
      let stream: AsyncIterable<Uint8Array | string>;
      let raw = 0;
      if (fromStdin) stream = ctx.stdin;
      else {
        const file = createReadStream(unit.abs, { highWaterMark: 1 << 18 });
        file.on('data', (chunk) => {
          raw += chunk.length;
          ctx.progress.bytesRead = base + raw;
        });
        stream = unit.gz ? file.pipe(createGunzip()) : file;
        if (unit.gz) file.on('error', (err) => (stream as ReturnType<typeof createGunzip>).destroy(err));
      }
      let lines = 0;
      try {
        for await (const item of splitLines(stream, ctx.limits.maxBytes)) {
          lines++;
          const source: Source = { input, format: 'jsonl', line: item.line };
          const name = `${label} line ${item.line}`;
          if (done(source)) continue;
          if ('tooLong' in item) yield failed(name, source, tooLarge(item.tooLong, ctx.limits.maxBytes).message);
          else yield { job: { seq: seq++, name, url: null, source, payload: { kind: 'record', bytes: item.bytes } } };
        }
        if (!lines) yield { note: `${label}: no JSON Lines records` };
      } catch (err) {
        const message = (err as NodeJS.ErrnoException)?.code?.startsWith('Z_') ? `not valid gzip data (${oneLine(err).replace(/^Error: /, '')})` : fileErrorMessage(err);
        yield failed(label, { input, format: 'jsonl' }, message);
      } finally {
        (stream as { destroy?: () => void }).destroy?.();
      }
      if (!fromStdin) ctx.progress.bytesRead = base + unit.size;
      continue;
    }
    // WARC
    const base = ctx.progress.bytesRead;
    let pages = 0;
    let records = 0;
    try {
      for await (const item of readWarc(unit.abs, unit.size, ctx.limits.maxBytes)) {
        ctx.progress.bytesRead = base + item.offset;
        const source: Source = { input: unit.abs, format: 'warc', offset: item.offset };
        const name = `${unit.name} at offset ${item.offset}`;
        if (item.kind === 'broken') {
          yield failed(unit.name, source, item.message);
          continue;
        }
        records++;
        if (item.kind === 'skipped') continue;
        pages++;
        if (item.id) source.id = item.id;
        if (done(source)) continue;
        let bytes: Uint8Array;
        try {
          bytes = await item.read();
        } catch (err) {
          yield failed(name, source, fail(err));
          continue;
        }
        yield { job: { seq: seq++, name, url: item.url, source, payload: { kind: 'page', bytes, charset: item.charset, hint: 'html' } } };
      }
      if (!pages) yield { note: `${unit.name}: no HTML pages among its ${records} WARC records` };
    } catch (err) {
      yield failed(unit.name, { input: unit.abs, format: 'warc' }, err instanceof InputError ? err.message : fileErrorMessage(err));
    }
    ctx.progress.bytesRead = base + unit.size;
  }
}
