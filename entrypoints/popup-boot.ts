// A tiny classic script loaded first by popup.html (before the popup's module
// bundle): it starts the analysis worker and the page's reading at once. See popup/early.ts.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_KEY, inject, mark, startAnalysisWorker, WORKER_KEY, type EarlyApi } from './popup/early';

export default defineUnlistedScript(() => {
  mark('cited:boot');
  const worker = startAnalysisWorker();
  const scope = window as unknown as Record<string, unknown>;
  scope[WORKER_KEY] = worker;
  scope[EARLY_KEY] = inject(browser as unknown as EarlyApi, location.search, worker);
});
