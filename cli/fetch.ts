// Fetch a page for the CLI with Node's fetch: a time limit over the whole
// exchange, redirects followed by hand (counted, loops caught), a size cap
// checked both on Content-Length and while reading, and only HTML or text.
import { concatBytes, InputError, tooLarge } from './decode';

export interface FetchLimits {
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
}

export interface FetchedPage {
  url: string;
  bytes: Uint8Array;
  /** The charset named by the Content-Type header, if any. */
  charset: string | null;
  kind: 'html' | 'text';
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown']);

export async function fetchPage(address: string, limits: FetchLimits): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    return await fetchWithin(address, limits, controller.signal);
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (controller.signal.aborted) throw new InputError(`timed out after ${limits.timeoutMs / 1000} s`);
    throw new InputError(networkMessage(err));
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithin(address: string, limits: FetchLimits, signal: AbortSignal): Promise<FetchedPage> {
  const seen = new Set<string>();
  let url = address;
  for (let hops = 0; ; hops++) {
    seen.add(url);
    const res = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1', 'user-agent': 'Cited-CLI/0.1' },
    });
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (!location) throw new InputError(`HTTP ${res.status} redirect without a Location`);
      const next = new URL(location, url).href;
      if (!/^https?:/i.test(next)) throw new InputError(`redirected to an unsupported address (${next.split(':')[0]}:)`);
      if (seen.has(next)) throw new InputError(`redirect loop (${next} again after ${hops + 1} redirects)`);
      if (hops + 1 > limits.maxRedirects) throw new InputError(`too many redirects (more than ${limits.maxRedirects})`);
      url = next;
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const contentType = res.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    const kind = HTML_TYPES.has(mediaType) ? 'html' : TEXT_TYPES.has(mediaType) ? 'text' : null;
    if (!kind) {
      await res.body?.cancel();
      throw new InputError(`not an HTML or text page (content type ${mediaType || 'missing'})`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await res.body?.cancel();
      throw tooLarge(declared, limits.maxBytes);
    }
    const bytes = await readBody(res, limits.maxBytes);
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
    return { url, bytes, charset, kind };
  }
}

async function readBody(res: Response, max: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw tooLarge(null, max);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

/** A one-line reason from undici's "fetch failed" and its cause. */
function networkMessage(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'could not connect (connection refused)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'could not resolve the host name';
  if (code === 'ECONNRESET') return 'connection reset by the server';
  if (code) return `could not fetch (${code})`;
  const message = cause?.message ?? (err as Error)?.message ?? String(err);
  return `could not fetch (${message.split('\n')[0]})`;
}
