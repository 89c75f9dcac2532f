// `cited` over archives: a WARC built here (gzipped records, some not HTML, one
// broken), a JSON Lines file and a folder, on worker threads; each article's
// analysis must equal what `cited` gives for that page alone. Then the mapper
// (`cited --jsonl -`) on shards in parallel processes against one whole run,
// and --resume after an interrupted output. No timings are asserted.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/cited';
import { parseRecord, sourceKey, type Source } from '../cli/job';
import { splitLines } from '../cli/lines';
import { readWarc } from '../cli/warc';
import { generatePage, writeArchive } from '../bench/batch';
import type { Analysis } from '../utils/types';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const SAMPLE = readFileSync(join(ROOT, 'samples/harbour-bridge.html'), 'utf8');

type Result = Analysis & { source: Source };

// Made-up articles (our own writing).
const STORIES = [
  {
    title: 'Valley rail line to close for summer works',
    paragraphs: [
      'Trains between Elmstead and Corbin Falls will stop for six weeks this summer while the line is rebuilt, the regional transport authority said on Monday.',
      '“It is the only way to finish the work before winter,” said Priya Nandakumar, the authority’s director of operations.',
      'Passenger groups were less convinced. “Six weeks of buses is a long time for people who work shifts,” said Owen Marsh, who chairs the Valley Riders association.',
      'Nandakumar said replacement buses would run every twenty minutes and that tickets would be honoured on them.',
    ],
  },
  {
    title: 'School garden wins county prize',
    paragraphs: [
      'A vegetable garden planted by pupils at Brookside Primary has won the county’s community growing award.',
      '“The children did nearly all of it themselves,” said Helen Okafor, the school’s head teacher. “We only lent them the spades.”',
      'The judges praised the garden’s water butts and its wildflower border, according to a statement from the county council.',
    ],
  },
  {
    title: 'Harbour ferry fares to rise in April',
    paragraphs: [
      'Fares on the Westpoint harbour ferry will go up by ten per cent in April, the operator announced, blaming the cost of fuel.',
      '“Nobody likes to raise prices, but the boats have to run,” said Carla Jensen, the ferry company’s chief executive.',
      'Regular passengers said the increase would hit commuters hardest. “I cross twice a day,” said Martin Pike, a nurse at the harbour clinic.',
    ],
  },
  {
    title: 'Library extends opening hours',
    paragraphs: [
      'The central library in Ashby will open until nine in the evening on weekdays from next month, the city council said.',
      '“Students told us they had nowhere quiet to work after school,” said Dev Raman, the council’s culture lead.',
    ],
  },
];

function storyHtml(i: number): string {
  const s = STORIES[i]!;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${s.title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article><h1>${s.title}</h1><p class="byline">By Staff Reporter</p>${s.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer>© The Valley Courier</footer></body></html>`;
}
const storyText = (i: number) => STORIES[i]!.paragraphs.join('\n\n') + '\n';

const enc = new TextEncoder();

async function warcRecord(opts: {
  url: string;
  type?: 'response' | 'request' | 'resource' | 'metadata' | 'warcinfo';
  http?: Record<string, string>;
  statusline?: string;
  body: Uint8Array | string;
}, gzip = true): Promise<Buffer> {
  // warcio builds the record and writes it as its own gzip member, as crawlers do.
  const body = typeof opts.body === 'string' ? enc.encode(opts.body) : opts.body;
  async function* content() {
    yield body;
  }
  const record = await WARCRecord.create(
    { url: opts.url, type: opts.type ?? 'response', warcVersion: 'WARC/1.1', httpHeaders: opts.http ?? {}, statusline: opts.statusline ?? 'HTTP/1.1 200 OK' },
    content(),
  );
  return Buffer.from(await WARCSerializer.serialize(record, { gzip }));
}

interface Expected {
  name: string;
  url: string;
  html?: string;
  text?: string;
}

let dir: string;
const f = (...p: string[]) => join(dir, ...p);
/** The articles the WARC holds, in order; the broken one's URL. */
const warcPages: Expected[] = [];
let brokenOffset = 0;
let warcGood: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cited-batch-'));
  mkdirSync(f('single'));
  // The WARC: info, a request, the sample, an image, a 404, a gzip-encoded page, a broken page, a chunked page, metadata, a resource.
  const parts: Buffer[] = [];
  const add = (b: Buffer) => parts.push(b);
  add(await warcRecord({ url: '', type: 'warcinfo', http: {}, body: 'software: cited tests\r\nformat: WARC File Format 1.1\r\n' }));
  add(await warcRecord({ url: 'https://news.example/bridge', type: 'request', http: { Host: 'news.example' }, statusline: 'GET /bridge HTTP/1.1', body: '' }));
  add(await warcRecord({ url: 'https://news.example/bridge', http: { 'Content-Type': 'text/html; charset=utf-8' }, body: SAMPLE }));
  warcPages.push({ name: 'bridge', url: 'https://news.example/bridge', html: SAMPLE });
  add(await warcRecord({ url: 'https://news.example/logo.png', http: { 'Content-Type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }));
  add(await warcRecord({ url: 'https://news.example/gone', statusline: 'HTTP/1.1 404 Not Found', http: { 'Content-Type': 'text/html' }, body: '<html><body><h1>Not found</h1></body></html>' }));
  add(await warcRecord({ url: 'https://news.example/rail', http: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }, body: gzipSync(storyHtml(0)) }));
  warcPages.push({ name: 'rail', url: 'https://news.example/rail', html: storyHtml(0) });
  brokenOffset = parts.reduce((n, p) => n + p.length, 0);
  const broken = await warcRecord({ url: 'https://news.example/broken', http: { 'Content-Type': 'text/html' }, body: storyHtml(3) });
  for (const at of [40, 41, 60, 90]) broken[at] = broken[at]! ^ 0x5a; // damage the deflate data inside the gzip member
  add(broken);
  const chunked = storyHtml(1);
  const half = Math.floor(chunked.length / 2);
  const chunks = [chunked.slice(0, half), chunked.slice(half)].map((c) => `${Buffer.byteLength(c).toString(16)}\r\n${c}\r\n`).join('') + '0\r\n\r\n';
  add(await warcRecord({ url: 'https://news.example/garden', http: { 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked' }, body: chunks }));
  warcPages.push({ name: 'garden', url: 'https://news.example/garden', html: chunked });
  add(await warcRecord({ url: 'https://news.example/garden', type: 'metadata', body: 'outlinks: https://news.example/\r\n' }));
  // A resource record carries its content type in the WARC headers, without HTTP headers.
  const resource = await WARCRecord.create(
    { url: 'https://news.example/ferry', type: 'resource', warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
    (async function* () {
      yield enc.encode(storyHtml(2));
    })(),
  );
  add(Buffer.from(await WARCSerializer.serialize(resource, { gzip: true })));
  warcPages.push({ name: 'ferry', url: 'https://news.example/ferry', html: storyHtml(2) });
  warcGood = warcPages.length;
  writeFileSync(f('crawl.warc.gz'), Buffer.concat(parts));

  // JSON Lines: html and text records, one with an id.
  const jsonl = [
    JSON.stringify({ url: 'https://news.example/j/bridge', html: SAMPLE, id: 'a-1' }),
    JSON.stringify({ url: 'https://news.example/j/rail', text: storyText(0) }),
    '',
    JSON.stringify({ url: 'https://news.example/j/library', html: storyHtml(3) }),
  ];
  writeFileSync(f('articles.jsonl'), jsonl.join('\n') + '\n');

  // A folder: pages at two depths, a JSON Lines file inside, and files that are not ours.
  mkdirSync(f('saved', 'b-local'), { recursive: true });
  writeFileSync(f('saved', 'a-garden.html'), storyHtml(1));
  writeFileSync(f('saved', 'b-local', 'ferry.txt'), storyText(2));
  writeFileSync(f('saved', 'b-local', 'more.jsonl'), JSON.stringify({ url: 'https://news.example/k/1', html: storyHtml(0) }) + '\n');
  writeFileSync(f('saved', 'style.css'), 'body { color: red }');
  writeFileSync(f('saved', '.hidden.html'), storyHtml(2));

  // Each page on its own, for the single-file results.
  writeFileSync(f('single', 'bridge.html'), SAMPLE);
  STORIES.forEach((_, i) => {
    writeFileSync(f('single', `story-${i}.html`), storyHtml(i));
    writeFileSync(f('single', `story-${i}.txt`), storyText(i));
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cited(args: string[], stdin: string | Uint8Array = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
  });
  return { code, stdout, stderr };
}

const lines = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Result);

/** The analysis without where it came from: what must not depend on the container. */
function core(a: Analysis & { source?: unknown }) {
  const { source: _s, url: _u, ...rest } = a;
  return rest;
}

const singles = new Map<string, Analysis>();
async function single(file: string): Promise<Analysis> {
  if (!singles.has(file)) {
    const r = await cited(['--workers=1', f('single', file)]);
    expect(r.code).toBe(0);
    singles.set(file, lines(r.stdout)[0]!);
  }
  return singles.get(file)!;
}

describe('cited over a WARC, JSON Lines and a folder', () => {
  it('reads every HTML record of a WARC, skips the rest, reports the broken record and goes on (exit 1)', async () => {
    const r = await cited(['--workers=2', '--ordered', f('crawl.warc.gz')]);
    expect(r.code).toBe(1);
    const errs = r.stderr.trimEnd().split('\n');
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(new RegExp(`^cited: .*crawl\\.warc\\.gz: broken WARC record at offset ${brokenOffset} \\(.*\\); reading again from offset \\d+$`));
    const out = lines(r.stdout);
    expect(out.map((a) => a.url)).toEqual(warcPages.map((p) => p.url));
    expect(out).toHaveLength(warcGood);
    for (const a of out) {
      expect(a.source.input).toBe(f('crawl.warc.gz'));
      expect(a.source.format).toBe('warc');
      expect(a.source.id).toMatch(/^<urn:uuid:/);
      expect(typeof a.source.offset).toBe('number');
    }
    // Offsets are where the records start: strictly increasing, none at the broken record.
    const offsets = out.map((a) => a.source.offset!);
    expect([...offsets].sort((x, y) => x - y)).toEqual(offsets);
    expect(offsets).not.toContain(brokenOffset);
    const byName = Object.fromEntries(warcPages.map((p, i) => [p.name, out[i]!]));
    expect(core(byName.bridge!)).toEqual(core(await single('bridge.html')));
    expect(core(byName.rail!)).toEqual(core(await single('story-0.html')));
    expect(core(byName.garden!)).toEqual(core(await single('story-1.html')));
    expect(core(byName.ferry!)).toEqual(core(await single('story-2.html')));
    expect(byName.bridge!.quotes.length).toBeGreaterThan(3);
  });

  it('reads JSON Lines files ({url, html} and {url, text}) with their line numbers', async () => {
    const r = await cited(['--workers=2', '--ordered', f('articles.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out.map((a) => [a.url, a.source.line, a.source.id])).toEqual([
      ['https://news.example/j/bridge', 1, 'a-1'],
      ['https://news.example/j/rail', 2, undefined],
      ['https://news.example/j/library', 4, undefined],
    ]);
    expect(core(out[0]!)).toEqual(core(await single('bridge.html')));
    expect(core(out[1]!)).toEqual(core(await single('story-0.txt')));
    expect(core(out[2]!)).toEqual(core(await single('story-3.html')));
  });

  it('walks a folder in name order, reading pages and JSON Lines, ignoring other and hidden files', async () => {
    const r = await cited(['--workers=2', '--ordered', f('saved')]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((a) => a.source.input)).toEqual([f('saved', 'a-garden.html'), f('saved', 'b-local', 'ferry.txt'), f('saved', 'b-local', 'more.jsonl')]);
    expect(core(out[0]!)).toEqual(core(await single('story-1.html')));
    expect(core(out[1]!)).toEqual(core(await single('story-2.txt')));
    expect(core(out[2]!)).toEqual(core(await single('story-0.html')));
  });

  it('mixes all of them with a plain file; unordered output holds the same results; nothing lost', async () => {
    const inputs = [f('crawl.warc.gz'), f('articles.jsonl'), f('saved'), f('single', 'story-3.html')];
    const ordered = await cited(['--workers=2', '--ordered', ...inputs]);
    const loose = await cited(['--workers=2', ...inputs]);
    const oneThread = await cited(['--workers=1', ...inputs]);
    for (const r of [ordered, loose, oneThread]) {
      expect(r.code).toBe(1);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(lines(r.stdout)).toHaveLength(warcGood + 3 + 3 + 1);
    }
    const key = (a: Result) => sourceKey(a.source);
    const sorted = (out: string) => lines(out).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sorted(loose.stdout)).toEqual(sorted(ordered.stdout));
    expect(ordered.stdout).toBe(oneThread.stdout);
  });

  it('reports a bad JSON line and an unusable record on one line each, and goes on', async () => {
    const text = [
      JSON.stringify({ url: 'https://news.example/1', html: storyHtml(0) }),
      '{"url": "https://news.example/2", "html": ',
      JSON.stringify({ url: 'https://news.example/3', title: 'no body' }),
      JSON.stringify({ url: 'https://news.example/4', text: storyText(1) }),
    ].join('\n');
    const r = await cited(['--jsonl', '--workers=2', '--ordered', '-'], text);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^cited: standard input line 2: not valid JSON \(/),
      'cited: standard input line 3: needs an "html" or a "text" string',
    ]);
    expect(lines(r.stdout).map((a) => [a.url, a.source.line])).toEqual([
      ['https://news.example/1', 1],
      ['https://news.example/4', 4],
    ]);
    expect((await cited(['--jsonl', '--exit-zero', '-'], text)).code).toBe(0);
    // --jsonl reads a named file as JSON Lines whatever its name.
    writeFileSync(f('export.txt'), text);
    const named = await cited(['--jsonl', '--ordered', f('export.txt')]);
    expect(lines(named.stdout).map((a) => [a.url, a.source.input, a.source.line])).toEqual([
      ['https://news.example/1', f('export.txt'), 1],
      ['https://news.example/4', f('export.txt'), 4],
    ]);
  });

  it('writes CSV of every quote with one header', async () => {
    const r = await cited(['--csv', '--workers=2', f('articles.jsonl'), f('saved')]);
    const rows = r.stdout.split('\r\n').filter(Boolean);
    expect(rows.filter((l) => l.startsWith('speaker,'))).toHaveLength(1);
    const all = lines((await cited(['--workers=1', f('articles.jsonl'), f('saved')])).stdout);
    expect(rows).toHaveLength(1 + all.reduce((n, a) => n + a.quotes.length, 0));
  });
});

describe('progress', () => {
  it('is silent when standard error is not a terminal, and --progress ends with a summary line', async () => {
    const quiet = await cited(['--workers=1', f('articles.jsonl')]);
    expect(quiet.stderr).toBe('');
    const r = await cited(['--workers=1', '--progress', f('articles.jsonl'), f('crawl.warc.gz')]);
    // eslint-disable-next-line no-control-regex -- the progress line is redrawn with ESC[K
    const last = r.stderr.split(/\r\x1b\[K|\n/).filter(Boolean).pop();
    expect(last).toMatch(/^cited: 7 articles in \d+ s \([\d.]+\/s\), \d+ quotes, 1 error$/);
    expect(r.stderr).toMatch(/broken WARC record/);
  });
});

describe('--resume', () => {
  it('skips what the output already holds, drops a cut-off last line, and appends the rest', async () => {
    const inputs = [f('articles.jsonl'), f('saved'), f('crawl.warc.gz')];
    const whole = lines((await cited(['--workers=1', '--ordered', ...inputs])).stdout);
    const out = f('resumed.jsonl');
    // An interrupted run: two complete lines and half of a third.
    const first = JSON.stringify(whole[0]) + '\n' + JSON.stringify(whole[3]) + '\n';
    writeFileSync(out, first + JSON.stringify(whole[4]).slice(0, 200));
    const r = await cited(['--workers=2', '--resume', out, ...inputs]);
    expect(r.code).toBe(1); // the broken WARC record is still broken
    expect(r.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith(first)).toBe(true);
    const got = lines(text);
    expect(got).toHaveLength(whole.length);
    const key = (a: Result) => sourceKey(a.source);
    expect(new Set(got.map(key))).toEqual(new Set(whole.map(key)));
    // Again: nothing left to do but the broken record.
    const again = await cited(['--workers=2', '--resume', out, ...inputs]);
    expect(again.stderr).toMatch(/broken WARC record/);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('refuses --resume with CSV or Markdown', async () => {
    expect((await cited(['--csv', '--resume', f('x.jsonl'), f('saved')])).code).toBe(2);
  });
});

describe('cited --jsonl - as a mapper', () => {
  // As `npm run cited` runs it, in one process (no npm, no tsx launcher in between).
  const CLI = ['--import', 'tsx', join(ROOT, 'cli/cited.ts')];
  const children = new Set<ReturnType<typeof spawn>>();
  // A mapper that never finishes must not outlive a failed test.
  afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

  function mapper(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((ok, fail) => {
      const child = spawn(process.execPath, [...CLI, '--jsonl', '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      children.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', fail);
      child.on('close', (code) => {
        children.delete(child);
        ok({ code, stdout, stderr });
      });
      child.stdin.end(input);
    });
  }

  it('gives on shards in parallel processes, merged, what one run gives', async () => {
    const records: string[] = [];
    for (let k = 0; k < 3; k++) {
      records.push(JSON.stringify({ url: `https://news.example/m/bridge-${k}`, html: SAMPLE }));
      STORIES.forEach((_, i) => {
        records.push(JSON.stringify({ url: `https://news.example/m/${k}-${i}`, html: storyHtml(i), id: `${k}-${i}` }));
        records.push(JSON.stringify({ url: `https://news.example/m/${k}-${i}.txt`, text: storyText(i) }));
      });
    }
    const shards = [0, 1, 2].map((s) => records.filter((_, i) => i % 3 === s).join('\n') + '\n');
    const [whole, ...parts] = await Promise.all([mapper(records.join('\n') + '\n'), ...shards.map(mapper)]);
    for (const r of [whole, ...parts]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // Nothing but JSON Lines on standard output.
      for (const line of r.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    }
    // Line numbers are per shard; everything else must match.
    const norm = (out: string) =>
      lines(out)
        .map((a) => JSON.stringify({ ...a, source: { ...a.source, line: undefined } }))
        .sort();
    const merged = parts.flatMap((p) => norm(p.stdout)).sort();
    expect(merged).toHaveLength(records.length);
    expect(merged).toEqual(norm(whole.stdout));
  });
});

describe('helpers', () => {
  it('splits lines across chunks, counts blank ones, drops CR, and refuses over-long lines', async () => {
    const chunks = ['{"a":', '1}\r\n\n{"b"', ':2}\n', 'x'.repeat(50), '\nlast'].map((s) => enc.encode(s));
    const got = [];
    for await (const item of splitLines(Readable.from(chunks), 20)) got.push('bytes' in item ? [item.line, Buffer.from(item.bytes).toString()] : [item.line, `too long ${item.tooLong}`]);
    expect(got).toEqual([[1, '{"a":1}'], [3, '{"b":2}'], [4, 'too long 50'], [5, 'last']]);
  });

  it('reads a JSON Lines record and names what is wrong with a bad one', () => {
    expect(parseRecord(enc.encode('{"url":"u","text":"t","id":7}'))).toEqual({ url: 'u', text: 't', id: '7' });
    expect(() => parseRecord(enc.encode('[1]'))).toThrow(/not a JSON object/);
    expect(() => parseRecord(enc.encode('{"url":3,"html":"x"}'))).toThrow(/"url" must be a string/);
    expect(() => parseRecord(new Uint8Array([0x7b, 0xff, 0x7d]))).toThrow(/not valid UTF-8/);
  });

  it('the benchmark archive is what it says: the same pages every time, one HTML record per page, read back whole', async () => {
    expect(generatePage(7)).toEqual(generatePage(7));
    expect(generatePage(7).html).not.toBe(generatePage(8).html);
    const file = f('bench.warc.gz');
    writeArchive(file, 12);
    const urls: (string | null)[] = [];
    for await (const item of readWarc(file, readFileSync(file).length, 20 << 20)) {
      expect(item.kind).not.toBe('broken');
      if (item.kind === 'page') {
        urls.push(item.url);
        expect(Buffer.from(await item.read()).toString()).toBe(generatePage(urls.length - 1).html);
      }
    }
    expect(urls).toEqual(Array.from({ length: 12 }, (_, i) => generatePage(i).url));
  });

  it('reads gzip members with header fields, and from a member too large to inflate at once (a whole archive) on, streams', async () => {
    const page = (i: number) => storyHtml(i % STORIES.length) + `<!-- ${'filler '.repeat(2000)} -->`; // about 16 KB
    const plain = (i: number) =>
      warcRecord({ url: `https://news.example/m/${i}`, http: { 'Content-Type': 'text/html' }, body: page(i) }, false);
    // A member whose gzip header carries a file name and a comment (RFC 1952 FNAME, FCOMMENT), written by hand.
    const first = await plain(0);
    const crc = Buffer.alloc(8);
    crc.writeUInt32LE((zlib as unknown as { crc32: (b: Uint8Array) => number }).crc32(first), 0);
    crc.writeUInt32LE(first.length, 4);
    const named = Buffer.concat([
      Buffer.from([0x1f, 0x8b, 0x08, 0x18, 0, 0, 0, 0, 0, 3]),
      Buffer.from('page-0.warc\0a comment\0'),
      deflateRawSync(first),
      crc,
    ]);
    // 80 records in one member: more than the 64 KB page limit plus a megabyte of headers, so not inflated at once.
    const whole = gzipSync(Buffer.concat(await Promise.all(Array.from({ length: 80 }, (_, i) => plain(i + 1)))));
    const last = gzipSync(await plain(81));
    const file = f('members.warc.gz');
    writeFileSync(file, Buffer.concat([named, whole, last]));
    const got: [string | null, boolean][] = [];
    const offsets: number[] = [];
    for await (const item of readWarc(file, named.length + whole.length + last.length, 64 << 10)) {
      expect(item.kind).toBe('page');
      if (item.kind !== 'page') continue;
      offsets.push(item.offset);
      got.push([item.url, Buffer.from(await item.read()).toString() === page(got.length)]);
    }
    expect(got).toEqual(Array.from({ length: 82 }, (_, i) => [`https://news.example/m/${i}`, true]));
    // Where each member starts (records inside the big member get warcio's own offsets).
    expect([offsets[0], offsets[1], offsets[81]]).toEqual([0, named.length, named.length + whole.length]);
  });

  it('the installed command reads a WARC (child process)', async () => {
    const r = await run(process.execPath, [join(ROOT, 'cli/bin.mjs'), '--workers=1', '--ordered', f('crawl.warc.gz')]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect((r as { code?: number }).code).toBe(1);
    expect(lines(r.stdout)).toHaveLength(warcGood);
  });
});
