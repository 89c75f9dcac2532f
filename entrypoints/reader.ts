// Injected on demand by the popup (scripting.executeScript, files: /reader.js), never
// registered on every site. Its main() reads the page's article (Readability on a
// bounded clone) and returns it, which executeScript hands back to the popup; the
// popup's analysis finds the quotes and speakers (entrypoints/analysis.ts), so the
// core's code is never loaded into the reader's tab. It also answers the popup's
// highlight messages while the popup is open, and clears the highlights when it
// closes.
//
// An unlisted script, not a WXT content script: WXT's content-script context
// would, before main() ran, read the extension API (the runtime binding is set up
// in the tab at its first use, a few ms of the arrival the reading waits for) and
// dispatch an event named with the extension's id on the page's document. Here
// nothing touches the extension API until the listeners are installed, after the
// reading has left.
//
// Everything lives in the isolated world executeScript runs it in: nothing is added
// to the page's globals or DOM (highlights aside, and only on request).
import type { WxtBrowser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { drive, readPageSteps } from '@/utils/article/bounded';
import { createListener, POPUP_PORT, type ContentResult } from '@/utils/messaging';
import { clearHighlights, highlightQuote } from '@/utils/page/highlight';
import { errorMessage } from '@/utils/errors';

/**
 * The time bound of the whole analysis, Readability included: past it, the popup gets the best partial
 * result with notices saying what was skipped, or "too large to read". Never a frozen tab: the reading runs
 * in slices of SLICE_MS with the page's own tasks in between, Readability alone at most READABILITY_MS at a
 * time (beyond that the page is read as a large page), on at most MAX_ARTICLE_CHARS of text. What is left
 * of the bound goes with the reading to the popup's analysis, whose attribution stages stop there.
 */
const BOUND_MS = 4000;
const SLICE_MS = 25;
const READABILITY_MS = 80;
/** Article text the tab analyses (characters); a longer article is cut there, with a notice. */
const MAX_ARTICLE_CHARS = 100_000;

/** A stretch shorter than this goes on into the next step without yielding (a yield costs a task hop). */
const MIN_SLICE_MS = 8;

/**
 * Let the page run, if our current stretch is long enough to matter: returns
 * nothing to go on at once, or a promise that resolves in a later task, queued
 * behind the page's own tasks, so they keep running. Chromium queues a page
 * timer that fell due while we ran only when it picks the next task, after
 * anything we posted meanwhile: a message, or a zero-delay timer (queued at
 * once, like a message), would run first, and the page's timer would wait for
 * two of our tasks in a row (measured: a 10 ms page timer stalled 60 ms by two
 * 30 ms tasks, 35 ms with a 1 ms timer between them). So the first TIMER_HOPS
 * hops are 1 ms timers, queued by due time behind the page's. Past that,
 * nested timers are clamped to 4 ms a hop, so the long reading of a large page
 * goes on by messages on our own channel. (Not scheduler.yield(): its
 * continuation is run before other waiting tasks, which starves the page's
 * timers.)
 */
function pause(): Promise<void> | void {
  if (performance.now() - sliceStart < MIN_SLICE_MS) return;
  return yieldToPage();
}

/** Timer hops before the clamp of nested timers (HTML: from the fifth level on) would add 4 ms each. */
const TIMER_HOPS = 4;
let hops = 0;

function yieldToPage(): Promise<void> {
  const ran = performance.now() - sliceStart;
  if (ran > longestSlice) longestSlice = ran;
  return new Promise((resolve) => {
    const resume = () => {
      sliceStart = performance.now();
      resolve();
    };
    if (hops++ < TIMER_HOPS) {
      setTimeout(resume, 1);
      return;
    }
    waiting.push(resume);
    ownChannel().port2.postMessage(null);
  });
}
/** Our longest stretch without letting the page run (reported with the timings). */
let longestSlice = 0;
let sliceStart = 0;
/**
 * Our own message channel, made at the first yield, never at import: WXT imports this module in Node to
 * read its options (`wxt prepare`, `wxt build`), and a channel with a listener would keep that process alive.
 */
let channel: MessageChannel | null = null;
let waiting: (() => void)[] = [];
function ownChannel(): MessageChannel {
  if (channel) return channel;
  channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const due = waiting;
    waiting = [];
    for (const resume of due) resume();
  };
  return channel;
}

/** Marks that the listeners are installed; a symbol on the isolated world's global, invisible to the page. */
const INSTALLED = Symbol.for('cited.content.listeners');

type IsolatedGlobal = typeof globalThis & { [INSTALLED]?: true };

/** The extension API (Firefox's `browser`, else `chrome`), looked up only when the listeners are installed. */
function extensionApi(): WxtBrowser {
  const scope = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;
}

function installListeners(): void {
  const scope = globalThis as IsolatedGlobal;
  // Analysing twice re-runs main(); the listeners from the first run are still there and serve both.
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  const browser = extensionApi();
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

export default defineUnlistedScript({
  async main(): Promise<ContentResult> {
    try {
      const arrived = performance.now();
      // The script's arrival (compile, isolated world) is one task; the reading starts in the next.
      sliceStart = arrived;
      longestSlice = 0;
      hops = 0;
      await yieldToPage();
      const started = performance.now();
      const reading = await drive(
        readPageSteps(document, {
          url: location.href, boundMs: BOUND_MS, sliceMs: SLICE_MS, readabilityMs: READABILITY_MS, maxArticleChars: MAX_ARTICLE_CHARS,
        }),
        pause,
      );
      // The highlight listeners, in a task of their own after the result has left (the popup asks for highlights
      // only once it shows the list): setting up the messaging API is a short task of its own instead of
      // lengthening the arrival or the reading, the two tasks the page waits for.
      setTimeout(installListeners, 0);
      const done = performance.now();
      longestSlice = Math.max(longestSlice, done - sliceStart);
      const timings = { arrived, started, article: done, done, timeOrigin: performance.timeOrigin, longestSlice, method: reading.method };
      // The reading is plain data (strings, numbers, arrays): it crosses to the popup by structured clone as it is.
      return { ok: true, reading, extractedAt: new Date().toISOString(), timings };
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    }
  },
});
