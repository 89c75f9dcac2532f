// WARC files (.warc, .warc.gz) → the HTML pages they hold. Parsing is
// warcio's (Webrecorder's reader, also used by their replay and crawl tools);
// this file picks the records that are articles and gets past broken ones.
//
// A .warc.gz is a series of gzip members, one record each (as crawlers write
// them). Each member is inflated whole by Node's native zlib (warcio inflates
// in JavaScript, several times slower, on the thread that reads), its byte
// offset in the file kept as the record's offset, and warcio parses the
// inflated record. From a member too large to inflate whole (a whole archive in
// one member) on, warcio's streaming reader reads the rest.
//
// warcio stops quietly at a corrupt gzip member (it falls back to reading the
// rest as uncompressed bytes, which then parse as nothing). So after each pass
// we check that the parser reached the end of the file; if it did not, the
// record where it stopped is reported and reading starts again at the next
// record boundary found in the bytes (a gzip member that inflates to "WARC/",
// or a "WARC/1." line in an uncompressed file). One bad record costs one record.
import { open, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import * as zlib from 'node:zlib';
import { brotliDecompressSync, constants as zlibConstants, gunzipSync, inflateRawSync } from 'node:zlib';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
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
  if (await startsWithGzip(path)) yield* readGzipMembers(path, size, maxBytes);
  else yield* readStreaming(path, 0, size, maxBytes, false);
}

/** Reading ahead in the file: a member is inflated from one buffer, refilled a megabyte or more at a time. */
const READ_CHUNK = 1 << 20;
/** A member is inflated from the window when this much of the file or more lies ahead in it (most members are smaller). */
const INFLATE_AHEAD = 1 << 18;
/** Above this, a member is left to warcio's streaming reader: WARC and HTTP headers on top of the largest page read. */
const memberLimit = (maxBytes: number) => maxBytes + (1 << 20);
/** The reading buffer's usual size: a refill and what was still ahead of it. */
const WINDOW_BYTES = READ_CHUNK + INFLATE_AHEAD;

/** A .warc.gz, member by member: inflated natively, parsed by warcio; a broken member is reported and skipped. */
async function* readGzipMembers(path: string, size: number, maxBytes: number): AsyncGenerator<WarcItem> {
  const file = new FileWindow(await open(path, 'r'), size);
  try {
    let pos = 0;
    while (pos < size) {
      const member = await inflateMember(file, pos, memberLimit(maxBytes));
      if (member.kind === 'end') return;
      if (member.kind === 'too-large') {
        // One member holding more than a record's worth (a whole archive compressed at once): warcio
        // streams it and what follows (its offsets for records inside one member are its own).
        yield* readStreaming(path, pos, size, maxBytes, true);
        return;
      }
      let reason = member.kind === 'broken' ? member.reason : null;
      if (member.kind === 'ok') {
        let records = 0;
        try {
          const parser = new WARCParser(new AsyncIterReader([member.bytes], null));
          for await (const record of parser) {
            if (!(record.warcHeaders.protocol ?? '').startsWith('WARC/')) {
              reason = 'not a WARC record';
              break;
            }
            records++;
            yield describe(record, pos, maxBytes);
          }
          if (!records) reason ??= 'not a WARC record';
        } catch (err) {
          reason = (err as Error)?.message?.split('\n')[0] || String(err);
        }
        if (reason === null) {
          pos = member.end;
          continue;
        }
      }
      const next = await nextRecordStart(path, pos + 1, size, true);
      yield brokenAt(pos, reason!, next, size);
      if (next === null) return;
      pos = next;
    }
  } finally {
    await file.close();
  }
}

function brokenAt(at: number, reason: string, next: number | null, size: number): WarcItem {
  const rest = next === null ? `; the last ${formatBytes(size - at)} could not be read` : `; reading again from offset ${next}`;
  return { kind: 'broken', offset: at, message: `broken WARC record at offset ${at} (${reason})${rest}` };
}

type Member =
  | { kind: 'ok'; bytes: Buffer; end: number }
  | { kind: 'broken'; reason: string }
  | { kind: 'too-large' }
  /** Only padding (line breaks, NULs) from here to the end of the file. */
  | { kind: 'end' };

const GZIP_FEXTRA = 4;
const GZIP_FNAME = 8;
const GZIP_FCOMMENT = 16;
const GZIP_FHCRC = 2;
/** zlib.crc32 is in Node 20.15 and later; without it a member's checksum is not verified (its length still is). */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** The gzip member starting at `pos`: its header (RFC 1952), deflate data inflated natively, and its trailer checked. */
async function inflateMember(file: FileWindow, pos: number, limit: number): Promise<Member> {
  const head = (await file.from(pos, 4096)).subarray(0, 4096);
  if (head[0] !== 0x1f || head[1] !== 0x8b || head[2] !== 0x08) {
    if (head.length <= 4096 && pos + head.length >= file.size && head.every((b) => b === 0x0a || b === 0x0d || b === 0))
      return { kind: 'end' };
    return { kind: 'broken', reason: 'corrupt gzip data' };
  }
  const flags = head[3]!;
  let at = 10;
  if (flags & GZIP_FEXTRA) at += 2 + (head[at]! | (head[at + 1]! << 8));
  for (const flag of [GZIP_FNAME, GZIP_FCOMMENT]) {
    if (!(flags & flag)) continue;
    const zero = head.indexOf(0, at);
    if (zero < 0) return { kind: 'broken', reason: 'corrupt gzip header' };
    at = zero + 1;
  }
  if (flags & GZIP_FHCRC) at += 2;
  // Inflate from what the window holds (with this much ahead at least); a member cut off at its end gets a larger window.
  let want = INFLATE_AHEAD;
  for (;;) {
    const data = await file.from(pos + at, want);
    let out: { buffer: Buffer; engine: zlib.InflateRaw };
    try {
      out = inflateRawSync(data, { info: true, maxOutputLength: limit }) as unknown as {
        buffer: Buffer;
        engine: zlib.InflateRaw;
      };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'too-large' };
      if (e.code === 'Z_BUF_ERROR' && pos + at + data.length < file.size) {
        // Deflate data never takes much more room than what it inflates to.
        if (data.length > limit) return { kind: 'too-large' };
        want = data.length * 2;
        continue;
      }
      return { kind: 'broken', reason: e.code === 'Z_BUF_ERROR' ? 'truncated gzip member' : 'corrupt gzip data' };
    }
    const end = pos + at + out.engine.bytesWritten;
    const trailer = (await file.from(end, 8)).subarray(0, 8);
    if (trailer.length < 8) return { kind: 'broken', reason: 'truncated gzip member' };
    const bytes = out.buffer;
    if (trailer.readUInt32LE(4) !== bytes.length % 2 ** 32 || (crc32 && trailer.readUInt32LE(0) !== crc32(bytes))) {
      return { kind: 'broken', reason: 'corrupt gzip data (checksum)' };
    }
    return { kind: 'ok', bytes, end: end + 8 };
  }
}

/**
 * Bytes of a file by offset, through one buffer that moves forward, refilled a megabyte or more at a time.
 * The buffer is reused (what is still ahead moved to its start, the rest read after it) rather than made
 * anew at each refill: a fresh megabyte outlived several young-generation collections, was promoted, and its
 * memory counted as external until a full collection, which that count sets off (each full collection also
 * drops optimised code the helper threads then compile again). A buffer grown for one large member is not kept.
 */
class FileWindow {
  private buf = Buffer.alloc(0);
  /** Bytes of `buf` that hold the file from `start` on. */
  private length = 0;
  private start = 0;

  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /**
   * The bytes from `from` to the end of the window, at least `length` of them (fewer only at the end of
   * the file); valid until the next call (which may overwrite them).
   */
  async from(from: number, length: number): Promise<Buffer> {
    const end = Math.min(this.size, from + length);
    if (from < this.start || end > this.start + this.length) {
      const keptAt = from - this.start;
      const kept = from >= this.start && keptAt < this.length ? this.length - keptAt : 0;
      const readFrom = from + kept;
      const n = Math.min(Math.max(end - readFrom, READ_CHUNK), this.size - readFrom);
      if (kept + n > this.buf.length || this.buf.length > 2 * WINDOW_BYTES) {
        const fresh = Buffer.allocUnsafe(Math.max(kept + n, WINDOW_BYTES));
        if (kept) this.buf.copy(fresh, 0, keptAt, keptAt + kept);
        this.buf = fresh;
      } else if (kept) {
        this.buf.copyWithin(0, keptAt, keptAt + kept);
      }
      let got = 0;
      while (got < n) {
        const { bytesRead } = await this.handle.read(this.buf, kept + got, n - got, readFrom + got);
        if (!bytesRead) break;
        got += bytesRead;
      }
      this.length = kept + got;
      this.start = from;
    }
    return this.buf.subarray(from - this.start, this.length);
  }

  close() {
    return this.handle.close();
  }
}

/**
 * warcio's own streaming reader, from `start`: for uncompressed WARC files, and for
 * a gzip member too large to inflate at once.
 */
async function* readStreaming(path: string, start: number, size: number, maxBytes: number, gzip: boolean): AsyncGenerator<WarcItem> {
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
    yield brokenAt(stoppedAt, reason, next, size);
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
