// The popup's states other than a list: no article, no quotes, restricted pages.
// Each says what happened in words; none is blank.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openArticle, openPopupFor, sample, screenshotPath, serve, tabTargetId } from './helpers.mjs';

const NO_QUOTES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tide tables for the week ahead</title>
<meta property="og:site_name" content="The Test Gazette"></head><body><article><h1>Tide tables for the week ahead</h1>
${Array.from({ length: 6 }, (_, i) => `<p>On day ${i + 1} the morning tide reaches its highest point shortly after dawn, and the evening tide follows about twelve hours later. Boats moored in the inner basin should allow for a further half metre during the spring tides, and the harbour office posts the exact times on the board beside the slipway each morning.</p>`).join('\n')}
</article></body></html>`;

const LOGIN = `<!doctype html><html><head><title>Sign in</title></head><body><form><label>Email <input></label>
<button>Sign in</button></form></body></html>`;

describe('popup states', () => {
  let ext, srv;
  before(async () => {
    srv = await serve({ '/shop.html': await sample('not-an-article.html'), '/tides.html': NO_QUOTES, '/login.html': LOGIN });
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  async function stateOf(popup) {
    await popup.waitForSelector('[data-state]:not([data-state="loading"])');
    return {
      state: await popup.getAttribute('[data-state]', 'data-state'),
      text: (await popup.textContent('body')).replace(/\s+/g, ' '),
    };
  }

  it('says "No article found" on a page with hardly any text', async () => {
    const page = await openArticle(ext, srv.url('/login.html'));
    const { popup } = await openPopupFor(ext, page);
    const { state, text } = await stateOf(popup);
    assert.equal(state, 'no-article');
    assert.match(text, /No article found/);
    assert.match(text, /Open a single article/);
    await popup.screenshot({ path: await screenshotPath('state-no-article.png'), fullPage: true });
  });

  it('[core] says "No article found" on samples/not-an-article.html (a shop page)', async () => {
    const page = await openArticle(ext, srv.url('/shop.html'));
    const { popup } = await openPopupFor(ext, page);
    const { state, text } = await stateOf(popup);
    assert.equal(state, 'no-article');
    assert.match(text, /No article found/);
    assert.equal(await popup.locator('.export').count(), 0);
  });

  it('says the article has no quotes', async () => {
    const page = await openArticle(ext, srv.url('/tides.html'));
    const { popup } = await openPopupFor(ext, page);
    const { state, text } = await stateOf(popup);
    assert.equal(state, 'no-quotes');
    assert.match(text, /No quotes in this article/);
    assert.match(text, /Tide tables for the week ahead/);
  });

  it('explains a restricted browser page (chrome://version) and what to do', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const { popup } = await openPopupFor(ext, page);
    const { state, text } = await stateOf(popup);
    assert.equal(state, 'restricted');
    assert.match(text, /can’t read this page/);
    assert.match(text, /Open a news article/);
    await popup.screenshot({ path: await screenshotPath('state-restricted.png'), fullPage: true });
  });

  it("treats the extension's own page as restricted", async () => {
    const own = await ext.context.newPage();
    await own.goto(ext.popupUrl());
    const { popup } = await openPopupFor(ext, own, { click: false });
    const { state } = await stateOf(popup);
    assert.equal(state, 'restricted');
  });

  it('without a click (no activeTab grant) the page cannot be read, and the popup says so', async () => {
    const page = await openArticle(ext, srv.url('/tides.html?unclicked'));
    const { popup } = await openPopupFor(ext, page, { click: false });
    const { state } = await stateOf(popup);
    assert.equal(state, 'restricted');
    // And triggerAction needs the tab target: the helper finds it.
    assert.ok(await tabTargetId(ext.browserCdp, page.url()));
  });
});
