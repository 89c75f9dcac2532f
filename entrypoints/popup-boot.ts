// A tiny classic script loaded first by popup.html (before the popup's module
// bundle): it starts reading the page at once. See popup/early.ts.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_KEY, inject, mark, type EarlyApi } from './popup/early';

export default defineUnlistedScript(() => {
  mark('cited:boot');
  (window as unknown as Record<string, unknown>)[EARLY_KEY] = inject(browser as unknown as EarlyApi, location.search);
});
