// Batch throughput and memory of the `cited` command: a generated WARC of
// corpus-like news pages (made-up text, page furniture of corpus-like size:
// scripts, styles, navigation, related links), run through the built CLI
// (dist/cited.mjs, built first from these sources) as a child process with 1
// and with N worker threads, then as N single-thread processes at once over an
// Nth of the pages each (the same work with nothing shared: what the machine
// gives it on N cores). Reports articles per second,
// the speedup, the process's peak RSS, and RSS early vs late in the run (flat
// memory means no page's DOM is kept). Reported, never asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './node';
import { median, round } from './stats';
import { prng } from './prng.mjs';

export interface BatchRun {
  workers: number;
  articles: number;
  errors: number;
  seconds: number | null;
  articles_per_s: number | null;
  /** From the first result to the last: throughput without start-up. */
  steady_articles_per_s: number | null;
  rss_mb_max: number | null;
  /** Median RSS while the first quarter's last stretch is written (the 500th–750th of 2,000) and over the last eighth. */
  rss_mb_early: number | null;
  rss_mb_late: number | null;
  /** CPU time of the whole process (all threads), per article: the work, whatever the machine's load. */
  cpu_ms_per_article: number | null;
  /**
   * The same split by thread, per article: the main thread (reading the input, and analysing: with 1 worker
   * everything, with N what the N − 1 worker threads cannot take), the worker threads (the N − 1 busiest threads
   * after the main one), and the rest: V8's helper threads (concurrent and parallel garbage collection,
   * compilation) and libuv's.
   */
  cpu_ms_main: number | null;
  cpu_ms_workers: number | null;
  cpu_ms_helpers: number | null;
  /**
   * The run's time per article were this machine's cores idle, from its CPU time: the busiest thread's CPU, or
   * all threads' CPU spread over the cores, whichever is larger.
   */
  idle_ms_per_article: number | null;
  /** The machine's 1-minute load average at the end of the run (other processes compete for the cores). */
  load_avg: number | null;
  exit_code: number | null;
}

export interface BatchResult {
  pages: number;
  archive_mb: number | null;
  html_kb_median: number | null;
  workers: number;
  runs: BatchRun[];
  articles_per_s_1: number | null;
  articles_per_s_n: number | null;
  speedup: number | null;
  /**
   * The speedup N workers give when the cores are free, from the runs' CPU time by thread (idle_ms_per_article
   * at 1 worker ÷ at N): with 1 worker the main thread is the bound and V8's helper threads already use the
   * other cores for garbage collection; with N, all threads' CPU is shared by the cores. Other processes on
   * a shared machine change it far less than the wall clock.
   */
  speedup_cpu_bound: number | null;
  /**
   * The most N threads could give over one on N idle cores if they added no work at all: the single run takes its
   * main thread's CPU per article (V8's helper threads, compiling and collecting, use the idle cores beside it),
   * an N-thread run at least the single run's CPU over all threads shared by the N cores. The N-thread run in
   * fact adds work (its own isolates' compilation and heaps), so speedup_cpu_bound stays below this. Under 1.7 on
   * 2 cores whenever the single run's helper threads take more than 0.18 of its main thread's CPU.
   */
  speedup_ceiling: number | null;
  /**
   * The same work with nothing shared: N separate `cited --workers=1` processes started at once, each over its own
   * Nth of the pages, in articles per second ÷ the single run's. What this machine gives this very analysis on N
   * cores, whatever a pool does: the bound for batch_speedup.
   */
  speedup_independent: number | null;
  rss_mb_max: number | null;
  /** RSS late / RSS early in the N-worker run: 1.0 is flat. */
  rss_growth: number | null;
  error?: string;
}


const FIRST = ['Ana', 'Tom', 'Priya', 'Owen', 'Helen', 'Dev', 'Carla', 'Martin', 'Lena', 'Kofi', 'Mira', 'Jonas', 'Sara', 'Ravi', 'Elena', 'Hugo', 'Nadia', 'Paul', 'Ines', 'Theo'];
const LAST = ['Ruiz', 'Hale', 'Nandakumar', 'Marsh', 'Okafor', 'Raman', 'Jensen', 'Pike', 'Varga', 'Mensah', 'Lindqvist', 'Brandt', 'Costa', 'Iyer', 'Moreau', 'Adler', 'Haddad', 'Quinn', 'Sato', 'Berg'];
const ROLES = ['the harbour master', 'a structural engineer at the Coastal Institute', 'the council’s finance chief', 'a spokeswoman for the transport authority', 'an economist at Northfield University', 'the mayor', 'a local shop owner', 'the health minister', 'a professor of public policy', 'the union’s regional secretary'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'warned', 'explained'];
const TOPICS = ['the bridge', 'the new budget', 'the ferry timetable', 'the hospital plan', 'the school merger', 'the flood defences', 'the rail upgrade', 'the housing scheme'];
const FILLER = ['The council', 'Officials', 'Residents', 'The report', 'Campaigners', 'The agency', 'Engineers', 'Critics'];
const WORDS = 'the a of to in and for on with that by from after before over under more less new old local public plan cost work year month week city region board group report vote budget service project road river school hospital'.split(' ');

function words(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return out.join(' ');
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** One made-up news page with the furniture real pages carry. */
export function generatePage(i: number): { url: string; html: string } {
  const r = prng(1000 + i);
  const topic = pick(r, TOPICS);
  const title = `${pick(r, FILLER)} ${words(r, 4)} ${topic}`;
  const people = Array.from({ length: 2 + Math.floor(r() * 4) }, () => ({ name: `${pick(r, FIRST)} ${pick(r, LAST)}`, role: pick(r, ROLES) }));
  const paras: string[] = [];
  const n = 10 + Math.floor(r() * 25);
  for (let k = 0; k < n; k++) {
    const who = pick(r, people);
    const last = who.name.split(' ')[1];
    const roll = r();
    if (roll < 0.3) paras.push(`“${cap(words(r, 8 + Math.floor(r() * 14)))},” ${pick(r, VERBS)} ${who.name}, ${who.role}.`);
    else if (roll < 0.45) paras.push(`${last} ${pick(r, VERBS)} that ${words(r, 10 + Math.floor(r() * 10))}.`);
    else if (roll < 0.55) paras.push(`${cap(words(r, 12))}. “${cap(words(r, 10))},” ${last} said. “${cap(words(r, 9))}.”`);
    else paras.push(`${pick(r, FILLER)} ${words(r, 18 + Math.floor(r() * 30))} ${topic}. ${cap(words(r, 14 + Math.floor(r() * 16)))}.`);
  }
  // Furniture: a script blob and styles (corpus pages carry 50–1,000 KB of them), navigation, related links.
  const scriptKb = 20 + Math.floor(r() * r() * 300); // 20–320 KB, most pages near the low end
  const from = Math.floor(r() * (scriptPool().length - scriptKb * 1024));
  const script = `window.__STATE__=${JSON.stringify({ blob: scriptPool().slice(from, from + scriptKb * 1024) })};`;
  const css = Array.from({ length: 200 }, (_, k) => `.c${k}{margin:${k % 7}px;padding:${k % 5}px;color:#${(k * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('');
  const nav = Array.from({ length: 40 + Math.floor(r() * 80) }, (_, k) => `<li><a href="/section/${k}">${cap(words(r, 2))}</a></li>`).join('');
  const related = Array.from({ length: 12 }, (_, k) => `<li><a href="/story/${i}-${k}">${cap(words(r, 8))}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${cap(title)} | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier"><meta property="og:title" content="${cap(title)}">
<meta name="author" content="${people[0]!.name}"><meta property="article:published_time" content="2026-0${1 + (i % 9)}-1${i % 10}T08:00:00Z">
<style>${css}</style><script>${script}</script></head><body>
<header class="site-header"><nav><ul>${nav}</ul></nav><form><input name="q" placeholder="Search"></form></header>
<main><article><h1>${cap(title)}</h1><p class="byline">By ${pick(r, FIRST)} ${pick(r, LAST)}</p>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</article><aside><h2>Most read</h2><ul>${related}</ul></aside></main>
<footer><p>© The Valley Courier</p><ul>${nav.slice(0, 2000)}</ul></footer><script>${script.slice(0, 5000)}</script></body></html>`;
  return { url: `https://valley-courier.example/news/${i}`, html };
}

let pool: string | null = null;
/** 400 KB of made-up state, built once; each page's script is a slice of it. */
function scriptPool(): string {
  if (pool) return pool;
  const r = prng(7);
  const parts: string[] = [];
  let n = 0;
  while (n < 400 * 1024) {
    const item = `{"id":${parts.length},"t":"${words(r, 12)}"},`;
    parts.push(item);
    n += item.length;
  }
  return (pool = parts.join(''));
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A WARC record, written out as its own gzip member (as crawlers write them). */
function warcRecord(type: 'request' | 'response', url: string, i: number, block: Buffer): Buffer {
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i * 2 + (type === 'response' ? 1 : 0)).padStart(12, '0')}>`,
    'WARC-Date: 2026-04-14T12:00:00Z',
    `WARC-Target-URI: ${url}`,
    `Content-Type: application/http; msgtype=${type}`,
    `Content-Length: ${block.length}`,
    '',
    '',
  ].join('\r\n');
  return gzipSync(Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]), { level: 1 });
}

/** Write the archive: a request and a response record per page (pages `from` to `from + pages − 1`). */
export function writeArchive(file: string, pages: number, from = 0): { html_kb_median: number } {
  const parts: Buffer[] = [];
  const sizes: number[] = [];
  for (let i = from; i < from + pages; i++) {
    const { url, html } = generatePage(i);
    const body = Buffer.from(html);
    sizes.push(body.length / 1024);
    const u = new URL(url);
    parts.push(warcRecord('request', url, i, Buffer.from(`GET ${u.pathname} HTTP/1.1\r\nHost: ${u.host}\r\n\r\n`)));
    parts.push(warcRecord('response', url, i, Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body])));
  }
  writeFileSync(file, Buffer.concat(parts));
  return { html_kb_median: median(sizes) };
}

/** User + system CPU seconds of a process or thread so far, from /proc (`stat` of the process or of a task); null elsewhere. */
function cpuSeconds(statPath: string): number | null {
  try {
    const stat = readFileSync(statPath, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return null;
  }
}

/** CPU seconds so far of each thread of a process (threads that have ended keep their last sample in `into`). */
function sampleThreads(pid: number, into: Map<string, number>) {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    const s = cpuSeconds(`/proc/${pid}/task/${tid}/stat`);
    if (s != null) into.set(tid, s);
  }
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Run the CLI over the archive with `workers` threads; sample RSS against the number of articles written. */
function runCli(archive: string, workers: number, pages: number): Promise<BatchRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cited.mjs'), `--workers=${workers}`, '--no-progress', archive], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let articles = 0;
    let firstAt: number | null = null;
    let lastAt = started;
    let stderr = '';
    const samples: { n: number; mb: number }[] = [];
    let cpu: number | null = null;
    const threads = new Map<string, number>();
    child.stdout.on('data', (d: Buffer) => {
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) articles++;
      const now = performance.now();
      firstAt ??= now;
      lastAt = now;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const sample = () => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb != null) samples.push({ n: articles, mb });
      cpu = (child.pid ? cpuSeconds(`/proc/${child.pid}/stat`) : null) ?? cpu;
      if (child.pid) sampleThreads(child.pid, threads);
    };
    const timer = setInterval(sample, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const steady = firstAt != null && lastAt > firstAt ? (articles - 1) / ((lastAt - firstAt) / 1000) : NaN;
      const within = (lo: number, hi: number) => samples.filter((s) => s.n >= lo && s.n <= hi).map((s) => s.mb);
      const early = within(pages / 4, (pages * 3) / 8);
      const late = within((pages * 7) / 8, pages);
      const perArticle = (s: number | null) => (s != null && articles ? round((s * 1000) / articles, 2) : null);
      const main = threads.get(String(child.pid)) ?? null;
      const others = [...threads].filter(([tid]) => tid !== String(child.pid)).map(([, s]) => s).sort((a, b) => b - a);
      const own = workers > 1 ? others.slice(0, workers - 1) : []; // the main thread is the Nth that analyses (cli/pool.ts)
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const all = main == null ? null : main + sum(others);
      const idle = all == null ? null : Math.max(main!, ...own, all / availableParallelism());
      resolve({
        workers,
        articles,
        errors: stderr.split('\n').filter((l) => l.startsWith('cited: ') && !l.includes('no article found')).length,
        seconds: round(seconds, 2),
        articles_per_s: round(articles / seconds, 2),
        steady_articles_per_s: round(steady, 2),
        rss_mb_max: samples.length ? round(Math.max(...samples.map((s) => s.mb)), 1) : null,
        rss_mb_early: early.length ? round(median(early), 1) : null,
        rss_mb_late: late.length ? round(median(late), 1) : null,
        cpu_ms_per_article: cpu != null && articles ? round((cpu * 1000) / articles, 1) : null,
        cpu_ms_main: perArticle(main),
        cpu_ms_workers: main == null ? null : perArticle(sum(own)),
        cpu_ms_helpers: main == null ? null : perArticle(sum(others.slice(own.length))),
        idle_ms_per_article: perArticle(idle),
        load_avg: round(loadavg()[0], 1),
        exit_code: code,
      });
    });
  });
}

/** N single-thread runs at once, one per shard: articles per second over all of them (the slowest one ends the run). */
function runIndependent(shards: readonly string[]): Promise<{ articles: number; articles_per_s: number | null; ok: boolean }> {
  const started = performance.now();
  return Promise.all(
    shards.map(
      (shard) =>
        new Promise<{ articles: number; code: number | null }>((resolve) => {
          const child = spawn(process.execPath, [path.join(ROOT, 'dist/cited.mjs'), '--workers=1', '--no-progress', shard], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
          let articles = 0;
          child.stdout.on('data', (d: Buffer) => {
            for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) articles++;
          });
          child.on('exit', (code) => resolve({ articles, code }));
        }),
    ),
  ).then((runs) => {
    const articles = runs.reduce((n, r) => n + r.articles, 0);
    const seconds = (performance.now() - started) / 1000;
    return { articles, articles_per_s: round(articles / seconds, 2), ok: runs.every((r) => r.code === 0) };
  });
}

/** See BatchResult.speedup_ceiling: the single run's idle time per article ÷ its CPU over all threads spread over `cores`. */
function ceiling(one: BatchRun, cores: number): number | null {
  if (one.idle_ms_per_article == null || one.cpu_ms_main == null || one.cpu_ms_helpers == null || cores < 2) return null;
  const all = one.cpu_ms_main + (one.cpu_ms_workers ?? 0) + one.cpu_ms_helpers;
  return all > 0 ? round(Math.min(cores, one.idle_ms_per_article / (all / cores)), 3) : null;
}

export async function benchBatch(opts: { pages: number; workers?: number; log: (s: string) => void }): Promise<BatchResult> {
  const workers = opts.workers ?? availableParallelism();
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-bench-batch-'));
  const archive = path.join(dir, 'generated.warc.gz');
  try {
    // The command as users install it: built from these sources to dist/ (no tsx in the threads).
    opts.log('  building dist/ (npm run build:cli)');
    // @ts-expect-error -- plain ES module (the build script); no type declarations.
    const { buildCli } = (await import('../scripts/build-cli.mjs')) as { buildCli: (o: { quiet: boolean }) => Promise<unknown> };
    await buildCli({ quiet: true });
    opts.log(`  generating ${opts.pages} pages`);
    const { html_kb_median } = writeArchive(archive, opts.pages);
    const archive_mb = statSync(archive).size / 2 ** 20;
    const runs: BatchRun[] = [];
    for (const n of workers > 1 ? [1, workers] : [1]) {
      opts.log(`  cited --workers=${n} over ${archive_mb.toFixed(1)} MB`);
      const run = await runCli(archive, n, opts.pages);
      opts.log(`    ${run.articles} articles in ${run.seconds} s: ${run.articles_per_s}/s (steady ${run.steady_articles_per_s}/s), ${run.cpu_ms_per_article} ms CPU each (main ${run.cpu_ms_main}, workers ${run.cpu_ms_workers}, helpers ${run.cpu_ms_helpers}; ${run.idle_ms_per_article} ms on idle cores), RSS max ${run.rss_mb_max} MB, ${run.rss_mb_early} → ${run.rss_mb_late} MB; load average ${run.load_avg}`);
      runs.push(run);
    }
    let independent: Awaited<ReturnType<typeof runIndependent>> | null = null;
    if (workers > 1) {
      const size = Math.ceil(opts.pages / workers);
      const shards = Array.from({ length: workers }, (_, k) => path.join(dir, `shard-${k}.warc.gz`));
      shards.forEach((file, k) => writeArchive(file, Math.min(size, opts.pages - k * size), k * size));
      opts.log(`  ${workers} × cited --workers=1 at once, one shard each`);
      independent = await runIndependent(shards);
      opts.log(`    ${independent.articles} articles: ${independent.articles_per_s}/s`);
    }
    const one = runs[0]!;
    const many = runs[runs.length - 1]!;
    const bad = runs.find((r) => r.exit_code !== 0 || r.articles !== opts.pages);
    return {
      pages: opts.pages,
      archive_mb: round(archive_mb, 1),
      html_kb_median: round(html_kb_median, 1),
      workers,
      runs,
      articles_per_s_1: one.articles_per_s,
      articles_per_s_n: many.articles_per_s,
      speedup: round((many.articles_per_s ?? NaN) / (one.articles_per_s ?? NaN), 3),
      speedup_cpu_bound: one.idle_ms_per_article && many.idle_ms_per_article ? round(one.idle_ms_per_article / many.idle_ms_per_article, 3) : null,
      speedup_ceiling: ceiling(one, Math.min(workers, availableParallelism())),
      speedup_independent: independent?.ok && independent.articles === opts.pages ? round((independent.articles_per_s ?? NaN) / (one.articles_per_s ?? NaN), 3) : null,
      rss_mb_max: runs.some((r) => r.rss_mb_max != null) ? Math.max(...runs.map((r) => r.rss_mb_max ?? 0)) : null,
      rss_growth: many.rss_mb_early && many.rss_mb_late ? round(many.rss_mb_late / many.rss_mb_early, 3) : null,
      ...(bad ? { error: `--workers=${bad.workers}: exit ${bad.exit_code}, ${bad.articles} of ${opts.pages} articles` } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
