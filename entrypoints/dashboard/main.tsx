// Wiring: the record store (IndexedDB), the setting (storage.local), downloads,
// and App. The first view reads only the articles' digests (one getAll); quotes
// are read when a person is opened or the record is exported.
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
import { t, tn, type MessageKey } from '@/components/i18n';

const IMPORT_PROBLEM: Record<ImportError['problem'], MessageKey> = {
  'not-json': 'dashImportNotJson', 'not-record': 'dashImportNotRecord', newer: 'dashImportNewer', 'no-articles': 'dashImportNoArticles',
};

// The page in the reader's language (the browser's, as the popup).
document.documentElement.lang = t('lang');
document.title = t('dashPageTitle');

const state = createDashboardState();
let store: RecordStore | null = null;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(RECORD_CHANNEL) : null;

/** The store, opened on first use (after "Delete all" it stays closed until something is saved again). */
async function open(): Promise<RecordStore> {
  if (!store || store.closed) store = await RecordStore.open(indexedDB);
  return store;
}

async function reload(): Promise<void> {
  state.show(await (await open()).digests());
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
    say(t('dashDeleted'));
  },
  async deleteAll() {
    store?.close();
    store = null;
    await deleteRecord(indexedDB);
    state.show([]);
    changed();
    say(t('dashDeletedAll'));
  },
  async exportJson() {
    const entries = await (await open()).entries();
    downloadText(`cited-record-${stamp()}.json`, toRecordJson(entries, new Date().toISOString()), 'application/json;charset=utf-8');
    say(t('dashExportedJson', tn('dashArticles', entries.length)));
  },
  async exportCsv() {
    const entries = await (await open()).entries();
    downloadText(`cited-record-quotes-${stamp()}.csv`, toRecordCsv(entries, { bom: true }), 'text/csv;charset=utf-8');
    say(t('dashExportedCsv', tn('dashArticles', entries.length)));
  },
  async importFile(file) {
    try {
      const parsed = parseRecordFile(await file.text());
      const s = await open();
      const existing = new Map((await s.digests()).map((a) => [a.id, a.savedAt]));
      const plan = planImport(existing, parsed.entries);
      await s.put(plan.write);
      await reload();
      changed();
      const parts = [t('dashImportNew', plan.added), t('dashImportUpdated', plan.updated), t('dashImportThere', plan.unchanged + parsed.repeated)];
      if (parsed.invalid) parts.push(t('dashImportInvalid', parsed.invalid));
      say(t('dashImported', file.name, parts.join(', ')));
    } catch (error) {
      say(error instanceof ImportError ? t(IMPORT_PROBLEM[error.problem], error.version ?? '') : t('dashImportFailed', errorMessage(error)));
    }
  },
  async setEnabled(on) {
    await setRecordEnabled(browser.storage.local, on);
    state.enabled.value = on;
    say(on ? t('dashRecordOn') : t('dashRecordOff'));
  },
};

// A page analysed (or removed) in the popup while this page is open: show it.
channel?.addEventListener('message', () => void reload().catch(() => undefined));

render(<App state={state} actions={actions} />, document.getElementById('app')!);

async function start(): Promise<void> {
  try {
    const [articles, on] = await Promise.all([open().then((s) => s.digests()), recordEnabled(browser.storage.local)]);
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
