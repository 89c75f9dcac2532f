// Cited sends nothing anywhere: while it analyses a page, highlights a quote and
// exports, the only network traffic allowed is the test page itself (already
// loaded) and the extension's own packaged files.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openArticle, openPopupFor, sample, serve, until } from './helpers.mjs';

describe('network', () => {
  let ext, srv;
  before(async () => {
    srv = await serve({ '/news/harbour-bridge.html': await sample('harbour-bridge.html') });
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  it('makes no request during analysis, highlighting or export except the page and its own files', async () => {
    const article = await openArticle(ext, srv.url('/news/harbour-bridge.html'));
    const seen = [];
    ext.context.on('request', (r) => seen.push(r.url()));
    const serverBefore = srv.requests.length;

    const { popup } = await openPopupFor(ext, article);
    assert.equal(await popup.getAttribute('.app', 'data-status'), 'ok');
    await popup.locator('.card-button').first().click();
    await popup.locator('[data-action="show"]').first().click();
    await until(() => article.evaluate(() => CSS.highlights.has('cited')), { message: 'highlight' });
    await Promise.all([popup.waitForEvent('download'), popup.click('[data-export="json"]')]);
    await popup.close();

    const foreign = seen.filter((u) => !u.startsWith(`${ext.origin}/`) && !u.startsWith('blob:' + ext.origin));
    assert.deepEqual(foreign, [], `requests outside the extension: ${foreign.join(', ')}`);
    // The server saw nothing new (the analysis reads the loaded page; it never fetches it again).
    const fresh = srv.requests.slice(serverBefore).map((r) => r.url).filter((u) => u !== '/favicon.ico');
    assert.deepEqual(fresh, []);
    assert.ok(seen.some((u) => u.startsWith(`${ext.origin}/popup.html`)), 'the popup was observed loading');
  });

  it('the dashboard makes no request: opening it, a person\'s quotes, export, import', async () => {
    // The record holds the article analysed above (the popup saved it).
    const seen = [];
    ext.context.on('request', (r) => seen.push(r.url()));
    const serverBefore = srv.requests.length;
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.origin}/dashboard.html`);
    await dash.waitForSelector('[data-state="ready"]');
    assert.equal(await dash.getAttribute('.dash', 'data-articles'), '1');
    await dash.locator('.person-button').first().click();
    await dash.waitForSelector('[data-testid="person-panel"] .quotes li');
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-action="export-json"]')]);
    await dash.setInputFiles('[data-action="import-file"]', await download.path());
    await until(async () => /Imported/.test(await dash.textContent('[data-testid="status"]')), { message: 'import' });
    await Promise.all([dash.waitForEvent('download'), dash.click('[data-action="export-csv"]')]);
    await dash.close();

    const foreign = seen.filter((u) => !u.startsWith(`${ext.origin}/`) && !u.startsWith('blob:' + ext.origin));
    assert.deepEqual(foreign, [], `requests outside the extension: ${foreign.join(', ')}`);
    assert.deepEqual(srv.requests.slice(serverBefore).map((r) => r.url).filter((u) => u !== '/favicon.ico'), []);
    assert.ok(seen.some((u) => u.startsWith(`${ext.origin}/dashboard.html`)), 'the dashboard was observed loading');
  });
});
