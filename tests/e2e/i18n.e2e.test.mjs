// The popup in the browser's language: Chromium started in Spanish and in French
// shows the sample article with the words of public/_locales/es and /fr.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openArticle, openPopupFor, sample, screenshotPath, serve } from './helpers.mjs';

const EXPECT = {
  es: { all: 'Todas', show: /^Ver en la página: «.+»$/, summary: /personas · .*citas/, search: 'Buscar nombres, cargos, citas' },
  fr: { all: 'Toutes', show: /^Voir dans la page : « .+ »$/, summary: /personnes · .*citations/, search: 'Noms, fonctions, citations' },
};

for (const [lang, want] of Object.entries(EXPECT)) {
  describe(`popup in ${lang}`, () => {
    let ext, srv, article;
    before(async () => {
      srv = await serve({ '/news/harbour-bridge.html': await sample('harbour-bridge.html') });
      ext = await launch({ lang });
      article = await openArticle(ext, srv.url('/news/harbour-bridge.html'));
    });
    after(async () => {
      await ext?.close();
      await srv?.close();
    });

    it('shows its words in the browser\'s language', async () => {
      const { popup } = await openPopupFor(ext, article);
      assert.equal(await popup.evaluate(() => document.documentElement.lang), lang);
      assert.equal((await popup.textContent('.chip[data-category="all"]')).trim(), want.all);
      assert.match(await popup.textContent('[data-testid="summary"]'), want.summary);
      assert.equal(await popup.getAttribute('#search', 'placeholder'), want.search);
      await popup.locator('.card-button').first().click();
      assert.match(await popup.getAttribute('.quote [data-action="show"]', 'aria-label'), want.show);
      await popup.screenshot({ path: await screenshotPath(`popup-${lang}.png`) });
      await popup.close();
    });
  });
}
