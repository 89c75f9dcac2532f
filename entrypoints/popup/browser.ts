// The popup's dealings with the browser: which tab, injecting the content
// script, the badge, highlight messages, the clipboard and downloads. Thin
// wrappers; the decisions are in model.ts and the state in state.ts.
import { browser } from 'wxt/browser';
import { POPUP_PORT, sendToTab, TOP_FRAME, type ContentResult, type ContentTimings, type HighlightReply, type WorkerTimings } from '@/utils/messaging';
import type { Analysis } from '@/utils/types';
import { isFileUrl, isRestrictedError, isRestrictedUrl } from '@/components/model';
import { ANALYSIS_KEY, inject, startAnalysis, targetTab as findTab, type Analyser, type EarlyApi, type Injection, type TabRef } from './early';
export { downloadText } from '@/components/download';

/** The tab to analyse: `?tabId=N` when given (end-to-end tests open the popup as a page), else the active tab. */
export function targetTab(search: string): Promise<TabRef | null> {
  return findTab(browser as unknown as EarlyApi, search);
}

export type AnalyseOutcome =
  | { kind: 'ok'; analysis: Analysis; extractedAt: string }
  | { kind: 'restricted'; detail: string | null }
  | { kind: 'error'; message: string };

/** The analysis popup-boot.js started (or one started here, if it did not run). */
function analyser(): Analyser {
  const scope = window as unknown as Record<string, Analyser | undefined>;
  return (scope[ANALYSIS_KEY] ??= startAnalysis());
}

/** Inject the content script into the tab and analyse its reading. Refusals become "restricted", not errors. */
export async function analyseTab(tab: TabRef): Promise<AnalyseOutcome> {
  if (isRestrictedUrl(tab.url)) return { kind: 'restricted', detail: null };
  return interpret(await inject(browser as unknown as EarlyApi, '', analyser(), tab));
}

/** What an injection (this one, or the one popup-boot started) means for the popup. */
export function interpret(injection: Injection): AnalyseOutcome {
  const { tab, error, results } = injection;
  if (error !== undefined || !results) {
    const message = error ?? 'There is no tab to analyse.';
    if (isRestrictedUrl(tab?.url) || isRestrictedError(message) || isFileUrl(tab?.url)) return { kind: 'restricted', detail: isRestrictedUrl(tab?.url) ? null : message };
    return { kind: 'error', message };
  }
  const result = results[0]?.result as ContentResult | undefined;
  if (!result) return { kind: 'error', message: 'The page gave no answer (it may still be loading).' };
  if (!result.ok) return { kind: 'error', message: result.error };
  if (result.timings) markContent(result.timings);
  const analysed = injection.analysed;
  if (!analysed) return { kind: 'error', message: 'The page was read, but not analysed.' };
  if (!analysed.ok) return { kind: 'error', message: analysed.error };
  markWorker(analysed.timings);
  return { kind: 'ok', analysis: analysed.analysis, extractedAt: result.extractedAt };
}

/** The content script's own times, as marks on the popup's timeline (for the benchmark's breakdown). */
function markContent(t: ContentTimings): void {
  try {
    const shift = t.timeOrigin - performance.timeOrigin;
    performance.mark('cited:content-arrived', { startTime: Math.max(0, t.arrived + shift) });
    performance.mark('cited:content-started', { startTime: Math.max(0, t.started + shift) });
    performance.mark('cited:content-article', { startTime: Math.max(0, t.article + shift), detail: t.method });
    performance.mark('cited:content-longest-slice', { startTime: Math.max(0, t.done + shift), detail: t.longestSlice });
    performance.mark('cited:content-done', { startTime: Math.max(0, t.done + shift) });
  } catch {
    // Marks are a measurement aid only.
  }
}

/** The analysis's times, as marks on the popup's timeline. */
function markWorker(t: WorkerTimings): void {
  try {
    const at = (wall: number) => ({ startTime: Math.max(0, wall - performance.timeOrigin) });
    performance.mark('cited:analysis-loaded', at(t.loaded));
    performance.mark('cited:analysis-warmed', at(t.warmed));
    performance.mark('cited:analysis-started', at(t.started));
    performance.mark('cited:analysis-done', at(t.done));
  } catch {
    // Marks are a measurement aid only.
  }
}

/** The toolbar button API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function actionApi(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Show the number of speakers on the tab's toolbar badge (cleared when there is no article). */
export async function setBadge(tabId: number, analysis: Analysis): Promise<void> {
  const api = actionApi();
  if (!api) return;
  const text = analysis.status === 'no-article' ? '' : String(analysis.speakers.length);
  await api.setBadgeBackgroundColor({ tabId, color: '#3454d1' });
  await api.setBadgeText({ tabId, text });
}

/** Keep a port open to the tab while the popup lives: the content script clears highlights when it closes. */
export function holdPort(tabId: number): void {
  try {
    browser.tabs.connect(tabId, { name: POPUP_PORT, ...TOP_FRAME });
  } catch {
    // No content script to talk to (restricted page): nothing to clear either.
  }
}

export function highlightInTab(tabId: number, text: string): Promise<HighlightReply> {
  return sendToTab(browser.tabs, tabId, 'highlight', { text });
}

export async function clearInTab(tabId: number): Promise<boolean> {
  return (await sendToTab(browser.tabs, tabId, 'clearHighlights', {})).cleared;
}

/** Put text on the clipboard; falls back to a hidden textarea and execCommand where the async API is refused. */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Clipboard API unavailable or not allowed (e.g. no focus): try the older way.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The browser refused to copy.');
}

