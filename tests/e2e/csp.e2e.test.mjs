// The sample article served with a strict Content-Security-Policy header, as
// many news sites send: the popup still analyses it, "Show in page" still
// highlights a quote, and the page's CSP blocks nothing of ours. The page's own
// inline <style> and data: image are blocked (which shows the policy is in
// force); every violation is recorded in the page, and none may come from the
// extension.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPopupFor, sample, serve, until } from './helpers.mjs';

const CSP = [
  "default-src 'none'", "script-src 'none'", "style-src 'none'", "img-src 'none'",
  "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

const SPEAKERS = ['Annelise Rook', 'Eleanor Quayle', 'Idris Falconer'];

const fold = (s) => s.replace(/\s+/g, ' ').trim();

describe('popup on the sample article under a strict page CSP', () => {
  let ext, srv, article, popup;
  /** Violations recorded during the page load, before the extension did anything: the page's own. */
  let baseline = [];
  const articlePath = '/news/harbour-bridge.html';

  /** Every securitypolicyviolation the page has seen, oldest first. */
  const violations = () => article.evaluate(() => window.__cspViolations ?? []);
  const describeViolation = (v) => `${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile || '?'}:${v.line} ${JSON.stringify(v.sample)}`;

  /** Violations that are not the page's own: new since the load, or pointing at the extension. */
  async function ours() {
    const all = await violations();
    return all.filter((v, i) => i >= baseline.length || /chrome-extension:/.test(`${v.blockedURI} ${v.sourceFile}`));
  }

  async function speakerNames(p) {
    await p.waitForSelector('[data-state]:not([data-state="loading"]), .cards > .card');
    const state = (await p.locator('[data-state]').count()) ? await p.getAttribute('[data-state]', 'data-state') : null;
    const error = state === 'error' || state === 'restricted' ? fold(await p.textContent('body')) : null;
    assert.equal(error, null, `the popup shows an error under the CSP: ${error}`);
    return p.$$eval('.cards > .card .name', (els) => els.map((e) => e.textContent));
  }

  before(async () => {
    srv = await serve({
      [articlePath]: { body: await sample('harbour-bridge.html'), headers: { 'content-security-policy': CSP } },
    });
    ext = await launch();
    article = await ext.context.newPage();
    // Before navigation, in the page's world, so violations from the first byte on are kept.
    await article.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push({
          directive: e.effectiveDirective || e.violatedDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
          disposition: e.disposition,
        });
      });
    });
    await article.goto(srv.url(articlePath), { waitUntil: 'load' });
    // Violation events are dispatched asynchronously: wait until the page's own (inline <style>, data: image) are in.
    baseline = await until(async () => {
      const v = await violations();
      return v.some((x) => x.directive.startsWith('style-src')) && v.some((x) => x.directive.startsWith('img-src')) && v;
    }, { message: "the page's own CSP violations (is the header sent?)" });
    // Let any straggler from the load arrive before the baseline is fixed.
    await new Promise((r) => setTimeout(r, 300));
    baseline = await violations();
    ({ popup } = await openPopupFor(ext, article));
  });

  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  it('the page is served with the strict CSP, and it is enforced (the page\'s own inline style and image are blocked)', async () => {
    const res = await article.request.get(srv.url(articlePath));
    assert.equal(res.headers()['content-security-policy'], CSP);
    assert.ok(baseline.length >= 2, `page's own violations: ${baseline.map(describeViolation).join('; ')}`);
    assert.ok(baseline.every((v) => !/chrome-extension:/.test(`${v.blockedURI} ${v.sourceFile}`)));
  });

  it('analyses the page: the speaker list shows the sample\'s speakers and no error state', async () => {
    const names = await speakerNames(popup);
    for (const name of SPEAKERS) assert.ok(names.includes(name), `${name} in ${JSON.stringify(names)}`);
    assert.equal(await popup.locator('[data-state="error"], [data-state="restricted"]').count(), 0);
    assert.match(await popup.textContent('.title'), /Port Aldmore council backs/);
    assert.deepEqual((await ours()).map(describeViolation), [], 'CSP violations caused by the analysis');
  });

  it('"Show in page" highlights the quote in the article tab, and the page\'s CSP blocks nothing of ours', async () => {
    const button = popup.locator('.card-button').first();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    const quote = popup.locator('.quote').first();
    await quote.waitFor();
    const text = fold(await quote.locator('.quote-text').textContent()).replace(/^[“"]|[”"]$/g, '');
    await quote.locator('[data-action="show"]').click();
    const highlighted = await until(() => article.evaluate(() => {
      if (CSS.highlights.has('cited')) return [...CSS.highlights.get('cited')].map((r) => r.toString()).join('');
      const marks = document.querySelectorAll('mark[data-cited-highlight]');
      return marks.length ? [...marks].map((m) => m.textContent).join('') : null;
    }), { message: 'a highlight (CSS.highlights "cited" or <mark>) in the article' });
    // The page's words; the popup shows them without the surrounding sentence's trailing punctuation.
    const trim = (s) => s.replace(/[\s,;:.]+$/, '');
    assert.equal(trim(fold(highlighted)), trim(text));
    assert.match(await popup.textContent('[data-testid="status"]'), /Highlighted/);
    // The highlight colour is applied: our ::highlight rule (adopted sheet) reached the page despite style-src 'none'.
    const styled = await article.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('highlight(cited)')))
      || !!document.querySelector('style[data-cited-highlight]'));
    assert.ok(styled, 'the highlight style is in the page');
    // Violation events are asynchronous: give them time to arrive before concluding there are none.
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual((await ours()).map(describeViolation), [], 'CSP violations caused by the extension');
    await popup.click('[data-action="clear"]');
    await until(async () => !(await article.evaluate(() => CSS.highlights.has('cited') || !!document.querySelector('mark[data-cited-highlight]'))), { message: 'highlight cleared' });
  });

  it('analysing twice under the CSP gives the same speakers', async () => {
    const first = await speakerNames(popup);
    const again = await openPopupFor(ext, article);
    try {
      const second = await speakerNames(again.popup);
      assert.deepEqual(second, first);
      for (const name of SPEAKERS) assert.ok(second.includes(name), `${name} in ${JSON.stringify(second)}`);
    } finally {
      await again.popup.close();
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual((await ours()).map(describeViolation), [], 'CSP violations caused by the extension');
  });
});
