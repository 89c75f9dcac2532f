// Wiring: the state factory, the browser-facing actions, and App.
//
// Load path: reading the page starts before this bundle is even loaded
// (popup-boot.js, see early.ts); the tab analyses while the popup loads and
// draws its frame, and load() takes that first reading. Marks
// (performance.mark 'cited:*') let the benchmark tell where the time goes.
import { render } from 'preact';
import { App, type PopupActions } from './App';
import {
  analyseTab, clearInTab, copyText, downloadText, highlightInTab, holdPort, interpret, setBadge, targetTab, type AnalyseOutcome,
} from './browser';
import { EARLY_KEY, mark, type Injection, type TabRef } from './early';
import { createRecordControl } from './record';
import { createPopupState, type PopupState } from './state';
import './style.css';
import { errorMessage } from '@/utils/errors';

const state = createPopupState();
const record = createRecordControl();
let tabId: number | null = null;

/** The first reading, started by popup-boot.js before this bundle loaded (or here, if it did not run). */
let first: Promise<{ tab: TabRef | null; outcome: AnalyseOutcome }> | null = firstReading();

function firstReading() {
  const early = (window as unknown as Record<string, Promise<Injection> | undefined>)[EARLY_KEY];
  if (!early) return read();
  return early.then((injection) => ({ tab: injection.tab, outcome: interpret(injection) }));
}

async function read(): Promise<{ tab: TabRef | null; outcome: AnalyseOutcome }> {
  const tab = await targetTab(location.search);
  if (!tab) return { tab, outcome: { kind: 'error', message: 'There is no tab to analyse.' } };
  return { tab, outcome: await analyseTab(tab) };
}

async function load(s: PopupState): Promise<void> {
  s.startLoading();
  try {
    const reading = first ?? read();
    first = null;
    const { tab, outcome } = await reading;
    if (!tab) return s.showError('There is no tab to analyse.');
    tabId = tab.id;
    if (outcome.kind === 'restricted') return s.showRestricted(outcome.detail);
    if (outcome.kind === 'error') return s.showError(outcome.message);
    s.showAnalysis(outcome.analysis, outcome.extractedAt);
    mark('cited:shown');
    // Saved once the list is on screen: the record never delays the popup.
    setTimeout(() => void record.save(tab.id, outcome.analysis, outcome.extractedAt), 0);
    holdPort(tab.id);
    await setBadge(tab.id, outcome.analysis).catch(() => undefined);
  } catch (error) {
    s.showError(errorMessage(error));
  }
}

const actions: PopupActions = {
  load,
  highlight: async (quote) => (tabId === null ? false : (await highlightInTab(tabId, quote.text)).found),
  clearHighlights: async () => {
    if (tabId !== null) await clearInTab(tabId);
  },
  copy: (text) => copyText(text),
  download: (filename, text, mime) => downloadText(filename, text, mime),
  record,
};

render(<App state={state} actions={actions} />, document.getElementById('app')!);
