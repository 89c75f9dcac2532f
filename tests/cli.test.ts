// The `cited` command end to end: real files in a temporary folder, a real HTTP
// server on 127.0.0.1, the real linkedom parser and analyze(). Most cases call
// main() in process with captured streams; a few run the installed entry points
// (npm script, cli/bin.mjs) as child processes to check exit codes and stdout.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/cited';
import type { Analysis } from '../utils/types';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');

const PARAGRAPHS = [
  'The old ferry pier in Northbay will reopen next spring after two years of repairs, the harbour board said on Tuesday, ending a long dispute over who should pay for the work.',
  '“We will rebuild the pier, and we will do it by spring,” said Ana Ruiz, the harbour master, who has overseen the project since the storm damaged its pilings.',
  'Engineers had warned that the timber frame could not be saved. “The whole deck had to come off,” said Tom Hale, a structural engineer at the Coastal Institute.',
  'Local traders welcomed the news, though some said the delay had cost them a summer of visitors and that the board should have acted far sooner than it did.',
];
const TEXT_ARTICLE = PARAGRAPHS.join('\n\n') + '\n';

function articleHtml(title: string, paragraphs = PARAGRAPHS, head = '<meta charset="utf-8">'): string {
  return `<!doctype html><html lang="en"><head>${head}<title>${title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer>© Northbay Gazette</footer></body></html>`;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cited(args: string[], stdin: string | Uint8Array = '', limits?: Parameters<typeof main>[1]['limits']): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    limits,
  });
  return { code, stdout, stderr };
}

const jsonLines = (out: string) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Analysis);

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cited-cli-'));
  writeFileSync(file('pier.html'), articleHtml('Northbay pier to reopen in spring'));
  writeFileSync(file('pier.txt'), TEXT_ARTICLE);
  writeFileSync(file('pier-page'), articleHtml('No extension, sniffed as HTML'));
  writeFileSync(file('empty.html'), '');
  writeFileSync(file('blank.txt'), ' \n\n \t\n');
  writeFileSync(file('binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  writeFileSync(file('latin1-bad.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, “trop cher,” dit-il.')]));
  writeFileSync(
    file('legacy.html'),
    Buffer.from(articleHtml('Caf\u00e9 owners react', [...PARAGRAPHS, '“C\u00e9cile’s caf\u00e9 stays open,” said the owner.'], '<meta charset="windows-1252">').replace(/[“”’]/g, (c) => ({ '“': '\u0093', '”': '\u0094', '’': '\u0092' })[c]!), 'latin1'),
  );
  writeFileSync(file('nav.html'), '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
  mkdirSync(file('a-folder'));
  writeFileSync(file('huge.html'), '');
  truncateSync(file('huge.html'), 50 * 1024 * 1024); // 50 MB, sparse: refused on its size before any read
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cited: options', () => {
  it('prints usage with --help and exits 0', async () => {
    const r = await cited(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cited /);
    expect(r.stdout).toContain('--csv');
  });

  it('refuses an unknown option, two formats, or no input, with status 2', async () => {
    for (const args of [['--frobnicate', file('pier.html')], ['--csv', '--md', file('pier.html')], [], ['--timeout=abc', 'x']]) {
      const r = await cited(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^cited: /);
    }
  });
});

describe('cited: inputs', () => {
  it('reads an HTML file and prints one JSON Analysis on one line', async () => {
    const r = await cited([file('pier.html')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0]!) as Analysis;
    expect(a.status).toBe('ok');
    expect(a.title).toBe('Northbay pier to reopen in spring');
    expect(a.url).toBe(pathToFileURL(file('pier.html')).href);
    expect(a.quotes.map((q) => q.text)).toContain('We will rebuild the pier, and we will do it by spring,');
    expect(a.quotes.map((q) => q.text)).toContain('The whole deck had to come off,');
  });

  it('reads a plain-text file as blank-line paragraphs', async () => {
    const [a] = jsonLines((await cited([file('pier.txt')])).stdout);
    expect(a!.status).toBe('ok');
    const q = a!.quotes.find((x) => x.text.startsWith('The whole deck'));
    expect(q?.paragraph).toBe(2);
    expect(a!.url).toBe(pathToFileURL(file('pier.txt')).href);
  });

  it('sniffs HTML in a file without an extension', async () => {
    const [a] = jsonLines((await cited([file('pier-page')])).stdout);
    expect(a!.title).toBe('No extension, sniffed as HTML');
  });

  it('reads standard input given as -, HTML or text', async () => {
    const html = await cited(['-'], articleHtml('From a pipe'));
    expect(jsonLines(html.stdout)[0]!.title).toBe('From a pipe');
    const text = await cited(['-'], TEXT_ARTICLE);
    const a = jsonLines(text.stdout)[0]!;
    expect(a.quotes.length).toBeGreaterThanOrEqual(2);
    expect(a.url).toBeNull();
  });

  it('decodes a page that declares a legacy charset', async () => {
    const [a] = jsonLines((await cited([file('legacy.html')])).stdout);
    expect(a!.title).toBe('Café owners react');
    expect(a!.quotes.map((q) => q.text)).toContain('Cécile’s café stays open,');
  });

  it('reports each bad input on one line, goes on with the others, and exits 1', async () => {
    const bad = {
      'missing.html': /no such file/,
      'a-folder': /folder holds no pages/,
      'binary.html': /binary/,
      'empty.html': /empty/,
      'blank.txt': /empty/,
      'latin1-bad.txt': /not valid UTF-8 \(byte 3\)/,
      'huge.html': /too large \(50\.0 MB, more than the 20\.0 MB limit\)/,
    };
    const names = Object.keys(bad);
    const r = await cited(['--ordered', file('pier.html'), ...names.map(file), file('pier.txt')]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => a.url)).toEqual([pathToFileURL(file('pier.html')).href, pathToFileURL(file('pier.txt')).href]);
    const errs = r.stderr.trimEnd().split('\n');
    expect(errs).toHaveLength(names.length);
    names.forEach((name, i) => {
      expect(errs[i]).toContain(`cited: ${file(name)}: `);
      expect(errs[i]).toMatch(Object.values(bad)[i]!);
    });
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints a page without an article with status "no-article", a note, and exit 0', async () => {
    const r = await cited([file('nav.html')]);
    expect(r.code).toBe(0);
    const [a] = jsonLines(r.stdout);
    expect(a!.status).toBe('no-article');
    expect(r.stderr).toBe(`cited: ${file('nav.html')}: no article found (status "no-article")\n`);
  });

  it('applies the size cap to standard input too', async () => {
    const r = await cited(['-'], 'x'.repeat(5000), { maxBytes: 1000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cited: standard input: too large (more than the 1000 bytes limit)\n');
  });
});

describe('cited: formats', () => {
  it('--csv writes the header once and a row per quote across inputs', async () => {
    const r = await cited(['--csv', file('pier.html'), file('pier.txt')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('speaker,category,description,aliases,quote,kind,cue,paragraph,id,within,source title,site,author,published,url');
    expect(lines.filter((l) => l.startsWith('speaker,'))).toHaveLength(1);
    const [html, text] = jsonLines((await cited([file('pier.html'), file('pier.txt')])).stdout);
    expect(lines).toHaveLength(1 + html!.quotes.length + text!.quotes.length);
    expect(lines.some((l) => l.includes('"We will rebuild the pier, and we will do it by spring",'))).toBe(true);
    expect((await cited(['--csv', '--bom', file('pier.html')])).stdout.startsWith('\uFEFFspeaker,')).toBe(true);
  });

  it('--md writes a Markdown document per input', async () => {
    const r = await cited(['--md', file('pier.html'), file('nav.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Northbay pier to reopen in spring\n/);
    expect(r.stdout).toContain('- “The whole deck had to come off”');
    expect(r.stdout).toContain('\n---\n\n# Menu\n');
    expect(r.stdout).toContain('No article found');
  });

  it('--debug adds a line of timing per input', async () => {
    const r = await cited(['--debug', file('pier.html')]);
    expect(r.stderr).toMatch(/^cited: .*pier\.html: ok, \d+ quotes, \d+ speakers, \d+ ms\n$/);
  });
});

describe('cited: URLs', () => {
  let server: Server;
  let base: string;
  let closedPort: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/article') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articleHtml('Served over HTTP'));
      } else if (path === '/plain') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(TEXT_ARTICLE);
      } else if (path === '/moved') {
        res.writeHead(302, { location: '/article' });
        res.end();
      } else if (path === '/loop-a' || path === '/loop-b') {
        res.writeHead(301, { location: path === '/loop-a' ? '/loop-b' : '/loop-a' });
        res.end();
      } else if (path.startsWith('/chain/')) {
        const n = Number(path.slice(7));
        res.writeHead(302, { location: `/chain/${n + 1}` });
        res.end();
      } else if (path === '/image') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      } else if (path === '/big') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>' + 'a'.repeat(5000) + '</p>');
      } else if (path === '/big-stream') {
        res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no Content-Length to trust
        for (let i = 0; i < 10; i++) res.write('<p>' + 'b'.repeat(1000) + '</p>');
        res.end();
      } else if (path === '/slow') {
        // Never answers: the client's timeout must fire.
      } else {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not here</h1>');
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((ok) => probe.close(ok));
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches an HTML page, following a redirect, and analyses it at its final address', async () => {
    const r = await cited([`${base}/moved`]);
    expect(r.code).toBe(0);
    const [a] = jsonLines(r.stdout);
    expect(a!.title).toBe('Served over HTTP');
    expect(a!.url).toBe(`${base}/article`);
    expect(a!.quotes.length).toBeGreaterThanOrEqual(2);
  });

  it('fetches a text/plain page as paragraphs', async () => {
    const [a] = jsonLines((await cited([`${base}/plain`])).stdout);
    expect(a!.quotes.some((q) => q.text.startsWith('The whole deck'))).toBe(true);
  });

  it('reports network and HTTP failures on one line each, and still prints the good page', async () => {
    const cases: [string, RegExp][] = [
      [`${base}/loop-a`, /redirect loop/],
      [`${base}/chain/0`, /too many redirects \(more than 5\)/],
      [`${base}/image`, /not an HTML or text page \(content type image\/png\)/],
      [`${base}/missing`, /HTTP 404 Not Found/],
      [`${base}/big`, /too large \(.*more than the 4 KB limit\)/],
      [`${base}/big-stream`, /too large \(more than the 4 KB limit\)/],
      [`${base}/slow`, /timed out after 0\.3 s/],
      [`http://127.0.0.1:${closedPort}/x`, /could not connect \(connection refused\)/],
      ['ftp://example.org/x', /unsupported URL scheme/],
    ];
    const r = await cited(['--timeout=0.3', ...cases.map(([u]) => u), `${base}/article`], '', { maxBytes: 4096 });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((a) => a.title)).toEqual(['Served over HTTP']);
    const errs = r.stderr.trimEnd().split('\n');
    expect(errs).toHaveLength(cases.length);
    cases.forEach(([u, re], i) => {
      expect(errs[i]!.startsWith(`cited: ${u}: `)).toBe(true);
      expect(errs[i]).toMatch(re);
    });
  });
});

describe('cited: installed entry points (child processes)', () => {
  it('npm run --silent cited -- --json: first line starting with { is the Analysis', async () => {
    const r = await run('npm', ['run', '--silent', 'cited', '--', '--json', file('pier.html')], { cwd: ROOT });
    const first = r.stdout.split('\n').find((l) => l.startsWith('{'))!;
    expect(JSON.parse(first).status).toBe('ok');
  });

  it('cli/bin.mjs runs through tsx, and exits 1 with one line and no stack trace for a bad input', async () => {
    const err = await run(process.execPath, [join(ROOT, 'cli/bin.mjs'), file('missing.html'), file('pier.txt')], { cwd: dir }).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.code).toBe(1);
    expect(err!.stderr).toBe(`cited: ${file('missing.html')}: no such file\n`);
    expect(jsonLines(err!.stdout)).toHaveLength(1);
  });

  it('stops quietly when the reader of its output goes away', async () => {
    const r = await run('sh', ['-c', `node ${join(ROOT, 'cli/bin.mjs')} --md ${file('pier.html')} ${file('pier.txt')} ${file('pier.html')} | head -c 10`], { cwd: ROOT });
    expect(r.stdout).toBe('# Northbay');
    expect(r.stderr).toBe('');
  });

  it.skipIf(!existsSync(join(CORPUS, 'pages')))('reads a corpus page (skipped without ../shared/corpus)', async () => {
    const r = await run(process.execPath, [join(ROOT, 'cli/bin.mjs'), '--json', join(CORPUS, 'pages/ars-1.html')]);
    const a = JSON.parse(r.stdout.split('\n')[0]!) as Analysis;
    expect(a.status).toBe('ok');
    expect(a.quotes.length).toBeGreaterThan(0);
  });
});

if (!existsSync(join(CORPUS, 'pages'))) {
  console.warn(`[cli.test] ${CORPUS}/pages not found: the corpus case is skipped.`);
}
