// Injected on demand by the popup (scripting.executeScript), never registered on
// every site. main() analyses a clone of the page and returns the result, which
// executeScript hands back to the popup. It also answers the popup's highlight
// messages while the popup is open, and clears the highlights when it closes.
//
// Everything lives in the content script's isolated world: nothing is added to
// the page's globals or DOM (highlights aside, and only on request).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '@/utils/analyze';
import { createListener, POPUP_PORT, type ContentResult } from '@/utils/messaging';
import { clearHighlights, highlightQuote } from '@/utils/page/highlight';
import { errorMessage } from '@/utils/errors';

/** A long analysis stops after this long and returns what it has, with a notice. */
const BUDGET_MS = 2000;

/** Marks that the listeners are installed; a symbol on the isolated world's global, invisible to the page. */
const INSTALLED = Symbol.for('cited.content.listeners');

type IsolatedGlobal = typeof globalThis & { [INSTALLED]?: true };

function installListeners(): void {
  const scope = globalThis as IsolatedGlobal;
  // Analysing twice re-runs main(); the listeners from the first run are still there and serve both.
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  browser.runtime.onMessage.addListener(
    createListener({
      highlight: ({ text }) => highlightQuote(window, text),
      clearHighlights: () => ({ cleared: clearHighlights(window) }),
    }),
  );
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== POPUP_PORT) return;
    port.onDisconnect.addListener(() => clearHighlights(window));
  });
}

export default defineContentScript({
  registration: 'runtime',
  main(): ContentResult {
    try {
      installListeners();
      const analysis = analyze(document, { url: location.href, budgetMs: BUDGET_MS });
      // Structured clone drops nothing from this plain JSON, but a JSON round trip makes sure of it.
      return { ok: true, analysis: JSON.parse(JSON.stringify(analysis)), extractedAt: new Date().toISOString() };
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    }
  },
});
