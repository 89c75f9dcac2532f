// Child process for the Node benchmarks (forked by node.ts with --import tsx
// --expose-gc). Running the core in a child lets the parent kill a page or a
// synthetic case that hangs (a catastrophic regular expression) and carry on.
//
// Protocol (process.send): the parent sends one Job; the child answers with
// one message per page or case, then { type: 'done' }.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import type { Article } from '../utils/types';
import { articleKb, buildCase, type CaseSpec } from './cases';
import { median } from './stats';

export interface PageInput {
  name: string;
  set: 'pages' | 'robustness' | 'sample';
  file: string;
  url: string;
}

export type Job =
  | { type: 'pages'; pages: PageInput[]; runs: number; warmup: number }
  | { type: 'case'; spec: CaseSpec; base: PageInput; runs: number; warmup: number; budgetMs: number };

export interface PageResult {
  name: string;
  set: PageInput['set'];
  html_kb: number;
  parse_ms: number;
  readability_ms: number | null;
  pipeline_ms: number | null;
  /** pipeline / Readability, both medians. */
  ratio: number | null;
  readability_p90_ms?: number | null;
  pipeline_max_ms?: number | null;
  article_kb: number | null;
  blocks: number;
  quotes: number;
  speakers: number;
  status: string;
  runs: number;
  error?: string;
}

export interface CaseResult {
  name: string;
  group: CaseSpec['group'];
  about: string;
  factor?: number;
  kb: number;
  blocks: number;
  ms_median: number;
  ms_min: number;
  ms_per_kb: number;
  quotes: number;
  runs: number;
}

export interface HeapResult {
  gc: boolean;
  before_mb: number;
  after_mb: number;
  growth_mb: number;
  /** Growth from after the first page to the end: what a long session would keep adding. */
  growth_after_first_page_mb: number | null;
  /** Growth over one more pass over all pages after the timed run: ~0 unless something leaks. */
  second_pass_growth_mb: number;
  peak_mb: number;
  rss_peak_mb: number;
}

export type Reply =
  | { type: 'page'; result: PageResult }
  | { type: 'case'; result: CaseResult }
  | { type: 'heap'; result: HeapResult }
  | { type: 'error'; error: string }
  | { type: 'done' };

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
const send = (m: Reply) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

async function core() {
  const extract = await import('../utils/article/extract');
  const analyze = await import('../utils/analyze');
  return { extractArticle: extract.extractArticle, analyzeArticle: analyze.analyzeArticle };
}

function parse(file: string): { doc: Document; kb: number; ms: number } {
  const html = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const { document } = parseHTML(html);
  const ms = performance.now() - t0;
  return { doc: document as unknown as Document, kb: Buffer.byteLength(html) / 1024, ms };
}

async function runPages(job: Extract<Job, { type: 'pages' }>) {
  const { extractArticle, analyzeArticle } = await core();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let rssPeak = process.memoryUsage().rss;
  let afterFirst: number | null = null;
  for (const page of job.pages) {
    const { doc, kb, ms } = parse(page.file);
    const tr: number[] = [];
    const tp: number[] = [];
    let article: Article | null = null;
    let last: ReturnType<typeof analyzeArticle> | null = null;
    let error: string | undefined;
    try {
      for (let i = 0; i < job.warmup + job.runs; i++) {
        const t0 = performance.now();
        article = extractArticle(doc, { url: page.url });
        const t1 = performance.now();
        if (article) last = analyzeArticle(article, { url: page.url });
        const t2 = performance.now();
        if (i >= job.warmup) {
          tr.push(t1 - t0);
          if (article) tp.push(t2 - t1);
        }
      }
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const mu = process.memoryUsage();
    peak = Math.max(peak, mu.heapUsed);
    rssPeak = Math.max(rssPeak, mu.rss);
    if (afterFirst == null) {
      // Heap after one page: module initialisation, JIT and caches that fill once.
      gc?.();
      afterFirst = process.memoryUsage().heapUsed;
    }
    const r = tr.length ? median(tr) : null;
    const p = tp.length ? median(tp) : null;
    await send({
      type: 'page',
      result: {
        name: page.name, set: page.set, html_kb: kb, parse_ms: ms,
        readability_ms: r, pipeline_ms: p, ratio: r && p != null ? p / r : null,
        readability_p90_ms: tr.length ? [...tr].sort((a, b) => a - b)[Math.floor(tr.length * 0.9)] ?? null : null,
        pipeline_max_ms: tp.length ? Math.max(...tp) : null,
        article_kb: article ? articleKb(article) : null,
        blocks: article?.blocks.length ?? 0,
        quotes: last?.quotes.length ?? 0,
        speakers: last?.speakers.length ?? 0,
        status: error ? 'error' : article ? (last?.status ?? 'ok') : 'no-article',
        runs: tr.length,
        ...(error ? { error } : {}),
      },
    });
  }
  gc?.();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  // One more untimed pass over every page: a leak keeps growing here, warm-up does not.
  for (const page of job.pages) {
    const { doc } = parse(page.file);
    const article = extractArticle(doc, { url: page.url });
    if (article) analyzeArticle(article, { url: page.url });
  }
  gc?.();
  gc?.();
  const again = process.memoryUsage().heapUsed;
  await send({
    type: 'heap',
    result: {
      gc: !!gc, before_mb: before / MB, after_mb: after / MB, growth_mb: (after - before) / MB,
      growth_after_first_page_mb: afterFirst == null ? null : (after - afterFirst) / MB,
      second_pass_growth_mb: (again - after) / MB,
      peak_mb: peak / MB, rss_peak_mb: rssPeak / MB,
    },
  });
}

async function runCase(job: Extract<Job, { type: 'case' }>) {
  const { extractArticle, analyzeArticle } = await core();
  const { doc } = parse(job.base.file);
  const base = extractArticle(doc, { url: job.base.url });
  if (!base) throw new Error(`base article ${job.base.name}: Readability found no article`);
  const input = buildCase(job.spec, base);
  const times: number[] = [];
  let quotes = 0;
  const started = performance.now();
  for (let i = 0; ; i++) {
    const t0 = performance.now();
    const out = analyzeArticle(input, { url: job.base.url });
    const t = performance.now() - t0;
    quotes = out.quotes.length;
    if (i >= job.warmup) times.push(t);
    const spent = performance.now() - started;
    // At least 3 timed runs; stop at `runs` or when the time budget is spent.
    if (times.length >= job.runs || (times.length >= 3 && spent > job.budgetMs)) break;
    // A very slow input: one warm-up is enough.
    if (i < job.warmup && t > job.budgetMs / 4) i = job.warmup - 1;
  }
  const kb = articleKb(input);
  const ms = median(times);
  await send({
    type: 'case',
    result: {
      name: job.spec.name, group: job.spec.group, about: job.spec.about,
      ...(job.spec.factor ? { factor: job.spec.factor } : {}),
      kb, blocks: input.blocks.length, ms_median: ms, ms_min: Math.min(...times), ms_per_kb: ms / kb,
      quotes, runs: times.length,
    },
  });
}

// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler catches and reports its own errors
process.once('message', async (job: Job) => {
  try {
    if (job.type === 'pages') await runPages(job);
    else await runCase(job);
  } catch (e) {
    await send({ type: 'error', error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
  await send({ type: 'done' });
  process.disconnect?.();
});
