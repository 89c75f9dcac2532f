// Shared end-to-end helpers: launch Debian's Chromium with the built extension,
// serve test pages on 127.0.0.1, click the toolbar button as a user does, and
// open the popup for a tab. See ../shared/TOOLCHAIN.md §4 for why it is done this way.
import { createServer } from 'node:http';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv2');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function sample(name) {
  return readFile(path.join(ROOT, 'samples', name), 'utf8');
}

export async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

/**
 * Serve `routes` ({ '/path': html }) on 127.0.0.1:<free port>; every request is recorded.
 * A route may also be { body, headers } to send extra response headers (e.g. a Content-Security-Policy).
 */
export async function serve(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url, at: Date.now() });
    const route = routes[req.url.split('?')[0]];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const { body, headers = {} } = typeof route === 'string' ? { body: route } : route;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Launch Chromium with the built MV3 extension. Returns the context, its service worker and the extension id.
 * `lang` sets the browser's language (LANGUAGE and --lang), which picks the popup's _locales.
 */
export async function launch({ lang } = {}) {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" (npm run test:e2e does) first.`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'cited-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 800 },
    acceptDownloads: true,
    ...(lang ? { env: { ...process.env, LANGUAGE: lang } } : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // A desktop-sized screen: on headless Chromium's default 800×600 the action popup cannot reach its 600 px.
      '--screen-info={0,0 1280x1024}',
    ],
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 10_000 });
  const extensionId = new URL(sw.url()).host;
  const browserCdp = await context.browser().newBrowserCDPSession();
  const origin = `chrome-extension://${extensionId}`;
  // Chrome refuses a grant for a chrome-extension: origin ("opaque"), so grant the clipboard to every origin.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return {
    context, sw, extensionId, browserCdp, origin,
    popupUrl: (tabId) => `${origin}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The CDP target id of the *tab* showing `url` (Extensions.triggerAction refuses page targets). */
export async function tabTargetId(browserCdp, url) {
  const { targetInfos } = await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`No tab target for ${url}: ${targetInfos.map((t) => t.url).join(', ')}`);
  return tab.targetId;
}

/** The extension's own tab id for the page (asked of the service worker while the page is the active tab). */
export async function chromeTabId(ext, page) {
  await page.bringToFront();
  return ext.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id;
  });
}

/**
 * Click the toolbar button on `page`'s tab the way a user does (this grants activeTab and opens the real
 * popup), then open popup.html?tabId=N as a normal page, which Playwright can drive. Returns the popup page.
 */
export async function openPopupFor(ext, page, { colorScheme = 'light', width = 400, height = 600, click = true } = {}) {
  const tabId = await chromeTabId(ext, page);
  if (click) await ext.browserCdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: await tabTargetId(ext.browserCdp, page.url()) });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width, height });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(ext.popupUrl(tabId));
  await popup.waitForFunction(() => !document.querySelector('[data-state="loading"]') && document.querySelector('#app > *'));
  return { popup, tabId };
}

/** Open `url` in a new tab and wait until it has loaded. */
export async function openArticle(ext, url) {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The real action popup (opened by triggerAction) through a legacy, non-flattened CDP attach. */
export async function attachActionPopup(ext, { timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  let target;
  while (!target && Date.now() < deadline) {
    const { targetInfos } = await ext.browserCdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`${ext.origin}/popup.html`) && !t.url.includes('tabId='));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) return null;
  const { sessionId } = await ext.browserCdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 1;
  const pending = new Map();
  const onMessage = ({ sessionId: sid, message }) => {
    if (sid !== sessionId) return;
    const msg = JSON.parse(message);
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.error) waiter.reject(new Error(msg.error.message));
    else waiter.resolve(msg.result);
  };
  ext.browserCdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ext.browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  return {
    send,
    async evaluate(expression) {
      const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      return r.result.value;
    },
    async detach() {
      ext.browserCdp.off('Target.receivedMessageFromTarget', onMessage);
      await ext.browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

export async function screenshotPath(name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/** Poll `fn` until it returns a truthy value or the time is up. */
export async function until(fn, { timeout = 5000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
