// Split a byte stream into lines without ever holding more than one line (and
// never a line longer than `max` bytes): JSON Lines files can be gigabytes.

export type LineItem =
  | { line: number; bytes: Uint8Array; end: number }
  /** The line was longer than the limit; its bytes were dropped. */
  | { line: number; tooLong: number; end: number };

/**
 * The lines of `stream`, numbered from 1, without their line break (LF or
 * CRLF); blank lines are counted but not yielded. `end` is the number of bytes
 * read up to the end of the line.
 */
export async function* splitLines(stream: AsyncIterable<Uint8Array | string>, max: number): AsyncGenerator<LineItem> {
  let parts: Uint8Array[] = [];
  let partLen = 0;
  let dropped = 0;
  let line = 0;
  let read = 0;
  const finish = function* (last: Uint8Array): Generator<LineItem> {
    line++;
    if (dropped) {
      yield { line, tooLong: dropped + last.length, end: read };
      dropped = 0;
      return;
    }
    let bytes = parts.length ? join([...parts, last], partLen + last.length) : new Uint8Array(last); // a copy, not a view
    parts = [];
    partLen = 0;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > max) yield { line, tooLong: bytes.length, end: read };
    else if (!isBlank(bytes)) yield { line, bytes, end: read };
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let from = 0;
    for (;;) {
      const nl = bytes.indexOf(0x0a, from);
      if (nl < 0) break;
      read += nl + 1 - from;
      yield* finish(bytes.subarray(from, nl));
      from = nl + 1;
    }
    const rest = bytes.subarray(from);
    read += rest.length;
    if (!rest.length) continue;
    if (dropped || partLen + rest.length > max) {
      dropped += partLen + rest.length;
      parts = [];
      partLen = 0;
    } else {
      parts.push(new Uint8Array(rest));
      partLen += rest.length;
    }
  }
  if (partLen || dropped) yield* finish(new Uint8Array(0));
}

function join(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
