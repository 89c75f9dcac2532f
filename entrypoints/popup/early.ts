// The first thing the popup does, before its main bundle is even loaded: find
// the tab and inject the content script. popup-boot.ts runs this from a tiny
// classic script at the top of popup.html, so the page is being read while the
// popup loads, parses and renders its app; main.tsx picks up the promise.
// Nothing here interprets the outcome (browser.ts does): it stays small.

/** The built content script (WXT's output path for entrypoints/content.ts). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';

export interface TabRef {
  id: number;
  url: string | null;
}

/** The raw outcome of one injection: the tab, and executeScript's results or its error message. */
export interface Injection {
  tab: TabRef | null;
  results?: { result?: unknown }[];
  error?: string;
}

/** The part of the extension API this needs. */
export interface EarlyApi {
  tabs: {
    get(id: number): Promise<{ url?: string }>;
    query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number; url?: string }[]>;
  };
  scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]> };
}

/** The tab to analyse: `?tabId=N` when given (end-to-end tests open the popup as a page), else the active tab. */
export async function targetTab(api: EarlyApi, search: string): Promise<TabRef | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) {
    const id = Number(fromQuery);
    try {
      const tab = await api.tabs.get(id);
      return { id, url: tab.url ?? null };
    } catch {
      return { id, url: null };
    }
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/** Find the tab and run the content script in it; never rejects. */
export async function inject(api: EarlyApi, search: string, tab?: TabRef | null): Promise<Injection> {
  let target: TabRef | null = null;
  try {
    target = tab === undefined ? await targetTab(api, search) : tab;
    if (!target) return { tab: null };
    mark('cited:inject');
    const results = await api.scripting.executeScript({ target: { tabId: target.id }, files: [CONTENT_SCRIPT] });
    mark('cited:result');
    return { tab: target, results };
  } catch (error) {
    return { tab: target, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A performance mark for the benchmark's breakdown; never throws. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // measurement aid only
  }
}

/** Where popup-boot.ts leaves the first injection for main.tsx. */
export const EARLY_KEY = '__citedFirstReading';
