// Firefox end-to-end helpers: Debian's firefox-esr driven by puppeteer-core over
// WebDriver BiDi (no browser is downloaded), with the extension installed as a
// temporary add-on. See ../shared/TOOLCHAIN.md §5 for why it is done this way:
// - BiDi cannot click the toolbar button, so nothing can grant activeTab; the tests use the
//   `--mode e2e` build (.output/firefox-mv2-e2e), which may also read http://127.0.0.1/* and lets
//   those pages open popup.html. manifest checks below show it differs from the shipped build by
//   exactly that.
// - BiDi refuses page.goto() to moz-extension:// URLs, so the popup page is reached by setting
//   location.href from a 127.0.0.1 page; the extension's host is pinned by a pref.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, until } from './helpers.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_E2E_DIR = path.join(ROOT, '.output/firefox-mv2-e2e');
export const GECKO_ID = 'cited@example.org';

/** Launch headless firefox-esr with the e2e build installed; downloads go to a fresh folder without asking. */
export async function launchFirefox() {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr; .ci/run does) or set FIREFOX_PATH.`);
  }
  if (!existsSync(path.join(FIREFOX_E2E_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${FIREFOX_E2E_DIR}: run "npx wxt build -b firefox --mode e2e" (npm run test:e2e does) first.`);
  }
  const uuid = randomUUID();
  const downloads = await mkdtemp(path.join(tmpdir(), 'cited-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    headless: true,
    executablePath: FIREFOX,
    extraPrefsFirefox: {
      // moz-extension://<uuid>/ is random per profile; pin it so the tests know the popup's address.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Save downloads straight into our folder, as a user who chose "always save" would.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  await browser.installExtension(FIREFOX_E2E_DIR);
  const origin = `moz-extension://${uuid}`;

  /** Navigate `page` to an extension URL (BiDi's goto refuses them) and wait until it is there. */
  async function goExtension(page, url) {
    await page.evaluate((u) => {
      location.href = u;
    }, url);
    await waitInPage(page, (u) => location.href === u && document.readyState === 'complete', url);
  }

  return {
    browser, origin, downloads,
    /**
     * Open the popup for the tab showing `articleUrl`, as a page of its own (popup.html?tabId=N), from a
     * 127.0.0.1 page of `server`. Returns the popup page once it shows a result.
     */
    async openPopupFor(server, articleUrl, { width = 400, height = 600 } = {}) {
      const popup = await browser.newPage();
      await setViewport(popup, { width, height });
      await popup.goto(server.url('/__blank'), { waitUntil: 'load' }).catch(() => undefined); // a 404 page is enough
      await goExtension(popup, `${origin}/popup.html`);
      const tabs = await popup.evaluate(async () => (await browser.tabs.query({})).map((t) => ({ id: t.id, url: t.url })));
      const tab = tabs.find((t) => t.url === articleUrl);
      if (!tab) throw new Error(`No tab shows ${articleUrl}: ${tabs.map((t) => t.url).join(', ')}`);
      await goExtension(popup, `${origin}/popup.html?tabId=${tab.id}`);
      await waitInPage(popup, () => Boolean(document.querySelector('#app > *') && !document.querySelector('[data-state="loading"]')));
      return popup;
    },
    /**
     * Wait for a finished download whose name matches `pattern`. Firefox creates the file empty, writes
     * NAME.part and moves it over when done: wait for no .part, a non-empty file, and the same size twice.
     */
    async download(pattern) {
      let last = null;
      const name = await until(
        async () => {
          const files = await readdir(downloads);
          const found = files.find((f) => pattern.test(f) && !f.endsWith('.part') && !files.includes(`${f}.part`));
          if (!found) return null;
          const { size } = await stat(path.join(downloads, found));
          const settled = size > 0 && last?.name === found && last.size === size;
          last = { name: found, size };
          return settled ? found : null;
        },
        { timeout: 15_000, interval: 200, message: `a download matching ${pattern}` },
      );
      return path.join(downloads, name);
    },
    async close() {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * page.setViewport for Firefox: puppeteer-core 24 sends BiDi's browsingContext.setViewport together with
 * emulation.setScreenOrientationOverride, which Firefox ESR 140 does not know ("unknown command"). The
 * viewport command is applied all the same; only that refusal is let through, any other error is thrown.
 */
export async function setViewport(page, size) {
  try {
    await page.setViewport(size);
  } catch (error) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
  }
}

/**
 * page.waitForFunction for Firefox's extension pages, polled with evaluate: Firefox ESR 140 refuses the
 * realm puppeteer's waitForFunction injects into a moz-extension page ("Waiting failed"), and a navigation
 * tears it down. An evaluate that fails mid-navigation counts as not yet.
 */
export async function waitInPage(page, predicate, ...args) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (await page.evaluate(predicate, ...args).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting in ${page.url()} for ${String(predicate).slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
