// One statement, one entry, on a real page: the corpus' seed article, where a
// reported statement holds the speaker's exact words. Reads ../shared/corpus
// (not shipped); without it, says so and skips.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, launch, openArticle, openPopupFor, screenshotPath, serve } from './helpers.mjs';

const PAGE = path.resolve(ROOT, '../shared/corpus/pages/seed-independent.html');
const skip = existsSync(PAGE) ? false : `no corpus at ${PAGE}: skipping the seed article`;
if (skip) console.info(skip);

describe('seed article: a reported statement with quoted words in it', { skip }, () => {
  let ext, srv, popup, analysis;

  async function exportFile(format) {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click(`[data-export="${format}"]`)]);
    return readFile(await download.path(), 'utf8');
  }

  before(async () => {
    srv = await serve({ '/seed.html': await readFile(PAGE, 'utf8') });
    ext = await launch();
    const article = await openArticle(ext, srv.url('/seed.html'));
    ({ popup } = await openPopupFor(ext, article));
    analysis = JSON.parse(await exportFile('json'));
  });
  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  it('keeps the nesting in the JSON: the statement contains the quoted words, each names its statement', () => {
    const statements = analysis.quotes.filter((q) => q.contains?.length);
    assert.ok(statements.length >= 1, 'some reported statement holds quoted words');
    for (const s of statements) {
      assert.equal(s.kind, 'indirect');
      for (const id of s.contains) assert.equal(analysis.quotes.find((q) => q.id === id)?.within, s.id);
    }
  });

  it('shows each statement once with its exact words inside, and counts it once', async () => {
    const statement = analysis.quotes.find((q) => q.contains?.length >= 2) ?? analysis.quotes.find((q) => q.contains?.length);
    const speaker = analysis.speakers.find((s) => s.id === statement.speakerId);
    const card = popup.locator(`.card[data-speaker-id="${speaker.id}"]`);
    await card.locator('.card-button').click();
    const item = card.locator(`[data-quote-id="${statement.id}"]`);
    const inner = statement.contains.map((id) => analysis.quotes.find((q) => q.id === id));
    assert.deepEqual(await item.locator('.exact-words').allTextContents(), inner.map((q) => q.text));
    // The quoted words are not listed again on their own, anywhere in the popup.
    for (const q of inner) assert.equal(await popup.locator(`[data-quote-id="${q.id}"]`).count(), 0);
    // The card counts statements: quotes not inside a statement, and paraphrases.
    const own = analysis.quotes.filter((q) => q.speakerId === speaker.id && !q.within);
    const quotes = own.filter((q) => q.kind !== 'indirect').length;
    const paraphrased = own.length - quotes;
    const expected = [quotes && `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`, paraphrased && `${paraphrased} paraphrased`].filter(Boolean).join(' · ');
    assert.equal(await card.locator('[data-testid="quote-count"]').textContent(), expected);
    await item.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: await screenshotPath('seed-statement.png') });
    // Markdown lists the statement once and not its quoted words on lines of their own.
    const md = await exportFile('md');
    assert.equal(md.split('\n').filter((l) => l.startsWith('- ') && l.includes(inner[0].text)).length, 1, md);
    // CSV: the statement once; its quoted words only as rows that name it in "within".
    const csv = await exportFile('csv');
    const rows = csv.replace(/^\uFEFF/, '').split('\r\n').filter((r) => r.includes(`,${inner[0].id},`));
    assert.equal(rows.length, 1);
    assert.ok(rows[0].includes(`,${inner[0].id},${statement.id},`), rows[0]);
  });
});
