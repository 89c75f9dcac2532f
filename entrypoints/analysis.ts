// The popup's analysis: a classic script that popup-boot.js adds to popup.html
// at once, so the browser fetches and compiles it off the main thread (script
// streaming) while the tab reads the page. It runs the attribution stages on
// what the content script read in the tab, in the popup itself: a dedicated
// worker cost a new thread and isolate before its first line ran (100–200 ms
// on this machine, more than the analysis). The reader's tab only reads the
// page; the core's code (lexicons, sieves, speakers) never loads there.
//
// While it waits, it analyses a small made-up article in steps (V8 compiles a
// function at its first call, so the real article meets compiled code), each
// step its own task; a reading that arrives stops the warm-up at once and is
// analysed in slices of at most SLICE_MS, so the popup keeps painting.
// No extension API, no network.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readingSteps, type PageReading } from '@/utils/pipeline';
import { drive } from '@/utils/article/steps';
import { errorMessage } from '@/utils/errors';
import { lexiconFor } from '@/utils/lexicon';
import type { Article } from '@/utils/types';
import { ANALYSER_KEY, type AnalyseFn } from './popup/early';

/** The attribution stages stop after this much of their own work (and within what is left of the page's bound). */
const PIPELINE_MS = 1000;
/** The real analysis lets the popup paint after this much work in one go. */
const SLICE_MS = 50;


/**
 * A made-up article analysed in steps while the tab reads the real one: the first run of the stages
 * compiles their code and the lexicon's patterns. Its result is thrown away.
 */
const WARM_UP: Article = {
  title: 'Harbour works to start in spring', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, excerpt: null,
  blocks: [
    'The town council voted on Tuesday to rebuild the old harbour wall, a project that has been delayed for six years.',
    '“We have waited long enough,” said Marta Olsen, the council’s finance director. “The wall will be finished before the winter storms.”',
    'Olsen told reporters that the cost had risen by a third since the first plan, and that the state would pay half.',
    'Not everyone agrees. “It is money we do not have,” said Peter Hale, a fisherman who has worked from the harbour for 30 years. He added that the boats would have to moor elsewhere for a year.',
    'According to the harbour board, the work will start in April. A spokesperson for the board declined to comment on the contract.',
  ].map((text, index) => ({ index, kind: 'paragraph' as const, text })),
};

const WARM_UP_READING: PageReading = {
  article: WARM_UP, tooLarge: false, notices: [], method: 'readability', remainingMs: Infinity, title: WARM_UP.title, url: null,
};

const wallClock = () => performance.timeOrigin + performance.now();

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown> & { navigator?: { language?: string } };
  const loaded = wallClock();
  let warmed = loaded;
  // Our own channel: a message on it is a task queued behind the popup's own (render, paint), without the 4 ms
  // clamp of nested timers. Made here, in main(), never at import (WXT imports entrypoints in Node).
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const yieldTask = () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

  let warming: Generator<void, unknown, number | undefined> | null = null;
  const stopWarming = () => {
    if (!warming) return;
    warming.return(undefined);
    warming = null;
    warmed = wallClock();
  };

  const analyse: AnalyseFn = async (reading, id) => {
    stopWarming();
    try {
      const started = wallClock();
      let sliceStart = performance.now();
      const pause = () => {
        if (performance.now() - sliceStart < SLICE_MS) return;
        return yieldTask().then(() => {
          sliceStart = performance.now();
        });
      };
      const analysis = await drive(readingSteps(reading, { url: reading.url ?? undefined, budgetMs: PIPELINE_MS }), pause);
      return { id, ok: true, analysis, timings: { loaded, warmed, started, done: wallClock() } };
    } catch (error) {
      return { id, ok: false, error: errorMessage(error) };
    }
  };
  scope[ANALYSER_KEY] = analyse;

  // While the tab reads the page: the lexicon of the browser's language (and English, the fallback), then the
  // stages, one step a task. A failure here is ignored: the real analysis reports its own.
  try {
    lexiconFor(scope.navigator?.language);
    warming = readingSteps(WARM_UP_READING, {});
  } catch {
    warming = null;
  }
  const step = () => {
    if (!warming) return;
    try {
      if (warming.next().done) stopWarming();
      else void yieldTask().then(step);
    } catch {
      stopWarming();
    }
  };
  void yieldTask().then(step);
});
