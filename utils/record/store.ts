// The record in IndexedDB. The factory is passed in (the extension's pages give
// `indexedDB`, tests give fake-indexeddb), so this file touches no browser global.
//
// Two object stores keyed by article id: `articles` holds the summaries the
// dashboard's first view reads in one getAll(); `quotes` holds each article's
// quote texts, read only when a person is opened or the record is exported.
import type { RecordEntry, SavedArticle, SavedQuote, SavedQuotes } from './types';

export const RECORD_DB = 'cited-record';
const VERSION = 1;
const ARTICLES = 'articles';
const QUOTES = 'quotes';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

export class RecordStore {
  /** Closed by us, or because another page deleted the record: open a new store to go on. */
  closed = false;

  private constructor(private readonly db: IDBDatabase) {
    // Another page deleting the record (the dashboard's "Delete all") asks open connections to close.
    db.onversionchange = () => this.close();
  }

  static open(factory: IDBFactory, name = RECORD_DB): Promise<RecordStore> {
    return new Promise((resolve, reject) => {
      const r = factory.open(name, VERSION);
      r.onupgradeneeded = () => {
        const db = r.result;
        if (!db.objectStoreNames.contains(ARTICLES)) db.createObjectStore(ARTICLES, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(QUOTES)) db.createObjectStore(QUOTES, { keyPath: 'id' });
      };
      r.onsuccess = () => resolve(new RecordStore(r.result));
      r.onerror = () => reject(r.error ?? new Error('Could not open the record'));
      r.onblocked = () => reject(new Error('The record is busy in another Cited page; close it and try again.'));
    });
  }

  /** Save (or replace) articles with their quotes, all in one transaction. */
  async put(entries: readonly RecordEntry[]): Promise<void> {
    if (!entries.length) return;
    const tx = this.db.transaction([ARTICLES, QUOTES], 'readwrite');
    const articles = tx.objectStore(ARTICLES);
    const quotes = tx.objectStore(QUOTES);
    for (const e of entries) {
      articles.put(e.article);
      quotes.put({ id: e.article.id, quotes: e.quotes } satisfies SavedQuotes);
    }
    await done(tx);
  }

  get(id: string): Promise<SavedArticle | undefined> {
    return request(this.db.transaction(ARTICLES).objectStore(ARTICLES).get(id) as IDBRequest<SavedArticle | undefined>);
  }

  /** Every article summary (no quote texts). */
  all(): Promise<SavedArticle[]> {
    return request(this.db.transaction(ARTICLES).objectStore(ARTICLES).getAll() as IDBRequest<SavedArticle[]>);
  }

  async count(): Promise<number> {
    return request(this.db.transaction(ARTICLES).objectStore(ARTICLES).count());
  }

  /** The quotes of some articles, by id. */
  async quotes(ids: readonly string[]): Promise<Map<string, SavedQuote[]>> {
    const store = this.db.transaction(QUOTES).objectStore(QUOTES);
    const rows = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<SavedQuotes | undefined>)));
    return new Map(rows.filter((r): r is SavedQuotes => !!r).map((r) => [r.id, r.quotes]));
  }

  /** Everything, for export: each article with its quotes, newest first. */
  async entries(): Promise<RecordEntry[]> {
    const tx = this.db.transaction([ARTICLES, QUOTES]);
    const [articles, quotes] = await Promise.all([
      request(tx.objectStore(ARTICLES).getAll() as IDBRequest<SavedArticle[]>),
      request(tx.objectStore(QUOTES).getAll() as IDBRequest<SavedQuotes[]>),
    ]);
    const byId = new Map(quotes.map((q) => [q.id, q.quotes]));
    return articles
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
      .map((article) => ({ article, quotes: byId.get(article.id) ?? [] }));
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction([ARTICLES, QUOTES], 'readwrite');
    tx.objectStore(ARTICLES).delete(id);
    tx.objectStore(QUOTES).delete(id);
    await done(tx);
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}

/** Delete the whole database: nothing of the record is left in the browser. */
export function deleteRecord(factory: IDBFactory, name = RECORD_DB): Promise<void> {
  return new Promise((resolve, reject) => {
    const r = factory.deleteDatabase(name);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error ?? new Error('Could not delete the record'));
    // Open connections get `versionchange` and close themselves (see the constructor); then this succeeds.
  });
}

/** Whether the reader keeps a record; stored only when turned off, so a default install stores nothing. */
export const RECORD_SETTING = 'record.off';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function recordEnabled(area: StorageAreaLike): Promise<boolean> {
  return (await area.get(RECORD_SETTING))[RECORD_SETTING] !== true;
}

export async function setRecordEnabled(area: StorageAreaLike, on: boolean): Promise<void> {
  if (on) await area.remove(RECORD_SETTING);
  else await area.set({ [RECORD_SETTING]: true });
}
