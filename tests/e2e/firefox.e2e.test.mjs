// The Firefox build in Debian's firefox-esr (headless, WebDriver BiDi through
// puppeteer-core): the popup lists the sample article's speakers, "Show in page"
// highlights the quote in the article's tab, the exports download, and the
// reading record: the popup saved the article, the dashboard counts it, and
// "Delete all" leaves no database.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FIREFOX_DIR, ROOT, readJson, sample, screenshotPath, serve, until } from './helpers.mjs';
import { FIREFOX_E2E_DIR, launchFirefox, setViewport, waitInPage } from './firefox.mjs';
import { checkManifest } from './manifest-rules.mjs';

const fold = (s) => s.replace(/\s+/g, ' ').trim();

describe('Firefox (firefox-esr): the popup on the sample article', () => {
  let ff, srv, article, popup, gold, analysis;
  const articlePath = '/news/harbour-bridge.html';

  async function cards() {
    return popup.$$eval('.cards > .card', (els) =>
      els.map((el) => ({ id: el.dataset.speakerId, category: el.dataset.category, name: el.querySelector('.name')?.textContent ?? '' })),
    );
  }

  async function exported(format, pattern) {
    await popup.click(`[data-export="${format}"]`);
    const file = await ff.download(pattern);
    return { name: path.basename(file), text: await readFile(file, 'utf8') };
  }

  before(async () => {
    gold = await readJson(path.join(ROOT, 'samples/harbour-bridge.gold.json'));
    srv = await serve({ [articlePath]: await sample('harbour-bridge.html') });
    ff = await launchFirefox();
    article = await ff.browser.newPage();
    await setViewport(article, { width: 1000, height: 800 });
    await article.goto(srv.url(articlePath), { waitUntil: 'load' });
    popup = await ff.openPopupFor(srv, srv.url(articlePath));
  });

  after(async () => {
    await ff?.close();
    await srv?.close();
  });

  it('tests the shipped extension: the e2e build differs only by the test host permission and popup access', async () => {
    const shipped = await readJson(path.join(FIREFOX_DIR, 'manifest.json'));
    const tested = await readJson(path.join(FIREFOX_E2E_DIR, 'manifest.json'));
    checkManifest(shipped, 'firefox');
    assert.deepEqual(tested.permissions, [...shipped.permissions, 'http://127.0.0.1/*']);
    assert.deepEqual(tested.web_accessible_resources, ['popup.html']);
    const strip = ({ permissions, web_accessible_resources, ...rest }) => rest;
    assert.deepEqual(strip(tested), strip(shipped));
  });

  it('lists the sample article\'s speakers, officials and experts first, every gold official and expert among them', async () => {
    assert.equal(await popup.$eval('.title', (el) => el.textContent), 'Port Aldmore council backs £310m harbour bridge replacement as new cracks are found');
    const shown = await cards();
    assert.ok(shown.length >= gold.speakers.length - 1, `${shown.length} cards for ${gold.speakers.length} gold speakers`);
    const ranks = shown.map((c) => (c.category === 'official' || c.category === 'expert' ? 0 : 1));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'officials and experts first');
    const missing = gold.speakers
      .filter((g) => g.category === 'official' || g.category === 'expert')
      .filter((g) => !shown.some((c) => c.name.includes(g.name.split(' ').at(-1)) && c.category === g.category))
      .map((g) => `${g.name} (${g.category})`);
    assert.deepEqual(missing, []);
    await popup.screenshot({ path: await screenshotPath('firefox-popup.png') });
  });

  it('exports JSON that holds the same speakers the popup shows', async () => {
    const { name, text } = await exported('json', /\.json$/);
    assert.match(name, /^cited-.+\.json$/);
    analysis = JSON.parse(text);
    assert.equal(analysis.status, 'ok');
    assert.equal(analysis.url, srv.url(articlePath));
    assert.deepEqual((await cards()).map((c) => c.id).sort(), analysis.speakers.map((s) => s.id).sort());
  });

  it('exports CSV (byte-order mark, a header, one row per quote) and Markdown', async () => {
    const csv = await exported('csv', /\.csv$/);
    assert.equal(csv.text.charCodeAt(0), 0xfeff);
    assert.match(csv.text.slice(1).split('\r\n')[0], /speaker/i);
    const md = await exported('md', /\.md$/);
    assert.match(md.text, /^# Port Aldmore council backs/);
    for (const s of analysis.speakers) assert.ok(md.text.includes(s.name), `${s.name} in the Markdown`);
  });

  it('"Show in page" highlights the quote in the article\'s tab; "Clear highlight" removes it', async () => {
    const button = await popup.$('.card-button');
    if ((await button.evaluate((b) => b.getAttribute('aria-expanded'))) !== 'true') await button.click();
    await waitInPage(popup, () => Boolean(document.querySelector('.quote [data-action="show"]')));
    const quoteId = await popup.$eval('.quote', (el) => el.dataset.quoteId);
    const quote = analysis.quotes.find((q) => q.id === quoteId);
    assert.ok(quote, `quote ${quoteId} is in the analysis`);
    // The article's tab in front, as it is under a real popup (a background tab does not scroll smoothly).
    await article.bringToFront();
    await popup.$eval('.quote [data-action="show"]', (b) => b.click());
    const highlighted = await until(
      () => article.evaluate(() => (CSS.highlights.has('cited') ? [...CSS.highlights.get('cited')].map((r) => r.toString()).join('') : '')),
      { message: 'a CSS highlight in the article' },
    );
    assert.equal(fold(highlighted), fold(quote.text));
    // …and scrolled into view.
    const inView = () =>
      article.evaluate(() => {
        const rect = [...CSS.highlights.get('cited')][0].getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      });
    await until(inView, { message: 'the highlighted quote scrolled into view' });
    await article.screenshot({ path: await screenshotPath('firefox-highlight.png') });
    await popup.click('[data-action="clear"]');
    await until(async () => !(await article.evaluate(() => CSS.highlights.has('cited'))), { message: 'highlight cleared' });
  });


  it('the popup saved the article; the dashboard counts its speakers; "Delete all" leaves no database', async () => {
    await waitInPage(popup, () => /^Saved/.test(document.querySelector('[data-testid="record-status"]')?.textContent ?? ''));
    // The same page becomes the dashboard (an extension page may open another; a web page may not).
    const dashboard = `${ff.origin}/dashboard.html`;
    await popup.evaluate((u) => {
      location.href = u;
    }, dashboard);
    await waitInPage(popup, (u) => location.href === u && Boolean(document.querySelector('[data-state="ready"]')), dashboard);
    await setViewport(popup, { width: 1100, height: 900 });
    assert.equal(await popup.$eval('.dash', (el) => el.dataset.articles), '1');
    // Statements per voice in the chart's numbers (built when "Numbers" is opened) are the analysis's.
    await popup.click('details[data-numbers="mix"] summary');
    await waitInPage(popup, () => Boolean(document.querySelector('table[data-table="mix"] tbody tr')));
    const all = await popup.$eval('table[data-table="mix"] tr[data-row="all"]', (r) =>
      Object.fromEntries([...r.querySelectorAll('td')].map((td) => [td.dataset.key, Number.parseInt(td.textContent, 10)])));
    const want = { official: 0, expert: 0, organization: 0, other: 0, unnamed: 0 };
    for (const sp of analysis.speakers) want[sp.category] += sp.quoteCount + sp.indirectCount;
    for (const u of analysis.unnamedSources ?? []) want.unnamed += u.quoteCount + u.indirectCount;
    for (const [voice, n] of Object.entries(want)) assert.equal(all[voice], n, voice);
    // Every named speaker of the analysis is a row of "Most cited", with one article.
    const rows = await popup.$$eval('table.people tbody tr', (trs) => trs.map((r) => ({
      name: r.querySelector('.person-button').textContent, articles: Number(r.querySelector('[data-col="articles"]').textContent),
    })));
    assert.deepEqual(rows.map((r) => r.name).sort(), analysis.speakers.map((sp) => sp.name).sort());
    assert.ok(rows.every((r) => r.articles === 1));
    await popup.screenshot({ path: await screenshotPath('firefox-dashboard.png') });
    await popup.click('[data-action="delete-all"]');
    await popup.click('[data-action="delete-all-confirm"]');
    await waitInPage(popup, () => Boolean(document.querySelector('[data-testid="empty"]')));
    assert.deepEqual(await popup.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
  });
});
