// @vitest-environment happy-dom
// The popup's pure logic, its state factory, its components, the message contract
// and live-page highlighting, in happy-dom. Browser-facing parts (injection, badge,
// clipboard, downloads) run for real in tests/e2e/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analyze';
import type { Analysis, Quote, Speaker } from '@/utils/types';
import { createListener, sendToTab, type TabMessenger } from '@/utils/messaging';
import { clearHighlights, findTextRange, foldForMatch, highlightQuote, indexText } from '@/utils/page/highlight';
import {
  cardCountParts, categoryCounts, exactWordRanges, countSummary, displayDate, headerMeta, isTimestampByline, presentCategories, filterSpeakers, filterUnattributed, groupSpeakers, initials,
  isRestrictedError, isRestrictedUrl, normalizeForSearch, quoteExcerpts, siteOf, summaryParts, unattributedQuotes, DEFAULT_FILTERS,
} from '@/components/model';
import { createPopupState } from '@/entrypoints/popup/state';
import { App, type PopupActions } from '@/entrypoints/popup/App';
import { CategoryFilter } from '@/components/CategoryFilter';
import { EmptyState } from '@/components/EmptyState';
import { Header } from '@/components/Header';
import { QuoteExcerpts, QuoteItem, QuotesById } from '@/components/QuoteItem';
import { displayText } from '@/utils/export';
import { LOCALES, readMessages, useLocale } from './i18n-harness';
import { t, tn } from '@/components/i18n';
import { SpeakerCard } from '@/components/SpeakerCard';
import { SpeakerList } from '@/components/SpeakerList';

// The popup's words come from browser.i18n: English, from public/_locales/en, unless a test says otherwise.
beforeEach(() => useLocale('en'));

// ---- A hand-made analysis: the data these tests reason about -----------------------------------------------

const speaker = (id: string, name: string, category: Speaker['category'], description: string | null, quoteCount: number, indirectCount = 0): Speaker =>
  ({ id, name, aliases: [], description, category, quoteCount, indirectCount });
let qn = 0;
const quote = (speakerId: string | null, text: string, kind: Quote['kind'] = 'direct', paragraph = qn): Quote =>
  ({ id: `q${++qn}`, text, speaker: speakerId ? `name of ${speakerId}` : null, speakerId, cue: 'said', kind, paragraph, start: 0, end: text.length, confidence: 1, sieve: 'test' });

function fixture(): Analysis {
  qn = 0;
  const quotes = [
    quote('baker', 'The bread will be late on Mondays.'),
    quote('mayor', 'We will build the bridge.'),
    quote('prof', 'The piers are cracking.'),
    quote('baker', 'Customers are patient.'),
    quote('baker', 'I open at six.'),
    quote('council', 'the vote would be held in June', 'indirect'),
    quote('prof', 'steel prices had doubled', 'indirect'),
    quote(null, 'the Old Grey Lady'),
    quote('mayor', 'Nobody will be cut off.'),
  ];
  return {
    status: 'ok', title: 'Bridge vote', byline: 'A. Writer', siteName: 'The Test Gazette', publishedTime: '2026-04-14T10:00:00Z',
    lang: 'en', url: 'https://news.example/bridge', notices: [], quotes,
    speakers: [
      speaker('baker', 'Maureen Pettigrew', 'other', 'a baker on the north quay', 3),
      speaker('council', 'Harbour Council', 'organization', null, 0, 1),
      speaker('prof', 'Eleanor Quayle', 'expert', 'a professor of structural engineering', 2, 1),
      speaker('mayor', 'Ólafur Rook', 'official', 'Mayor', 2),
    ],
  };
}

// ---- Pure functions ----------------------------------------------------------------------------------------

describe('model', () => {
  it('orders cards: officials and experts first, then by number of quotes, then by first appearance', () => {
    const names = groupSpeakers(fixture()).map((v) => v.speaker.name);
    expect(names).toEqual(['Ólafur Rook', 'Eleanor Quayle', 'Maureen Pettigrew', 'Harbour Council']);
  });

  it('marks speakers with only reported speech as paraphrased', () => {
    const views = groupSpeakers(fixture());
    expect(views.filter((v) => v.paraphrased).map((v) => v.speaker.id)).toEqual(['council']);
  });

  it('counts people and organizations apart, quotes and paraphrases apart', () => {
    const c = countSummary(fixture());
    expect(c).toEqual({
      people: 3, organizations: 1, unnamed: 0, quotes: 7, paraphrases: 2, officials: 1, experts: 1, paraphrased: 1, unattributed: 1,
    });
    expect(summaryParts(c).join(' · ')).toBe('3 people · 1 organization · 7 quotes · 2 paraphrased');
    expect(summaryParts({ ...c, people: 1, quotes: 1 })[0]).toBe('1 person');
  });

  it('names only the groups that are there, unnamed sources when the analysis lists them', () => {
    const a = { ...fixture(), unnamedSources: [{}, {}] };
    expect(countSummary(a).unnamed).toBe(2);
    const noOrgs = fixture();
    noOrgs.speakers = noOrgs.speakers.filter((s) => s.category !== 'organization');
    noOrgs.quotes = noOrgs.quotes.filter((q) => q.kind !== 'indirect');
    const parts = summaryParts(countSummary({ ...noOrgs, unnamedSources: [{}] }));
    expect(parts).toEqual(['3 people', '1 unnamed source', '7 quotes']);
    expect(parts.join(' ')).not.toMatch(/\b0 /);
  });

  it('never says "0 quotes" on a card of someone only paraphrased', () => {
    const views = groupSpeakers(fixture());
    const part = (id: string) => cardCountParts(views.find((v) => v.speaker.id === id)!);
    expect(part('council')).toEqual(['1 paraphrased']);
    expect(part('prof')).toEqual(['2 quotes', '1 paraphrased']);
    expect(part('baker')).toEqual(['3 quotes']);
  });

  it.each([
    // [site, byline, published, expected line]
    ['Mac & i', 'Mac & i', '2018-06-08T16:29:00+01:00', 'Mac & i · 8 Jun 2018'],
    ['Gazette', 'GAZETTE', null, 'Gazette'],
    ['Gazette', '08.06.2018, 16:29', '2018-06-08T16:29:00+01:00', 'Gazette · 8 Jun 2018'],
    ['Gazette', 'Updated 2018-06-08', null, 'Gazette'],
    ['Gazette', 'Published 4:29 pm', null, 'Gazette'],
    ['Gazette', '  Jane   Doe ', '2018-06-08', 'Gazette · Jane Doe · 8 Jun 2018'],
    ['Gazette', 'Jane Doe and 2 others', null, 'Gazette · Jane Doe and 2 others'],
  ])('the line under the title: %s / %s / %s → %s', (siteName, byline, publishedTime, line) => {
    expect(headerMeta({ siteName, byline, publishedTime, url: null }, 'en-GB').join(' · ')).toBe(line);
  });

  it('gives each quote an excerpt that tells it from the others', () => {
    qn = 0;
    const qs = [
      quote('a', 'We will rebuild the pier by spring, whatever it costs.'),
      quote('a', 'We will rebuild the school first.'),
      quote('b', 'a blank cheque signed in the dark,', 'partial'),
      quote('b', 'Short.'),
      quote('c', 'We will rebuild the pier by spring, whatever it costs.'),
    ];
    const ex = quoteExcerpts(qs, displayText);
    expect([...ex.values()]).toEqual([
      'We will rebuild the pier …',
      'We will rebuild the school …',
      'a blank cheque signed …',
      'Short.',
      'We will rebuild the pier … (2)',
    ]);
    expect(new Set(ex.values()).size).toBe(qs.length);
  });

  it('tells a timestamp byline from a name', () => {
    expect(isTimestampByline('08.06.2018, 16:29')).toBe(true);
    expect(isTimestampByline('June 8, 2018')).toBe(true);
    expect(isTimestampByline('Jane Doe')).toBe(false);
    expect(isTimestampByline('Jane Doe, 3 min read')).toBe(false);
  });

  it('puts quotes without a known speaker in the unattributed group', () => {
    const a = fixture();
    a.quotes.push({ ...a.quotes[0]!, id: 'orphan', speakerId: 'ghost' });
    expect(unattributedQuotes(a).map((q) => q.id)).toEqual(['q8', 'orphan']);
  });

  it('filters by category', () => {
    const views = groupSpeakers(fixture());
    expect(filterSpeakers(views, { ...DEFAULT_FILTERS, category: 'expert' }).map((v) => v.speaker.id)).toEqual(['prof']);
    expect(filterSpeakers(views, { ...DEFAULT_FILTERS, category: 'organization' }).map((v) => v.speaker.id)).toEqual(['council']);
    expect(filterUnattributed(unattributedQuotes(fixture()), { ...DEFAULT_FILTERS, category: 'expert' })).toEqual([]);
  });

  it('searches names (accents and case folded), roles, and quote text (keeping only matching quotes)', () => {
    const views = groupSpeakers(fixture());
    const by = (search: string) => filterSpeakers(views, { ...DEFAULT_FILTERS, search });
    expect(by('olafur').map((v) => v.speaker.id)).toEqual(['mayor']);
    expect(by('  PROFESSOR ').map((v) => v.speaker.id)).toEqual(['prof']);
    expect(by('professor')[0]!.quotes).toHaveLength(2); // role matched: every quote stays
    const bread = by('bread');
    expect(bread.map((v) => v.speaker.id)).toEqual(['baker']);
    expect(bread[0]!.quotes.map((q) => q.text)).toEqual(['The bread will be late on Mondays.']);
    expect(by('no such thing')).toEqual([]);
    expect(filterUnattributed(unattributedQuotes(fixture()), { ...DEFAULT_FILTERS, search: 'grey' })).toHaveLength(1);
    expect(normalizeForSearch('  Ólafur\n ROOK ')).toBe('olafur rook');
  });

  it('hides paraphrased speakers and reported speech when paraphrases are off', () => {
    const views = groupSpeakers(fixture());
    const shown = filterSpeakers(views, { ...DEFAULT_FILTERS, showParaphrased: false });
    expect(shown.map((v) => v.speaker.id)).not.toContain('council');
    expect(shown.flatMap((v) => v.quotes).some((q) => q.kind === 'indirect')).toBe(false);
    expect(shown.find((v) => v.speaker.id === 'prof')!.quotes).toHaveLength(1);
  });

  it('counts speakers per category for the filter buttons', () => {
    expect(categoryCounts(groupSpeakers(fixture()), DEFAULT_FILTERS)).toEqual({ all: 4, official: 1, expert: 1, organization: 1, other: 1 });
    expect(categoryCounts(groupSpeakers(fixture()), { ...DEFAULT_FILTERS, showParaphrased: false }).organization).toBe(0);
  });

  it.each([
    ['chrome://version', true], ['edge://settings', true], ['about:blank', true], ['view-source:https://a.example/', true],
    ['https://chromewebstore.google.com/detail/x', true], ['https://addons.mozilla.org/en-US/firefox/', true],
    ['chrome-extension://abc/popup.html', true], ['https://news.example/story', false], ['file:///tmp/a.html', false], [null, false],
  ])('isRestrictedUrl(%s) is %s', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });

  it.each([
    ['Cannot access a chrome:// URL', true],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Missing host permission for the tab', true],
    ['No tab with id: 12.', false],
  ])('isRestrictedError(%s) is %s', (message, expected) => {
    expect(isRestrictedError(message)).toBe(expected);
  });

  it('formats initials, site and date', () => {
    expect(initials('Eleanor Quayle')).toBe('EQ');
    expect(initials('Dr Eleanor de la Quayle')).toBe('DQ');
    expect(initials('Harbour')).toBe('H');
    expect(initials('—')).toBe('?');
    expect(siteOf({ siteName: null, url: 'https://www.news.example/a' })).toBe('news.example');
    expect(siteOf({ siteName: 'Gazette', url: null })).toBe('Gazette');
    expect(displayDate('2026-04-14T10:00:00Z', 'en-GB')).toBe('14 Apr 2026');
    expect(displayDate('last Tuesday')).toBe('last Tuesday');
    expect(displayDate(null)).toBeNull();
  });
});

// ---- State -------------------------------------------------------------------------------------------------

describe('createPopupState', () => {
  it('derives counts, visible cards and category counts from its signals', () => {
    const s = createPopupState();
    expect(s.phase.value).toBe('loading');
    s.showAnalysis(fixture(), '2026-04-15T08:00:00Z');
    expect(s.phase.value).toBe('ready');
    expect(s.counts.value?.quotes).toBe(7);
    expect(s.visibleSpeakers.value).toHaveLength(4);
    s.setCategory('official');
    expect(s.visibleSpeakers.value.map((v) => v.speaker.id)).toEqual(['mayor']);
    expect(s.visibleUnattributed.value).toEqual([]);
    s.setCategory('all');
    s.setSearch('bridge');
    expect(s.visibleSpeakers.value.map((v) => v.speaker.id)).toEqual(['mayor']);
    expect(s.perCategory.value.all).toBe(1);
    s.setSearch('');
    s.toggleParaphrased();
    expect(s.visibleSpeakers.value).toHaveLength(3);
    s.toggleExpanded('mayor');
    expect(s.expanded.value.has('mayor')).toBe(true);
    s.toggleExpanded('mayor');
    expect(s.expanded.value.has('mayor')).toBe(false);
    s.showRestricted('Cannot access a chrome:// URL');
    expect([s.phase.value, s.error.value]).toEqual(['restricted', 'Cannot access a chrome:// URL']);
    s.showError('boom');
    expect(s.phase.value).toBe('error');
  });
});

// ---- Components --------------------------------------------------------------------------------------------

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const show = (node: preact.ComponentChild): void => void act(() => render(node, root));
const click = (el: Element | null): void => void act(() => (el as HTMLElement).click());

describe('components', () => {
  it('SpeakerCard: a button with aria-expanded controlling a labelled region; raises onToggle', () => {
    const view = groupSpeakers(fixture())[1]!; // Eleanor Quayle
    const toggled: string[] = [];
    show(<SpeakerCard view={view} expanded={false} highlightedQuote={null} onToggle={(id) => toggled.push(id)} onShow={() => {}} onCopy={() => {}} />);
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const region = root.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-labelledby')).toBe(button.id);
    expect(region.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('.name')!.textContent).toBe('Eleanor Quayle');
    expect(root.querySelector('.role')!.textContent).toBe('a professor of structural engineering');
    expect(root.querySelector('[data-testid="category"]')!.textContent).toBe('Expert');
    expect(root.querySelector('[data-testid="quote-count"]')!.textContent).toBe('2 quotes · 1 paraphrased');
    click(button);
    expect(toggled).toEqual(['prof']);
    show(<SpeakerCard view={view} expanded highlightedQuote={null} onToggle={() => {}} onShow={() => {}} onCopy={() => {}} />);
    expect(root.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelectorAll('.quote')).toHaveLength(2);
    expect(root.querySelector('.quote-indirect .kind')!.textContent).toBe('paraphrase');
  });

  it('SpeakerCard marks a paraphrased speaker, without "0 quotes"', () => {
    const view = groupSpeakers(fixture()).find((v) => v.speaker.id === 'council')!;
    show(<SpeakerCard view={view} expanded={false} highlightedQuote={null} onToggle={() => {}} onShow={() => {}} onCopy={() => {}} />);
    expect(root.querySelector('.card')!.getAttribute('data-paraphrased')).toBe('true');
    expect(root.querySelector('[data-testid="quote-count"]')!.textContent).toBe('1 paraphrased');
  });

  it('QuoteItem renders markup in quotes as text and raises onShow / onCopy', () => {
    const hostile = quote('x', '<img src=x onerror="globalThis.__pwned=1"> and <a href="javascript:alert(1)">link</a>');
    const events: string[] = [];
    show(<QuoteItem quote={hostile} highlighted={false} onShow={(q) => events.push(`show ${q.id}`)} onCopy={(q) => events.push(`copy ${q.id}`)} />);
    expect(root.querySelector('img, a')).toBeNull();
    expect(root.querySelector('.quote-text')!.textContent).toBe(`“${hostile.text}”`);
    expect(root.querySelector('[data-action="show"]')!.getAttribute('aria-label')).toBe('Show in page: “<img src=x onerror="globalThis.__pwned=1"> and …”');
    click(root.querySelector('[data-action="show"]'));
    click(root.querySelector('[data-action="copy"]'));
    expect(events).toEqual([`show ${hostile.id}`, `copy ${hostile.id}`]);
  });

  it('QuoteItem names its buttons after the quote, with the list\'s excerpts when given', () => {
    const q = quote('x', 'a blank cheque signed in the dark,', 'partial');
    show(
      <QuoteExcerpts.Provider value={new Map([[q.id, 'a blank cheque signed in …']])}>
        <QuoteItem quote={q} highlighted={false} onShow={() => {}} onCopy={() => {}} />
      </QuoteExcerpts.Provider>,
    );
    expect(root.querySelector('.quote-text')!.textContent).toBe('“a blank cheque signed in the dark”');
    expect(root.querySelector('[data-action="show"]')!.getAttribute('aria-label')).toBe('Show in page: “a blank cheque signed in …”');
    expect(root.querySelector('[data-action="copy"]')!.getAttribute('aria-label')).toBe('Copy: “a blank cheque signed in …”');
    expect(root.querySelector('[data-action="show"]')!.textContent).toBe('Show in page');
  });

  it('SpeakerList puts unattributed quotes last and says when nothing matches', () => {
    const a = fixture();
    show(<SpeakerList speakers={groupSpeakers(a)} unattributed={unattributedQuotes(a)} expanded={new Set(['unattributed'])} highlightedQuote={null} onToggle={() => {}} onShow={() => {}} onCopy={() => {}} />);
    expect(root.querySelector('ul.cards')!.getAttribute('role')).toBe('list');
    expect(root.querySelectorAll('ul.cards > li')).toHaveLength(4);
    const names = [...root.querySelectorAll('.name')].map((n) => n.textContent);
    expect(names.at(-1)).toBe('Unattributed');
    expect(root.querySelector('#quotes-unattributed .quote-text')!.textContent).toBe('“the Old Grey Lady”');
    show(<SpeakerList speakers={[]} unattributed={[]} expanded={new Set()} highlightedQuote={null} onToggle={() => {}} onShow={() => {}} onCopy={() => {}} />);
    expect(root.textContent).toContain('No speaker matches');
  });

  it('CategoryFilter: one pressed button, counts on the chips, raises onChange', () => {
    const picked: string[] = [];
    show(<CategoryFilter value="expert" counts={{ all: 4, official: 1, expert: 1, organization: 2, other: 0 }} onChange={(v) => picked.push(v)} />);
    const pressed = [...root.querySelectorAll('[aria-pressed="true"]')].map((b) => b.textContent);
    expect(pressed).toEqual(['Experts 1']);
    expect(root.querySelector('[data-category="all"]')!.getAttribute('title')).toBe('4 speakers');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['All', 'Officials 1', 'Experts 1', 'Organizations 2', 'Others 0']);
    click(root.querySelector('[data-category="organization"]'));
    expect(picked).toEqual(['organization']);
  });

  it('CategoryFilter leaves out categories nobody in the article belongs to (but never the pressed one)', () => {
    const present = presentCategories(groupSpeakers(fixture()).filter((v) => v.speaker.category !== 'other'));
    show(<CategoryFilter value="all" counts={{ all: 3, official: 1, expert: 1, organization: 1, other: 0 }} present={present} onChange={() => {}} />);
    expect([...root.querySelectorAll('button')].map((b) => b.dataset.category)).toEqual(['all', 'official', 'expert', 'organization']);
    show(<CategoryFilter value="other" counts={{ all: 3, official: 1, expert: 1, organization: 1, other: 0 }} present={present} onChange={() => {}} />);
    expect(root.querySelector('[data-category="other"]')).not.toBeNull();
  });

  it('Header shows title, site, byline, date and the counts line', () => {
    const a = fixture();
    show(<Header analysis={a} counts={countSummary(a)} />);
    expect(root.querySelector('h1')!.textContent).toBe('Bridge vote');
    expect(root.querySelector('.meta')!.textContent).toMatch(/^The Test Gazette · A\. Writer · .*2026/);
    expect(root.querySelector('.summary')!.textContent).toBe('3 people · 1 organization · 7 quotes · 2 paraphrased');
  });

  it.each([
    ['loading', /Reading the article/],
    ['restricted', /can’t read this page.*Open a news article/s],
    ['no-article', /No article found/],
    ['no-quotes', /No quotes in this article/],
    ['error', /Something went wrong/],
  ] as const)('EmptyState %s says so in words', (kind, text) => {
    show(<EmptyState kind={kind} detail="detail <b>text</b>" />);
    expect(root.textContent).toMatch(text);
    expect(root.querySelector('.empty-detail')!.textContent).toBe('detail <b>text</b>');
    expect(root.querySelector('b')).toBeNull();
  });
});

// ---- App with the real core on the sample article ----------------------------------------------------------

describe('App', () => {
  const sampleHtml = readFileSync(path.resolve(__dirname, '../samples/harbour-bridge.html'), 'utf8');

  function sampleAnalysis(): Analysis {
    const doc = new DOMParser().parseFromString(sampleHtml, 'text/html');
    return analyze(doc, { url: 'https://coastal-ledger.example/news/harbour-bridge' });
  }

  it('goes from loading to the analysis; Copy and Export hand the right text to the browser', async () => {
    const analysis = sampleAnalysis();
    expect(analysis.status).toBe('ok');
    const state = createPopupState();
    const copied: string[] = [];
    const downloads: { filename: string; text: string; mime: string }[] = [];
    let finish: () => void = () => {};
    const actions: PopupActions = {
      load: (s) => new Promise<void>((resolve) => { finish = () => { s.showAnalysis(analysis, '2026-04-15T08:00:00.000Z'); resolve(); }; }),
      highlight: async () => true,
      clearHighlights: async () => {},
      copy: async (text) => { copied.push(text); },
      download: (filename, text, mime) => downloads.push({ filename, text, mime }),
    };
    show(<App state={state} actions={actions} />);
    expect(root.querySelector('[data-state="loading"]')).not.toBeNull();
    await act(async () => finish());
    expect(root.querySelector('h1')!.textContent).toBe(analysis.title);
    expect(root.querySelectorAll('.cards > .card')).toHaveLength(analysis.speakers.length);
    expect(document.activeElement?.id).toBe('search');

    click(root.querySelector('.card-button'));
    // Every button has its own accessible name.
    const names = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(new Set(names).size).toBe(names.length);
    await act(async () => (root.querySelector('[data-action="copy"]') as HTMLElement).click());
    const first = root.querySelector('.quote')!.getAttribute('data-quote-id');
    const q = analysis.quotes.find((x) => x.id === first)!;
    expect(copied[0]).toContain(displayText(q));
    expect(copied[0]).toContain('The Coastal Ledger');
    expect(root.querySelector('[data-testid="status"]')!.textContent).toBe('Quote copied.');

    await act(async () => (root.querySelector('[data-export="csv"]') as HTMLElement).click());
    await act(async () => (root.querySelector('[data-export="json"]') as HTMLElement).click());
    expect(downloads.map((d) => d.filename)).toEqual([
      expect.stringMatching(/^cited-the-coastal-ledger-port-aldmore-.*-2026-04-15\.csv$/),
      expect.stringMatching(/\.json$/),
    ]);
    expect(downloads[0]!.text.charCodeAt(0)).toBe(0xfeff);
    expect(downloads[0]!.mime).toMatch(/^text\/csv/);
    expect(JSON.parse(downloads[1]!.text)).toMatchObject({ extractedAt: '2026-04-15T08:00:00.000Z', url: analysis.url });

    await act(async () => (root.querySelector('[data-action="show"]') as HTMLElement).click());
    expect(root.querySelector('[data-testid="status"]')!.textContent).toBe('Highlighted in the page.');
    expect(root.querySelector('[data-action="clear"]')).not.toBeNull();
  });

  it('shows the no-article state for a page without an article', async () => {
    const state = createPopupState();
    const doc = new DOMParser().parseFromString('<html><head><title>Sign in</title></head><body><button>Go</button></body></html>', 'text/html');
    const actions: PopupActions = {
      load: async (s) => s.showAnalysis(analyze(doc)),
      highlight: async () => false, clearHighlights: async () => {}, copy: async () => {}, download: () => {},
    };
    await act(async () => render(<App state={state} actions={actions} />, root));
    expect(root.querySelector('[data-state]')!.getAttribute('data-state')).toBe('no-article');
    expect(root.querySelector('.export')).toBeNull();
  });
});

// ---- Message contract --------------------------------------------------------------------------------------

describe('messaging', () => {
  /** A transport that delivers to a real listener the way runtime.onMessage does (reply through sendResponse). */
  function loopback(listener: ReturnType<typeof createListener>): TabMessenger {
    return {
      sendMessage: (_tabId, message) =>
        new Promise((resolve) => {
          const kept = listener(structuredClone(message), {}, resolve);
          if (!kept) resolve(undefined);
        }),
    };
  }

  it('routes each typed message to its handler and returns the typed reply', async () => {
    const seen: string[] = [];
    const tabs = loopback(createListener({
      highlight: ({ text }) => { seen.push(text); return { found: text === 'yes', method: text === 'yes' ? 'highlight' : null }; },
      clearHighlights: async () => ({ cleared: true }),
    }));
    expect(await sendToTab(tabs, 1, 'highlight', { text: 'yes' })).toEqual({ found: true, method: 'highlight' });
    expect(await sendToTab(tabs, 1, 'clearHighlights', {})).toEqual({ cleared: true });
    expect(seen).toEqual(['yes']);
  });

  it('ignores messages that are not ours, and turns handler errors into rejections', async () => {
    const listener = createListener({
      highlight: () => { throw new Error('no page'); },
      clearHighlights: () => ({ cleared: false }),
    });
    expect(listener({ type: 'highlight', data: {} }, {}, () => {})).toBeUndefined();
    expect(listener({ cited: 1, type: 'toString', data: {} }, {}, () => {})).toBeUndefined();
    await expect(sendToTab(loopback(listener), 1, 'highlight', { text: 'x' })).rejects.toThrow('no page');
  });
});

// ---- Live-page highlighting --------------------------------------------------------------------------------

describe('page highlight', () => {
  const PAGE = '<article><p>Intro.</p><p>“We will <em>build</em>\n   the&nbsp;bridge,” said the <a href="#">mayor</a>.</p>' +
    '<script>var x = "We will build the bridge";</script></article>';

  it('indexes text nodes with white space folded and finds a quote across elements', () => {
    document.body.innerHTML = PAGE;
    expect(indexText(document).text).toBe('Intro.“We will build the bridge,” said the mayor.');
    const range = findTextRange(document, 'We will build the bridge,')!;
    expect(range.toString()).toBe('We will build\n   the\u00a0bridge,');
    expect(findTextRange(document, "we   will BUILD the bridge")!.toString()).toContain('build');
    expect(findTextRange(document, 'not in the page')).toBeNull();
    expect(foldForMatch('  a \n b\u200b ')).toBe('a b');
  });

  it('highlights (with <mark> where the Custom Highlight API is missing) and clears back to the original DOM', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const outcome = highlightQuote(window, 'We will build the bridge,', { scroll: false });
    // happy-dom has no CSS.highlights: the <mark> fallback runs (Chromium's Custom Highlight path is checked in
    // tests/e2e/popup.e2e.test.mjs). The colours come from one adopted sheet or, failing that, one <style>.
    const styles = () => document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
    expect(outcome).toEqual({ found: true, method: 'mark' });
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe('We will build\n   the\u00a0bridge,');
    expect(document.querySelector('em > mark')!.textContent).toBe('build');
    expect(styles()).toBe(1);
    highlightQuote(window, 'said the mayor', { scroll: false });
    expect(styles()).toBe(1);
    expect(document.querySelectorAll('mark')).toHaveLength(2);
    expect(clearHighlights(window)).toBe(true);
    expect(styles()).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('mark, style')).toBeNull();
    expect(highlightQuote(window, 'absent words', { scroll: false })).toEqual({ found: false, method: null });
  });
});

// ---- One statement, one entry ----------------------------------------------------------------------------

describe('statements with exact words inside', () => {
  /** The mayor said the plan was “a blank cheque” and would be dropped. (made up) */
  function nested(): Analysis {
    const text = 'the plan was “a blank cheque” and would be dropped';
    const base = fixture();
    const statement: Quote = { ...quote('mayor', text, 'indirect', 9), id: 'r9', start: 20, end: 20 + text.length, contains: ['w1'] };
    const words: Quote = { ...quote('mayor', 'a blank cheque', 'partial', 9), id: 'w1', start: 20 + text.indexOf('a blank'), end: 20 + text.indexOf('a blank') + 14, within: 'r9' };
    base.quotes.push(statement, words);
    base.speakers = base.speakers.map((sp) => (sp.id === 'mayor' ? { ...sp, indirectCount: 1 } : sp));
    return base;
  }

  it('lists and counts the statement once, not its exact words again', () => {
    const a = nested();
    const mayor = groupSpeakers(a).find((v) => v.speaker.id === 'mayor')!;
    expect(mayor.quotes.map((q) => q.id)).not.toContain('w1');
    expect(mayor.quotes.map((q) => q.id)).toContain('r9');
    expect(cardCountParts(mayor)).toEqual(['2 quotes', '1 paraphrased']);
    expect(countSummary(a).quotes).toBe(countSummary(fixture()).quotes);
    expect(unattributedQuotes({ ...a, quotes: a.quotes.map((q) => ({ ...q, speakerId: null })) }).map((q) => q.id)).not.toContain('w1');
  });

  it('marks the exact words inside the statement', () => {
    const a = nested();
    const byId = new Map(a.quotes.map((q) => [q.id, q]));
    const statement = byId.get('r9')!;
    expect(exactWordRanges(statement, byId, statement.text).map(([x, y]) => statement.text.slice(x, y))).toEqual(['a blank cheque']);
    // Offsets that do not point at the words (an older analysis): found by their text.
    const moved = new Map(byId).set('w1', { ...byId.get('w1')!, start: 0, end: 14 });
    expect(exactWordRanges(statement, moved, statement.text)).toEqual(exactWordRanges(statement, byId, statement.text));
    show(
      <QuotesById.Provider value={byId}>
        <QuoteItem quote={statement} highlighted={false} onShow={() => {}} onCopy={() => {}} />
      </QuotesById.Provider>,
    );
    expect(root.querySelector('.quote-text')!.textContent).toBe(statement.text);
    expect([...root.querySelectorAll('.exact-words')].map((e) => e.textContent)).toEqual(['a blank cheque']);
    expect(root.querySelector('.kind')!.textContent).toBe('paraphrase with exact words');
  });
});

// ---- Languages ---------------------------------------------------------------------------------------------

describe('i18n', () => {
  it('has every message in every language, with the same substitutions', () => {
    const en = readMessages('en');
    for (const lang of LOCALES) {
      const messages = readMessages(lang);
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}), `${lang} ${key}`).toEqual(Object.keys(en[key]!.placeholders ?? {}));
      }
      expect(messages['lang']!.message).toBe(lang);
    }
  });

  it('every message the code names exists', () => {
    const en = readMessages('en');
    const sources = ['components', 'entrypoints/popup', 'entrypoints/dashboard'].flatMap((dir) =>
      readdirSync(path.resolve(__dirname, '..', dir)).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(path.resolve(__dirname, '..', dir, f), 'utf8')),
    );
    const named = new Set(sources.flatMap((src) => [...src.matchAll(/\bt\('([A-Za-z]+)'/g)].map((m) => m[1]!)));
    const plural = new Set(sources.flatMap((src) => [...src.matchAll(/\btn\('([A-Za-z]+)'/g)].map((m) => m[1]!)));
    expect(named.size).toBeGreaterThan(20);
    for (const key of named) expect(en[key], key).toBeDefined();
    for (const key of plural) expect([en[`${key}_one`], en[`${key}_other`]], key).not.toContain(undefined);
  });

  it('speaks Spanish and French when the browser does, plurals by each language\'s rule', () => {
    useLocale('es');
    expect(tn('quotes', 1)).toBe('1 cita');
    expect(tn('quotes', 0)).toBe('0 citas');
    expect(t('showInPageLabel', 'una cita …')).toBe('Ver en la página: «una cita …»');
    useLocale('fr');
    expect(tn('quotes', 0)).toBe('0 citation');
    expect(tn('quotes', 2)).toBe('2 citations');
    const a = fixture();
    show(<Header analysis={a} counts={countSummary(a)} />);
    expect(root.querySelector('.summary')!.textContent).toBe('3 personnes · 1 organisation · 7 citations · 2 paraphrasées');
    show(<CategoryFilter value="all" counts={{ all: 4, official: 1, expert: 1, organization: 1, other: 1 }} onChange={() => {}} />);
    expect(root.querySelector('[data-category="other"]')!.textContent).toBe('Autres 1');
  });

  it('sets the popup\'s lang to the language of its messages', async () => {
    useLocale('es');
    const state = createPopupState();
    const actions: PopupActions = { load: async () => {}, highlight: async () => false, clearHighlights: async () => {}, copy: async () => {}, download: () => {} };
    await act(async () => render(<App state={state} actions={actions} />, root));
    expect(document.documentElement.lang).toBe('es');
    expect(root.textContent).toContain('Leyendo el artículo…');
  });
});
