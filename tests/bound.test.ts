// The time bound over the whole analysis, Readability included (issue 17). Every
// pathological page the generator builds gets an answer: the article, the best
// partial result with a notice saying what was cut, or "too large to read".
// Clocks are injected wherever a limit is checked, so nothing here depends on
// this machine's speed: a "virtual" clock advances a fixed step each time the
// product reads it, and the product must stop within its bound on that clock.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPathological, PATHOLOGICAL_PAGES, STORY, storyHtml } from '../bench/pathological.mjs';
import { analyzeHtml, countTags, narrowHtml } from '../cli/large-html';
import { analyzePage, analyzePageSync, analyzeReading } from '../utils/analyze';
import { readArticle, readPageSteps, runSync } from '../utils/article/bounded';
import { blocksOf } from '../utils/article/extract';
import { FlatBuilder, Scorer, walkDom } from '../utils/article/flatten';
import { interruptible, OutOfTime } from '../utils/article/interrupt';

const URL = 'https://news.example/ferry';
const doc = (html: string) => parseHTML(html).document as unknown as Document;
/** Each page is built and parsed once (analysis never changes the document it is given). */
const pages = new Map<string, { html: string; doc: Document }>();
function page(name: string) {
  let p = pages.get(name);
  if (!p) {
    const html = buildPathological(name);
    p = { html, doc: doc(html) };
    pages.set(name, p);
  }
  return p;
}

/** A clock that advances `step` ms each time it is read; `elapsed()` is how far it went. */
function virtualClock(step = 1) {
  let t = 0;
  const now = () => (t += step);
  return { now, elapsed: () => t };
}

const STORY_SPEAKERS = ['Ilse Varga', 'Tomas Brenner', 'Marta Ilves'];

describe('Readability made interruptible', () => {
  it('wraps the methods of one instance and throws OutOfTime past the deadline', () => {
    const d = doc(`<html><body>${storyHtml()}</body></html>`);
    const reader = new Readability(d);
    const clock = virtualClock();
    expect(interruptible(reader, clock.now, 5)).toBeGreaterThan(20);
    expect(() => reader.parse()).toThrow(OutOfTime);
    // Other instances are untouched.
    expect(new Readability(doc(`<html><body>${storyHtml()}</body></html>`)).parse()?.textContent).toContain('every weld twice');
  });

  it('a deadline the run fits in changes nothing', () => {
    const plain = new Readability(doc(`<html><body>${storyHtml()}</body></html>`)).parse();
    const reader = new Readability(doc(`<html><body>${storyHtml()}</body></html>`));
    interruptible(reader, virtualClock().now, 1e12);
    expect(reader.parse()?.textContent).toBe(plain?.textContent);
  });
});

describe('the large-page reader', () => {
  it('scores the container holding the prose, past 100,000 elements of noise', async () => {
    const d = page('p-b-100k').doc;
    const scorer = new Scorer<Element>();
    runSync(walkDom(d.body, scorer, { now: () => 0, deadline: 1, sliceMs: Infinity }));
    expect(scorer.seen).toBeGreaterThan(200_000);
    expect(scorer.best()?.localName).toBe('article');
  });

  it('copies a container flat: no inline wrappers, nesting capped, paragraphs kept apart', async () => {
    const d = doc(`<html><body>${'<div>'.repeat(300)}<p>One <span><b>bold</b></span> line, “quoted,” she said.</p><p>Two.</p>${'</div>'.repeat(300)}<script>x()</script></body></html>`);
    const flat = new FlatBuilder(d, { maxDepth: 10, maxChars: 1e6, maxElements: 1e6 });
    runSync(walkDom(d.body, flat, { now: () => 0, deadline: 1, sliceMs: Infinity }));
    expect(flat.doc.getElementsByTagName('span').length).toBe(0);
    expect(flat.doc.getElementsByTagName('script').length).toBe(0);
    expect(flat.unnested).toBe(290);
    expect(blocksOf(flat.body).map((b) => b.text)).toEqual(['One bold line, “quoted,” she said.', 'Two.']);
  });

  it('stops copying at its character limit and says so', async () => {
    const d = page('dom-10mb').doc;
    const r = await readArticle(d, { url: URL, boundMs: 1e9, maxArticleChars: 50_000 });
    expect(r.method).toBe('large-page');
    expect(r.article!.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(50_000);
    expect(r.notices.join(' ')).toMatch(/very long \(about [\d,]+ characters\): Cited read its first 50,000 characters/);
  });

  it('a page nested 5,000 deep skips the whole-page Readability run', async () => {
    const r = await readArticle(page('deep-nesting').doc, { url: URL, boundMs: 1e9 });
    expect(r.method).toBe('large-page');
    expect(r.article?.blocks.map((b) => b.text)).toContain(STORY.paragraphs[1]);
  });

  it('when Readability runs out of its time, the page is read as a large page', async () => {
    // 20 reads of the clock are all Readability gets; the rest of the bound is plenty.
    const clock = virtualClock();
    const r = await readArticle(doc(`<html><body><main>${storyHtml()}</main></body></html>`), { url: URL, boundMs: 1e6, readabilityMs: 20, now: clock.now });
    expect(r.method).toMatch(/^large-page/);
    expect(r.article?.blocks.map((b) => b.text)).toContain(STORY.paragraphs[0]);
  });
});

describe('every pathological page is answered within the bound', () => {
  for (const { name, about } of PATHOLOGICAL_PAGES) {
    describe(`${name}: ${about}`, () => {

      it('in the browser reader (a DOM): the story, or a notice of what was cut', async () => {
        const a = await analyzePage(page(name).doc, { url: URL, boundMs: 4000 });
        expect(['ok', 'too-large']).toContain(a.status);
        if (a.status === 'ok') expect(a.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(STORY_SPEAKERS));
        else expect(a.notices.join(' ')).toMatch(/too large to read/);
      });

      it('on the command line (HTML text): the story, or a notice of what was cut', async () => {
        const a = analyzeHtml(page(name).html, URL);
        expect(['ok', 'too-large']).toContain(a.status);
        if (a.status === 'ok') expect(a.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(STORY_SPEAKERS));
        else expect(a.notices.join(' ')).toMatch(/too large to read/);
      });

      it('on a clock that runs out: stops within the bound, and says what it skipped', () => {
        // Each read of the clock costs 1 ms of a 400 ms bound: the bound is hit on every large page.
        const clock = virtualClock();
        const a = analyzePageSync(page(name).doc, { url: URL, boundMs: 400, readabilityMs: 100, sliceMs: 10, now: clock.now });
        // Between two reads of the clock, at most one slice of work (256 nodes, 8 Readability calls) goes by.
        expect(clock.elapsed()).toBeLessThanOrEqual(400 + 20);
        expect(['ok', 'no-quotes', 'too-large', 'no-article']).toContain(a.status);
        if (a.status !== 'ok' || !STORY_SPEAKERS.every((n) => a.speakers.some((s) => s.name === n))) {
          expect(a.notices.length).toBeGreaterThan(0);
        }
      });
    });
  }
});

describe('too large to read', () => {
  it('a huge page with no article, read only in part, is "too-large" with a notice', async () => {
    const noise = `<html><head><title>Ticker</title></head><body>${'<div><span>up</span> <span>down</span></div>'.repeat(30_000)}</body></html>`;
    const clock = virtualClock();
    const a = await analyzePage(doc(noise), { url: URL, boundMs: 100, now: clock.now });
    expect(a.status).toBe('too-large');
    expect(a.notices.join(' ')).toMatch(/too large to read: Cited found no article in the [\d,]+ elements/);
    expect(a.title).toBe('Ticker');
  });

  it('the same page read to its end is simply not an article', async () => {
    const noise = `<html><body>${'<div><span>up</span> <span>down</span></div>'.repeat(30_000)}</body></html>`;
    const a = await analyzePage(doc(noise), { url: URL, boundMs: 1e9 });
    expect(a.status).toBe('no-article');
  });
});

describe('command line: very large HTML is narrowed on its tokens', () => {
  it('counts start tags without parsing', () => {
    expect(countTags('<p>a < b</p><br/><!-- x --><div>')).toBe(3);
  });

  it('keeps the page head and the container with the story', () => {
    const n = narrowHtml(page('table-50k').html, () => 0, 1);
    expect(n.partial).toBe(false);
    expect(n.html!.length).toBeLessThan(10_000);
    expect(n.html).toContain(`<title>${STORY.title}</title>`);
    expect(n.html).toContain(STORY.paragraphs[1]);
    expect(n.html).not.toContain('<table');
  });

  it('out of time, reads what it reached and says so', async () => {
    const clock = virtualClock();
    const a = analyzeHtml(page('spans-100k').html, URL, 100, clock.now);
    expect(a.notices.join(' ')).toMatch(/very large|too large/);
  });
});

describe('split between the tab and the popup\'s analysis', () => {
  // The content script only reads the page (readPageSteps); the popup's analysis (entrypoints/analysis.ts) analyses that reading
  // (analyzeReading). Together they must answer exactly what analyzePage answers in one place.
  const split = (d: Document, options: { url: string; boundMs: number }) => {
    const reading = runSync(readPageSteps(d, options));
    // The reading crosses to the popup by structured clone (executeScript's result): it must survive one unchanged.
    expect(structuredClone(reading)).toEqual(reading);
    return analyzeReading(structuredClone(reading), { url: options.url, budgetMs: 1e9 });
  };

  it('an ordinary article: the same analysis', () => {
    const d = doc(`<html lang="en"><head><title>Ferry</title></head><body><main>${storyHtml()}</main></body></html>`);
    const whole = analyzePageSync(d, { url: URL, boundMs: 1e9 });
    expect(whole.status).toBe('ok');
    expect(split(d, { url: URL, boundMs: 1e9 })).toEqual(whole);
  });

  it('a page cut by the bound: the same notices, in the same order', () => {
    const whole = analyzePageSync(page('dom-10mb').doc, { url: URL, boundMs: 1e9, maxArticleChars: 20_000 });
    const reading = runSync(readPageSteps(page('dom-10mb').doc, { url: URL, boundMs: 1e9, maxArticleChars: 20_000 }));
    expect(reading.notices.length).toBeGreaterThan(0);
    expect(analyzeReading(reading, { url: URL })).toEqual(whole);
  });

  it('no article, and too large to read: the page title and the notice come through', () => {
    const empty = doc('<html><head><title>Sign in</title></head><body><form><input name="q"></form></body></html>');
    expect(split(empty, { url: URL, boundMs: 1e9 })).toEqual(analyzePageSync(empty, { url: URL, boundMs: 1e9 }));
    const noise = doc(`<html><head><title>Ticker</title></head><body>${'<div><span>up</span> <span>down</span></div>'.repeat(30_000)}</body></html>`);
    const reading = runSync(readPageSteps(noise, { url: URL, boundMs: 100, now: virtualClock().now }));
    const a = analyzeReading(reading, { url: URL });
    expect(a.status).toBe('too-large');
    expect(a.title).toBe('Ticker');
    expect(a.notices.join(' ')).toMatch(/too large to read/);
  });
});
