// Wiring: the record store (IndexedDB), the setting (storage.local), downloads,
// and App. The first view reads only the article summaries; quotes are read when
// a person is opened or the record is exported.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { parseRecordFile, planImport, toRecordCsv, toRecordJson, ImportError } from '@/utils/record/exchange';
import { deleteRecord, recordEnabled, RecordStore, setRecordEnabled } from '@/utils/record/store';
import { RECORD_CHANNEL } from '@/utils/record/types';
import { App, type DashboardActions } from './App';
import { createDashboardState } from './state';
import './style.css';
import { errorMessage } from '@/utils/errors';
import { downloadText } from '@/components/download';

const state = createDashboardState();
let store: RecordStore | null = null;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(RECORD_CHANNEL) : null;

/** The store, opened on first use (after "Delete all" it stays closed until something is saved again). */
async function open(): Promise<RecordStore> {
  if (!store || store.closed) store = await RecordStore.open(indexedDB);
  return store;
}

async function reload(): Promise<void> {
  state.show(await (await open()).all());
}

const stamp = () => new Date().toISOString().slice(0, 10);
const say = (message: string) => (state.status.value = message);
const changed = () => channel?.postMessage('changed');

const actions: DashboardActions = {
  loadQuotes: async (ids) => (await open()).quotes(ids),
  async deleteArticle(id) {
    await (await open()).delete(id);
    await reload();
    changed();
    say('Article deleted from the record.');
  },
  async deleteAll() {
    store?.close();
    store = null;
    await deleteRecord(indexedDB);
    state.show([]);
    changed();
    say('Everything deleted: nothing of the record is left in this browser.');
  },
  async exportJson() {
    const entries = await (await open()).entries();
    downloadText(`cited-record-${stamp()}.json`, toRecordJson(entries, new Date().toISOString()), 'application/json;charset=utf-8');
    say(`Exported ${entries.length} articles as JSON.`);
  },
  async exportCsv() {
    const entries = await (await open()).entries();
    downloadText(`cited-record-quotes-${stamp()}.csv`, toRecordCsv(entries, { bom: true }), 'text/csv;charset=utf-8');
    say(`Exported the quotes of ${entries.length} articles as CSV.`);
  },
  async importFile(file) {
    try {
      const parsed = parseRecordFile(await file.text());
      const s = await open();
      const existing = new Map((await s.all()).map((a) => [a.id, a.savedAt]));
      const plan = planImport(existing, parsed.entries);
      await s.put(plan.write);
      await reload();
      changed();
      const parts = [`${plan.added} new`, `${plan.updated} updated`, `${plan.unchanged + parsed.repeated} already there`];
      if (parsed.invalid) parts.push(`${parsed.invalid} not valid, left out`);
      say(`Imported ${file.name}: ${parts.join(', ')}.`);
    } catch (error) {
      say(error instanceof ImportError ? error.message : `Could not import: ${errorMessage(error)}`);
    }
  },
  async setEnabled(on) {
    await setRecordEnabled(browser.storage.local, on);
    state.enabled.value = on;
    say(on ? 'The record is on: articles you analyse are saved here.' : 'The record is off: nothing new is saved. What is saved stays until you delete it.');
  },
};

// A page analysed (or removed) in the popup while this page is open: show it.
channel?.addEventListener('message', () => void reload().catch(() => undefined));

render(<App state={state} actions={actions} />, document.getElementById('app')!);

async function start(): Promise<void> {
  try {
    const [articles, on] = await Promise.all([open().then((s) => s.all()), recordEnabled(browser.storage.local)]);
    performance.mark('cited:dashboard-read');
    state.enabled.value = on;
    state.show(articles);
    void state.view.value;
    performance.mark('cited:dashboard-built');
    // First view on screen: the bench reads this mark (ms since navigation start).
    requestAnimationFrame(() => performance.mark('cited:dashboard-ready'));
  } catch (error) {
    state.fail(errorMessage(error));
  }
}
void start();
