// The first thing the popup does, before its main bundle is even loaded: start
// the analysis worker, find the tab and inject the content script, then hand
// the content script's reading to the worker. popup-boot.ts runs this from a
// tiny classic script at the top of popup.html, so the page is being read (in
// the tab) and the core compiled (in the worker) while the popup loads, parses
// and renders its app; main.tsx picks up the promise. Nothing here interprets
// the outcome (browser.ts does): it stays small, and imports only types.
import type { AnalysisReply, AnalysisRequest, ContentResult } from '@/utils/messaging';

/** The built content script (WXT's output path for entrypoints/content.ts). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The built analysis worker (entrypoints/analysis-worker.ts, an unlisted script). */
export const ANALYSIS_WORKER = '/analysis-worker.js';

export interface TabRef {
  id: number;
  url: string | null;
}

/** The raw outcome of one injection: the tab, and executeScript's results or its error message; the worker's analysis of the reading. */
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

/** Find the tab, run the content script in it and have `worker` analyse what it read; never rejects. */
export async function inject(api: EarlyApi, search: string, worker: AnalysisWorker, tab?: TabRef | null): Promise<Injection> {
  let target: TabRef | null = null;
  try {
    target = tab === undefined ? await targetTab(api, search) : tab;
    if (!target) return { tab: null };
    mark('cited:inject');
    const results = await api.scripting.executeScript({ target: { tabId: target.id }, files: [CONTENT_SCRIPT] });
    mark('cited:result');
    const result = results[0]?.result as ContentResult | undefined;
    if (!result?.ok) return { tab: target, results };
    const analysed = await worker.analyse(result.reading);
    mark('cited:analysed');
    return { tab: target, results, analysed };
  } catch (error) {
    return { tab: target, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The popup's analysis worker, one per popup: started at once, so the core compiles while the tab reads. */
export interface AnalysisWorker {
  analyse(reading: AnalysisRequest['reading']): Promise<AnalysisReply>;
}

/** Start the analysis worker (`url`: ANALYSIS_WORKER); its failures come back as error replies, never rejections. */
export function startAnalysisWorker(url: string = ANALYSIS_WORKER): AnalysisWorker {
  let worker: Worker | null = null;
  let failure: string | null = null;
  let next = 0;
  const waiting = new Map<number, (reply: AnalysisReply) => void>();
  const failAll = (message: string) => {
    failure = message;
    for (const [id, settle] of waiting) settle({ id, ok: false, error: message });
    waiting.clear();
  };
  try {
    worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      const settle = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      settle?.(event.data);
    };
    worker.onerror = (event) => failAll(`The analysis stopped: ${event.message || 'the worker failed'}.`);
  } catch (error) {
    failure = `The analysis could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
  return {
    analyse(reading) {
      const id = ++next;
      if (!worker || failure) return Promise.resolve({ id, ok: false, error: failure ?? 'The analysis could not start.' });
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker!.postMessage({ id, reading } satisfies AnalysisRequest);
      });
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
/** Where popup-boot.ts leaves the analysis worker for main.tsx (later readings use it too). */
export const WORKER_KEY = '__citedAnalysisWorker';
