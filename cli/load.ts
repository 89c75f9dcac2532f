// One input of the CLI (a file, a URL or standard input) → its text, whether it
// is HTML, and the address to give `analyze`.
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { concatBytes, decodeText, hintFromName, InputError, looksLikeHtml, MAX_INPUT_BYTES, tooLarge } from './decode';
import { fetchPage, type FetchLimits } from './fetch';

export interface Loaded {
  text: string;
  html: boolean;
  /** The page's address: the final URL after redirects, or a file: URL; null for standard input. */
  url: string | null;
}

export interface LoadLimits extends FetchLimits {
  maxBytes: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxBytes: MAX_INPUT_BYTES, timeoutMs: 20_000, maxRedirects: 5 };

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export async function loadInput(
  input: string,
  limits: LoadLimits,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<Loaded> {
  const raw = await loadRaw(input, limits, stdin);
  const text = decodeText(raw.bytes, raw.charset);
  return { text, html: looksLikeHtml(text, raw.hint), url: raw.url };
}

/** One input's bytes, undecoded (the CLI decodes on a worker thread). */
export interface RawPage {
  bytes: Uint8Array;
  /** The charset named by a Content-Type header, if any. */
  charset: string | null;
  /** HTML or text by the file name or the content type; null to sniff. */
  hint: 'html' | 'text' | null;
  url: string | null;
}

export async function loadRaw(input: string, limits: LoadLimits, stdin: AsyncIterable<Uint8Array | string>): Promise<RawPage> {
  if (input === '-') return { bytes: await readStream(stdin, limits.maxBytes), charset: null, hint: null, url: null };
  if (URL_SCHEME.test(input)) {
    if (/^file:/i.test(input)) return loadFile(fileURLToPath(input), limits);
    if (!/^https?:/i.test(input)) throw new InputError(`unsupported URL scheme (only http, https and file)`);
    const page = await fetchPage(input, limits);
    return { bytes: page.bytes, charset: page.charset, hint: page.kind, url: page.url };
  }
  return loadFile(input, limits);
}

async function loadFile(path: string, limits: LoadLimits): Promise<RawPage> {
  const abs = resolve(path);
  let info;
  try {
    info = await stat(abs);
  } catch (err) {
    throw new InputError(fileErrorMessage(err));
  }
  if (info.isDirectory()) throw new InputError('is a directory, not a file');
  if (!info.isFile()) throw new InputError('not a regular file');
  if (info.size > limits.maxBytes) throw tooLarge(info.size, limits.maxBytes);
  let bytes: Uint8Array;
  try {
    const handle = await open(abs, 'r');
    try {
      // Read at most one byte past the limit: the file may have grown since stat.
      bytes = await readStream(handle.createReadStream({ end: limits.maxBytes, autoClose: false }), limits.maxBytes);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(fileErrorMessage(err));
  }
  return { bytes, charset: null, hint: hintFromName(abs), url: pathToFileURL(abs).href };
}

export function fileErrorMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENOTDIR') return 'no such file (a parent is not a directory)';
  return `cannot read (${code ?? (err as Error)?.message ?? String(err)})`;
}

/** Read a byte stream to the end, refusing more than `max` bytes. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > max) throw tooLarge(null, max);
    chunks.push(bytes);
  }
  return concatBytes(chunks, total);
}
