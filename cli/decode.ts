// Bytes → text for the CLI: refuse what is not text (empty, binary, invalid
// UTF-8), honour a byte-order mark or a declared legacy charset, and tell HTML
// from plain text.

/** Something wrong with one input: reported as one line, the other inputs go on. */
export class InputError extends Error {}

/** Bytes read from any one input; a 50 MB "article" is a mistake, not a page. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}

export function tooLarge(size: number | null, limit: number): InputError {
  const what = size === null ? 'more than' : `${formatBytes(size)}, more than`;
  return new InputError(`too large (${what} the ${formatBytes(limit)} limit)`);
}

/** How far into the file to look for NUL bytes and charset declarations. */
const SNIFF_BYTES = 8192;
/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** Decode `bytes` as text; `declared` is a charset from a Content-Type header. */
export function decodeText(bytes: Uint8Array, declared: string | null = null): string {
  if (bytes.length === 0) throw new InputError('empty input');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeWith('utf-16le', bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeWith('utf-16be', bytes.subarray(2));
  else {
    const head = bytes.subarray(0, SNIFF_BYTES);
    if (head.includes(0)) throw new InputError('binary file, not HTML or text');
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const charset = hasBom ? 'utf-8' : (declared ?? sniffCharset(head))?.toLowerCase() ?? 'utf-8';
    const legacy = !UTF8_LABELS.has(charset) && decoderFor(charset);
    if (legacy) text = fixWindows1252(legacy, legacy.decode(bytes));
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        throw new InputError(`not valid UTF-8 (byte ${firstInvalidUtf8(bytes)}); save the page as UTF-8`);
      }
    }
  }
  if (!text.trim()) throw new InputError('empty input (only white space)');
  return text;
}

/**
 * windows-1252 (which the Encoding Standard also uses for "latin1" and "iso-8859-1")
 * puts curly quotes and dashes at 0x80–0x9F; Node 20's decoder returns those bytes as
 * C1 control characters instead, so they are mapped here.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function fixWindows1252(decoder: TextDecoder, text: string): string {
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

function decodeWith(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function sniffCharset(head: Uint8Array): string | null {
  const ascii = new TextDecoder('latin1').decode(head);
  return META_CHARSET.exec(ascii)?.[1] ?? null;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes; a fresh streaming decoder tolerates a prefix cut inside a sequence.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // `lo` may end inside an incomplete sequence: back up to where the bad sequence starts.
  for (let s = lo; s >= Math.max(0, lo - 3); s--) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, s));
      return s;
    } catch {
      // still inside the sequence
    }
  }
  return lo;
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|p|div|section|h[1-6])\b/i;
const HTML_TAG = /<(?:html|body|article|p|div|br)[\s/>]/i;

/** Whether text is HTML: by the name's extension or content type when known, else by its first tags. */
export function looksLikeHtml(text: string, hint: 'html' | 'text' | null = null): boolean {
  if (hint) return hint === 'html';
  const head = text.slice(0, 4096);
  return HTML_START.test(head) || HTML_TAG.test(head);
}

/** Extension hint for a file name. */
export function hintFromName(name: string): 'html' | 'text' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  if (['html', 'htm', 'xhtml', 'shtml', 'xht'].includes(ext)) return 'html';
  if (['txt', 'text', 'md', 'markdown'].includes(ext)) return 'text';
  return null;
}

/** Join byte chunks (`total` bytes in all) into one array. */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
