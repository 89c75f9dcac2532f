// The content script on the live page: it changes nothing on the page, leaves no
// globals in the page's world, reads the same article when run twice (the
// analysis itself runs in the popup), and the real toolbar popup
// (opened by a click) shows the analysis.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import {
  attachActionPopup, chromeTabId, launch, openArticle, sample, screenshotPath, serve, tabTargetId, until,
} from './helpers.mjs';

describe('content script on the live page', () => {
  let ext, srv;
  before(async () => {
    srv = await serve({ '/news/harbour-bridge.html': await sample('harbour-bridge.html') });
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  it('the toolbar click opens the real popup, which shows the analysis (screenshot via legacy CDP attach)', async () => {
    const article = await openArticle(ext, srv.url('/news/harbour-bridge.html'));
    await article.bringToFront();
    await ext.browserCdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: await tabTargetId(ext.browserCdp, article.url()) });
    const real = await attachActionPopup(ext);
    assert.ok(real, 'the action popup opened');
    try {
      await until(() => real.evaluate(`!!document.querySelector('.app, [data-state]:not([data-state="loading"])')`), { message: 'popup rendered' });
      const text = await real.evaluate('document.body.innerText');
      assert.match(text, /Port Aldmore council backs/);
      assert.match(text, /quotes?/);
      const shot = await real.send('Page.captureScreenshot', { format: 'png' });
      await writeFile(await screenshotPath('action-popup.png'), Buffer.from(shot.data, 'base64'));
    } finally {
      await real.detach();
    }
  });

  it('leaves the page DOM and the page globals unchanged, and gives the same result twice', async () => {
    const article = await openArticle(ext, srv.url('/news/harbour-bridge.html?twice'));
    const tabId = await chromeTabId(ext, article);
    const snapshot = () => article.evaluate(() => ({
      html: document.documentElement.outerHTML,
      globals: Object.getOwnPropertyNames(window).sort(),
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length + document.styleSheets.length,
    }));
    const before = await snapshot();
    await ext.browserCdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: await tabTargetId(ext.browserCdp, article.url()) });
    // Drive the injection from an extension page, as the popup does.
    const page = await ext.context.newPage();
    await page.goto(ext.popupUrl(tabId));
    await page.waitForSelector('.app');
    const run = () => page.evaluate(async (id) => {
      const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/reader.js'] });
      return r.result;
    }, tabId);
    const first = await run();
    const second = await run();
    assert.equal(first.ok, true);
    // The tab only reads the page: the article's blocks and metadata, and what was left of the time bound.
    const stable = (r) => ({ ...r.reading, remainingMs: undefined });
    assert.deepEqual(stable(second), stable(first));
    assert.equal(first.reading.url, article.url());
    assert.equal(first.reading.method, 'readability');
    assert.ok(first.reading.article.blocks.length > 5, 'the article is read');
    assert.equal(first.analysis, undefined, 'no analysis in the tab');
    const afterRuns = await snapshot();
    assert.equal(afterRuns.html, before.html, 'page DOM unchanged');
    assert.deepEqual(afterRuns.globals, before.globals, 'no new globals in the page');
    assert.equal(afterRuns.highlights, 0);
    assert.equal(afterRuns.sheets, before.sheets);
    await page.close();
  });
});
