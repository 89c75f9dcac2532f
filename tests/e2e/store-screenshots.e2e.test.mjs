// Store screenshots (1280×800, the Chrome Web Store's size; addons.mozilla.org takes
// the same) made from the sample article in Chromium: the article as a reader sees
// it with the real popup over its top-right corner, where the toolbar button opens
// it. Both images are real screenshots; a plain page puts them together.
// Written to tests/e2e/screenshots/store/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCREENSHOTS, launch, openArticle, openPopupFor, sample, serve, until } from './helpers.mjs';
import { pngSize } from './manifest-rules.mjs';

const WIDTH = 1280;
const HEIGHT = 800;
const STORE = path.join(SCREENSHOTS, 'store');

describe('store screenshots, 1280×800, from the sample article', () => {
  let ext, srv, article, composer;
  const articlePath = '/news/harbour-bridge.html';

  /** The article screenshot with the popup screenshot over its top-right corner, as one 1280×800 PNG. */
  async function compose(name, articlePng, popupPng, { dark = false } = {}) {
    const img = (png) => `data:image/png;base64,${png.toString('base64')}`;
    await composer.setContent(`<!doctype html><html><head><style>
      html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
      .page { position: absolute; inset: 0; }
      .popup { position: absolute; top: 10px; right: 18px; border-radius: 8px;
               border: 1px solid ${dark ? '#4a4d55' : '#c9ccd3'};
               box-shadow: 0 10px 32px rgba(0, 0, 0, 0.28), 0 2px 6px rgba(0, 0, 0, 0.18); }
    </style></head><body>
      <img class="page" src="${img(articlePng)}" alt="">
      <img class="popup" src="${img(popupPng)}" alt="">
    </body></html>`);
    await composer.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    const file = path.join(STORE, name);
    await writeFile(file, await composer.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } }));
    return file;
  }

  before(async () => {
    await mkdir(STORE, { recursive: true });
    srv = await serve({ [articlePath]: await sample('harbour-bridge.html') });
    ext = await launch();
    article = await openArticle(ext, srv.url(articlePath));
    await article.setViewportSize({ width: WIDTH, height: HEIGHT });
    composer = await ext.context.newPage();
    await composer.setViewportSize({ width: WIDTH, height: HEIGHT });
  });

  after(async () => {
    await ext?.close();
    await srv?.close();
  });

  it('1: the speakers of the article, officials and experts first', async () => {
    const { popup } = await openPopupFor(ext, article);
    const file = await compose('1-speakers.png', await article.screenshot(), await popup.screenshot());
    assert.deepEqual(pngSize(await readFile(file)), { width: WIDTH, height: HEIGHT });
    await popup.close();
  });

  it('2: a speaker\'s quotes, one shown in the page', async () => {
    const { popup } = await openPopupFor(ext, article, { click: false });
    await popup.locator('.card-button').first().click();
    await popup.locator('.quote [data-action="show"]').first().click();
    await until(() => article.evaluate(() => CSS.highlights.has('cited')), { message: 'the highlight' });
    // Let the smooth scroll finish: the highlighted quote sits in the middle of the window.
    await until(
      () =>
        article.evaluate(() => {
          const rect = [...CSS.highlights.get('cited')][0].getBoundingClientRect();
          return Math.abs(rect.top + rect.height / 2 - innerHeight / 2) < 40;
        }),
      { message: 'the quote scrolled into view' },
    );
    const file = await compose('2-show-in-page.png', await article.screenshot(), await popup.screenshot());
    assert.deepEqual(pngSize(await readFile(file)), { width: WIDTH, height: HEIGHT });
    await popup.close();
  });

  it('3: the popup in dark mode, filtered to experts', async () => {
    await article.evaluate(() => scrollTo(0, 0));
    const { popup } = await openPopupFor(ext, article, { click: false, colorScheme: 'dark' });
    await popup.click('.chip[data-category="expert"]');
    await popup.locator('.card-button').first().click();
    await popup.locator('.quote').first().waitFor();
    const file = await compose('3-experts-dark.png', await article.screenshot(), await popup.screenshot(), { dark: true });
    assert.deepEqual(pngSize(await readFile(file)), { width: WIDTH, height: HEIGHT });
    await popup.close();
  });
});
