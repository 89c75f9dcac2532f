// "Never break": every saved page of the corpus (news, other languages,
// non-articles, very large pages) goes through analyze() on a linkedom document,
// as the CLI does. No page may throw; each ends as "ok", "no-quotes" or
// "no-article", and quote offsets must point at their text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../utils/analyze';
import type { Analysis, AnalysisStatus } from '../utils/types';

const CORPUS = resolve(__dirname, '../../shared/corpus');
const FOLDERS = ['robustness', 'pages'] as const;
const STATUSES: AnalysisStatus[] = ['ok', 'no-quotes', 'no-article'];

const pages = FOLDERS.flatMap((folder) => {
  const dir = join(CORPUS, folder);
  return existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => ({ name: `${folder}/${f}`, path: join(dir, f) }))
    : [];
});

if (!pages.length) {
  console.warn(`[robustness.test] SKIPPED: no corpus pages in ${CORPUS}/{robustness,pages} (the corpus lives in ../shared/corpus).`);
}

const ended = new Map<string, { status: AnalysisStatus; quotes: number; ms: number }>();

describe.skipIf(!pages.length)('every corpus page goes through analyze without an exception', () => {
  it.each(pages)('$name', ({ name, path }) => {
    const html = readFileSync(path, 'utf8');
    const { document } = parseHTML(html);
    const started = performance.now();
    let analysis: Analysis | undefined;
    expect(() => {
      analysis = analyze(document as unknown as Document, { url: pathToFileURL(path).href, includeBlocks: true });
    }).not.toThrow();
    const a = analysis!;
    ended.set(name, { status: a.status, quotes: a.quotes.length, ms: Math.round(performance.now() - started) });
    expect(STATUSES).toContain(a.status);
    if (a.status === 'no-article') expect(a.quotes).toEqual([]);
    if (a.status === 'ok') expect(a.quotes.length).toBeGreaterThan(0);
    if (a.status === 'no-quotes') expect(a.quotes).toEqual([]);
    // The result is plain JSON (it crosses the extension's message boundary).
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    for (const q of a.quotes) {
      if (q.kind === 'indirect') continue;
      expect(a.blocks![q.paragraph]!.text.slice(q.start, q.end), `${name} ${q.id}`).toBe(q.text);
    }
  });

  afterAll(() => {
    const none = [...ended].filter(([, r]) => r.status === 'no-article').map(([n]) => n);
    const lines = [...ended].map(([n, r]) => `  ${r.status.padEnd(10)} ${String(r.quotes).padStart(4)} quotes ${String(r.ms).padStart(5)} ms  ${n}`);
    console.log(
      `[robustness.test] ${ended.size} pages; ${none.length} ended as no-article: ${none.join(', ') || '(none)'}\n${lines.join('\n')}`,
    );
  });
});
