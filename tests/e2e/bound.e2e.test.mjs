// Issue 17: pathological pages (bench/pathological.mjs builds them) never freeze
// the reader's tab, and the real toolbar popup gets an answer on each: the story,
// or a notice of what was cut, or "too large to read". A page script's 10 ms
// timer must keep firing while Cited reads the page: a tab blocked from the
// click to the answer would record no tick in between. No wall-clock limit
// here; the product's own time bound is what ends the reading.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { PATHOLOGICAL_PAGES } from '../../bench/pathological.mjs';
import { attachActionPopup, launch, screenshotPath, serve, tabTargetId } from './helpers.mjs';

/** Installed before the page's own scripts: a 10 ms timer whose ticks are timestamped. */
const TICKER = `(() => {
  const ticks = [];
  Object.defineProperty(window, '__ticks', { value: ticks });
  setInterval(() => ticks.push(performance.now()), 10);
})();`;

/** Resolves in the popup once it shows anything but "loading": its state and text. */
const ANSWER = `new Promise((resolve) => {
  const read = () => {
    const state = document.querySelector('[data-status]')?.getAttribute('data-status')
      ?? document.querySelector('[data-state]:not([data-state="loading"])')?.getAttribute('data-state');
    if (!state) return false;
    resolve({ state, text: document.body.innerText.replace(/\\s+/g, ' '), t: performance.now() + performance.timeOrigin });
    return true;
  };
  if (!read()) new MutationObserver((_, mo) => { if (read()) mo.disconnect(); }).observe(document, { subtree: true, childList: true, attributes: true });
})`;

describe('pathological pages: an answer, and a tab that keeps running', () => {
  let ext, srv;
  before(async () => {
    srv = await serve(Object.fromEntries(PATHOLOGICAL_PAGES.map((p) => [`/${p.name}.html`, p.build()])));
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  for (const { name, about } of PATHOLOGICAL_PAGES) {
    it(`${name} (${about})`, async () => {
      const page = await ext.context.newPage();
      await page.addInitScript(TICKER);
      // Loaded (frames included): what the page does by itself while loading is not what this measures.
      await page.goto(srv.url(`/${name}.html`), { waitUntil: 'load', timeout: 300_000 });
      await page.bringToFront();
      // And settled: lazy frames go on loading after the load event, and while they do the page's own timer
      // stalls with no help from Cited. Its last 20 ticks came at most 40 ms apart before the click.
      await page.waitForFunction(() => {
        const t = window.__ticks.slice(-20);
        return t.length === 20 && t.every((x, i) => i === 0 || x - t[i - 1] <= 40) && performance.now() - t[19] <= 40;
      }, null, { timeout: 120_000, polling: 50 });
      const clickAt = await page.evaluate(() => performance.now() + performance.timeOrigin);
      await ext.browserCdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: await tabTargetId(ext.browserCdp, page.url()) });
      const popup = await attachActionPopup(ext, { timeout: 30_000 });
      assert.ok(popup, 'the action popup opened');
      let answer;
      try {
        answer = await popup.evaluate(ANSWER);
        if (name === 'dom-10mb') {
          const shot = await popup.send('Page.captureScreenshot', { format: 'png' });
          await writeFile(await screenshotPath('bound-popup-dom-10mb.png'), Buffer.from(shot.data, 'base64'));
        }
      } finally {
        // Closed, so the next page's click cannot find this popup instead of its own.
        await popup.evaluate('window.close()').catch(() => undefined);
        await popup.detach();
      }
      // The tab ran its own timer between the click and the answer.
      const ticks = await page.evaluate(([from, to]) => window.__ticks.filter((t) => t + performance.timeOrigin > from && t + performance.timeOrigin < to).length, [clickAt, answer.t]);
      console.error(`# ${name}: the page's timer fired ${ticks} times in ${Math.round(answer.t - clickAt)} ms`);
      assert.ok(ticks >= 3, `the page's timer fired ${ticks} times while Cited read the page`);
      assert.ok(['ok', 'no-quotes', 'too-large'].includes(answer.state), `answered with ${answer.state}: ${answer.text.slice(0, 200)}`);
      if (answer.state === 'ok') {
        // The story's people, or a note of what was cut (the page, the article, or the attribution's time).
        assert.ok(/Ilse Varga/.test(answer.text) || /very large|very long|Stopped after/.test(answer.text), answer.text.slice(0, 300));
      } else if (answer.state === 'too-large') {
        assert.match(answer.text, /too large to read/);
      }
      if (name === 'dom-10mb') assert.match(answer.text, /very long/);
      await page.close();
    });
  }
});
