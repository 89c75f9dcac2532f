// Wiring: the state factory, the browser-facing actions, and App.
import { render } from 'preact';
import { App, type PopupActions } from './App';
import {
  analyseTab, clearInTab, copyText, downloadText, highlightInTab, holdPort, setBadge, targetTab,
} from './browser';
import { createRecordControl } from './record';
import { createPopupState, type PopupState } from './state';
import './style.css';
import { errorMessage } from '@/utils/errors';

const state = createPopupState();
const record = createRecordControl();
let tabId: number | null = null;

async function load(s: PopupState): Promise<void> {
  s.startLoading();
  try {
    const tab = await targetTab(location.search);
    if (!tab) return s.showError('There is no tab to analyse.');
    tabId = tab.id;
    const outcome = await analyseTab(tab);
    if (outcome.kind === 'restricted') return s.showRestricted(outcome.detail);
    if (outcome.kind === 'error') return s.showError(outcome.message);
    s.showAnalysis(outcome.analysis, outcome.extractedAt);
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
