// WARC files (.warc, .warc.gz) → the HTML pages they hold. Parsing is
// warcio's (Webrecorder's reader, also used by their replay and crawl tools);
// this file picks the records that are articles and gets past broken ones.
//
// warcio stops quietly at a corrupt gzip member (it falls back to reading the
// rest as uncompressed bytes, which then parse as nothing). So after each pass
// we check that the parser reached the end of the file; if it did not, the
// record where it stopped is reported and reading starts again at the next
// record boundary found in the bytes (a gzip member that inflates to "WARC/",
// or a "WARC/1." line in an uncompressed file). One bad record costs one record.
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { brotliDecompressSync, constants as zlibConstants, gunzipSync } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { formatBytes, InputError, tooLarge } from './decode';

export type WarcItem =
  /** A record holding an HTML page: `read()` gets its decoded payload (call it at most once, before asking for the next item). */
  | { kind: 'page'; offset: number; url: string | null; id: string | null; charset: string | null; read: () => Promise<Uint8Array> }
  /** A record that could not be read; reading goes on after it. */
  | { kind: 'broken'; offset: number; message: string }
  /** Position reached, for progress (emitted after each record, page or not). */
  | { kind: 'skipped'; offset: number; why: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

/** The records of a WARC file, in file order. Never throws for bad content: that comes back as `broken` items. */
export async function* readWarc(path: string, size: number, maxBytes: number): AsyncGenerator<WarcItem> {
  const gzip = await startsWithGzip(path);
  let start = 0;
  while (start < size) {
    const stream = createReadStream(path, { start, highWaterMark: 1 << 18 });
    const parser = new WARCParser(stream);
    let stoppedAt: number | null = null;
    let reason = '';
    try {
      for await (const record of parser) {
        const offset = start + parser.offset;
        if (!(record.warcHeaders.protocol ?? '').startsWith('WARC/')) {
          stoppedAt = offset;
          reason = 'not a WARC record';
          break;
        }
        if (gzip && (parser as unknown as { _reader: { compressed: string | null } })._reader.compressed === null) {
          stoppedAt = offset;
          reason = 'corrupt gzip data';
          break;
        }
        yield describe(record, offset, maxBytes);
      }
      if (stoppedAt === null) {
        const end = start + parser.offset;
        if (end < size && !(await onlyPadding(path, end, size))) {
          stoppedAt = end;
          reason = gzip ? 'corrupt gzip data or a truncated record' : 'not a WARC record';
        }
      }
    } catch (err) {
      stoppedAt = start + parser.offset;
      reason = (err as Error)?.message?.split('\n')[0] || String(err);
    } finally {
      stream.destroy();
    }
    if (stoppedAt === null) return;
    const next = await nextRecordStart(path, stoppedAt + 1, size, gzip);
    const rest = next === null ? `; the last ${formatBytes(size - stoppedAt)} could not be read` : `; reading again from offset ${next}`;
    yield { kind: 'broken', offset: stoppedAt, message: `broken WARC record at offset ${stoppedAt} (${reason})${rest}` };
    if (next === null) return;
    start = next;
  }
}

function describe(record: WARCRecord, offset: number, maxBytes: number): WarcItem {
  const type = record.warcType;
  if (type !== 'response' && type !== 'resource') return { kind: 'skipped', offset, why: `${type ?? 'untyped'} record` };
  const http = type === 'response' ? record.httpHeaders : null;
  if (type === 'response') {
    if (!http) return { kind: 'skipped', offset, why: 'response without HTTP headers' };
    const status = Number(http.statusCode);
    if (!(status >= 200 && status < 300)) return { kind: 'skipped', offset, why: `HTTP ${http.statusCode}` };
  }
  const contentType = (http ? http.headers.get('content-type') : record.warcContentType) ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (!HTML_TYPES.has(mediaType)) return { kind: 'skipped', offset, why: `not HTML (${mediaType || 'no content type'})` };
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
  const encoding = http?.headers.get('content-encoding')?.trim().toLowerCase() || null;
  return {
    kind: 'page',
    offset,
    url: record.warcTargetURI ?? null,
    id: record.warcHeader('WARC-Record-ID') ?? null,
    charset,
    read: async () => {
      if (record.warcContentLength > maxBytes) throw tooLarge(record.warcContentLength, maxBytes);
      let bytes = await record.readFully(true);
      if (encoding === 'br') {
        try {
          bytes = brotliDecompressSync(bytes, { maxOutputLength: maxBytes + 1 });
        } catch {
          throw new InputError('content encoding br: not valid Brotli data');
        }
      } else if (encoding && !['gzip', 'x-gzip', 'deflate', 'identity'].includes(encoding)) {
        throw new InputError(`content encoding ${encoding} is not supported`);
      }
      if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
      return bytes;
    },
  };
}

async function startsWithGzip(path: string): Promise<boolean> {
  const head = await readAt(path, 0, 3);
  return GZIP_MAGIC.every((b, i) => head[i] === b);
}

/** Whether the bytes from `from` to the end are only line breaks or NULs (some writers pad the end). */
async function onlyPadding(path: string, from: number, size: number): Promise<boolean> {
  if (size - from > 4096) return false;
  const tail = await readAt(path, from, size - from);
  return tail.every((b) => b === 0x0a || b === 0x0d || b === 0);
}

const SCAN_CHUNK = 1 << 20;
const PROBE_BYTES = 1 << 16;
const WARC_LINE = Buffer.from('WARC/1.');

/** The offset of the next record that starts at or after `from`, or null. */
async function nextRecordStart(path: string, from: number, size: number, gzip: boolean): Promise<number | null> {
  const handle = await open(path, 'r');
  try {
    for (let at = from; at < size; at += SCAN_CHUNK) {
      const len = Math.min(SCAN_CHUNK + 16, size - at);
      const buf = Buffer.alloc(len);
      await handle.read(buf, 0, len, at);
      for (let i = 0; i < Math.min(SCAN_CHUNK, len); i++) {
        if (gzip) {
          if (buf[i] !== 0x1f || buf[i + 1] !== 0x8b || buf[i + 2] !== 0x08) continue;
          const probe = Buffer.alloc(Math.min(PROBE_BYTES, size - (at + i)));
          await handle.read(probe, 0, probe.length, at + i);
          if (inflatesToWarc(probe)) return at + i;
        } else {
          i = buf.indexOf(WARC_LINE, i);
          if (i < 0 || i >= SCAN_CHUNK) break;
          if (at + i === 0 || buf[i - 1] === 0x0a) return at + i;
        }
      }
    }
    return null;
  } finally {
    await handle.close();
  }
}

function inflatesToWarc(bytes: Buffer): boolean {
  try {
    const out = gunzipSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return out.subarray(0, 7).equals(WARC_LINE);
  } catch {
    return false;
  }
}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
