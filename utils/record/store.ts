// The record in IndexedDB. The factory is passed in (the extension's pages give
// `indexedDB`, tests give fake-indexeddb), so this file touches no browser global.
//
// Two object stores, written together in one transaction on every save, import
// and delete:
//   - `articles`, keyed by article id: each article as saved with its quotes
//     (ArticleWithQuotes, the exported file's shape), read when a person is
//     opened, on export, and for the article's old reading when it is saved again;
//   - `pages`, keyed by month of reading ("2026-11", UTC): the digests
//     (digest.ts) of that month's articles, oldest first, in one value. The
//     dashboard's first view is one getAll() over a dozen pages a year.
//
// Why pages: IndexedDB's cost is per value far more than per byte. In Chromium
// 150, 10,000 small digest objects take ~0.5-0.9 s to read (one value each),
// the same digests in 12 month pages ~60-200 ms, and took a fifth of the disk
// (a one-off experiment under load; bench/dashboard.ts measures the first view). A save rewrites the month's page, a few
// hundred kilobytes at most for a heavy reader, after the popup's list is on screen.
//
// Versions (the database's version is the stored format's):
//   1: `articles` (without quotes) and `quotes`;
//   2: `digests` added, one per article;
//   3: quotes inside `articles`, `quotes` and `digests` gone, `pages` built from the articles.
// A later change to the digest's encoding bumps the version and rebuilds the pages the same way.
import { digestOf, type ArticleDigest } from './digest';
import type { ArticleWithQuotes, RecordEntry, SavedArticle, SavedQuote } from './types';

export const RECORD_DB = 'cited-record';
export const RECORD_VERSION = 3;
const ARTICLES = 'articles';
const PAGES = 'pages';
/** Stores of earlier versions. */
const OLD_QUOTES = 'quotes';
const OLD_DIGESTS = 'digests';

/** The digests of one month's readings, oldest first. */
interface Page {
  month: string;
  digests: ArticleDigest[];
}

/** The page an article's digest is kept in. */
export function monthOf(savedAt: string): string {
  return savedAt.slice(0, 7);
}

function bySavedAt(a: ArticleDigest, b: ArticleDigest): number {
  return a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

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

/** Run `work` in a read-write transaction over both stores; anything thrown aborts it, so nothing is half written. */
async function writing<T>(db: IDBDatabase, work: (articles: IDBObjectStore, pages: IDBObjectStore) => Promise<T>): Promise<T> {
  const tx = db.transaction([ARTICLES, PAGES], 'readwrite');
  const finished = done(tx);
  let result: T;
  try {
    result = await work(tx.objectStore(ARTICLES), tx.objectStore(PAGES));
  } catch (error) {
    finished.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborting.
    }
    throw error;
  }
  await finished;
  return result;
}

/** Rewrite the pages of some months: remove the digests of `remove` ids, add `add`. */
async function repage(pages: IDBObjectStore, months: ReadonlyMap<string, { remove: Set<string>; add: ArticleDigest[] }>): Promise<void> {
  const keys = [...months.keys()];
  const current = await Promise.all(keys.map((m) => request(pages.get(m) as IDBRequest<Page | undefined>)));
  keys.forEach((month, k) => {
    const change = months.get(month)!;
    let list = current[k]?.digests ?? [];
    if (change.remove.size) list = list.filter((d) => !change.remove.has(d.id));
    if (change.add.length) list = list.concat(change.add).sort(bySavedAt);
    if (list.length) pages.put({ month, digests: list } satisfies Page);
    else pages.delete(month);
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
        if (db.objectStoreNames.contains(OLD_DIGESTS)) db.deleteObjectStore(OLD_DIGESTS);
        // (Re)build the pages from the articles: from an earlier version, or after a change of the digests' encoding.
        if (db.objectStoreNames.contains(PAGES)) db.deleteObjectStore(PAGES);
        const pages = db.createObjectStore(PAGES, { keyPath: 'month' });
        if (event.oldVersion === 0) return;
        const quotes = db.objectStoreNames.contains(OLD_QUOTES) ? tx.objectStore(OLD_QUOTES) : null;
        const byMonth = new Map<string, ArticleDigest[]>();
        const cursor = tx.objectStore(ARTICLES).openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) {
            for (const [month, digests] of byMonth) pages.put({ month, digests: digests.sort(bySavedAt) } satisfies Page);
            if (quotes) db.deleteObjectStore(OLD_QUOTES);
            return;
          }
          const a = c.value as SavedArticle;
          const digest = digestOf(a);
          const month = monthOf(a.savedAt);
          const list = byMonth.get(month);
          if (list) list.push(digest);
          else byMonth.set(month, [digest]);
          if (!quotes) {
            c.continue();
            return;
          }
          // Up to version 2, the quotes were kept apart: move them into the article.
          const q = quotes.get(a.id) as IDBRequest<{ quotes: SavedQuote[] } | undefined>;
          q.onsuccess = () => {
            c.update({ ...a, quotes: q.result?.quotes ?? [] } satisfies ArticleWithQuotes);
            c.continue();
          };
        };
      };
      r.onsuccess = () => resolve(new RecordStore(r.result));
      r.onerror = () => reject(r.error ?? new Error('Could not open the record'));
      r.onblocked = () => reject(new Error('The record is busy in another Cited page; close it and try again.'));
    });
  }

  /**
   * Save (or replace) articles with their quotes, all in one transaction (the
   * last of the same id wins). Gives the previous reading time of the articles
   * that were already saved.
   */
  put(entries: readonly RecordEntry[]): Promise<Map<string, string>> {
    const before = new Map<string, string>();
    if (!entries.length) return Promise.resolve(before);
    const byId = new Map(entries.map((e) => [e.article.id, e]));
    return writing(this.db, async (articles, pages) => {
      const ids = [...byId.keys()];
      const old = await Promise.all(ids.map((id) => request(articles.get(id) as IDBRequest<ArticleWithQuotes | undefined>)));
      const months = new Map<string, { remove: Set<string>; add: ArticleDigest[] }>();
      const month = (m: string) => {
        let change = months.get(m);
        if (!change) months.set(m, (change = { remove: new Set(), add: [] }));
        return change;
      };
      old.forEach((a) => {
        if (!a) return;
        before.set(a.id, a.savedAt);
        month(monthOf(a.savedAt)).remove.add(a.id);
      });
      for (const { article } of byId.values()) month(monthOf(article.savedAt)).add.push(digestOf(article));
      await repage(pages, months);
      for (const { article, quotes } of byId.values()) articles.put({ ...article, quotes } satisfies ArticleWithQuotes);
      return before;
    });
  }

  /** One article as saved, with its quotes. */
  async get(id: string): Promise<RecordEntry | undefined> {
    const a = await request(this.db.transaction(ARTICLES).objectStore(ARTICLES).get(id) as IDBRequest<ArticleWithQuotes | undefined>);
    return a && split(a);
  }

  /** Every article's digest, oldest reading first: what the dashboard's first view reads. */
  async digests(): Promise<ArticleDigest[]> {
    const pages = await request(this.db.transaction(PAGES).objectStore(PAGES).getAll() as IDBRequest<Page[]>);
    if (pages.length === 1) return pages[0]!.digests;
    const out: ArticleDigest[] = [];
    for (const p of pages) for (const d of p.digests) out.push(d);
    return out;
  }

  count(): Promise<number> {
    return request(this.db.transaction(ARTICLES).objectStore(ARTICLES).count());
  }

  /** The quotes of some articles, by id. */
  async quotes(ids: readonly string[]): Promise<Map<string, SavedQuote[]>> {
    const store = this.db.transaction(ARTICLES).objectStore(ARTICLES);
    const rows = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<ArticleWithQuotes | undefined>)));
    return new Map(rows.filter((r): r is ArticleWithQuotes => !!r).map((r) => [r.id, r.quotes]));
  }

  /** Everything, for export: each article with its quotes, newest first. */
  async entries(): Promise<RecordEntry[]> {
    const all = await request(this.db.transaction(ARTICLES).objectStore(ARTICLES).getAll() as IDBRequest<ArticleWithQuotes[]>);
    return all.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0)).map(split);
  }

  /** Delete one article (its digest with it). */
  delete(id: string): Promise<void> {
    return writing(this.db, async (articles, pages) => {
      const old = await request(articles.get(id) as IDBRequest<ArticleWithQuotes | undefined>);
      if (!old) return;
      await repage(pages, new Map([[monthOf(old.savedAt), { remove: new Set([id]), add: [] }]]));
      articles.delete(id);
    });
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}

function split(a: ArticleWithQuotes): RecordEntry {
  const { quotes, ...article } = a;
  return { article, quotes };
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
