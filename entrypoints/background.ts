// The toolbar click, in Chromium: the page is read from the moment of the click, while the browser is still
// opening the popup (about a quarter of a second), instead of once the popup has loaded.
//
// Chromium's manifest sets no default popup (wxt.config.ts), so a click on the button or its shortcut reaches
// action.onClicked here, with activeTab granted. The handler sets the popup for that tab and opens it, and in
// the same turn injects the reader; the popup, once loaded, takes that reading (FIRST_READING) and analyses
// it, instead of injecting again. The tab's popup is cleared once that popup closes, so the next click comes
// here too. A popup opened any other way, or a second reading from the same popup, injects as before
// (popup/early.ts). Firefox (MV2) keeps its manifest popup and no listener is added.
//
// This worker stays small (no core code): Chromium stops it after 30 s without events, and a reader's click
// after that starts it again before the popup can open. With the analysis here too (tried: 279 KB), a click
// on a stopped worker took about 170 ms longer to open the popup; with this one, none measurable.
//
// End-to-end tests also read the extension id from this worker's URL, and the badge through it.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CONTENT_SCRIPT, FIRST_READING, POPUP_OPEN, type Handed } from './popup/early';

/** The part of the extension API this needs (MV3's `action`; absent in MV2). */
interface ActionApi {
  onClicked: { addListener(fn: (tab: { id?: number; url?: string }) => void): void };
  setPopup(d: { tabId: number; popup: string }): Promise<void>;
  openPopup(): Promise<void>;
}

/** A reading handed over only to the popup opened by its own click (a few seconds at most). */
const HAND_OVER_MS = 10_000;

export default defineBackground(() => {
  const action = (browser as unknown as { action?: ActionApi }).action;
  if (!action?.openPopup) return;
  let pending: { at: number; handed: Promise<Handed> } | null = null;
  /** The tab the last click set popup.html on, and how many popups have connected since (open ones). */
  let armed: { clear: () => void; open: number } | null = null;
  action.onClicked.addListener((tab) => {
    const tabId = tab.id;
    if (tabId === undefined) return;
    const clear = () => void action.setPopup({ tabId, popup: '' }).catch(() => undefined);
    armed = { clear, open: 0 };
    void action
      .setPopup({ tabId, popup: 'popup.html' })
      .then(() => action.openPopup())
      .catch(clear);
    const target = { id: tabId, url: tab.url ?? null };
    const reading = browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    const handed = reading.then(
      (results): Handed => ({ tab: target, results }),
      (error: unknown): Handed => ({ tab: target, error: error instanceof Error ? error.message : String(error) }),
    );
    pending = { at: Date.now(), handed };
  });
  // While a popup is open its tab keeps popup.html, so the button acts on it as on any popup; once the last one
  // closes (its port drops), the tab's popup is cleared and the next click comes here again.
  browser.runtime.onConnect.addListener((port) => {
    const tab = armed;
    if (port.name !== POPUP_OPEN || port.sender?.tab || !tab) return;
    tab.open++;
    port.onDisconnect.addListener(() => {
      if (--tab.open > 0) return;
      tab.clear();
      if (armed === tab) armed = null;
    });
  });
  browser.runtime.onMessage.addListener((message: unknown, sender, reply: (r: Handed | null) => void) => {
    if ((message as { type?: unknown } | null)?.type !== FIRST_READING || sender.id !== browser.runtime.id || sender.tab) return;
    const p = pending;
    pending = null;
    if (!p || Date.now() - p.at > HAND_OVER_MS) return void reply(null);
    void p.handed.then(reply);
    return true;
  });
});
