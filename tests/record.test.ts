// The reading record (utils/record/): from an analysis to a saved entry, people
// across articles, the dashboard's numbers, export/import, and the IndexedDB store.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analyze';
import { buildView, dayOf, detailsOf, mixTotal, refsOf, searchPeople, weekOf, type PersonRow } from '@/utils/record/aggregate';
import { countsOf, digestOf, speakersOf, type ArticleDigest } from '@/utils/record/digest';
import { articleId, entryFromAnalysis, siteOf, SAVED_QUOTE_MAX } from '@/utils/record/from-analysis';
import { ImportError, parseRecordFile, planImport, toRecordCsv, toRecordJson } from '@/utils/record/exchange';
import { deleteRecord, recordEnabled, RecordStore, setRecordEnabled, type StorageAreaLike } from '@/utils/record/store';
import type { RecordEntry, SavedArticle, SavedSpeaker } from '@/utils/record/types';
import { syntheticRecord } from '../bench/synthetic-record';

function speaker(name: string, over: Partial<SavedSpeaker> = {}): SavedSpeaker {
  return { name, aliases: [], kind: 'person', description: null, category: 'expert', pronoun: null, quotes: 1, indirect: 0, ...over };
}
let n = 0;
function article(speakers: SavedSpeaker[], over: Partial<SavedArticle> = {}): SavedArticle {
  n++;
  return {
    id: `https://a.example/${n}`, url: `https://a.example/${n}`, site: 'a.example', siteName: 'A', title: `Story ${n}`, byline: null,
    publishedTime: null, lang: 'en', savedAt: '2026-11-02T10:00:00.000Z', speakers, unattributed: 0, ...over,
  };
}
const digests = (articles: SavedArticle[]): ArticleDigest[] => articles.map(digestOf);
/** People across `articles`, as the dashboard lists them. */
function peopleOf(articles: SavedArticle[]): PersonRow[] {
  return buildView(digests(articles)).people;
}
/** Each identity's names as the articles wrote them. */
function names(articles: SavedArticle[]): string[][] {
  const v = buildView(digests(articles));
  return v.people
    .map((p) => [...new Set(refsOf(p).map(([i, j]) => speakersOf(v.articles[i]!)[j]!.name))].sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('from an analysis to a record entry', () => {
  const text = `Jane Marsh, a hydrologist at Westmere University, said the river was rising. "We have never seen this," she said. "The bridge is safe," said Tom Hale, the mayor of Port Aldmore.`;

  it('keeps the speakers with role, category, pronoun and counts, and the quotes by speaker', () => {
    const a = analyze({ text, url: 'https://www.ledger.example/news/river?utm_source=x&id=4#top', title: 'River rising' });
    const { article: saved, quotes } = entryFromAnalysis(a, '2026-11-02T10:00:00.000Z');
    expect(saved.id).toBe('https://www.ledger.example/news/river?id=4');
    expect(saved.site).toBe('ledger.example');
    const marsh = saved.speakers.find((s) => s.name === 'Jane Marsh')!;
    const given = a.speakers.find((s) => s.name === 'Jane Marsh')!;
    expect(marsh).toMatchObject({ kind: 'person', category: given.category, pronoun: 'she', quotes: given.quoteCount, indirect: given.indirectCount });
    expect(marsh.description).toMatch(/hydrologist/);
    expect(quotes.filter((q) => q.speaker === saved.speakers.indexOf(marsh)).map((q) => q.text)).toContain('We have never seen this,');
    expect(quotes.length).toBe(a.quotes.length);
    expect(saved.unattributed).toBe(a.quotes.filter((q) => !q.speakerId).length);
  });

  it('cuts very long quotes when saving', () => {
    const long = `"${'word '.repeat(400).trim()}," said Tom Hale, the mayor.`;
    const { quotes } = entryFromAnalysis(analyze({ text: long, url: 'https://x.example/a' }), '2026-11-02T10:00:00.000Z');
    expect(quotes[0]!.text.length).toBe(SAVED_QUOTE_MAX);
    expect(quotes[0]!.text.endsWith('…')).toBe(true);
  });

  it.each([
    ['https://www.example.org/a?utm_medium=email&fbclid=1#comments', 'https://www.example.org/a'],
    ['https://example.org/a?page=2&utm_campaign=x', 'https://example.org/a?page=2'],
    ['not a url', 'not a url'],
  ])('article id of %s', (url, want) => {
    expect(articleId(url, 'x')).toBe(want);
  });

  it('sites are hosts without www., file pages one site, else the site name', () => {
    expect(siteOf('https://www.bbc.co.uk/news/1', 'BBC')).toBe('bbc.co.uk');
    expect(siteOf('file:///home/me/page.html', null)).toBe('saved pages');
    expect(siteOf(null, 'The Ledger')).toBe('The Ledger');
  });
});

describe('the digest the first view reads', () => {
  it('keeps each speaker\'s kind, category, pronoun, counts, key, name, role and aliases', () => {
    const a = article([
      speaker('José Núñez', { aliases: ['Dr Núñez', 'Núñez'], description: 'an economist', pronoun: 'he', quotes: 2, indirect: 1 }),
      speaker('Harbour Board', { kind: 'organization', category: 'organization', aliases: ['HB'] }),
      speaker('a senior official', { kind: 'unnamed', category: 'official', description: 'a senior official', quotes: 3 }),
      speaker('Ann\tTab\nLines', { category: 'other', pronoun: 'they', description: 'a\tresident' }),
    ], { unattributed: 2 });
    const d = digestOf(a);
    expect(d).toMatchObject({ id: a.id, savedAt: a.savedAt, site: a.site, siteName: a.siteName, title: a.title, url: a.url, unattributed: 2 });
    expect(speakersOf(d)).toEqual([
      { kind: 'person', category: 'expert', pronoun: 'he', quotes: 2, indirect: 1, key: 'p:jose nunez', name: 'José Núñez', role: 'an economist', aliases: ['Dr Núñez', 'Núñez'] },
      { kind: 'organization', category: 'organization', pronoun: null, quotes: 1, indirect: 0, key: 'o:harbour board', name: 'Harbour Board', role: null, aliases: ['HB'] },
      // Unnamed sources count in the mix only: no name kept in the digest.
      { kind: 'unnamed', category: 'official', pronoun: null, quotes: 3, indirect: 0, key: '', name: '', role: null, aliases: [] },
      // Separators inside a name or role become spaces; the line structure holds.
      { kind: 'person', category: 'other', pronoun: 'they', quotes: 1, indirect: 0, key: 'p:ann tab lines', name: 'Ann Tab Lines', role: 'a resident', aliases: [] },
    ]);
    expect(countsOf(d)).toEqual({ speakers: 4, statements: 8 });
    expect(countsOf(digestOf(article([])))).toEqual({ speakers: 0, statements: 0 });
  });

  it('is several times smaller than the article it sums up', () => {
    const entries = syntheticRecord(200, { seed: 4 });
    const size = (x: unknown) => JSON.stringify(x).length;
    const digests = entries.reduce((n, e) => n + size(digestOf(e.article)), 0);
    const full = entries.reduce((n, e) => n + size(e.article) + size(e.quotes), 0);
    expect(digests * 3).toBeLessThan(full);
  });
});

describe('people across articles', () => {
  it('the same full name in two articles is one person', () => {
    const arts = [article([speaker('Jane Marsh')]), article([speaker('Jane Marsh'), speaker('Tom Hale')])];
    expect(names(arts)).toEqual([['Jane Marsh'], ['Tom Hale']]);
    const people = peopleOf(arts);
    expect(people.find((p) => p.name === 'Jane Marsh')).toMatchObject({ articles: 2, statements: 2 });
  });

  it('two people with the same surname stay apart, and a surname alone joins neither', () => {
    const arts = [article([speaker('Jane Marsh')]), article([speaker('Tom Marsh')]), article([speaker('Marsh')])];
    expect(names(arts)).toEqual([['Jane Marsh'], ['Marsh'], ['Tom Marsh']]);
  });

  it('case, accents and apostrophes are folded', () => {
    const arts = [article([speaker('José Núñez')]), article([speaker('Jose Nunez')]), article([speaker('Aoife O’Brien')]), article([speaker("Aoife O'Brien")])];
    expect(names(arts)).toEqual([["Aoife O'Brien", 'Aoife O’Brien'], ['Jose Nunez', 'José Núñez']]);
  });

  it('a middle initial may be there or not, unless it makes the plain name ambiguous', () => {
    expect(names([article([speaker('Jane A. Marsh')]), article([speaker('Jane Marsh')]), article([speaker('Jane Ann Marsh')])])).toEqual([['Jane A. Marsh', 'Jane Ann Marsh', 'Jane Marsh']]);
    expect(names([article([speaker('Jane A. Marsh')]), article([speaker('Jane B. Marsh')]), article([speaker('Jane Marsh')])])).toEqual([['Jane A. Marsh'], ['Jane B. Marsh'], ['Jane Marsh']]);
  });

  it('a person and an organisation never merge; unnamed sources are not people', () => {
    const arts = [article([speaker('Marsh Holdings', { kind: 'organization', category: 'organization' }), speaker('Marsh Holdings'), speaker('a senior official', { kind: 'unnamed', category: 'official' })])];
    expect(peopleOf(arts).map((p) => p.kind).sort()).toEqual(['organization', 'person']);
  });

  it('organisations join by an acronym the article gave', () => {
    const org = (name: string, aliases: string[] = []) => speaker(name, { kind: 'organization', category: 'organization', aliases });
    expect(names([article([org('World Health Organization', ['WHO'])]), article([org('WHO')]), article([org('World Trade Organization', ['WTO'])])])).toEqual([['WHO', 'World Health Organization'], ['World Trade Organization']]);
  });

  it('rows say the categories and sites each article gave, and the pronoun only when the articles agree', () => {
    const arts = [
      article([speaker('Jane Marsh', { category: 'expert', description: 'a hydrologist', pronoun: 'she' })], { site: 'a.example', savedAt: '2026-11-01T10:00:00.000Z' }),
      article([speaker('Jane Marsh', { category: 'official', description: 'the flood commissioner', pronoun: null })], { site: 'b.example', siteName: 'B', savedAt: '2026-11-03T10:00:00.000Z' }),
      article([speaker('Tom Hale', { pronoun: 'he' })]),
      article([speaker('Tom Hale', { pronoun: 'she' })]),
    ];
    const [marsh, hale] = ['Jane Marsh', 'Tom Hale'].map((x) => peopleOf(arts).find((p) => p.name === x)!);
    expect(marsh!.categories).toEqual({ expert: 1, official: 1 });
    expect(detailsOf(marsh!).sites.map((s) => s.name).sort()).toEqual(['A', 'B']);
    // As often each: the latest reading's role first.
    expect(detailsOf(marsh!).roles).toEqual(['the flood commissioner', 'a hydrologist']);
    expect(marsh!.pronoun).toBe('she');
    expect(hale!.pronoun).toBeNull();
  });

  it('search matches names and aliases, folded', () => {
    const v = buildView(digests([article([speaker('José Núñez', { aliases: ['Dr Núñez'] }), speaker('Tom Hale')])]));
    expect(searchPeople(v.people, 'nunez').map((p) => p.name)).toEqual(['José Núñez']);
    expect(searchPeople(v.people, 'dr NÚÑEZ').map((p) => p.name)).toEqual(['José Núñez']);
    expect(searchPeople(v.people, '').length).toBe(2);
  });
});

describe('the dashboard view', () => {
  const arts = [
    article([speaker('Jane Marsh', { category: 'expert', quotes: 2, indirect: 1, pronoun: 'she' }), speaker('Port Authority', { kind: 'organization', category: 'organization', quotes: 1 })], { site: 'a.example', savedAt: '2026-10-28T10:00:00.000Z' }),
    article([speaker('Tom Hale', { category: 'official', quotes: 3, pronoun: 'he' }), speaker('a senior official', { kind: 'unnamed', category: 'official', quotes: 1 })], { site: 'b.example', siteName: 'B News', savedAt: '2026-11-10T23:30:00.000Z', unattributed: 2 }),
    article([speaker('Jane Marsh', { category: 'expert', quotes: 1 }), speaker('Sam Reyes', { category: 'other', quotes: 1, pronoun: 'they' }), speaker('Lee Park', { category: 'other', quotes: 2 })], { site: 'a.example', savedAt: '2026-11-11T08:00:00.000Z' }),
  ];

  it('mixes voices overall, per site and per week; the sums agree', () => {
    const v = buildView(digests(arts));
    expect(v.mix).toEqual({ official: 3, expert: 4, organization: 1, other: 3, unnamed: 1 });
    expect(v.totals).toMatchObject({ articles: 3, statements: 12, sites: 2, unattributed: 2 });
    expect(v.bySite.map((s) => [s.name, s.articles, mixTotal(s.mix)])).toEqual([['A', 2, 8], ['B News', 1, 4]]);
    expect(v.byWeek.map((w) => [w.week, w.articles, mixTotal(w.mix)])).toEqual([['2026-10-26', 1, 4], ['2026-11-02', 0, 0], ['2026-11-09', 2, 8]]);
    expect(v.byWeek.reduce((s, w) => s + mixTotal(w.mix), 0)).toBe(mixTotal(v.mix));
  });

  it('shares statements by pronoun per site, persons only, with the pronoun the articles agree on', () => {
    const v = buildView(digests(arts));
    // Jane Marsh is "she" in one article and unsaid in the other: she, for all 4 of her statements.
    expect(v.pronouns).toEqual({ she: 4, he: 3, they: 1, unknown: 2 });
    expect(v.pronounsBySite.find((s) => s.site === 'a.example')!.share).toEqual({ she: 4, he: 0, they: 1, unknown: 2 });
  });

  it('filters by date range (in the reader\'s time zone) and by site', () => {
    expect(buildView(digests(arts), { from: '2026-11-10', to: '2026-11-10' }).totals.articles).toBe(1);
    // 23:30 UTC on the 10th is the 11th an hour east of UTC (offset -60).
    expect(buildView(digests(arts), { from: '2026-11-11', tzOffsetMinutes: -60 }).totals.articles).toBe(2);
    const a = buildView(digests(arts), { site: 'a.example' });
    expect(a.totals.articles).toBe(2);
    expect(a.people.find((p) => p.name === 'Jane Marsh')!.articles).toBe(2);
    expect(a.allSites.length).toBe(2);
  });

  it('days and weeks', () => {
    expect(dayOf('2026-11-10T23:30:00Z', -60)).toBe('2026-11-11');
    expect(dayOf('2026-11-10T00:30:00Z', 300)).toBe('2026-11-09');
    // Saved times (toISOString) take a faster path: the same days as Date's, across offsets and midnights.
    for (const offset of [-840, -330, -60, 0, 60, 300, 720]) {
      for (let t = Date.parse('2026-12-31T00:00:00Z') - 86_400_000; t < Date.parse('2027-01-02T00:00:00Z'); t += 7 * 60_000) {
        const iso = new Date(t).toISOString();
        expect(dayOf(iso, offset)).toBe(new Date(t - offset * 60_000).toISOString().slice(0, 10));
      }
    }
    expect(dayOf('2026-13-45T10:00:00.000Z')).toBe('0000-00-00');
    expect(weekOf('2026-11-15')).toBe('2026-11-09');
    expect(weekOf('2026-11-09')).toBe('2026-11-09');
  });

  it('an empty record is an empty view', () => {
    const v = buildView([]);
    expect(v.totals).toEqual({ articles: 0, statements: 0, people: 0, sites: 0, unattributed: 0 });
    expect(v.range).toBeNull();
  });
});

describe('export and import', () => {
  const entries: RecordEntry[] = syntheticRecord(30, { seed: 3 });

  it('JSON round-trips exactly', () => {
    const back = parseRecordFile(toRecordJson(entries, '2026-12-01T00:00:00.000Z'));
    expect(back.invalid).toBe(0);
    expect(back.entries).toEqual(entries);
  });

  it('CSV has one row per quote, defused', () => {
    const e = entries[0]!;
    const hostile: RecordEntry = { article: { ...e.article, title: '=HYPERLINK("http://evil.example")' }, quotes: [{ speaker: 0, kind: 'direct', text: '+1 "quoted", on two\nlines' }] };
    const csv = toRecordCsv([hostile], { bom: true });
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('read on,published,site,site name,title,url,speaker,speaker kind,category,role,statement,quote');
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(rows[1]).toContain(`"'+1 ""quoted"", on two\nlines"`);
    expect(toRecordCsv(entries).split('\r\n').length - 2).toBe(entries.reduce((s, x) => s + x.quotes.length, 0));
  });

  it('refuses what is not a record, with a message', () => {
    expect(() => parseRecordFile('{oops')).toThrow(ImportError);
    expect(() => parseRecordFile('{"format":"something"}')).toThrow(/not a Cited record/);
    expect(() => parseRecordFile('{"format":"cited-record","version":9,"articles":[]}')).toThrow(/newer Cited/);
  });

  it('leaves out invalid articles and keeps the rest', () => {
    const file = JSON.parse(toRecordJson(entries.slice(0, 3), 'x'));
    file.articles[0].speakers[0].category = 'villain';
    file.articles[1].quotes.push({ speaker: 99, kind: 'direct', text: 'x' });
    file.articles.push({ id: 'no date', site: 'x' }, 'nonsense', null);
    const back = parseRecordFile(JSON.stringify(file));
    expect(back.invalid).toBe(5);
    expect(back.entries.map((e) => e.article.id)).toEqual([entries[2]!.article.id]);
  });

  it('deduplicates: within the file, and against the record (the later reading wins)', () => {
    const [a, b] = entries;
    const older = { ...a!, article: { ...a!.article, savedAt: '2020-01-01T00:00:00.000Z' } };
    const parsed = parseRecordFile(toRecordJson([a!, older, b!], 'x'));
    expect(parsed.repeated).toBe(1);
    expect(parsed.entries.map((e) => e.article.savedAt)).toEqual([a!.article.savedAt, b!.article.savedAt]);
    const existing = new Map([[a!.article.id, a!.article.savedAt], [b!.article.id, '2000-01-01T00:00:00.000Z']]);
    const plan = planImport(existing, parsed.entries);
    expect(plan).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(plan.write.map((e) => e.article.id)).toEqual([b!.article.id]);
    expect(planImport(new Map(), parsed.entries).added).toBe(2);
  });
});

describe('the IndexedDB store', () => {
  it('saves, lists, reads quotes, replaces, deletes one, and deletes everything', async () => {
    const factory = new IDBFactory();
    const store = await RecordStore.open(factory);
    const entries = syntheticRecord(5, { seed: 5 });
    await store.put(entries);
    expect(await store.count()).toBe(5);
    expect((await store.entries()).map((e) => e.article.id).sort()).toEqual(entries.map((e) => e.article.id).sort());
    // The digests, oldest reading first, say what the articles say.
    const ds = await store.digests();
    expect(ds.map((d) => d.id)).toEqual([...entries].sort((a, b) => (a.article.savedAt < b.article.savedAt ? -1 : 1)).map((e) => e.article.id));
    expect(ds).toEqual(expect.arrayContaining(entries.map((e) => digestOf(e.article))));
    const q = await store.quotes([entries[1]!.article.id, 'missing']);
    expect(q.get(entries[1]!.article.id)).toEqual(entries[1]!.quotes);
    expect(q.has('missing')).toBe(false);
    expect(await store.get(entries[2]!.article.id)).toEqual(entries[2]);
    // The same article saved again replaces it, and says when it was read before; a new reading month moves its digest.
    const id = entries[0]!.article.id;
    const digestOfId = async () => (await store.digests()).filter((d) => d.id === id);
    const before = await store.put([{ ...entries[0]!, article: { ...entries[0]!.article, title: 'Updated' } }]);
    expect(before).toEqual(new Map([[id, entries[0]!.article.savedAt]]));
    expect(await store.count()).toBe(5);
    expect((await store.get(id))!.article.title).toBe('Updated');
    expect((await digestOfId()).map((d) => d.title)).toEqual(['Updated']);
    await store.put([{ ...entries[0]!, article: { ...entries[0]!.article, savedAt: '2031-01-05T10:00:00.000Z' } }]);
    expect((await digestOfId()).map((d) => d.savedAt)).toEqual(['2031-01-05T10:00:00.000Z']);
    expect((await store.digests()).at(-1)!.id).toBe(id);
    await store.delete(id);
    await store.delete('not saved');
    expect(await store.count()).toBe(4);
    expect((await store.quotes([id])).size).toBe(0);
    expect(await digestOfId()).toEqual([]);
    expect((await store.digests()).length).toBe(4);
    expect((await store.entries()).length).toBe(4);
    // "Delete all" removes the database even while a connection is open; that connection says it is closed.
    await deleteRecord(factory);
    expect(await factory.databases()).toEqual([]);
    expect(store.closed).toBe(true);
  });

  it.each([1, 2])('upgrades a version-%i record: quotes move into their articles, the pages are built from them', async (version) => {
    const factory = new IDBFactory();
    const entries = syntheticRecord(40, { seed: 6 });
    // A record as version 1 wrote it (articles and quotes), or version 2 (and one digest per article).
    await new Promise<void>((resolve, reject) => {
      const r = factory.open('cited-record', version);
      r.onupgradeneeded = () => {
        r.result.createObjectStore('articles', { keyPath: 'id' });
        r.result.createObjectStore('quotes', { keyPath: 'id' });
        if (version === 2) r.result.createObjectStore('digests', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      };
      r.onsuccess = () => {
        const names = [...r.result.objectStoreNames];
        const tx = r.result.transaction(names, 'readwrite');
        for (const e of entries) {
          tx.objectStore('articles').put(e.article);
          tx.objectStore('quotes').put({ id: e.article.id, quotes: e.quotes });
          if (version === 2) tx.objectStore('digests').put(digestOf(e.article));
        }
        tx.oncomplete = () => (r.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
      r.onerror = () => reject(r.error);
    });
    const store = await RecordStore.open(factory);
    const ds = await store.digests();
    expect(ds.map((d) => d.id)).toEqual([...entries].sort((x, y) => (x.article.savedAt < y.article.savedAt ? -1 : 1)).map((e) => e.article.id));
    expect(ds).toEqual(expect.arrayContaining(entries.map((e) => digestOf(e.article))));
    const newestFirst = [...entries].sort((x, y) => (x.article.savedAt < y.article.savedAt ? 1 : -1));
    expect(await store.entries()).toEqual(newestFirst);
    expect(buildView(ds).totals.articles).toBe(40);
    store.close();
    // Only the two stores of version 3 are left.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('cited-record');
      r.onsuccess = () => resolve(r.result);
    });
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'pages']);
    db.close();
  });

  it('a save that fails writes nothing (articles and pages in one transaction)', async () => {
    const factory = new IDBFactory();
    const store = await RecordStore.open(factory);
    const entries = syntheticRecord(6, { seed: 8 });
    await store.put(entries.slice(0, 3));
    const digests = await store.digests();
    // A value IndexedDB cannot store (a function) in the last entry: the first ones are not saved either.
    const bad = { ...entries[5]!, article: { ...entries[5]!.article, title: (() => 'x') as unknown as string } };
    await expect(store.put([entries[3]!, entries[4]!, bad])).rejects.toThrow();
    expect(await store.digests()).toEqual(digests);
    expect(await store.count()).toBe(3);
    await expect(store.put(entries.slice(3))).resolves.toEqual(new Map());
    expect(await store.count()).toBe(6);
    store.close();
  });

  it('the setting is stored only when the record is turned off', async () => {
    const data: Record<string, unknown> = {};
    const area: StorageAreaLike = {
      get: async (k) => (k in data ? { [k]: data[k] } : {}),
      set: async (items) => void Object.assign(data, items),
      remove: async (k) => void delete data[k],
    };
    expect(await recordEnabled(area)).toBe(true);
    await setRecordEnabled(area, false);
    expect(await recordEnabled(area)).toBe(false);
    await setRecordEnabled(area, true);
    expect(await recordEnabled(area)).toBe(true);
    expect(data).toEqual({});
  });
});

describe('synthetic record (tests and bench)', () => {
  it('is deterministic and builds a view of 10,000 articles with consistent sums', () => {
    expect(syntheticRecord(20, { seed: 9 })).toEqual(syntheticRecord(20, { seed: 9 }));
    const all = syntheticRecord(10_000).map((e) => digestOf(e.article));
    const v = buildView(all);
    expect(v.totals.articles).toBe(10_000);
    expect(v.bySite.reduce((s, x) => s + mixTotal(x.mix), 0)).toBe(mixTotal(v.mix));
    expect(v.byWeek.reduce((s, x) => s + mixTotal(x.mix), 0)).toBe(mixTotal(v.mix));
    const named = v.people.reduce((s, p) => s + p.statements, 0);
    expect(named + v.mix.unnamed).toBe(mixTotal(v.mix));
    for (const p of v.people.slice(0, 50)) expect(p.articles).toBeLessThanOrEqual(p.statements);
    // People who share a surname stay apart: there are many more people than surnames.
    const surnames = new Set(v.people.filter((p) => p.kind === 'person').map((p) => p.name.split(' ').at(-1)));
    expect(v.people.filter((p) => p.kind === 'person').length).toBeGreaterThan(surnames.size * 3);
  });
});
