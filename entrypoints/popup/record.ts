// The popup's part in the reading record: save the analysis shown (after it is
// on screen, so saving never slows the popup), say so, remove it on request, and
// turn the record on or off. The record itself is utils/record/ over IndexedDB.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { entryFromAnalysis } from '@/utils/record/from-analysis';
import { recordEnabled, RecordStore, setRecordEnabled } from '@/utils/record/store';
import { RECORD_CHANNEL } from '@/utils/record/types';
import type { Analysis } from '@/utils/types';
import { errorMessage } from '@/utils/errors';

export type RecordStatus =
  | { kind: 'pending' }
  | { kind: 'saved'; at: string; before: string | null }
  | { kind: 'off' }
  | { kind: 'private' }
  | { kind: 'removed' }
  | { kind: 'error'; message: string };

export interface RecordControl {
  status: { readonly value: RecordStatus };
  save(tabId: number, analysis: Analysis, extractedAt: string | null): Promise<void>;
  remove(): Promise<void>;
  setEnabled(on: boolean): Promise<void>;
  dashboardUrl: string;
  openDashboard(): Promise<void>;
}

/** The page the dashboard is built to (entrypoints/dashboard/index.html). */
const DASHBOARD = '/dashboard.html' as const;

/** Tell an open dashboard that the record changed. */
function announce(): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(RECORD_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function createRecordControl(idb: IDBFactory = indexedDB): RecordControl {
  const status = signal<RecordStatus>({ kind: 'pending' });
  let saved: { id: string } | null = null;
  let last: { analysis: Analysis; at: string } | null = null;
  const withStore = async <T>(fn: (s: RecordStore) => Promise<T>): Promise<T> => {
    const store = await RecordStore.open(idb);
    try {
      return await fn(store);
    } finally {
      store.close();
    }
  };

  async function write(analysis: Analysis, at: string): Promise<void> {
    const entry = entryFromAnalysis(analysis, at);
    const before = (await withStore((s) => s.put([entry]))).get(entry.article.id) ?? null;
    saved = { id: entry.article.id };
    status.value = { kind: 'saved', at, before };
    announce();
  }

  return {
    status,
    async save(tabId, analysis, extractedAt) {
      // Pages with no article are not readings; the popup shows no record line for them.
      if (analysis.status === 'no-article') return;
      try {
        const tab = await browser.tabs.get(tabId).catch(() => null);
        // A private window leaves no trace, in the record either.
        if (tab?.incognito) {
          status.value = { kind: 'private' };
          return;
        }
        last = { analysis, at: extractedAt ?? new Date().toISOString() };
        if (!(await recordEnabled(browser.storage.local))) {
          status.value = { kind: 'off' };
          return;
        }
        await write(last.analysis, last.at);
      } catch (error) {
        status.value = { kind: 'error', message: errorMessage(error) };
      }
    },
    async remove() {
      if (!saved) return;
      const id = saved.id;
      await withStore((s) => s.delete(id));
      saved = null;
      status.value = { kind: 'removed' };
      announce();
    },
    async setEnabled(on) {
      await setRecordEnabled(browser.storage.local, on);
      // Turning the record on saves the page in view; turning it off keeps what is saved (the dashboard deletes).
      if (on && last) await write(last.analysis, last.at);
      else if (!on) status.value = { kind: 'off' };
    },
    dashboardUrl: browser.runtime.getURL(DASHBOARD),
    async openDashboard() {
      await browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD) });
    },
  };
}
