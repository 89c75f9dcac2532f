// A tiny classic script loaded first by popup.html (before the popup's module
// bundle): it starts loading the analysis and the page's reading at once. See popup/early.ts.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ANALYSIS_KEY, EARLY_KEY, inject, mark, startAnalysis, type Analyser, type EarlyApi } from './popup/early';

export default defineUnlistedScript(() => {
  mark('cited:boot');
  const scope = window as unknown as Record<string, unknown>;
  // The injection first: its tab query leaves before the analysis script is even requested (adding the script
  // element and starting its fetch take the popup's thread for about a millisecond). The injection asks the
  // analyser only once the tab's reading is back, long after the script was added.
  let analyser: Analyser | null = null;
  scope[EARLY_KEY] = inject(browser as unknown as EarlyApi, location.search, { analyse: (reading) => analyser!.analyse(reading) });
  analyser = startAnalysis();
  scope[ANALYSIS_KEY] = analyser;
});
