// Dashboard bench: 10,000 synthetic saved articles (bench/synthetic-record.ts)
// imported into the built extension's record through the dashboard's own
// "Import JSON" (the reader's path), then dashboard.html opened afresh `runs`
// times: `dashboard_ms` is navigation start → the first view on screen (the
// page's `cited:dashboard-ready` mark, set in the frame after the first render
// with the data). Storage per article: the growth of the extension origin's
// usage (navigator.storage.estimate) over the import, divided by the articles,
// and the JSON size of what is saved per article for comparison. Node-side,
// the aggregation alone (buildView) on the same 10,000 articles.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildView } from '../utils/record/aggregate';
import { digestOf } from '../utils/record/digest';
import { toRecordJson } from '../utils/record/exchange';
import { ROOT } from './node';
import { median } from './stats';
import { syntheticRecord } from './synthetic-record';

const DEFAULT_EXT = path.join(ROOT, '.output/chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';

export interface DashboardResult {
  articles: number;
  dashboard_ms_median: number | null;
  dashboard_ms: number[];
  import_ms: number | null;
  bytes_per_article: number | null;
  json_bytes_per_article: number;
  aggregate_ms_median: number;
  /** Medians of the first view's parts: page start → record read from IndexedDB, the numbers built, the render. */
  phases_ms_median?: { read: number; build: number; render: number };
  /** Median main-thread CPU from the reload to the first view: all tasks, and script alone (thread ticks). */
  cpu_ms_median?: { tasks: number; script: number };
  notes: string[];
  error?: string;
}

export async function benchDashboard(opts: { articles: number; runs: number; log: (s: string) => void; ext?: string }): Promise<DashboardResult> {
  const EXT = opts.ext ? path.resolve(opts.ext) : DEFAULT_EXT;
  const notes: string[] = [];
  const entries = syntheticRecord(opts.articles);
  const file = toRecordJson(entries, new Date().toISOString());
  const summaries = entries.map((e) => digestOf(e.article)).sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
  const aggregate: number[] = [];
  for (let i = 0; i < Math.max(3, opts.runs); i++) {
    const t = performance.now();
    buildView(summaries);
    aggregate.push(performance.now() - t);
  }
  const result: DashboardResult = {
    articles: opts.articles, dashboard_ms_median: null, dashboard_ms: [], import_ms: null, bytes_per_article: null,
    json_bytes_per_article: Math.round(Buffer.byteLength(JSON.stringify(entries)) / opts.articles),
    aggregate_ms_median: median(aggregate.slice(1)), notes,
  };
  if (!existsSync(path.join(EXT, 'dashboard.html'))) return { ...result, error: 'no built dashboard (.output/chrome-mv3/dashboard.html): run npm run build' };
  if (!existsSync(CHROMIUM)) return { ...result, error: `${CHROMIUM} not found` };
  const dir = await mkdtemp(path.join(tmpdir(), 'cited-bench-dash-'));
  let context: BrowserContext | null = null;
  try {
    const recordFile = path.join(dir, 'record.json');
    await writeFile(recordFile, file);
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1100, height: 900 },
      args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 10_000 });
    const url = `chrome-extension://${new URL(sw.url()).host}/dashboard.html`;

    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-state="ready"]');
    const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const before = await usage();
    opts.log(`  importing ${opts.articles} synthetic articles (${(file.length / 2 ** 20).toFixed(1)} MB of JSON)…`);
    const t0 = Date.now();
    await page.setInputFiles('[data-action="import-file"]', recordFile);
    await page.waitForFunction(() => /Imported|Could not/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''), null, { timeout: 300_000 });
    result.import_ms = Date.now() - t0;
    const status = await page.textContent('[data-testid="status"]');
    if (!/Imported/.test(status ?? '')) throw new Error(`import failed: ${status}`);
    const stored = await page.getAttribute('.dash', 'data-articles');
    if (stored !== String(opts.articles)) throw new Error(`the record holds ${stored} articles, not ${opts.articles}`);
    // Usage settles once the database has written its files.
    await page.waitForTimeout(1500);
    result.bytes_per_article = Math.round(((await usage()) - before) / opts.articles);
    await page.close();

    const phases: { read: number; build: number; render: number }[] = [];
    const cpu: { tasks: number; script: number }[] = [];
    for (let i = 0; i < opts.runs + 1; i++) {
      const p = await context.newPage();
      // Open, then measure a reload: the same renderer, so the CDP session's counters cover the whole load.
      await p.goto(url);
      await p.waitForSelector('[data-state="ready"]');
      const cdp = await context.newCDPSession(p);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const m0 = await metric();
      await p.reload();
      // A string, not a function: tsx would add helpers the page does not have.
      const marks = (await p.evaluate(`new Promise((resolve) => {
        const look = () => {
          const mark = performance.getEntriesByName('cited:dashboard-ready')[0];
          if (mark) resolve([mark.startTime, ...['cited:dashboard-read', 'cited:dashboard-built'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null)]);
          else setTimeout(look, 5);
        };
        look();
      })`)) as [number, number | null, number | null];
      const [ms, read, built] = marks;
      const m1 = await metric();
      const tasks = (m1.TaskDuration! - m0.TaskDuration!) * 1000;
      const script = (m1.ScriptDuration! - m0.ScriptDuration!) * 1000;
      const shown = await p.getAttribute('.dash', 'data-articles');
      if (shown !== String(opts.articles)) throw new Error(`first view showed ${shown} articles`);
      // The first open warms the browser's caches; it is reported but not in the median.
      if (i === 0) notes.push(`first open (cold): ${Math.round(ms)} ms`);
      else {
        result.dashboard_ms.push(Math.round(ms));
        if (read != null && built != null) phases.push({ read, build: built - read, render: ms - built });
        cpu.push({ tasks, script });
      }
      await p.close();
    }
    result.dashboard_ms_median = median(result.dashboard_ms);
    if (cpu.length) result.cpu_ms_median = { tasks: Math.round(median(cpu.map((c) => c.tasks))), script: Math.round(median(cpu.map((c) => c.script))) };
    if (phases.length) {
      result.phases_ms_median = {
        read: Math.round(median(phases.map((x) => x.read))), build: Math.round(median(phases.map((x) => x.build))), render: Math.round(median(phases.map((x) => x.render))),
      };
    }
    return result;
  } catch (error) {
    return { ...result, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context?.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

// Only the dashboard: `node --import tsx bench/dashboard.ts [--articles=N] [--runs=N] [--json]` (after `npm run build`).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const log = (s: string) => process.stderr.write(s + '\n');
  const r = await benchDashboard({ articles: Number(option('articles') ?? 10_000), runs: Number(option('runs') ?? 7), log, ext: option('ext') });
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(r, null, 1) + '\n');
  else {
    const p = r.phases_ms_median;
    log(r.error ? `Dashboard: not measured: ${r.error}` : `Dashboard (${r.articles} saved articles): first view ${r.dashboard_ms_median} ms median (${r.dashboard_ms.join(', ')})` +
      (p ? `; read ${p.read} ms, aggregate ${p.build} ms, render ${p.render} ms` : '') +
      (r.cpu_ms_median ? `; main-thread CPU ${r.cpu_ms_median.tasks} ms (script ${r.cpu_ms_median.script} ms)` : '') +
      `; import ${r.import_ms} ms; ${r.bytes_per_article} bytes per article stored (JSON ${r.json_bytes_per_article} B); aggregation alone ${Math.round(r.aggregate_ms_median)} ms in Node. ${r.notes.join('; ')}`);
  }
}
