// A page whose title, quotes and speaker names hold markup: the popup must show
// it as text, and no script may run, in the popup or in the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openArticle, openPopupFor, screenshotPath, serve, until } from './helpers.mjs';

const IMG = "<img src=x onerror='window.__pwned=1'>";
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The <title> is raw text in HTML, so the markup there is literal; in the body it is escaped text.
const HOSTILE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${IMG} Harbour vote <a href="javascript:window.__pwned=2">click</a></title>
<meta property="og:site_name" content="The &lt;script&gt;alert(1)&lt;/script&gt; Gazette">
<meta property="article:published_time" content="2026-04-14T10:00:00Z"></head>
<body><article><h1>${escape(IMG)} Harbour vote</h1>
<p>The council met on Tuesday evening to vote on the harbour plan, after a long debate in a packed chamber about the cost of the works and the closure of the quay.</p>
<p>“${escape(IMG)} We will not be rushed into this,” said ${escape("<b onmouseover='window.__pwned=3'>Jane</b>")} Doe, the harbour master.</p>
<p>“Read the report at ${escape("<a href='javascript:window.__pwned=4'>this link</a>")} before you judge,” said Mayor Tom ${escape('<svg onload=window.__pwned=5>')}Hale.</p>
<p>“=1+1 is not how we count votes in this town,” said Carla Wren, a protester.</p>
<p>“@everyone should come to the next meeting and say so,” said Peter Holm, a fisherman.</p>
<p>Residents will be consulted on the plan over the summer, and a final decision is expected before the end of the year, the council said in a statement on its website.</p>
</article></body></html>`;

describe('hostile page', () => {
  let ext, srv, article, popup, dialogs = [];
  before(async () => {
    srv = await serve({ '/hostile.html': HOSTILE });
    ext = await launch();
    ext.context.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    ext.context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); }));
    article = await openArticle(ext, srv.url('/hostile.html'));
    ({ popup } = await openPopupFor(ext, article));
  });
  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  it('renders the title, names and quotes as text', async () => {
    const title = await popup.textContent('.title');
    assert.ok(title.includes('<img src=x onerror='), title);
    await popup.locator('.card-button').evaluateAll((bs) => bs.forEach((b) => b.click()));
    const body = await popup.textContent('body');
    assert.ok(body.includes("<img src=x onerror='window.__pwned=1'>"), 'quote markup shown as text');
    assert.ok(body.includes('javascript:window.__pwned=4'), 'link markup shown as text');
    await popup.screenshot({ path: await screenshotPath('hostile.png'), fullPage: true });
  });

  it('creates no element from page text and runs no script', async () => {
    const found = await popup.evaluate(() => ({
      imgs: document.querySelectorAll('img, svg:not([aria-hidden]), script:not([src]), iframe, object, embed').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      pwned: window.__pwned ?? null,
    }));
    assert.deepEqual(found, { imgs: 0, handlers: 0, jsLinks: 0, pwned: null });
    // Show in page on every quote: the page is changed only by a highlight, never by markup.
    const shows = popup.locator('[data-action="show"]');
    for (let i = 0; i < (await shows.count()); i++) await shows.nth(i).click();
    await until(() => article.evaluate(() => CSS.highlights.has('cited')), { message: 'highlight' });
    assert.equal(await article.evaluate(() => window.__pwned ?? null), null);
    assert.equal(await article.locator('img, svg').count(), 0);
    assert.deepEqual(dialogs, []);
  });

  it('defuses formula-like cells in the CSV export', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-export="csv"]')]);
    const csv = await readFile(await download.path(), 'utf8');
    // No cell (quoted or not) starts with a formula character; the quotes that did are there, defused.
    assert.ok(!/(^|,)"?[=+@]/m.test(csv.replace(/^\uFEFF/, '')), csv);
    assert.ok(csv.includes("'=1+1 is not how we count votes"), csv);
    assert.ok(csv.includes("'@everyone should come"), csv);
  });
});
