// The first thing the popup does, before its main bundle is even loaded: load
// the analysis script, find the tab and inject the content script, then hand
// the content script's reading to the analysis. popup-boot.ts runs this from a
// tiny classic script at the top of popup.html, so the page is being read (in
// the tab) and the core compiled (off the main thread) while the popup loads, parses
// and renders its app; main.tsx picks up the promise. Nothing here interprets
// the outcome (browser.ts does): it stays small, and imports only types.
import type { AnalysisReply, AnalysisRequest, ContentResult } from '@/utils/messaging';

/** The built content script (WXT's output path for entrypoints/reader.ts, an unlisted script). */
export const CONTENT_SCRIPT = '/reader.js';
/** The built analysis script (entrypoints/analysis.ts, an unlisted script). */
export const ANALYSIS_SCRIPT = '/analysis.js';
/** Where the analysis script leaves its entry point (entrypoints/analysis.ts). */
export const ANALYSER_KEY = '__citedAnalyser';

export interface TabRef {
  id: number;
  url: string | null;
}

/** The raw outcome of one injection: the tab, and executeScript's results or its error message; the analysis of the reading. */
export interface Injection {
  tab: TabRef | null;
  results?: { result?: unknown }[];
  error?: string;
  analysed?: AnalysisReply;
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

/** Find the tab, run the content script in it and have `analyser` analyse what it read; never rejects. */
export async function inject(api: EarlyApi, search: string, analyser: Analyser, tab?: TabRef | null): Promise<Injection> {
  let target: TabRef | null = null;
  try {
    target = tab === undefined ? await targetTab(api, search) : tab;
    if (!target) return { tab: null };
    mark('cited:inject');
    const results = await api.scripting.executeScript({ target: { tabId: target.id }, files: [CONTENT_SCRIPT] });
    mark('cited:result');
    const result = results[0]?.result as ContentResult | undefined;
    if (!result?.ok) return { tab: target, results };
    const analysed = await analyser.analyse(result.reading);
    mark('cited:analysed');
    return { tab: target, results, analysed };
  } catch (error) {
    return { tab: target, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The popup's analysis (entrypoints/analysis.ts), one per popup: started at once, so its code compiles while the tab reads. */
export interface Analyser {
  analyse(reading: AnalysisRequest['reading']): Promise<AnalysisReply>;
}

/** What the analysis script leaves under ANALYSER_KEY. */
export type AnalyseFn = (reading: AnalysisRequest['reading'], id: number) => Promise<AnalysisReply>;

/**
 * Add the analysis script (`url`: ANALYSIS_SCRIPT) to the popup's page: fetched and compiled off the main
 * thread, it runs as soon as it is ready. Its failures come back as error replies, never rejections.
 */
export function startAnalysis(url: string = ANALYSIS_SCRIPT, doc: Document = document): Analyser {
  let next = 0;
  const scope = window as unknown as Record<string, AnalyseFn | undefined>;
  const ready = new Promise<AnalyseFn | string>((resolve) => {
    try {
      const script = doc.createElement('script');
      script.src = url;
      script.async = true;
      script.onload = () => resolve(scope[ANALYSER_KEY] ?? 'The analysis did not start.');
      script.onerror = () => resolve('The analysis could not be loaded.');
      (doc.head ?? doc.documentElement).append(script);
    } catch (error) {
      resolve(`The analysis could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return {
    async analyse(reading) {
      const id = ++next;
      const analyse = await ready;
      if (typeof analyse === 'string') return { id, ok: false, error: analyse };
      try {
        return await analyse(reading, id);
      } catch (error) {
        return { id, ok: false, error: `The analysis stopped: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
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
/** Where popup-boot.ts leaves the analysis for main.tsx (later readings use it too). */
export const ANALYSIS_KEY = '__citedAnalysis';
