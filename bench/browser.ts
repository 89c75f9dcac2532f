// Browser benchmark: the built extension in headless Chromium (TOOLCHAIN §4),
// loaded next to an EMPTY extension (a popup page with one line of static text
// and no script) that this file writes to a temporary folder. Both popups are
// opened the way a user does (CDP Extensions.triggerAction = a toolbar click)
// on the same article tab, alternating, in the same run, so the ratio between
// them holds on a noisy machine.
//
// Per run, on a fresh tab of the shipped sample served from 127.0.0.1:
//   - empty popup: click → first paint (`first-contentful-paint` in the popup);
//   - Cited's popup: click → first paint, click → speaker list in the DOM, and
//     the popup's own marks (performance.mark 'cited:*': boot, inject, result,
//     list) for where the time goes;
//   - the article tab: its longest main-thread task (Long Tasks API) and the
//     longest gap of a 10 ms page timer while Cited read it;
//   - popup.html?tabId=N opened as a page: navigation start → list (`popup_ms`);
//   - executeScript(reader.js) round trip from that page (`content_ms`).
// Clocks: the click is stamped in Node (performance.timeOrigin + now()) and
// the popup's events in the popup (its timeOrigin + startTime); both are the
// machine's wall clock at sub-millisecond resolution.
//
// Then each pathological page (bench/pathological.mjs), once the page has settled (its own timer
// steady again after load): click → answer (list, notice or any end state) and the page's longest
// block meanwhile, untraced; then a second click on a fresh tab, traced, to tell Cited's tasks
// from the page's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ROOT, SAMPLE } from './node';
import { PATHOLOGICAL_PAGES } from './pathological.mjs';
import { median } from './stats';
import { startTabTrace, type TabTrace } from './trace';

/** The extension APIs the evaluated callbacks use (they run in the service worker and the popup page). */
declare const chrome: {
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]> };
};

export interface BrowserRun {
  popup_ms: number | null;
  action_popup_ms: number | null;
  click_to_list_ms: number | null;
  click_to_paint_ms: number | null;
  empty_popup_ms: number | null;
  /** The empty popup's navigation and resource timings, ms after the click. */
  empty_marks?: Record<string, number>;
  /** Cited's popup marks, ms after the click. */
  marks: Record<string, number>;
  article_longest_task_ms: number | null;
  article_longest_gap_ms: number | null;
  /** The content script's own longest stretch without yielding (its arrival aside), as it measured it. */
  content_longest_slice_ms: number | null;
  content_ms: number | null;
  content_ok: boolean | null;
  /** From the content script's own answer: speakers and quotes (builds that analysed in the tab), or the article's blocks (builds that only read it there). */
  speakers: number | null;
  quotes: number | null;
  blocks: number | null;
  marker: string | null;
  /** The same click on the same tab with the `--compare` build (another revision of Cited), in the same run. */
  compare?: CompareRun;
  error?: string;
}

/** The compared build's popup on the same tab, in the same run: click → paint, click → list, the tab's longest task. */
export interface CompareRun {
  click_to_paint_ms: number | null;
  click_to_list_ms: number | null;
  article_longest_task_ms: number | null;
  article_longest_gap_ms: number | null;
  content_longest_slice_ms: number | null;
  marks: Record<string, number>;
}

export interface PathologicalRun {
  name: string;
  about: string;
  html_mb: number;
  /** Click → the popup's answer (a list, a notice or an end state), ms; null when none within the watch time. */
  answer_ms: number | null;
  /** What the answer was: the marker matched, and the popup's status / notices. */
  answer: string | null;
  notices: string[];
  quotes: number | null;
  /** Longest long task in the page from the click until the answer (Long Tasks API), ms. */
  longest_task_ms: number | null;
  /** Longest gap between two ticks of a 10 ms page timer over the same span, ms. */
  longest_gap_ms: number | null;
  /** The same page without Cited: the longest timer gap over an equal span just before the click (the page's own work). */
  idle_gap_ms: number | null;
  /** How long after the load event the page took to settle before the click (see PAGE_SETTLED). */
  settle_ms: number | null;
  /** The content script's own longest stretch without yielding, and how it read the article. */
  content_longest_slice_ms: number | null;
  method: string | null;
  /** Popup marks, ms after the click. */
  marks: Record<string, number>;
  /** The tab's main thread over the same span, from a CDP trace: its longest task, Cited's and the page's. */
  trace: TabTrace | null;
  error?: string;
}

export interface BrowserResult {
  popup_ms_median: number | null;
  action_popup_ms_median: number | null;
  content_ms_median: number | null;
  empty_popup_ms_median: number | null;
  click_to_list_ms_median: number | null;
  click_to_paint_ms_median: number | null;
  popup_over_empty_ratio: number | null;
  article_longest_task_ms_median: number | null;
  article_longest_gap_ms_median: number | null;
  marks_median: Record<string, number>;
  /** With `--compare=DIR`: the other build's medians from the same runs (A/B on the same tabs), null otherwise. */
  compare: {
    dir: string; click_to_paint_ms_median: number | null; click_to_list_ms_median: number | null; popup_over_empty_ratio: number | null;
    article_longest_task_ms_median: number | null; article_longest_gap_ms_median: number | null; marks_median: Record<string, number>;
  } | null;
  /** One more run on a fresh tab of the sample, traced (CDP): the tab's longest task, Cited's and the page's. */
  article_trace: TabTrace | null;
  runs: number;
  selector: string | null;
  page: string;
  notes: string[];
  per_run: BrowserRun[];
  pathological: PathologicalRun[];
  error?: string;
}

/** Markers of the rendered speaker list, most specific first (the popup engineer's choice wins). */
const MARKERS = [
  '[data-testid="speaker-list"]',
  'ul[aria-label="People quoted"]',
  '.speaker-list',
  'main [role="list"]',
];
/** Terminal states that are not a list: reported as such, so a run never hangs on them. */
const OTHER_END = ['[data-testid="empty-state"]', '[data-state]:not([data-state="loading"])', '[role="alert"]'];
const DEFAULT_EXT = path.join(ROOT, '.output/chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 15_000;
/** How long the bench watches a pathological page for an answer (a watchdog, not a limit of the product). */
const PATHOLOGICAL_WATCH_MS = 60_000;

const nowAbs = () => performance.timeOrigin + performance.now();

function serve(routes: Map<string, Buffer | string>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const body = routes.get((req.url ?? '/').split('?')[0]!);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, base: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
    }),
  );
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits written a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The empty extension: manifest, a popup with one line of static text, an idle worker (so its id can be read). */
function writeEmptyExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3, name: 'Empty popup', version: '1.0.0',
      action: { default_popup: 'popup.html' }, background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(path.join(dir, 'background.js'), '');
  writeFileSync(path.join(dir, 'popup.html'), '<!doctype html><html><head><meta charset="utf-8"><title>Empty</title></head><body><p>Empty popup</p></body></html>');
}

/**
 * A script (as a string) evaluated in a popup: resolves, once the popup has
 * painted and (when `markers` is not empty) shown a marker or an end state, with
 * the popup's timeOrigin, its first contentful paint, the match and its time,
 * and its 'cited:*' marks. All times are the popup's performance.now().
 */
function popupWatch(markers: string[], ends: string[], timeoutMs: number): string {
  return `new Promise((resolve) => {
    const markers = ${JSON.stringify(markers)}, ends = ${JSON.stringify(ends)};
    let hit = null, fcp = null;
    const find = () => {
      for (const s of markers) { const el = document.querySelector(s); if (el && el.children.length) return { marker: s, end: false }; }
      for (const s of ends) if (document.querySelector(s)) return { marker: s, end: true };
      return null;
    };
    const done = () => {
      if (fcp == null || (markers.length && !hit)) return;
      const marks = {}, details = {};
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('cited:') && !(m.name in marks)) { marks[m.name] = m.startTime; if (m.detail != null) details[m.name] = m.detail; }
      const nav = performance.getEntriesByType('navigation')[0];
      if (nav) for (const k of ['fetchStart', 'responseEnd', 'domInteractive', 'domContentLoadedEventEnd']) marks['nav:' + k] = nav[k];
      const status = document.querySelector('[data-status]')?.getAttribute('data-status') ?? document.querySelector('[data-state]')?.getAttribute('data-state') ?? null;
      const notices = [...document.querySelectorAll('.notices li, .notice, [data-testid="notice"]')].map((n) => n.textContent.trim());
      resolve({ timeOrigin: performance.timeOrigin, fcp, hit, marks, details, status, notices, text: document.body.innerText.slice(0, 300) });
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint' && fcp == null) fcp = e.startTime;
      done();
    }).observe({ type: 'paint', buffered: true });
    if (markers.length) {
      const check = () => { if (!hit) { const h = find(); if (h) { hit = { ...h, t: performance.now() }; done(); } } };
      check();
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    }
    setTimeout(() => resolve({ timeOrigin: performance.timeOrigin, fcp, hit, marks: {}, status: null, notices: [], timeout: true }), ${timeoutMs});
  })`;
}

interface PopupWatch {
  timeOrigin: number;
  fcp: number | null;
  hit: { marker: string; end: boolean; t: number } | null;
  marks: Record<string, number>;
  details?: Record<string, unknown>;
  status: string | null;
  notices: string[];
  text?: string;
  timeout?: boolean;
}

/** Evaluate `expression` (awaiting a promise) in a target the page API does not expose, over a legacy attach. */
async function evaluateInTarget(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  try {
    const id = 1;
    const reply = new Promise<unknown>((resolve, reject) => {
      const onMsg = (e: { sessionId?: string; message: string }) => {
        if (e.sessionId !== sessionId) return;
        const msg = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string } }; error?: { message: string } };
        if (msg.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMsg);
        if (msg.error) reject(new Error(msg.error.message));
        else if (msg.result?.exceptionDetails) reject(new Error(msg.result.exceptionDetails.text ?? 'exception'));
        else resolve(msg.result?.result?.value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMsg);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    return await reply;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

type TargetInfo = { targetId: string; url: string; type: string };

/** Click the toolbar button of extension `extId` on `tabTarget`; returns the click's wall-clock time and the popup's target id. */
async function clickAction(cdp: CDPSession, extId: string, tabTarget: string, timeoutMs: number): Promise<{ clickAt: number; popupTarget: string | null }> {
  const popupUrl = `chrome-extension://${extId}/popup.html`;
  const clickAt = nowAbs();
  await cdp.send('Extensions.triggerAction' as never, { id: extId, targetId: tabTarget } as never);
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const all = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const found = all.targetInfos.find((t) => t.type === 'page' && t.url.startsWith(popupUrl) && !t.url.includes('tabId='));
    if (found) return { clickAt, popupTarget: found.targetId };
    await new Promise((r) => setTimeout(r, 2));
  }
  return { clickAt, popupTarget: null };
}

/** Page-side probes, installed before the page's own scripts: long tasks and a 10 ms timer's gaps, both timestamped. */
const PAGE_PROBE = `(() => {
  const probe = { tasks: [], ticks: [] };
  Object.defineProperty(window, '__citedProbe', { value: probe });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) probe.tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  let last = performance.now();
  setInterval(() => { const t = performance.now(); probe.ticks.push([last, t - last]); last = t; }, 10);
})();`;

/** The page has settled: its probe timer's last 20 ticks came at most 40 ms apart, the last within 40 ms. */
const PAGE_SETTLED = `(() => {
  const t = window.__citedProbe.ticks.slice(-20);
  return t.length === 20 && t.every((x) => x[1] <= 40) && performance.now() - (t[19][0] + t[19][1]) <= 40;
})()`;

/** Longest long task and longest timer gap in the page between two wall-clock times. */
async function pageBlocks(page: Page, fromAbs: number, toAbs: number): Promise<{ task: number; gap: number }> {
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  return page.evaluate(`(() => {
    const p = window.__citedProbe;
    const f = ${fromAbs} - performance.timeOrigin, t = ${toAbs} - performance.timeOrigin;
    const within = (e) => e[0] + e[1] >= f && e[0] <= t;
    return {
      task: Math.max(0, ...p.tasks.filter(within).map((e) => e[1])),
      gap: Math.max(0, ...p.ticks.filter(within).map((e) => e[1])),
    };
  })()`) as Promise<{ task: number; gap: number }>;
}

function ensureBuild(force: boolean, notes: string[], log: (s: string) => void): void {
  if (!force && existsSync(path.join(DEFAULT_EXT, 'manifest.json'))) return;
  log('  building the extension (npm run build)…');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  notes.push('built .output/chrome-mv3 for this run');
}

async function tabTarget(cdp: CDPSession, url: string): Promise<string> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: TargetInfo[] };
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`tab target not found for ${url}`);
  return tab.targetId;
}

export async function benchBrowser(opts: {
  runs: number;
  forceBuild: boolean;
  selector?: string;
  pathological?: boolean;
  /** Another build of Cited to measure (e.g. an older revision's .output/chrome-mv3), instead of this one's. */
  extDir?: string;
  /** A second build of Cited (e.g. an older revision's .output/chrome-mv3), clicked on the same tabs in the same runs. */
  compareDir?: string;
  log: (s: string) => void;
}): Promise<BrowserResult> {
  const EXT = opts.extDir ? path.resolve(opts.extDir) : DEFAULT_EXT;
  const COMPARE = opts.compareDir ? path.resolve(opts.compareDir) : null;
  const notes: string[] = [];
  const result: BrowserResult = {
    popup_ms_median: null, action_popup_ms_median: null, content_ms_median: null,
    empty_popup_ms_median: null, click_to_list_ms_median: null, click_to_paint_ms_median: null, popup_over_empty_ratio: null,
    article_longest_task_ms_median: null, article_longest_gap_ms_median: null, marks_median: {}, compare: null, article_trace: null,
    runs: 0, selector: null, page: path.relative(ROOT, SAMPLE), notes, per_run: [], pathological: [],
  };
  if (!existsSync(SAMPLE)) return { ...result, error: 'samples/harbour-bridge.html is absent' };
  if (!existsSync(CHROMIUM)) return { ...result, error: `${CHROMIUM} not found (apt-get install chromium)` };
  let context: BrowserContext | null = null;
  let server: Server | null = null;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'cited-bench-'));
  const emptyDir = path.join(userDataDir, '..', `${path.basename(userDataDir)}-empty-ext`);
  try {
    if (opts.extDir) notes.push(`measured the build in ${EXT}`);
    if (COMPARE) {
      if (!existsSync(path.join(COMPARE, 'manifest.json'))) throw new Error(`--compare: no manifest.json in ${COMPARE}`);
      notes.push(`compared with the build in ${COMPARE} on the same tabs`);
    }
    else ensureBuild(opts.forceBuild, notes, opts.log);
    const manifest = JSON.parse(readFileSync(path.join(EXT, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } };
    if (!manifest.action?.default_popup) return { ...result, error: 'the build has no action popup (entrypoints/popup not built yet)' };
    writeEmptyExtension(emptyDir);
    const markers = opts.selector ? [opts.selector] : MARKERS;
    const routes = new Map<string, Buffer | string>([['/harbour-bridge.html', readFileSync(SAMPLE)]]);
    if (opts.pathological !== false) for (const p of PATHOLOGICAL_PAGES) routes.set(`/${p.name}.html`, p.build());
    const served = await serve(routes);
    server = served.server;
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 800, height: 600 },
      args: [
        `--disable-extensions-except=${[EXT, emptyDir, ...(COMPARE ? [COMPARE] : [])].join(',')}`,
        `--load-extension=${[EXT, emptyDir, ...(COMPARE ? [COMPARE] : [])].join(',')}`, '--no-sandbox', '--disable-gpu',
        '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--screen-info={0,0 1280x1024}',
      ],
    });
    // Both workers are called background.js: tell the extensions apart by their manifest's name.
    const names = new Map<string, string>();
    const expected = COMPARE ? 3 : 2;
    for (let i = 0; i < 100 && names.size < expected; i++) {
      for (const w of context.serviceWorkers()) {
        if (names.has(w.url())) continue;
        const name = await w.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name);
        names.set(w.url(), name);
      }
      if (names.size < expected) await new Promise((r) => setTimeout(r, 100));
    }
    // Cited's name may be a __MSG_…__ placeholder; the empty one is named here. Two Cited builds are told apart by their ids.
    const compareId = COMPARE ? unpackedId(COMPARE) : null;
    const emptyUrl = [...names].find(([, n]) => n === 'Empty popup')?.[0];
    const citedUrl = [...names].find(([u, n]) => n !== 'Empty popup' && new URL(u).host !== compareId)?.[0];
    if (!citedUrl || !emptyUrl) throw new Error(`service workers of both extensions not seen: ${[...names.values()].join(', ')}`);
    if (compareId && ![...names.keys()].some((u) => new URL(u).host === compareId)) throw new Error('the compared build\'s service worker was not seen');
    const citedId = new URL(citedUrl).host;
    const emptyId = new URL(emptyUrl).host;
    const cdp = await context.browser()!.newBrowserCDPSession();
    const citedWorker = () => context!.serviceWorkers().find((w) => new URL(w.url()).host === citedId);

    for (let i = 0; i < opts.runs + 1; i++) {
      const run: BrowserRun = {
        popup_ms: null, action_popup_ms: null, click_to_list_ms: null, click_to_paint_ms: null, empty_popup_ms: null, marks: {},
        article_longest_task_ms: null, article_longest_gap_ms: null, content_longest_slice_ms: null,
        content_ms: null, content_ok: null, speakers: null, quotes: null, blocks: null, marker: null,
      };
      const articleUrl = `${served.base}/harbour-bridge.html?run=${i}`;
      const article = await context.newPage();
      const pages = [article];
      try {
        await article.addInitScript(PAGE_PROBE);
        await article.goto(articleUrl, { waitUntil: 'load' });
        await article.bringToFront();
        const worker = citedWorker() ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
        const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
        if (tabId == null) throw new Error('no active tab id from the service worker');
        const target = await tabTarget(cdp, articleUrl);

        // Empty popup and Cited's popup (and the compared build's), rotating which goes first.
        const kinds = compareId ? ['empty', 'cited', 'compare'] : ['empty', 'cited'];
        const order = kinds.map((_, k) => kinds[(k + i) % kinds.length]!);
        for (const which of order) {
          const extId = which === 'empty' ? emptyId : which === 'compare' ? compareId! : citedId;
          const { clickAt, popupTarget } = await clickAction(cdp, extId, target, RUN_TIMEOUT_MS);
          if (!popupTarget) throw new Error(`${which} popup did not open`);
          const w = (await evaluateInTarget(cdp, popupTarget, popupWatch(which === 'empty' ? [] : markers, OTHER_END, RUN_TIMEOUT_MS))) as PopupWatch;
          await cdp.send('Target.closeTarget', { targetId: popupTarget }).catch(() => {});
          const since = (t: number | null | undefined) => (t == null ? null : w.timeOrigin + t - clickAt);
          if (which === 'empty') {
            run.empty_popup_ms = since(w.fcp);
            run.empty_marks = Object.fromEntries(Object.entries({ ...w.marks, 'popup:navigation': 0, 'popup:fcp': w.fcp ?? NaN }).map(([k, v]) => [k, since(v)!]));
          } else if (which === 'compare') {
            const b = await pageBlocks(article, clickAt, nowAbs());
            run.compare = {
              click_to_paint_ms: since(w.fcp), click_to_list_ms: w.hit && !w.hit.end ? since(w.hit.t) : null,
              article_longest_task_ms: b.task, article_longest_gap_ms: b.gap,
              content_longest_slice_ms: Number(w.details?.['cited:content-longest-slice'] ?? NaN),
              marks: Object.fromEntries(Object.entries(w.marks).map(([k, v]) => [k, since(v)!])),
            };
          } else {
            run.click_to_paint_ms = since(w.fcp);
            if (w.hit && !w.hit.end) run.click_to_list_ms = since(w.hit.t);
            else if (w.hit) run.error = `popup ended in ${w.hit.marker}, not a speaker list`;
            run.action_popup_ms = run.click_to_list_ms;
            run.marks = Object.fromEntries(Object.entries(w.marks).map(([k, v]) => [k, since(v)!]));
            run.marks['popup:navigation'] = w.timeOrigin - clickAt;
            run.content_longest_slice_ms = Number(w.details?.['cited:content-longest-slice'] ?? NaN);
            const b = await pageBlocks(article, clickAt, nowAbs());
            run.article_longest_task_ms = b.task;
            run.article_longest_gap_ms = b.gap;
          }
        }

        // popup.html?tabId=N as a page, timed from its own navigation start.
        const popup = await context.newPage();
        pages.push(popup);
        await popup.goto(`chrome-extension://${citedId}/popup.html?tabId=${tabId}`);
        const hit = (await popup.evaluate(popupWatch(markers, OTHER_END, RUN_TIMEOUT_MS))) as PopupWatch;
        run.marker = hit.hit?.marker ?? null;
        if (hit.hit && !hit.hit.end) run.popup_ms = hit.hit.t;

        // Content script: executeScript round trip from the extension page.
        const c = await popup.evaluate(async (id: number) => {
          const t = performance.now();
          const [res] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/reader.js'] });
          const ms = performance.now() - t;
          // The tab reads the page (Cited's analysis runs in the popup); older builds answered with the analysis.
          const r = res?.result as { ok?: boolean; reading?: { article?: { blocks?: unknown[] } | null }; analysis?: { speakers?: unknown[]; quotes?: unknown[] } } | undefined;
          return { ms, ok: r?.ok ?? null, speakers: r?.analysis?.speakers?.length ?? null, quotes: r?.analysis?.quotes?.length ?? null, blocks: r?.reading?.article?.blocks?.length ?? null };
        }, tabId);
        run.content_ms = c.ms;
        run.content_ok = c.ok;
        run.speakers = c.speakers;
        run.quotes = c.quotes;
        run.blocks = c.blocks;
      } catch (e) {
        run.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
      } finally {
        for (const p of pages) await p.close().catch(() => {});
      }
      const cmp = run.compare;
      const versus = cmp ? `; compared: click→paint ${fmt(cmp.click_to_paint_ms)}, click→list ${fmt(cmp.click_to_list_ms)}, tab block ${fmt(cmp.article_longest_gap_ms)} (task ${fmt(cmp.article_longest_task_ms)}, own slice ${fmt(cmp.content_longest_slice_ms)})` : '';
      const line = `empty ${fmt(run.empty_popup_ms)}, click→paint ${fmt(run.click_to_paint_ms)}, click→list ${fmt(run.click_to_list_ms)}, popup ${fmt(run.popup_ms)}, content ${fmt(run.content_ms)}, tab block ${fmt(run.article_longest_gap_ms)} (task ${fmt(run.article_longest_task_ms)}, own slice ${fmt(run.content_longest_slice_ms)}) ms${versus}${run.error ? ` (${run.error})` : ''}`;
      if (i === 0) {
        opts.log(`  warm-up: ${line}`);
        continue; // the first run warms Chromium's caches; not counted
      }
      result.per_run.push(run);
      opts.log(`  run ${i}: ${line}`);
    }
    const vals = (k: keyof BrowserRun) => result.per_run.map((r) => r[k]).filter((v): v is number => typeof v === 'number');
    const med = (k: keyof BrowserRun) => (vals(k).length ? median(vals(k)) : null);
    result.popup_ms_median = med('popup_ms');
    result.action_popup_ms_median = med('action_popup_ms');
    result.content_ms_median = med('content_ms');
    result.empty_popup_ms_median = med('empty_popup_ms');
    result.click_to_list_ms_median = med('click_to_list_ms');
    result.click_to_paint_ms_median = med('click_to_paint_ms');
    result.article_longest_task_ms_median = med('article_longest_task_ms');
    result.article_longest_gap_ms_median = med('article_longest_gap_ms');
    // Per-run ratios (same tab, same moment), then their median: steadier than a ratio of medians.
    const ratios = result.per_run.filter((r) => r.click_to_list_ms != null && r.empty_popup_ms).map((r) => r.click_to_list_ms! / r.empty_popup_ms!);
    result.popup_over_empty_ratio = ratios.length ? median(ratios) : null;
    const marksMedian = (all: Record<string, number>[]) => {
      const names = [...new Set(all.flatMap((m) => Object.keys(m)))];
      return Object.fromEntries(names.map((m) => [m, median(all.map((x) => x[m]).filter((v): v is number => v != null))]));
    };
    result.marks_median = marksMedian(result.per_run.map((r) => r.marks));
    if (COMPARE) {
      const cmp = result.per_run.map((r) => r.compare).filter((c): c is CompareRun => c != null);
      const cmed = (k: keyof CompareRun) => {
        const v = cmp.map((c) => c[k]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
        return v.length ? median(v) : null;
      };
      const cratios = result.per_run.filter((r) => r.compare?.click_to_list_ms != null && r.empty_popup_ms).map((r) => r.compare!.click_to_list_ms! / r.empty_popup_ms!);
      result.compare = {
        dir: COMPARE, click_to_paint_ms_median: cmed('click_to_paint_ms'), click_to_list_ms_median: cmed('click_to_list_ms'),
        popup_over_empty_ratio: cratios.length ? median(cratios) : null,
        article_longest_task_ms_median: cmed('article_longest_task_ms'), article_longest_gap_ms_median: cmed('article_longest_gap_ms'),
        marks_median: marksMedian(cmp.map((c) => c.marks)),
      };
    }
    result.runs = result.per_run.length;
    result.selector = result.per_run.find((r) => r.marker)?.marker ?? null;
    if (result.click_to_list_ms_median == null) result.error = result.per_run.find((r) => r.error)?.error ?? 'no run reached the speaker list';
    if (result.selector && result.selector !== MARKERS[0] && !opts.selector) notes.push(`speaker list found by the fallback marker ${result.selector}; ${MARKERS[0]} is absent`);

    // One traced run (tracing slows the browser: not among the timed runs).
    const traced = await pathologicalRun(context, cdp, citedId, served.base, { name: 'harbour-bridge', about: 'the sample article', build: () => '' }, markers, '?traced=1');
    result.article_trace = traced.trace;
    opts.log(`  traced run: longest task ${fmt(traced.trace?.longest_ms)} ms: Cited's ${fmt(traced.trace?.longest_ours_ms)} (arrival ${fmt(traced.trace?.arrival_ms)}, ${traced.trace?.ours_tasks ?? '—'} tasks, ${fmt(traced.trace?.ours_total_ms)} ms in all), the page's ${fmt(traced.trace?.longest_page_ms)} ms${traced.error ? ` (${traced.error})` : ''}`);

    if (opts.pathological !== false) {
      for (const spec of PATHOLOGICAL_PAGES) {
        // Timed untraced (tracing a page of 2,000 frames stalls its timer by itself), then traced on a fresh tab.
        const r = await pathologicalRun(context, cdp, citedId, served.base, spec, markers, '', false);
        r.trace = (await pathologicalRun(context, cdp, citedId, served.base, spec, markers, '?traced=1')).trace;
        result.pathological.push(r);
        opts.log(`  ${spec.name.padEnd(14)} answer ${fmt(r.answer_ms)} ms (${r.answer ?? '—'}, ${r.method ?? '—'}), longest task ${fmt(r.longest_task_ms)} ms, timer gap ${fmt(r.longest_gap_ms)} ms (idle page ${fmt(r.idle_gap_ms)}, settled ${fmt(r.settle_ms)} ms after load), own slice ${fmt(r.content_longest_slice_ms)} ms; traced: Cited's longest ${fmt(r.trace?.longest_ours_ms)} ms (arrival ${fmt(r.trace?.arrival_ms)}), the page's ${fmt(r.trace?.longest_page_ms)} ms${r.error ? ` (${r.error})` : ''}`);
      }
    }
    return result;
  } catch (e) {
    return { ...result, error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  } finally {
    await context?.close().catch(() => {});
    server?.close();
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    await rm(emptyDir, { recursive: true, force: true }).catch(() => {});
  }
}

async function pathologicalRun(
  context: BrowserContext,
  cdp: CDPSession,
  extId: string,
  base: string,
  spec: { name: string; about: string; build(): string },
  markers: string[],
  query = '',
  traced = true,
): Promise<PathologicalRun> {
  const url = `${base}/${spec.name}.html${query}`;
  const out: PathologicalRun = {
    name: spec.name, about: spec.about, html_mb: 0, answer_ms: null, answer: null, notices: [], quotes: null,
    longest_task_ms: null, longest_gap_ms: null, idle_gap_ms: null, settle_ms: null, content_longest_slice_ms: null, method: null, marks: {}, trace: null,
  };
  const page = await context.newPage();
  try {
    await page.addInitScript(PAGE_PROBE);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    out.html_mb = Math.round((await page.evaluate(() => document.documentElement.outerHTML.length)) / 1024 / 1024 * 10) / 10;
    await page.bringToFront();
    // Let the page settle (layout of a huge DOM, lazy frames still loading: the page's own cost, not ours), as
    // the end-to-end bound test does: its timer's last 20 ticks came at most 40 ms apart. Then measure it idle.
    const settleFrom = nowAbs();
    await page.waitForFunction(PAGE_SETTLED, null, { timeout: PATHOLOGICAL_WATCH_MS, polling: 50 }).catch(() => {});
    out.settle_ms = Math.round(nowAbs() - settleFrom);
    const idleFrom = nowAbs();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    out.idle_gap_ms = (await pageBlocks(page, idleFrom, nowAbs())).gap;
    const target = await tabTarget(cdp, url);
    const endTrace = traced ? await startTabTrace(cdp, `${extId}/reader.js`) : async () => null;
    const { clickAt, popupTarget } = await clickAction(cdp, extId, target, PATHOLOGICAL_WATCH_MS);
    if (!popupTarget) throw new Error('popup did not open');
    const w = (await evaluateInTarget(cdp, popupTarget, popupWatch(markers, OTHER_END, PATHOLOGICAL_WATCH_MS))) as PopupWatch;
    out.trace = await endTrace();
    const answeredAt = w.hit ? w.timeOrigin + w.hit.t : nowAbs();
    if (w.hit) {
      out.answer_ms = answeredAt - clickAt;
      out.answer = w.status ? `${w.status}` : w.hit.marker;
      out.notices = w.notices;
      out.quotes = Number(/(\d+) quotes?/.exec(w.text ?? '')?.[1] ?? NaN) || null;
      out.marks = Object.fromEntries(Object.entries(w.marks).map(([k, v]) => [k, Math.round(w.timeOrigin + v - clickAt)]));
      out.content_longest_slice_ms = Number(w.details?.['cited:content-longest-slice'] ?? NaN);
      out.method = (w.details?.['cited:content-article'] as string | undefined) ?? null;
    } else {
      out.error = `no answer within ${PATHOLOGICAL_WATCH_MS / 1000} s`;
    }
    await cdp.send('Target.closeTarget', { targetId: popupTarget }).catch(() => {});
    const b = await pageBlocks(page, clickAt, answeredAt);
    out.longest_task_ms = b.task;
    out.longest_gap_ms = b.gap;
  } catch (e) {
    out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await page.close().catch(() => {});
  }
  return out;
}

function fmt(v: number | null | undefined): string {
  return v == null || !Number.isFinite(v) ? '—' : v.toFixed(0);
}
