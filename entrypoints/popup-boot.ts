// A tiny classic script loaded first by popup.html (before the popup's module
// bundle): it starts loading the analysis and the page's reading at once. See popup/early.ts.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ANALYSIS_KEY, EARLY_KEY, inject, mark, startAnalysis, type EarlyApi } from './popup/early';

export default defineUnlistedScript(() => {
  mark('cited:boot');
  const scope = window as unknown as Record<string, unknown>;
  // The injection first (its messages leave at once), then the analysis script (fetched and compiled meanwhile).
  const analyser = startAnalysis();
  scope[ANALYSIS_KEY] = analyser;
  scope[EARLY_KEY] = inject(browser as unknown as EarlyApi, location.search, analyser);
});
