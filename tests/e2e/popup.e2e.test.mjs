// The popup on the sample article, driven as a user would: click the toolbar
// button on the article's tab, then use popup.html?tabId=N. Tests tagged [core]
// check the extraction core's accuracy against the gold file (loosely); the
// others check what the UI does with whatever the core returns.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ROOT, launch, openArticle, openPopupFor, readJson, sample, screenshotPath, serve, until,
} from './helpers.mjs';

const fold = (s) => s.replace(/\s+/g, ' ').trim();

describe('popup on the sample article', () => {
  let ext, srv, article, popup, tabId, analysis, gold;
  const articlePath = '/news/harbour-bridge.html';

  /** Download an export by clicking its button; returns { name, text }. */
  async function exportFile(format) {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click(`[data-export="${format}"]`),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
  }

  async function cards() {
    return popup.$$eval('.cards > .card', (els) =>
      els.map((el) => ({
        id: el.dataset.speakerId,
        category: el.dataset.category,
        name: el.querySelector('.name')?.textContent ?? '',
        role: el.querySelector('.role')?.textContent ?? null,
        badge: el.querySelector('[data-testid="category"]')?.textContent ?? '',
        countText: el.querySelector('[data-testid="quote-count"]')?.textContent ?? '',
        count: Number.parseInt(/(\d+) quotes?\b/.exec(el.querySelector('[data-testid="quote-count"]')?.textContent ?? '')?.[1] ?? '0', 10),
        paraphrased: Number.parseInt(/(\d+) paraphrased/.exec(el.querySelector('[data-testid="quote-count"]')?.textContent ?? '')?.[1] ?? '0', 10),
      })),
    );
  }

  /** Expand the first group that has quotes (a speaker or "Unattributed") and return its first quote's id. */
  async function expandFirstGroup() {
    const button = popup.locator('.card-button').first();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await popup.locator('.quote').first().waitFor();
    return popup.locator('.quote').first().getAttribute('data-quote-id');
  }

  /** The statements the popup lists: every quote but the exact words inside a reported statement. */
  const statements = () => analysis.quotes.filter((q) => !q.within);

  before(async () => {
    gold = await readJson(path.join(ROOT, 'samples/harbour-bridge.gold.json'));
    srv = await serve({ [articlePath]: await sample('harbour-bridge.html') });
    ext = await launch();
    article = await openArticle(ext, srv.url(articlePath));
    ({ popup, tabId } = await openPopupFor(ext, article));
    // The JSON export is the Analysis the popup shows: the reference for the UI checks below.
    const json = await exportFile('json');
    analysis = JSON.parse(json.text);
  });

  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  it('shows the article title, site and date, and counts that match the analysis', async () => {
    assert.equal(analysis.status, 'ok');
    assert.equal(await popup.textContent('.title'), analysis.title);
    const meta = await popup.textContent('.meta');
    const [site, byline, date, ...rest] = meta.split(' · ');
    assert.deepEqual([site, byline, rest], ['The Coastal Ledger', analysis.byline, []]);
    assert.match(date, /2026/);
    // One line: summary parts for what is there only, never a zero.
    const summary = fold(await popup.textContent('[data-testid="summary"]'));
    const direct = statements().filter((q) => q.kind !== 'indirect').length;
    const indirect = statements().length - direct;
    const people = analysis.speakers.filter((s) => s.category !== 'organization').length;
    const orgs = analysis.speakers.length - people;
    const unnamed = (analysis.unnamedSources ?? []).length;
    const expected = [
      people && `${people} ${people === 1 ? 'person' : 'people'}`,
      orgs && `${orgs} ${orgs === 1 ? 'organization' : 'organizations'}`,
      unnamed && `${unnamed} ${unnamed === 1 ? 'unnamed source' : 'unnamed sources'}`,
      direct && `${direct} ${direct === 1 ? 'quote' : 'quotes'}`,
      indirect && `${indirect} paraphrased`,
    ].filter(Boolean);
    assert.equal(summary, expected.join(' · '));
    assert.doesNotMatch(summary, /\b0 /);
    for (const line of ['.meta', '[data-testid="summary"]']) {
      assert.ok(await popup.$eval(line, (e) => e.getBoundingClientRect().height < 24), `${line} takes one line`);
    }
  });

  it('shows at least five cards at 400×600, filters on one line, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { popup: p } = await openPopupFor(ext, article, { colorScheme, click: false });
      const fit = await p.evaluate(() => {
        const list = document.querySelector('.list').getBoundingClientRect();
        const cards = [...document.querySelectorAll('.cards > .card')].filter((c) => c.getBoundingClientRect().bottom <= list.bottom + 1);
        const chips = [...document.querySelectorAll('.chip')].map((c) => c.getBoundingClientRect());
        return {
          cards: cards.length,
          chipRows: new Set(chips.map((r) => Math.round(r.top))).size,
          chipsFit: chips.every((r) => r.right <= document.documentElement.clientWidth),
          height: document.documentElement.scrollHeight,
        };
      });
      assert.ok(fit.cards >= 5, `${colorScheme}: ${fit.cards} cards fully visible`);
      assert.equal(fit.chipRows, 1);
      assert.ok(fit.chipsFit, 'every chip fits the width');
      assert.ok(fit.height <= 600);
      await p.screenshot({ path: await screenshotPath(`popup-${colorScheme}-400x600.png`) });
      await p.close();
    }
  });

  it('shows one card per speaker with the role, category badge and quote count of the analysis', async () => {
    const shown = await cards();
    assert.equal(shown.length, analysis.speakers.length);
    for (const card of shown) {
      const speaker = analysis.speakers.find((s) => s.id === card.id);
      assert.ok(speaker, `card ${card.name} has a speaker`);
      assert.equal(card.name, speaker.name);
      assert.equal(card.role, speaker.description);
      assert.equal(card.category, speaker.category);
      // The count is of quotes in quotation marks; paraphrases are counted apart; no "0 quotes".
      const own = statements().filter((q) => q.speakerId === speaker.id && q.kind !== 'indirect').length;
      assert.equal(card.count, Math.max(own, speaker.quoteCount), `${speaker.name}: count`);
      assert.equal(card.paraphrased, speaker.indirectCount, `${speaker.name}: paraphrases`);
      assert.doesNotMatch(card.countText, /\b0 /);
    }
    // Officials and experts first.
    const ranks = shown.map((c) => (c.category === 'official' || c.category === 'expert' ? 0 : 1));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    // Unattributed quotes are grouped at the end (quotes of an unnamed source have their own group).
    const unattributed = statements().filter((q) => !q.speakerId && !q.unnamedSourceId).length;
    if (unattributed) {
      assert.equal(await popup.textContent('.unattributed .name'), 'Unattributed');
      assert.match(await popup.textContent('.unattributed [data-testid="quote-count"]'), new RegExp(`^${unattributed} quote`));
    }
  });

  it('[core] lists every official and expert of the gold file with its category', async () => {
    const shown = await cards();
    const wanted = gold.speakers.filter((s) => s.category === 'official' || s.category === 'expert');
    const missing = [];
    for (const g of wanted) {
      const surname = g.name.split(' ').at(-1);
      const card = shown.find((c) => c.name.includes(surname));
      if (!card) missing.push(`${g.name} (missing)`);
      else if (card.category !== g.category) missing.push(`${g.name} (${card.category}, want ${g.category})`);
    }
    assert.deepEqual(missing, [], `gold speakers not shown right: ${missing.join('; ')}`);
  });

  it('[core] gives each gold speaker a role from the article', async () => {
    const shown = await cards();
    const wrong = [];
    for (const g of gold.speakers) {
      const card = shown.find((c) => c.name.includes(g.name.split(' ').at(-1)));
      if (!card) { wrong.push(`${g.name}: no card`); continue; }
      // Loose: the first content word of the gold description appears in the shown role.
      const word = g.description.split(/\s+/).find((w) => w.length > 3 && !/^(the|which|a|an)$/i.test(w));
      if (!card.role || !card.role.toLowerCase().includes(word.toLowerCase())) wrong.push(`${g.name}: role ${JSON.stringify(card.role)}, want ~${JSON.stringify(g.description)}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('[core] lists the unnamed council spokesperson in a group of its own, with the quote and the reason for anonymity', async () => {
    assert.deepEqual(
      analysis.unnamedSources.map((u) => [u.description, u.category]),
      [['a council spokesperson', 'official']],
    );
    const group = popup.locator('[data-testid="unnamed-sources"]');
    await group.waitFor();
    assert.match(fold(await group.textContent()), /Unnamed sources.*a council spokesperson.*Anonymous: the matter may come before the courts.*Official.*1 quote/);
    // Its quote is not among the unattributed ones.
    const quote = analysis.quotes.find((q) => q.unnamedSourceId === analysis.unnamedSources[0].id);
    assert.equal(quote.speaker, null);
    const button = group.locator('.card-button');
    await button.click();
    await group.locator('.quote').first().waitFor();
    assert.ok(fold(await group.locator('.quote').first().textContent()).includes(quote.text.replace(/[,.]+$/, '')));
    await group.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: await screenshotPath('popup-unnamed-source-light.png') });
    await button.click();
  });

  it('filters by category, with counts on the buttons', async () => {
    for (const category of ['official', 'expert', 'organization', 'other']) {
      await popup.click(`.chip[data-category="${category}"]`);
      assert.equal(await popup.getAttribute(`.chip[data-category="${category}"]`, 'aria-pressed'), 'true');
      const shown = await cards();
      const expected = analysis.speakers.filter((s) => s.category === category).length;
      assert.equal(shown.length, expected, `${category}: cards`);
      assert.ok(shown.every((c) => c.category === category));
      assert.equal(await popup.getAttribute(`.chip[data-category="${category}"]`, 'data-count'), String(expected));
      assert.match(await popup.getAttribute(`.chip[data-category="${category}"]`, 'title'), new RegExp(`^${expected} speakers?$`));
      assert.match(await popup.textContent(`.chip[data-category="${category}"] .chip-count`), new RegExp(`^\\s*${expected}$`));
      // The unattributed group belongs to "All" only.
      assert.equal(await popup.locator('.unattributed').count(), 0);
    }
    await popup.click('.chip[data-category="all"]');
    assert.equal((await cards()).length, analysis.speakers.length);
  });

  it('searches names, roles and quote text', async () => {
    // A word from a quote: every group still shown holds a quote with it.
    const quote = analysis.quotes.find((q) => q.text.split(' ').length > 4);
    const word = quote.text.split(/\W+/).filter((w) => w.length > 6).at(0);
    await popup.fill('#search', word);
    const groups = popup.locator('.card-button');
    const n = await groups.count();
    assert.ok(n >= 1, `something matches "${word}"`);
    for (let i = 0; i < n; i++) {
      const b = groups.nth(i);
      if ((await b.getAttribute('aria-expanded')) !== 'true') await b.click();
    }
    const texts = await popup.$$eval('.quote-text', (els) => els.map((e) => e.textContent));
    const names = await popup.$$eval('.card-main', (els) => els.map((e) => e.textContent));
    assert.ok(texts.some((t) => t.toLowerCase().includes(word.toLowerCase())));
    assert.ok(
      texts.every((t) => t.toLowerCase().includes(word.toLowerCase())) || names.some((t) => t.toLowerCase().includes(word.toLowerCase())),
    );
    // A name: only that speaker's card.
    if (analysis.speakers.length) {
      const s = analysis.speakers[0];
      await popup.fill('#search', s.name.toUpperCase());
      const shown = await cards();
      assert.ok(shown.some((c) => c.id === s.id));
    }
    await popup.fill('#search', 'zzqx-no-such-words');
    assert.match(await popup.textContent('.list'), /No speaker matches/);
    await popup.press('#search', 'Escape');
    assert.equal(await popup.inputValue('#search'), '');
    await popup.locator('.card-button[aria-expanded="true"]').evaluateAll((bs) => bs.forEach((b) => b.click()));
  });

  it('expands a card with the keyboard; the button controls a labelled region', async () => {
    const button = popup.locator('.card-button').first();
    await button.focus();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await popup.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const controls = await button.getAttribute('aria-controls');
    const region = popup.locator(`#${controls}`);
    assert.equal(await region.getAttribute('role'), 'region');
    assert.ok(await region.isVisible());
    assert.ok((await region.locator('.quote').count()) >= 1);
    // Only the list scrolls: the popup itself never grows past Chrome's 600 px limit (nothing escapes the list).
    assert.ok(await popup.evaluate(() => document.documentElement.scrollHeight <= 600));
    // Focus is visible (an outline is drawn).
    const outline = await button.evaluate((b) => getComputedStyle(b).outlineStyle);
    assert.notEqual(outline, 'none');
    await popup.screenshot({ path: await screenshotPath('popup-expanded-light.png'), fullPage: true });
    await popup.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(!(await region.isVisible()));
  });

  it('"Show in page" highlights the quote in the article tab; "Clear highlight" removes it', async () => {
    const id = await expandFirstGroup();
    const quote = analysis.quotes.find((q) => q.id === id);
    await popup.click(`[data-quote-id="${id}"] [data-action="show"]`);
    await until(() => article.evaluate(() => CSS.highlights.has('cited')), { message: 'CSS highlight' });
    const highlighted = await article.evaluate(() => [...CSS.highlights.get('cited')].map((r) => r.toString()).join(''));
    assert.equal(fold(highlighted), fold(quote.text));
    // The page's DOM is untouched: no <mark>, no <style> added.
    assert.equal(await article.locator('mark').count(), 0);
    assert.match(await popup.textContent('[data-testid="status"]'), /Highlighted/);
    await popup.click('[data-action="clear"]');
    await until(async () => !(await article.evaluate(() => CSS.highlights.has('cited'))), { message: 'highlight cleared' });
  });

  it('"Show in page" scrolls the article to a quote far down', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const last = [...statements()].sort((a, b) => b.paragraph - a.paragraph)[0];
    const group = last.speakerId ? `[data-speaker-id="${last.speakerId}"]` : '.unattributed';
    await popup.fill('#search', '');
    await popup.click('.chip[data-category="all"]');
    const button = popup.locator(`${group} .card-button`);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await popup.click(`[data-quote-id="${last.id}"] [data-action="show"]`);
    const inView = () => article.evaluate(() => {
      const range = [...(CSS.highlights.get('cited') ?? [])][0];
      if (!range) return false;
      const r = range.getBoundingClientRect();
      return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await until(inView, { message: 'the quote scrolled into view' });
    await button.click();
  });

  it('clears the highlight when the popup closes', async () => {
    const extra = await openPopupFor(ext, article, { click: false });
    const p = extra.popup;
    const button = p.locator('.card-button').first();
    await button.click();
    await p.locator('.quote [data-action="show"]').first().click();
    await until(() => article.evaluate(() => CSS.highlights.has('cited')), { message: 'CSS highlight' });
    await p.close();
    await until(async () => !(await article.evaluate(() => CSS.highlights.has('cited'))), { message: 'highlight cleared on close' });
  });

  it('"Copy" puts the quote with its attribution on the clipboard', async () => {
    const id = await expandFirstGroup();
    const quote = analysis.quotes.find((q) => q.id === id);
    await popup.click(`[data-quote-id="${id}"] [data-action="copy"]`);
    await until(async () => /copied/i.test(await popup.textContent('[data-testid="status"]')), { message: 'copied' });
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    const speaker = analysis.speakers.find((s) => s.id === quote.speakerId);
    // What the card shows (trailing punctuation of the surrounding sentence trimmed) is what is copied.
    const shown = await popup.textContent(`[data-quote-id="${id}"] .quote-text`);
    assert.ok(shown.includes(quote.text.replace(/[\s,;:.]+$/, '')), shown);
    assert.doesNotMatch(shown, /[,;:]”?$/);
    assert.ok(text.startsWith(shown), text);
    assert.match(text, / — /);
    if (speaker) assert.ok(text.includes(speaker.name), text);
    assert.ok(text.includes('The Coastal Ledger'), text);
    assert.match(text, /, 1\d April 2026$/);
  });

  it('"Copy all" copies every quote, one per line', async () => {
    await popup.click('[data-export="copy-all"]');
    await until(async () => /quotes? copied/i.test(await popup.textContent('[data-testid="status"]')), { message: 'copied all' });
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    assert.equal(text.split('\n').length, statements().length);
  });

  it('the paraphrase toggle hides reported speech', async () => {
    const indirect = analysis.quotes.filter((q) => q.kind === 'indirect').length;
    await popup.locator('.card-button').evaluateAll((bs) => bs.forEach((b) => b.getAttribute('aria-expanded') === 'false' && b.click()));
    assert.equal(await popup.locator('.quote-indirect').count(), indirect);
    await popup.uncheck('[data-testid="paraphrase-toggle"]');
    await popup.locator('.card-button').evaluateAll((bs) => bs.forEach((b) => b.getAttribute('aria-expanded') === 'false' && b.click()));
    assert.equal(await popup.locator('.quote-indirect').count(), 0);
    assert.equal(await popup.locator('.badge-paraphrased').count(), 0);
    await popup.check('[data-testid="paraphrase-toggle"]');
    await popup.locator('.card-button[aria-expanded="true"]').evaluateAll((bs) => bs.forEach((b) => b.click()));
  });

  it('sets the toolbar badge to the number of speakers', async () => {
    const text = await ext.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(text, String(analysis.speakers.length));
  });

  it('exports JSON: the Analysis with the source URL and the time of extraction', async () => {
    const { name, text } = await exportFile('json');
    assert.match(name, /^cited-the-coastal-ledger-port-aldmore-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(text);
    assert.equal(json.url, srv.url(articlePath));
    assert.ok(!Number.isNaN(Date.parse(json.extractedAt)), json.extractedAt);
    assert.equal(json.quotes.length, analysis.quotes.length);
    assert.deepEqual(json.speakers, analysis.speakers);
    assert.deepEqual(json.unnamedSources, analysis.unnamedSources);
    assert.ok(json.unnamedSources.length > 0);
  });

  it('exports CSV: UTF-8 with a byte-order mark, one row per quote', async () => {
    const { name, text } = await exportFile('csv');
    assert.match(name, /^cited-the-coastal-ledger-.+\.csv$/);
    assert.equal(text.charCodeAt(0), 0xfeff);
    const [header, first] = text.slice(1).split('\r\n');
    assert.equal(header, 'speaker,category,description,aliases,quote,kind,cue,paragraph,id,within,source title,site,author,published,url');
    assert.ok(first.endsWith(`,The Coastal Ledger,${analysis.byline},2026-04-14,${srv.url(articlePath)}`), first);
    // The unnamed source's quote carries its description and category.
    const unnamedRow = text.split('\r\n').find((line) => line.includes('a council spokesperson'));
    assert.ok(unnamedRow?.startsWith(',official,a council spokesperson,'), unnamedRow);
    for (const q of analysis.quotes) {
      const words = q.text.replace(/[\s,;:.]+$/, '');
      assert.ok(text.includes(words.replaceAll('"', '""')), `CSV holds "${words}"`);
      // A cell never ends with the comma that led into "she said" (such a cell would end in `,"`).
      if (/[,;:]$/.test(q.text)) assert.ok(!text.includes(`${q.text.replaceAll('"', '""')}"`), `trailing punctuation kept in "${q.text}"`);
    }
  });

  it('exports Markdown grouped by speaker', async () => {
    const { name, text } = await exportFile('md');
    assert.match(name, /\.md$/);
    assert.ok(text.startsWith(`# ${analysis.title.slice(0, 20)}`), text.slice(0, 80));
    for (const s of analysis.speakers) assert.ok(text.includes(s.name), `Markdown names ${s.name}`);
    assert.match(text, /## Unnamed sources\n\n- \*a council spokesperson\* · official · anonymous: /);
  });

  it('accessibility: focus on the search box on open; every button a unique accessible name; targets of 24 px or more', async () => {
    const { popup: p } = await openPopupFor(ext, article, { click: false });
    try {
      assert.equal(await p.evaluate(() => document.activeElement?.id), 'search');
      await p.locator('.card-button').evaluateAll((bs) => bs.forEach((b) => b.getAttribute('aria-expanded') === 'false' && b.click()));
      await p.locator('.unattributed .quote, .cards .quote').first().waitFor();
      // The browser's own accessibility tree (what a screen reader is given).
      const cdp = await ext.context.newCDPSession(p);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      await cdp.detach();
      const names = nodes.filter((n) => !n.ignored && n.role?.value === 'button').map((n) => n.name?.value ?? '');
      assert.ok(names.length >= 2 * statements().length, `${names.length} buttons for ${statements().length} statements`);
      assert.deepEqual(names.filter((n) => !n.trim()), [], 'every button has a name');
      assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'no two buttons share a name');
      assert.equal(names.filter((n) => /^Show in page: “.+”$/.test(n)).length, statements().length);
      assert.equal(names.filter((n) => /^Copy: “.+”$/.test(n)).length, statements().length);
      // Target size (WCAG 2.2, 2.5.8): every control, or the label that activates it, at least 24 × 24 px.
      const small = await p.evaluate(() =>
        [...document.querySelectorAll('button, input, select, a[href], [role="button"]')]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => {
            const r = (e.closest('label') ?? e).getBoundingClientRect();
            return { control: e.getAttribute('aria-label') ?? (e.textContent.trim() || e.id || e.tagName), width: r.width, height: r.height };
          })
          .filter((t) => t.width < 24 || t.height < 24),
      );
      assert.deepEqual(small, []);
      await p.screenshot({ path: await screenshotPath('popup-all-open-light.png') });
    } finally {
      await p.close();
    }
  });

  it('takes screenshots in light and dark', async () => {
    await popup.screenshot({ path: await screenshotPath('popup-light.png'), fullPage: true });
    const dark = await openPopupFor(ext, article, { colorScheme: 'dark', click: false });
    const bg = await dark.popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(28, 29, 33)');
    await dark.popup.screenshot({ path: await screenshotPath('popup-dark.png'), fullPage: true });
    await dark.popup.locator('.card-button').first().click();
    await dark.popup.screenshot({ path: await screenshotPath('popup-expanded-dark.png'), fullPage: true });
    await dark.popup.close();
  });
});
