// `npm run bench [-- --json] [--quick] [--no-browser] [--browser-only] [--no-pathological] [--no-batch] [--batch-pages=N] [--no-dashboard] [--dashboard-articles=N] [--build] [--ext=DIR] [--compare=DIR] [--selector=CSS]`
//
// Node: Readability (extractArticle) vs the rest of the pipeline (analyzeArticle)
// on every corpus page and the shipped sample; scaling and pathological inputs;
// heap growth. Browser: popup-open → speaker list rendered, and content script
// time, in headless Chromium with the built extension; the dashboard on 10,000
// synthetic saved articles (first view, storage per article). Bundle sizes.
// Targets are reported, never asserted.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { benchBatch, type BatchResult } from './batch';
import { machineScaling, type MachineScaling } from './machine';
import { bundleSizes, type BundleResult } from './bundle';
import { PATHOLOGICAL_CASES, SCALING_CASES } from './cases';
import { benchCases, benchCorpus, fmt, listPages, ROOT, scalingBase, type CaseOutcome } from './node';
import { logLogSlope, median, round } from './stats';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const JSON_OUT = flag('json');
const QUICK = flag('quick');
const BROWSER = !flag('no-browser');
/** Skip the Node runs (corpus, scaling, unusual inputs, batch): the browser fields only. */
const BROWSER_ONLY = flag('browser-only');
const BATCH = !flag('no-batch') && !BROWSER_ONLY;
const BATCH_PAGES = Number(option('batch-pages') ?? (QUICK ? 400 : 2000));
const RUNS = Number(option('runs') ?? (QUICK ? 5 : 20));
// Warm-up runs let V8 compile both halves before timing; the same number for Readability and the pipeline.
const WARMUP = Number(option('warmup') ?? (QUICK ? 2 : 5));
const BROWSER_RUNS = Number(option('browser-runs') ?? (QUICK ? 3 : 12));
const TARGETS = {
  ratio_median: 0.25, ratio_max: 1.0, scaling_slope: 1.1, popup_ms_median: 300, beyond_readability_kb_gzip: 60,
  batch_speedup: 1.7, batch_rss_growth: 1.2, dashboard_ms_10k: 500,
  popup_over_empty_ratio: 1.2,
  /** click → list at most the empty popup's click → paint plus this. */
  click_to_list_over_empty_ms: 60,
  /** Longest block of the reader's tab: on the sample article, and on any pathological page. */
  article_block_ms: 50, pathological_block_ms: 200,
};
const PATHOLOGICAL_FACTOR = 10;

// Progress goes to stderr so `--json` keeps stdout to the one JSON object.
const log = (s: string) => process.stderr.write(s + '\n');

function machine() {
  const cpus = os.cpus();
  const version = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const chromium = version.stdout?.match(/\d+\.\d+\.\d+\.\d+/)?.[0] ?? null;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    mem_gb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
  };
}

/** Which code was measured: HEAD, and whether the core or the extension had uncommitted changes. */
function revision() {
  const git = (...a: string[]) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  return { commit: git('rev-parse', '--short', 'HEAD') || null, dirty: git('status', '--porcelain', '--', 'utils', 'entrypoints', 'components') !== '' };
}

async function main() {
  const started = Date.now();
  const set = listPages();
  for (const n of set.notes) log(n);
  log(`Node: ${set.pages.length} pages, ${RUNS} timed runs after ${WARMUP} warm-up`);
  const corpus = BROWSER_ONLY
    ? { pages: [], heap: null, timeouts: [] }
    : await benchCorpus(set.pages, { runs: RUNS, warmup: WARMUP, pageTimeoutMs: QUICK ? 60_000 : 120_000, log });

  const measured = corpus.pages.filter((p) => p.readability_ms != null);
  const withArticle = measured.filter((p) => p.ratio != null);
  const ratios = withArticle.map((p) => p.ratio!);
  const worst = withArticle.reduce<(typeof withArticle)[number] | null>((w, p) => (!w || p.ratio! > w.ratio! ? p : w), null);

  // Scaling and pathological inputs, each in its own child process with a timeout.
  const base = scalingBase(set);
  let scaling: CaseOutcome[] = [];
  let pathological: CaseOutcome[] = [];
  if (base && !BROWSER_ONLY) {
    log(`Scaling (base: ${base.name})`);
    const caseOpts = { runs: RUNS, warmup: WARMUP, budgetMs: QUICK ? 1500 : 5000, timeoutMs: QUICK ? 30_000 : 120_000, log };
    scaling = await benchCases(SCALING_CASES, base, caseOpts);
    log('Pathological inputs');
    pathological = await benchCases(PATHOLOGICAL_CASES, base, caseOpts);
  }
  const scalePts = scaling.filter((c) => c.result).map((c) => c.result!);
  const scalingSlope = scalePts.length >= 2 ? logLogSlope(scalePts.map((c) => c.kb), scalePts.map((c) => c.ms_median)) : NaN;
  const normalPerKb = scalePts.find((c) => c.factor === 1)?.ms_per_kb ?? NaN;

  const bundleDir = path.join(ROOT, '.output/chrome-mv3');
  let browser: import('./browser').BrowserResult | null = null;
  if (BROWSER) {
    log('Browser');
    const { benchBrowser } = await import('./browser');
    browser = await benchBrowser({ runs: BROWSER_RUNS, forceBuild: flag('build'), selector: option('selector'), pathological: !flag('no-pathological'), extDir: option('ext'), compareDir: option('compare'), log });
  }
  const bundle: BundleResult = await bundleSizes(bundleDir);
  // The reading record's dashboard over 10,000 synthetic saved articles (in the browser, after the build above).
  let dashboard: import('./dashboard').DashboardResult | null = null;
  if (BROWSER && !flag('no-dashboard')) {
    const articles = Number(option('dashboard-articles') ?? 10_000);
    log(`Dashboard (${articles} saved articles)`);
    const { benchDashboard } = await import('./dashboard');
    dashboard = await benchDashboard({ articles, runs: QUICK ? 3 : 7, log });
  }
  let batch: BatchResult | null = null;
  let machineSpeedup: MachineScaling | null = null;
  if (BATCH) {
    log(`Batch (cited over a generated WARC of ${BATCH_PAGES} pages)`);
    batch = await benchBatch({ pages: BATCH_PAGES, log });
    log(`Machine scaling (fixed kernels on 1 and ${batch.workers} threads)`);
    machineSpeedup = await machineScaling(batch.workers);
  }

  const summary = {
    pages: measured.length,
    readability_ms_median: round(median(measured.map((p) => p.readability_ms!)), 2),
    pipeline_ms_median: round(median(withArticle.map((p) => p.pipeline_ms!)), 3),
    ratio_median: round(median(ratios), 4),
    ratio_max: round(worst?.ratio ?? NaN, 4),
    ratio_max_page: worst?.name ?? null,
    scaling_slope: round(scalingSlope, 3),
    heap_mb: corpus.heap ? round(corpus.heap.growth_mb, 2) : null,
    popup_ms_median: round(browser?.popup_ms_median ?? NaN, 1),
    content_ms_median: round(browser?.content_ms_median ?? NaN, 1),
    action_popup_ms_median: round(browser?.action_popup_ms_median ?? NaN, 1),
    empty_popup_ms_median: round(browser?.empty_popup_ms_median ?? NaN, 1),
    click_to_paint_ms_median: round(browser?.click_to_paint_ms_median ?? NaN, 1),
    click_to_list_ms_median: round(browser?.click_to_list_ms_median ?? NaN, 1),
    popup_over_empty_ratio: round(browser?.popup_over_empty_ratio ?? NaN, 3),
    article_longest_block_ms_median: round(browser?.article_longest_gap_ms_median ?? NaN, 1),
    article_longest_task_ms_median: round(browser?.article_longest_task_ms_median ?? NaN, 1),
    /** One traced run (CDP trace of the tab's main thread): its longest task, Cited's longest (arrival included), the page's. */
    article_trace_longest_ms: round(browser?.article_trace?.longest_ms ?? NaN, 1),
    article_trace_longest_ours_ms: round(browser?.article_trace?.longest_ours_ms ?? NaN, 1),
    article_trace_arrival_ms: round(browser?.article_trace?.arrival_ms ?? NaN, 1),
    pathological_browser: (browser?.pathological ?? []).map((p) => ({
      name: p.name, answer_ms: round(p.answer_ms ?? NaN, 0), answer: p.answer,
      longest_block_ms: round(Math.max(p.longest_task_ms ?? NaN, p.longest_gap_ms ?? NaN), 0),
      longest_task_ms: round(p.longest_task_ms ?? NaN, 0), longest_gap_ms: round(p.longest_gap_ms ?? NaN, 0),
      trace_longest_ours_ms: round(p.trace?.longest_ours_ms ?? NaN, 0), trace_longest_page_ms: round(p.trace?.longest_page_ms ?? NaN, 0),
    })),
    beyond_readability_kb_gzip: bundle.beyond_readability_gzip == null ? null : round(bundle.beyond_readability_gzip / 1024, 2),
    /** Articles per second of the whole `cited` run (start-up included), keyed by the number of workers. */
    batch_articles_per_s: batch ? Object.fromEntries(batch.runs.map((r) => [String(r.workers), r.articles_per_s])) : null,
    batch_workers: batch?.workers ?? null,
    batch_speedup: batch?.runs.length === 2 ? batch.speedup : null,
    /** N × CPU per article at 1 worker ÷ CPU per article at N: the speedup with N idle cores (the wall-clock one depends on the machine's load). */
    batch_speedup_cpu_bound: batch?.runs.length === 2 ? batch.speedup_cpu_bound : null,
    /** The most N idle cores could give if the N-thread run added no CPU to the single run's (its helper threads included). */
    batch_speedup_ceiling: batch?.runs.length === 2 ? batch.speedup_ceiling : null,
    /** N separate single-thread processes at once, one shard each, over the single run: the same work with nothing shared, the bound for batch_speedup on this machine. */
    batch_speedup_independent: batch?.speedup_independent ?? null,
    /**
     * What this machine's cores give by themselves on the batch's worker count (bench/machine.ts): N threads of
     * register arithmetic, of memory reads, and of page-sized object trees made and dropped, each over one thread.
     */
    batch_machine_speedup: machineSpeedup ? { compute: machineSpeedup.compute, memory: machineSpeedup.memory, allocation: machineSpeedup.allocation } : null,
    batch_rss_mb_max: batch?.rss_mb_max ?? null,
    /** RSS over the last eighth of the N-worker run ÷ RSS around its first quarter (the 500th–750th of 2,000 articles). */
    batch_rss_growth: batch?.rss_growth ?? null,
    /** Opening dashboard.html on 10,000 saved articles: navigation start → first view on screen (median). */
    dashboard_ms_10k: dashboard?.dashboard_ms_median == null ? null : round(dashboard.dashboard_ms_median, 0),
    /** The record's storage per saved article (IndexedDB usage growth over the import ÷ articles). */
    bytes_per_article: dashboard?.bytes_per_article ?? null,
  };
  const ok = (v: number | null, t: number) => (v == null || !Number.isFinite(t) ? null : v <= t);
  const nanToNull = (v: number) => (Number.isFinite(v) ? v : null);
  const targets = {
    ratio_median: { target: `<= ${TARGETS.ratio_median}`, value: summary.ratio_median, ok: ok(summary.ratio_median, TARGETS.ratio_median) },
    ratio_max: { target: `<= ${TARGETS.ratio_max}`, value: summary.ratio_max, ok: ok(summary.ratio_max, TARGETS.ratio_max) },
    scaling_slope: { target: `<= ${TARGETS.scaling_slope}`, value: summary.scaling_slope, ok: ok(summary.scaling_slope, TARGETS.scaling_slope) },
    popup_ms_median: { target: `<= ${TARGETS.popup_ms_median}`, value: summary.popup_ms_median, ok: ok(summary.popup_ms_median, TARGETS.popup_ms_median) },
    beyond_readability_kb_gzip: {
      target: `<= ${TARGETS.beyond_readability_kb_gzip}`, value: summary.beyond_readability_kb_gzip,
      ok: ok(summary.beyond_readability_kb_gzip, TARGETS.beyond_readability_kb_gzip),
    },
    batch_speedup: {
      target: `>= ${TARGETS.batch_speedup}`, value: summary.batch_speedup,
      ok: summary.batch_speedup == null ? null : summary.batch_speedup >= TARGETS.batch_speedup,
    },
    batch_rss_growth: { target: `<= ${TARGETS.batch_rss_growth}`, value: summary.batch_rss_growth, ok: ok(summary.batch_rss_growth, TARGETS.batch_rss_growth) },
    dashboard_ms_10k: { target: `<= ${TARGETS.dashboard_ms_10k}`, value: summary.dashboard_ms_10k, ok: ok(summary.dashboard_ms_10k, TARGETS.dashboard_ms_10k) },
    popup_over_empty_ratio: { target: `<= ${TARGETS.popup_over_empty_ratio}`, value: summary.popup_over_empty_ratio, ok: ok(summary.popup_over_empty_ratio, TARGETS.popup_over_empty_ratio) },
    click_to_list_ms_median: {
      target: `<= empty + ${TARGETS.click_to_list_over_empty_ms}`, value: summary.click_to_list_ms_median,
      ok: ok(summary.click_to_list_ms_median, (summary.empty_popup_ms_median ?? NaN) + TARGETS.click_to_list_over_empty_ms),
    },
    article_longest_block_ms_median: { target: `<= ${TARGETS.article_block_ms}`, value: summary.article_longest_block_ms_median, ok: ok(summary.article_longest_block_ms_median, TARGETS.article_block_ms) },
    pathological_longest_block_ms: {
      target: `<= ${TARGETS.pathological_block_ms}`, value: nanToNull(Math.max(...summary.pathological_browser.map((p) => p.longest_block_ms ?? Infinity))),
      ok: summary.pathological_browser.length ? summary.pathological_browser.every((p) => p.answer != null && (p.longest_block_ms ?? Infinity) <= TARGETS.pathological_block_ms) : null,
    },
  };
  const caseRow = (c: CaseOutcome, flagIt: boolean) => {
    const r = c.result;
    const x = r ? r.ms_per_kb / normalPerKb : NaN;
    return {
      name: c.spec.name, about: c.spec.about, ...(c.spec.factor ? { factor: c.spec.factor } : {}),
      kb: round(r?.kb ?? NaN, 1), blocks: r?.blocks ?? null, ms_median: round(r?.ms_median ?? NaN, 3),
      ms_per_kb: round(r?.ms_per_kb ?? NaN, 4), x_normal_per_kb: round(x, 2), quotes: r?.quotes ?? null, runs: r?.runs ?? 0,
      ...(flagIt ? { flagged: r ? x > PATHOLOGICAL_FACTOR : true } : {}),
      ...(c.error ? { error: c.error } : {}),
    };
  };
  const report = {
    ...summary,
    targets,
    machine: machine(),
    revision: revision(),
    config: { runs: RUNS, warmup: WARMUP, browser_runs: BROWSER ? BROWSER_RUNS : 0, quick: QUICK },
    corpus: {
      pages_dir: set.found.pages, robustness_dir: set.found.robustness, sample: set.found.sample,
      notes: set.notes, no_article: measured.filter((p) => p.ratio == null).map((p) => p.name), timeouts: corpus.timeouts,
    },
    heap: corpus.heap && {
      gc: corpus.heap.gc, before_mb: round(corpus.heap.before_mb, 2), after_mb: round(corpus.heap.after_mb, 2),
      growth_mb: round(corpus.heap.growth_mb, 2), growth_after_first_page_mb: round(corpus.heap.growth_after_first_page_mb, 2),
      second_pass_growth_mb: round(corpus.heap.second_pass_growth_mb, 2), peak_mb: round(corpus.heap.peak_mb, 1), rss_peak_mb: round(corpus.heap.rss_peak_mb, 1),
    },
    scaling_base: base?.name ?? null,
    scaling: scaling.map((c) => caseRow(c, false)),
    normal_ms_per_kb: round(normalPerKb, 4),
    pathological: pathological.map((c) => caseRow(c, true)),
    pathological_flagged: pathological.filter((c) => !c.result || c.result.ms_per_kb / normalPerKb > PATHOLOGICAL_FACTOR).map((c) => c.spec.name),
    browser,
    dashboard,
    bundle,
    batch,
    per_page: corpus.pages.map((p) => ({
      name: p.name, set: p.set, html_kb: round(p.html_kb, 1), parse_ms: round(p.parse_ms, 2),
      readability_ms: round(p.readability_ms, 2), pipeline_ms: round(p.pipeline_ms, 3), ratio: round(p.ratio, 4),
      article_kb: round(p.article_kb, 1), blocks: p.blocks, quotes: p.quotes, speakers: p.speakers, status: p.status, runs: p.runs,
      ...(p.error ? { error: p.error } : {}),
    })),
    elapsed_s: round((Date.now() - started) / 1000, 1),
  };
  if (JSON_OUT) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  printTable(report);
}


// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON report as written by the workers, printed field by field
function printTable(r: any) {
  const out: string[] = [];
  const p = (s = '') => out.push(s);
  const m = r.machine;
  p(`Cited benchmarks — ${m.cpu}, ${m.cores} cores, ${m.mem_gb} GB, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}`);
  p(`Code: ${r.revision.commit}${r.revision.dirty ? ' + uncommitted changes in utils/, entrypoints/ or components/' : ''}`);
  p(`${r.config.runs} timed runs after ${r.config.warmup} warm-up per page; medians in ms. Readability = extractArticle (clone + Readability + blocks); pipeline = analyzeArticle.`);
  for (const n of r.corpus.notes) p(n);
  p();
  p(`${'page'.padEnd(34)}${'HTML KB'.padStart(8)}${'text KB'.padStart(8)}${'Readab.'.padStart(9)}${'pipeline'.padStart(10)}${'ratio'.padStart(8)}${'quotes'.padStart(7)}  status`);
  for (const x of r.per_page) {
    p(`${x.name.padEnd(34)}${fmt(x.html_kb, 0).padStart(8)}${fmt(x.article_kb, 1).padStart(8)}${fmt(x.readability_ms).padStart(9)}${fmt(x.pipeline_ms, 3).padStart(10)}${fmt(x.ratio, 3).padStart(8)}${String(x.quotes).padStart(7)}  ${x.status}`);
  }
  p();
  p(`Scaling (analyzeArticle on ${r.scaling_base} repeated): log-log slope ${fmt(r.scaling_slope, 3)}`);
  for (const c of r.scaling) p(`  ×${String(c.factor).padEnd(4)} ${fmt(c.kb, 1).padStart(8)} KB  ${fmt(c.ms_median, 3).padStart(10)} ms  ${fmt(c.ms_per_kb, 4).padStart(8)} ms/KB  (${c.runs} runs)`);
  p();
  p(`Pathological inputs (flag: ms/KB > ${PATHOLOGICAL_FACTOR}× the ×1 article's ${fmt(r.normal_ms_per_kb, 4)} ms/KB)`);
  for (const c of r.pathological) {
    p(`  ${c.name.padEnd(24)} ${fmt(c.kb, 0).padStart(6)} KB ${fmt(c.ms_median, 2).padStart(10)} ms ${fmt(c.ms_per_kb, 4).padStart(8)} ms/KB ${fmt(c.x_normal_per_kb, 1).padStart(7)}×${c.flagged ? '  FLAG' : ''}${c.error ? `  ${c.error}` : ''}`);
  }
  p();
  const h = r.heap;
  p(h ? `Heap: ${fmt(h.before_mb)} → ${fmt(h.after_mb)} MB after a run over all pages (growth ${fmt(h.growth_mb)} MB, ${fmt(h.growth_after_first_page_mb)} MB of it after the first page, ${fmt(h.second_pass_growth_mb)} MB more over a second pass; gc ${h.gc ? 'forced' : 'not available'}); peak heap ${fmt(h.peak_mb, 0)} MB, RSS ${fmt(h.rss_peak_mb, 0)} MB` : 'Heap: not measured (a page was killed mid-run)');
  const b = r.browser;
  if (b) {
    p(`Browser: ${b.error ? `not measured: ${b.error}` : `popup → speaker list ${fmt(b.popup_ms_median, 0)} ms median (${b.runs} runs, marker ${b.selector ?? '—'}); content script ${fmt(b.content_ms_median, 0)} ms`}`);
    p(`  toolbar click → empty popup painted ${fmt(b.empty_popup_ms_median, 0)} ms; → Cited painted ${fmt(b.click_to_paint_ms_median, 0)} ms; → Cited's list ${fmt(b.click_to_list_ms_median, 0)} ms (ratio ${fmt(b.popup_over_empty_ratio, 2)})`);
    p(`  popup marks after the click (medians): ${(Object.entries(b.marks_median ?? {}) as [string, number][]).sort((x, y) => x[1] - y[1]).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(', ')}`);
    const c = b.compare;
    if (c) {
      p(`  compared build (${c.dir}), same runs: → painted ${fmt(c.click_to_paint_ms_median, 0)} ms; → list ${fmt(c.click_to_list_ms_median, 0)} ms (ratio ${fmt(c.popup_over_empty_ratio, 2)}); tab's longest task ${fmt(c.article_longest_task_ms_median, 0)} ms, timer gap ${fmt(c.article_longest_gap_ms_median, 0)} ms`);
      p(`    its marks: ${(Object.entries(c.marks_median ?? {}) as [string, number][]).sort((x, y) => x[1] - y[1]).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(', ')}`);
    }
    p(`  article tab while Cited reads it: longest task ${fmt(b.article_longest_task_ms_median, 0)} ms, longest 10 ms-timer gap ${fmt(b.article_longest_gap_ms_median, 0)} ms (medians)`);
    const t = b.article_trace;
    if (t) p(`  traced run (CDP): the tab's longest task ${fmt(t.longest_ms, 0)} ms; Cited's longest ${fmt(t.longest_ours_ms, 0)} ms (its arrival ${fmt(t.arrival_ms ?? NaN, 0)} ms; ${t.ours_tasks} tasks, ${fmt(t.ours_total_ms, 0)} ms in all); the page's own ${fmt(t.longest_page_ms, 0)} ms`);
    for (const x of b.pathological ?? []) {
      p(`  ${x.name.padEnd(14)} ${fmt(x.html_mb, 1).padStart(5)} MB  answer ${fmt(x.answer_ms, 0).padStart(6)} ms (${x.answer ?? '—'})  longest task ${fmt(x.longest_task_ms, 0).padStart(6)} ms  timer gap ${fmt(x.longest_gap_ms, 0).padStart(6)} ms  traced: Cited's ${fmt(x.trace?.longest_ours_ms ?? NaN, 0)} ms, the page's ${fmt(x.trace?.longest_page_ms ?? NaN, 0)} ms${x.error ? `  ${x.error}` : ''}`);
    }
    for (const n of b.notes ?? []) p(`  ${n}`);
  } else p('Browser: skipped (--no-browser)');
  const d = r.dashboard;
  if (d) {
    p(d.error ? `Dashboard: not measured: ${d.error}` : `Dashboard (${d.articles} saved articles): first view ${fmt(d.dashboard_ms_median, 0)} ms median (${d.dashboard_ms.join(', ')}); import ${fmt(d.import_ms, 0)} ms; ${d.bytes_per_article} bytes per article stored (JSON ${d.json_bytes_per_article} B); aggregation alone ${fmt(d.aggregate_ms_median, 0)} ms in Node`);
    for (const n of d.notes) p(`  ${n}`);
  }
  const bu = r.bundle as BundleResult;
  if (bu.built) {
    const kb = (n: number) => (n / 1024).toFixed(1);
    p(`Bundle (${bu.dir}${bu.stale ? ', OLDER than the sources' : ''}): content ${bu.content ? `${kb(bu.content.raw)} KB / ${kb(bu.content.gzip)} KB gz` : 'missing'}; analysis ${bu.worker ? `${kb(bu.worker.raw)} KB / ${kb(bu.worker.gzip)} KB gz` : 'none'}; popup JS ${kb(bu.popup_js.reduce((n, f) => n + f.raw, 0))} KB / ${kb(bu.popup_js_gzip)} KB gz; Readability ${kb(bu.readability.gzip)} KB gz (${bu.readability.method}); beyond Readability ${kb(bu.beyond_readability_gzip ?? NaN)} KB gz`);
  } else p('Bundle: not built (.output/chrome-mv3 missing)');
  const ba = r.batch as BatchResult | null;
  if (ba) {
    p(`Batch: cited over a generated WARC (${ba.pages} pages, ${ba.archive_mb} MB, HTML median ${ba.html_kb_median} KB)${ba.error ? `  ERROR: ${ba.error}` : ''}`);
    for (const x of ba.runs) {
      p(`  --workers=${x.workers}: ${x.articles} articles in ${fmt(x.seconds, 1)} s = ${fmt(x.articles_per_s, 1)}/s (steady ${fmt(x.steady_articles_per_s, 1)}/s), ${fmt(x.cpu_ms_per_article, 1)} ms CPU each; RSS max ${fmt(x.rss_mb_max, 0)} MB, ${fmt(x.rss_mb_early, 0)} MB at ¼ → ${fmt(x.rss_mb_late, 0)} MB at the end; load average ${fmt(x.load_avg, 1)}`);
    }
    const ms = r.summary.batch_machine_speedup;
    if (ms) p(`  this machine alone on ${ba.workers} threads: compute ${fmt(ms.compute, 2)}×, memory reads ${fmt(ms.memory, 2)}×, allocation ${fmt(ms.allocation, 2)}×`);
    p(`  speedup ${fmt(ba.speedup, 2)}× on ${ba.workers} workers (${fmt(ba.speedup_cpu_bound, 2)}× with ${ba.workers} idle cores, from CPU per article; at most ${fmt(ba.speedup_ceiling, 2)}× without added work; ${fmt(ba.speedup_independent, 2)}× as ${ba.workers} separate processes sharing nothing); RSS growth ${fmt(ba.rss_growth, 2)}×`);
  } else p('Batch: skipped (--no-batch)');
  p();
  p('Targets (reported, not asserted):');
  for (const [k, t] of Object.entries(r.targets) as [string, { target: string; value: number | null; ok: boolean | null }][]) {
    p(`  ${k.padEnd(28)} ${String(t.value ?? '—').padStart(10)}  ${t.target.padEnd(8)} ${t.ok == null ? 'not measured' : t.ok ? 'ok' : 'MISSED'}`);
  }
  p(`(${r.elapsed_s} s)`);
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => {
  log(e instanceof Error ? e.stack ?? e.message : String(e));
  process.exit(1);
});
