// The record in IndexedDB. The factory is passed in (the extension's pages give
// `indexedDB`, tests give fake-indexeddb), so this file touches no browser global.
//
// Three object stores keyed by article id, written together in one transaction:
//   - `digests`: what the dashboard's first view counts (digest.ts), one small
//     object per article, read in one getAll() over its savedAt index (oldest first);
//   - `articles`: each article with its speakers as saved (SavedArticle);
//   - `quotes`: each article's quote texts, read only when a person is opened
//     or the record is exported.
//
// Versions (the database's version is the stored format's):
//   1: `articles` and `quotes`;
//   2: `digests` added, built from the articles on upgrade.
// A later change to the digest's encoding bumps the version and rebuilds them the same way.
import { digestOf, type ArticleDigest } from './digest';
import type { RecordEntry, SavedArticle, SavedQuote, SavedQuotes } from './types';

export const RECORD_DB = 'cited-record';
export const RECORD_VERSION = 2;
const ARTICLES = 'articles';
const QUOTES = 'quotes';
const DIGESTS = 'digests';
const BY_DATE = 'savedAt';

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
      const r = factory.open(name, RECORD_VERSION);
      r.onupgradeneeded = (event) => {
        const db = r.result;
        const tx = r.transaction!;
        if (!db.objectStoreNames.contains(ARTICLES)) db.createObjectStore(ARTICLES, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(QUOTES)) db.createObjectStore(QUOTES, { keyPath: 'id' });
        // (Re)build the digests from the articles: from version 1, or after a change of their encoding.
        if (db.objectStoreNames.contains(DIGESTS)) db.deleteObjectStore(DIGESTS);
        const digests = db.createObjectStore(DIGESTS, { keyPath: 'id' });
        digests.createIndex(BY_DATE, 'savedAt');
        if (event.oldVersion > 0) {
          const cursor = tx.objectStore(ARTICLES).openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return;
            digests.put(digestOf(c.value as SavedArticle));
            c.continue();
          };
        }
      };
      r.onsuccess = () => resolve(new RecordStore(r.result));
      r.onerror = () => reject(r.error ?? new Error('Could not open the record'));
      r.onblocked = () => reject(new Error('The record is busy in another Cited page; close it and try again.'));
    });
  }

  /** Save (or replace) articles with their quotes, all in one transaction. */
  async put(entries: readonly RecordEntry[]): Promise<void> {
    if (!entries.length) return;
    const tx = this.db.transaction([DIGESTS, ARTICLES, QUOTES], 'readwrite');
    const digests = tx.objectStore(DIGESTS);
    const articles = tx.objectStore(ARTICLES);
    const quotes = tx.objectStore(QUOTES);
    for (const e of entries) {
      digests.put(digestOf(e.article));
      articles.put(e.article);
      quotes.put({ id: e.article.id, quotes: e.quotes } satisfies SavedQuotes);
    }
    await done(tx);
  }

  get(id: string): Promise<SavedArticle | undefined> {
    return request(this.db.transaction(ARTICLES).objectStore(ARTICLES).get(id) as IDBRequest<SavedArticle | undefined>);
  }

  /** The digest of one article (its savedAt, title, counts), without reading the article. */
  digest(id: string): Promise<ArticleDigest | undefined> {
    return request(this.db.transaction(DIGESTS).objectStore(DIGESTS).get(id) as IDBRequest<ArticleDigest | undefined>);
  }

  /** Every article's digest, oldest reading first: what the dashboard's first view reads. */
  digests(): Promise<ArticleDigest[]> {
    return request(this.db.transaction(DIGESTS).objectStore(DIGESTS).index(BY_DATE).getAll() as IDBRequest<ArticleDigest[]>);
  }

  /** Every article as saved, with its speakers (no quote texts). */
  all(): Promise<SavedArticle[]> {
    return request(this.db.transaction(ARTICLES).objectStore(ARTICLES).getAll() as IDBRequest<SavedArticle[]>);
  }

  async count(): Promise<number> {
    return request(this.db.transaction(DIGESTS).objectStore(DIGESTS).count());
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
    const tx = this.db.transaction([DIGESTS, ARTICLES, QUOTES], 'readwrite');
    tx.objectStore(DIGESTS).delete(id);
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
