// Parent side of the Node benchmarks: finds the pages, forks worker.ts, and
// keeps a watchdog so a page or case that hangs is reported, not waited on.
import { fork } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseSpec } from './cases';
import type { CaseResult, HeapResult, Job, PageInput, PageResult, Reply } from './worker';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.resolve(ROOT, '../shared/corpus');
export const SAMPLE = path.join(ROOT, 'samples/harbour-bridge.html');
const WORKER = path.join(ROOT, 'bench/worker.ts');

export interface PageSet {
  pages: PageInput[];
  /** Number of pages found per set, or null when the directory/file is absent. */
  found: { pages: number | null; robustness: number | null; sample: boolean };
  notes: string[];
}

export function listPages(): PageSet {
  const notes: string[] = [];
  const pages: PageInput[] = [];
  const found: PageSet['found'] = { pages: null, robustness: null, sample: false };
  for (const set of ['pages', 'robustness'] as const) {
    const dir = path.join(CORPUS, set);
    if (!existsSync(dir)) {
      notes.push(`ABSENT: ${path.relative(ROOT, dir)} (not benchmarked)`);
      continue;
    }
    const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    found[set] = files.length;
    for (const f of files) {
      const name = f.replace(/\.html$/, '');
      pages.push({ name: set === 'pages' ? name : `${set}/${name}`, set, file: path.join(dir, f), url: `https://example.org/${set}/${f}` });
    }
  }
  if (existsSync(SAMPLE)) {
    found.sample = true;
    pages.push({ name: 'sample/harbour-bridge', set: 'sample', file: SAMPLE, url: 'https://example.org/harbour-bridge.html' });
  } else {
    notes.push('ABSENT: samples/harbour-bridge.html (not benchmarked; scaling uses a corpus page instead)');
  }
  return { pages, found, notes };
}

/** The article the scaling runs repeat: the shipped sample, else a short corpus news page. */
export function scalingBase(set: PageSet): PageInput | null {
  return (
    set.pages.find((p) => p.set === 'sample') ??
    set.pages.find((p) => p.name === 'seed-independent') ??
    set.pages.find((p) => p.set === 'pages') ??
    null
  );
}

interface ChildRun {
  replies: Reply[];
  /** The child went silent for longer than the watchdog allows and was killed. */
  timedOut: boolean;
  exitCode: number | null;
  stderr: string;
}

/** Fork worker.ts, send it `job`, collect replies; kill it after `idleMs` without a reply. */
function runChild(job: Job, idleMs: number, onReply?: (r: Reply) => void): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = fork(WORKER, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const replies: Reply[] = [];
    let stderr = '';
    let timedOut = false;
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, idleMs);
    };
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('message', (m: Reply) => {
      replies.push(m);
      onReply?.(m);
      arm();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ replies, timedOut, exitCode: code, stderr: stderr.slice(-2000) });
    });
    arm();
    child.send(job);
  });
}

export interface CorpusResult {
  pages: PageResult[];
  heap: HeapResult | null;
  /** Pages that were killed by the watchdog. */
  timeouts: string[];
}

export async function benchCorpus(
  pages: PageInput[],
  opts: { runs: number; warmup: number; pageTimeoutMs: number; log: (s: string) => void },
): Promise<CorpusResult> {
  const results: PageResult[] = [];
  const timeouts: string[] = [];
  let heap: HeapResult | null = null;
  let pending = [...pages];
  while (pending.length) {
    const done = new Set<string>();
    const run = await runChild({ type: 'pages', pages: pending, runs: opts.runs, warmup: opts.warmup }, opts.pageTimeoutMs, (r) => {
      if (r.type === 'page') {
        done.add(r.result.name);
        const x = r.result;
        opts.log(`  ${x.name.padEnd(32)} readability ${fmt(x.readability_ms)} ms  pipeline ${fmt(x.pipeline_ms)} ms`);
      }
    });
    for (const r of run.replies) {
      if (r.type === 'page') results.push(r.result);
      if (r.type === 'heap') heap = r.result;
      if (r.type === 'error') opts.log(`  worker error: ${r.error}`);
    }
    pending = pending.filter((p) => !done.has(p.name));
    if (!pending.length) break;
    // The child died or hung on the first pending page: record it and go on without it.
    const culprit = pending.shift()!;
    const why = run.timedOut ? `timeout (> ${opts.pageTimeoutMs} ms)` : `worker exited (${run.exitCode}): ${run.stderr.trim().split('\n').pop() ?? ''}`;
    opts.log(`  ${culprit.name}: ${why}`);
    timeouts.push(culprit.name);
    results.push({
      name: culprit.name, set: culprit.set, html_kb: NaN, parse_ms: NaN, readability_ms: null, pipeline_ms: null,
      ratio: null, article_kb: null, blocks: 0, quotes: 0, speakers: 0, status: 'timeout', runs: 0, error: why,
    });
    heap = null; // a restarted run no longer measures the whole corpus in one heap
  }
  return { pages: results, heap, timeouts };
}

export interface CaseOutcome {
  spec: CaseSpec;
  result: CaseResult | null;
  error?: string;
}

export async function benchCases(
  specs: CaseSpec[],
  base: PageInput,
  opts: { runs: number; warmup: number; budgetMs: number; timeoutMs: number; log: (s: string) => void },
): Promise<CaseOutcome[]> {
  const out: CaseOutcome[] = [];
  for (const spec of specs) {
    const run = await runChild({ type: 'case', spec, base, runs: opts.runs, warmup: opts.warmup, budgetMs: opts.budgetMs }, opts.timeoutMs);
    const res = run.replies.find((r) => r.type === 'case');
    const err = run.replies.find((r) => r.type === 'error');
    if (res && res.type === 'case') {
      out.push({ spec, result: res.result });
      opts.log(`  ${spec.name.padEnd(24)} ${res.result.kb.toFixed(0).padStart(6)} KB  ${fmt(res.result.ms_median)} ms  (${res.result.runs} runs)`);
    } else {
      const error = run.timedOut
        ? `timeout: no result within ${opts.timeoutMs} ms`
        : err && err.type === 'error' ? err.error.split('\n')[0]! : `worker exited (${run.exitCode}): ${run.stderr.trim().split('\n').pop() ?? ''}`;
      out.push({ spec, result: null, error });
      opts.log(`  ${spec.name.padEnd(24)} ${error}`);
    }
  }
  return out;
}

export function fmt(v: number | null | undefined, d = 2): string {
  return v == null || !Number.isFinite(v) ? '—' : v.toFixed(d);
}
