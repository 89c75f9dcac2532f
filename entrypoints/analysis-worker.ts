// The analysis worker: a dedicated worker of the popup (started by popup-boot.js
// before the popup's own bundle loads), which runs the attribution stages on
// what the content script read in the tab. The reader's tab only reads the page
// (Readability on a bounded clone); the core's code (lexicons, sieves, speakers)
// is compiled here, on another thread, while the tab reads, and never in the
// reader's tab. No extension API, no network: messages in, messages out.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeArticle, analyzeReading } from '@/utils/pipeline';
import { errorMessage } from '@/utils/errors';
import { lexiconFor } from '@/utils/lexicon';
import type { AnalysisReply, AnalysisRequest } from '@/utils/messaging';
import type { Article } from '@/utils/types';

/** The attribution stages stop after this much of their own work (and within what is left of the page's bound). */
const PIPELINE_MS = 1000;

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisReply): void;
  navigator?: { language?: string };
}

/**
 * A made-up article the worker analyses once while the tab reads the real one: the first run of the
 * stages compiles their code (V8 compiles each function at its first call) and the lexicon's patterns,
 * so the reader's article meets code already compiled. Its result is thrown away.
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

const wallClock = () => performance.timeOrigin + performance.now();

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  const loaded = wallClock();
  let warmed = loaded;
  scope.onmessage = (event) => {
    const { id, reading } = event.data;
    try {
      const started = wallClock();
      const analysis = analyzeReading(reading, { url: reading.url ?? undefined, budgetMs: PIPELINE_MS });
      scope.postMessage({ id, ok: true, analysis, timings: { loaded, warmed, started, done: wallClock() } });
    } catch (error) {
      scope.postMessage({ id, ok: false, error: errorMessage(error) });
    }
  };
  // While the tab reads the page: compile the lexicon of the browser's language (and English, the fallback)
  // and the stages' code. A reading that arrives meanwhile waits for this (it is short); a failure here is ignored.
  try {
    lexiconFor(scope.navigator?.language);
    analyzeArticle(WARM_UP);
  } catch {
    // The real analysis will report its own failure.
  }
  warmed = wallClock();
});
