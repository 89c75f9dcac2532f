// Browser benchmark: the built extension in headless Chromium (TOOLCHAIN §4).
// Per run, on a fresh tab of the shipped sample article served from 127.0.0.1:
//   1. CDP Extensions.triggerAction on the tab: a toolbar click. It grants
//      activeTab and opens the real action popup; we time click → speaker list
//      by polling that popup over a legacy CDP attach (upper bound: includes
//      CDP latency), then close it.
//   2. popup.html?tabId=N opened as a page: an init script records
//      performance.now() (ms since that page's navigation start) when the
//      speaker-list marker first appears. That is `popup_ms`.
//   3. From that extension page, performance.now() around
//      scripting.executeScript(content.js) on the article tab: `content_ms`
//      (injection + analysis + result clone). Steps 1–2 already injected the
//      content script into this tab, so V8's code cache is warm.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { ROOT, SAMPLE } from './node';
import { median } from './stats';

/** The two extension APIs the evaluated callbacks use (they run in the service worker and the popup page). */
declare const chrome: {
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]> };
};

export interface BrowserRun {
  popup_ms: number | null;
  action_popup_ms: number | null;
  content_ms: number | null;
  content_ok: boolean | null;
  speakers: number | null;
  quotes: number | null;
  marker: string | null;
  error?: string;
}

export interface BrowserResult {
  popup_ms_median: number | null;
  action_popup_ms_median: number | null;
  content_ms_median: number | null;
  runs: number;
  selector: string | null;
  page: string;
  notes: string[];
  per_run: BrowserRun[];
  error?: string;
}

/** Markers of the rendered speaker list, most specific first (the popup engineer's choice wins). */
const MARKERS = [
  '[data-testid="speaker-list"]',
  'ul[aria-label="People quoted"]', // components/SpeakerList.tsx as of this writing
  '.speaker-list',
  'main [role="list"]',
];
/** Terminal states that are not a list: reported as such, so a run never hangs on them. */
const OTHER_END = ['[data-testid="empty-state"]', '[data-state]:not([data-state="loading"])', '[role="alert"]'];
const EXT = path.join(ROOT, '.output/chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 15_000;

function serve(file: string): Promise<{ server: Server; base: string }> {
  const html = readFileSync(file);
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.url?.startsWith('/favicon') ? '' : html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, base: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
    }),
  );
}

/** A script (as a string) that waits for the first of `markers` or `ends` and returns what matched. */
function watchScript(markers: string[], ends: string[]): string {
  return `(() => {
    const markers = ${JSON.stringify(markers)}, ends = ${JSON.stringify(ends)};
    const find = () => {
      for (const s of markers) { const el = document.querySelector(s); if (el && el.children.length) return { marker: s, end: false }; }
      for (const s of ends) if (document.querySelector(s)) return { marker: s, end: true };
      return null;
    };
    const record = () => {
      if (window.__citedBench) return true;
      const hit = find();
      if (hit) window.__citedBench = { ...hit, t: performance.now() };
      return !!hit;
    };
    if (!record()) {
      const mo = new MutationObserver(() => { if (record()) mo.disconnect(); });
      mo.observe(document, { subtree: true, childList: true, attributes: true });
    }
  })();`;
}

/** Legacy (non-flattened) attach to a target the page API does not expose (the action popup). */
async function evaluateInTarget(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  try {
    const id = 1;
    const reply = new Promise<unknown>((resolve) => {
      const onMsg = (e: { sessionId?: string; message: string }) => {
        if (e.sessionId !== sessionId) return;
        const msg = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (msg.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMsg);
        resolve(msg.result?.result?.value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMsg);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    return await reply;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

function ensureBuild(force: boolean, notes: string[], log: (s: string) => void): void {
  if (!force && existsSync(path.join(EXT, 'manifest.json'))) return;
  log('  building the extension (npm run build)…');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  notes.push('built .output/chrome-mv3 for this run');
}

export async function benchBrowser(opts: {
  runs: number;
  forceBuild: boolean;
  selector?: string;
  log: (s: string) => void;
}): Promise<BrowserResult> {
  const notes: string[] = [];
  const pageFile = SAMPLE;
  const result: BrowserResult = {
    popup_ms_median: null, action_popup_ms_median: null, content_ms_median: null, runs: 0, selector: null,
    page: path.relative(ROOT, pageFile), notes, per_run: [],
  };
  if (!existsSync(pageFile)) return { ...result, error: 'samples/harbour-bridge.html is absent' };
  if (!existsSync(CHROMIUM)) return { ...result, error: `${CHROMIUM} not found (apt-get install chromium)` };
  let context: BrowserContext | null = null;
  let server: Server | null = null;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'cited-bench-'));
  try {
    ensureBuild(opts.forceBuild, notes, opts.log);
    const manifest = JSON.parse(readFileSync(path.join(EXT, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } };
    if (!manifest.action?.default_popup) return { ...result, error: 'the build has no action popup (entrypoints/popup not built yet)' };
    const markers = opts.selector ? [opts.selector] : MARKERS;
    const served = await serve(pageFile);
    server = served.server;
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 800, height: 600 },
      args: [
        `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu',
        '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 10_000 });
    const extId = new URL(sw.url()).host;
    const cdp = await context.browser()!.newBrowserCDPSession();

    for (let i = 0; i < opts.runs + 1; i++) {
      const run: BrowserRun = { popup_ms: null, action_popup_ms: null, content_ms: null, content_ok: null, speakers: null, quotes: null, marker: null };
      const articleUrl = `${served.base}/harbour-bridge.html?run=${i}`;
      const article = await context.newPage();
      const pages = [article];
      try {
        await article.goto(articleUrl, { waitUntil: 'load' });
        await article.bringToFront();
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
        const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
        if (tabId == null) throw new Error('no active tab id from the service worker');
        const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string; type: string }[] };
        const tab = targetInfos.find((t) => t.url === articleUrl);
        if (!tab) throw new Error('article tab target not found');

        // 1. The real action popup: click → list, polled over CDP.
        const popupUrl = `chrome-extension://${extId}/popup.html`;
        const t0 = performance.now();
        await cdp.send('Extensions.triggerAction' as never, { id: extId, targetId: tab.targetId } as never);
        let popupTarget: string | null = null;
        while (performance.now() - t0 < RUN_TIMEOUT_MS) {
          if (!popupTarget) {
            const all = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string; type: string }[] };
            popupTarget = all.targetInfos.find((t) => t.type === 'page' && t.url.startsWith(popupUrl))?.targetId ?? null;
          }
          if (popupTarget) {
            const hit = (await evaluateInTarget(cdp, popupTarget, `(() => { ${watchScript(markers, OTHER_END)}; return window.__citedBench ?? null; })()`).catch(() => null)) as { end: boolean } | null;
            if (hit) {
              if (!hit.end) run.action_popup_ms = performance.now() - t0;
              break;
            }
          }
          await new Promise((r) => setTimeout(r, 5));
        }
        if (popupTarget) await cdp.send('Target.closeTarget', { targetId: popupTarget }).catch(() => {});

        // 2. popup.html?tabId=N as a page, timed from its own navigation start.
        const popup = await context.newPage();
        pages.push(popup);
        await popup.addInitScript(watchScript(markers, OTHER_END));
        await popup.goto(`${popupUrl}?tabId=${tabId}`);
        await popup.waitForFunction(() => (window as { __citedBench?: unknown }).__citedBench, null, { timeout: RUN_TIMEOUT_MS });
        const hit = (await popup.evaluate(() => (window as unknown as { __citedBench: { marker: string; end: boolean; t: number } }).__citedBench));
        run.marker = hit.marker;
        if (hit.end) run.error = `popup ended in ${hit.marker}, not a speaker list`;
        else run.popup_ms = hit.t;

        // 3. Content script: executeScript round trip from the extension page.
        const c = await popup.evaluate(async (id: number) => {
          const t = performance.now();
          const [res] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
          const ms = performance.now() - t;
          const r = res?.result as { ok?: boolean; analysis?: { speakers?: unknown[]; quotes?: unknown[] } } | undefined;
          return { ms, ok: r?.ok ?? null, speakers: r?.analysis?.speakers?.length ?? null, quotes: r?.analysis?.quotes?.length ?? null };
        }, tabId);
        run.content_ms = c.ms;
        run.content_ok = c.ok;
        run.speakers = c.speakers;
        run.quotes = c.quotes;
      } catch (e) {
        run.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
      } finally {
        for (const p of pages) await p.close().catch(() => {});
      }
      if (i === 0) {
        opts.log(`  warm-up: popup ${run.popup_ms?.toFixed(0) ?? '—'} ms, action popup ${run.action_popup_ms?.toFixed(0) ?? '—'} ms, content ${run.content_ms?.toFixed(0) ?? '—'} ms${run.error ? ` (${run.error})` : ''}`);
        continue; // the first run warms Chromium's caches; not counted
      }
      result.per_run.push(run);
      opts.log(`  run ${i}: popup ${run.popup_ms?.toFixed(0) ?? '—'} ms, action popup ${run.action_popup_ms?.toFixed(0) ?? '—'} ms, content ${run.content_ms?.toFixed(0) ?? '—'} ms${run.error ? ` (${run.error})` : ''}`);
    }
    const vals = (k: 'popup_ms' | 'action_popup_ms' | 'content_ms') => result.per_run.map((r) => r[k]).filter((v): v is number => v != null);
    result.popup_ms_median = vals('popup_ms').length ? median(vals('popup_ms')) : null;
    result.action_popup_ms_median = vals('action_popup_ms').length ? median(vals('action_popup_ms')) : null;
    result.content_ms_median = vals('content_ms').length ? median(vals('content_ms')) : null;
    result.runs = result.per_run.length;
    result.selector = result.per_run.find((r) => r.marker)?.marker ?? null;
    if (result.popup_ms_median == null) result.error = result.per_run.find((r) => r.error)?.error ?? 'no run reached the speaker list';
    if (result.selector && result.selector !== MARKERS[0] && !opts.selector) notes.push(`speaker list found by the fallback marker ${result.selector}; ${MARKERS[0]} is absent`);
    return result;
  } catch (e) {
    return { ...result, error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  } finally {
    await context?.close().catch(() => {});
    server?.close();
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  }
}
