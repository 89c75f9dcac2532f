// Stage 1 (utils/article/extract.ts): Readability on a clone of a linkedom document,
// reduced to metadata and typed text blocks. Every page here is written for the test.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { articleFromText, extractArticle } from '../utils/article/extract';
import type { BlockKind } from '../utils/types';

const URL = 'https://gazette.example.org/2025/05/pier';
const PROSE = [
  'The harbour board met on Tuesday evening to discuss the budget for the coming year and the long-delayed repairs to the old pier.',
  'Members spent most of the session on the cost of the timber frame, which engineers say was badly weakened by the winter storms.',
  'A final vote on the repairs is expected next month, after the engineers deliver their report to the board and to the public.',
];

function page(body: string, { lang = 'en', head = '' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pier repairs approved | Dunmore Gazette</title>
<meta property="og:site_name" content="Dunmore Gazette">${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article><h1>Pier repairs approved</h1><p class="byline">By Nell Carrow</p>${body}</article></main><footer>© Dunmore Gazette</footer></body></html>`;
}
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const extract = (body: string, opts?: { lang?: string; head?: string }) => extractArticle(doc(page(body, opts)), { url: URL });

describe('extractArticle: metadata', () => {
  const a = extract(PROSE.map((p) => `<p>${p}</p>`).join(''), { head: '<meta name="author" content="Nell Carrow">' })!;

  test('an article is found', () => {
    expect(a).not.toBeNull();
  });
  test.each([
    ['title', () => a.title, /Pier repairs approved/],
    ['byline', () => a.byline, /Nell Carrow/],
    ['site name', () => a.siteName, /Dunmore Gazette/],
    ['lang', () => a.lang, /^en$/],
    ['url', () => a.url, new RegExp(`^${URL}$`)],
  ] as const)('%s', (_field, get, pattern) => {
    expect(get()).toMatch(pattern);
  });

  test('the body paragraphs are blocks, in order, numbered from 0', () => {
    const texts = a.blocks.map((b) => b.text);
    for (const p of PROSE) expect(texts).toContain(p);
    expect(a.blocks.map((b) => b.index)).toEqual(a.blocks.map((_, i) => i));
    expect(texts.indexOf(PROSE[0]!)).toBeLessThan(texts.indexOf(PROSE[2]!));
  });

  test('a Spanish page keeps its declared language', () => {
    const es = extract(PROSE.map((p) => `<p>${p}</p>`).join(''), { lang: 'es' })!;
    expect(es.lang).toBe('es');
  });
});

describe('extractArticle: block kinds', () => {
  const body = `<p>${PROSE[0]}</p>
<h2>What the engineers found</h2>
<p>${PROSE[1]}</p>
<blockquote><p>Inspections of the harbour wall will continue through the winter, and the ferry will stay in port.</p></blockquote>
<p>The minister also said:</p>
<ul><li>The toll will not rise this year, whatever the council decides in June.</li><li>The ferry will be free for pensioners from the first of July.</li></ul>
<p>${PROSE[2]}</p>`;

  test.each([
    ['paragraph', PROSE[1]!.slice(0, 30)],
    ['heading', 'What the engineers found'],
    ['blockquote', 'Inspections of the harbour wall'],
    ['item', 'The toll will not rise this ye'],
    ['item', 'The ferry will be free for pen'],
  ] as [BlockKind, string][])('%s: %s', (kind, start) => {
    const block = extract(body)!.blocks.find((b) => b.text.startsWith(start));
    expect(block?.kind).toBe(kind);
  });
});

describe('extractArticle: text', () => {
  test('<br><br> separates paragraphs; a single <br> does not', () => {
    const blocks = extract(`<p>${PROSE[0]}<br><br>${PROSE[1]}<br>${PROSE[2]}</p>`)!.blocks.map((b) => b.text);
    expect(blocks).toContain(PROSE[0]);
    expect(blocks).toContain(`${PROSE[1]} ${PROSE[2]}`);
  });

  test('figure captions are skipped', () => {
    const a = extract(`<p>${PROSE[0]}</p><figure><img src="/pier.jpg" alt=""><figcaption>The old pier at low tide, photographed in March.</figcaption></figure><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`)!;
    expect(a.blocks.map((b) => b.text).join(' ')).not.toMatch(/low tide/);
  });

  test.each([
    ['non-breaking and thin spaces', 'The harbour\u00A0board met\u2009on Tuesday', 'The harbour board met on Tuesday'],
    ['zero-width characters', 'The har\u200Bbour board met on Tues\uFEFFday', 'The harbour board met on Tuesday'],
    ['soft hyphen', 'The har\u00ADbour board met on Tuesday', 'The harbour board met on Tuesday'],
    ['runs of white space and new lines', 'The   harbour \n\t board met on Tuesday', 'The harbour board met on Tuesday'],
  ])('folds %s', (_what, raw, folded) => {
    const a = extract(`<p>${raw} evening to discuss the budget for the coming year.</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`)!;
    expect(a.blocks.map((b) => b.text)).toContain(`${folded} evening to discuss the budget for the coming year.`);
  });

  test('the source document is not modified', () => {
    const d = doc(page(PROSE.map((p) => `<p>${p}</p>`).join('') + '<blockquote><p>Inspections will continue through the winter, the agency said.</p></blockquote>'));
    const before = d.documentElement.outerHTML;
    expect(extractArticle(d, { url: URL })).not.toBeNull();
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle: no article', () => {
  test.each([
    ['a page of links', '<ul><li><a href="/a">Local</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Weather</a></li></ul>'],
    ['a login form', '<form><label>Email <input name="e"></label><label>Password <input type="password" name="p"></label><button>Sign in</button></form>'],
    ['an empty body', ''],
  ])('%s → null', (_what, body) => {
    expect(extractArticle(doc(`<!doctype html><html lang="en"><head><title>Dunmore Gazette</title></head><body>${body}</body></html>`), { url: URL })).toBeNull();
  });
});

describe('articleFromText', () => {
  test('blank lines separate paragraphs; single new lines fold', () => {
    const a = articleFromText('First paragraph,\nstill the first.\n\n\nSecond paragraph.\r\n\r\nThird  one.', { title: 'Pier', url: URL });
    expect(a.blocks).toEqual([
      { index: 0, kind: 'paragraph', text: 'First paragraph, still the first.' },
      { index: 1, kind: 'paragraph', text: 'Second paragraph.' },
      { index: 2, kind: 'paragraph', text: 'Third one.' },
    ]);
    expect(a).toMatchObject({ title: 'Pier', url: URL, lang: null, byline: null });
  });

  test('empty text gives no blocks', () => {
    expect(articleFromText('  \n\n  ').blocks).toEqual([]);
  });
});
