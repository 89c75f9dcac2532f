// Stage 1 under a time bound: the article of any page, however large, within
// `boundMs`, never holding its thread for much longer than `sliceMs` at a time
// (when the host gives a `pause` to yield to its event loop).
//
//   ordinary page (≤ maxElements): Readability on a clone, interruptible at
//     `readabilityMs` → the article;
//   too many elements, or Readability out of time (deep nesting) or out of
//     stack: the large-page reader (flatten.ts) copies the page flat in slices,
//     finds the container with the most prose, and runs Readability on that
//     container alone; if even that does not finish, the container's blocks as
//     they are;
//   nothing found before the bound: "too large to read".
//
// Every cut says so in a notice: what was skipped and why.
import type { Article, Block } from '../types';
import { blocksOf, extractArticle } from './extract';
import { DEFAULT_FLATTEN_LIMITS, FlatBuilder, headItems, Scorer, walkDom, type FlattenLimits } from './flatten';
import { drive, runSync } from './steps';
import { foldText } from './text';

export { drive, runSync };

export interface BoundOptions {
  url?: string;
  /** The whole analysis, Readability included, answers within this many ms of the call. */
  boundMs: number;
  /** The clock (injected in tests); defaults to performance.now. */
  now?: () => number;
  /** Longest stretch of sliceable work before `pause()`; Infinity runs each stage in one go. */
  sliceMs?: number;
  /** Yield to the host's event loop between slices and stages (the browser's tab); nothing returned: go on at once. */
  pause?: () => Promise<void> | void;
  /** Longest single Readability run; past it the page is read as a large page. Defaults to half the bound. */
  readabilityMs?: number;
  /** Pages with more elements than this go straight to the large-page reader. */
  maxElements?: number;
  /** Article text kept for the rest of the pipeline (characters); the rest is cut, with a notice. */
  maxArticleChars?: number;
  flatten?: Partial<FlattenLimits>;
}

export const DEFAULT_MAX_ELEMENTS = 20_000;
export const DEFAULT_MAX_ARTICLE_CHARS = 250_000;
/** The scoring pass stops after this many elements (a page this large is read in part, with a notice). */
const MAX_SCORED_ELEMENTS = 1_000_000;
/** Deeper than this (where the depth is known without a walk of its own), Readability is not tried on the whole page. */
const MAX_DEPTH = 400;

export interface BoundedArticle {
  article: Article | null;
  /** The page could not be read within the bound: no article found in the part read. */
  tooLarge: boolean;
  notices: string[];
  /** How the article was read, for the benchmark and --debug. */
  method: 'readability' | 'large-page' | 'large-page-blocks' | 'none';
  /** Elements in the page (counted up to maxElements + 1 where counting is not free). */
  elements: number;
  /** Time left of the bound when the article was ready, ms. */
  remainingMs: number;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Read the article of `doc` (left untouched) within the bound, yielding to the host (`pause`) between slices. */
export function readArticle(doc: Document, options: BoundOptions): Promise<BoundedArticle> {
  return drive(readSteps(doc, options), options.pause, options.now);
}

/** The same in one go (Node: nothing else needs the thread); the bound holds all the same. */
export function readArticleSync(doc: Document, options: Omit<BoundOptions, 'pause'>): BoundedArticle {
  return runSync(readSteps(doc, options));
}

/**
 * What the page reader hands on: the bounded article and the page's own title and address, as plain
 * structured-cloneable data. The content script (in the reader's tab) makes it; the analysis worker (an
 * extension page's thread) runs the attribution stages on it (`analyzeReading` in utils/analyze.ts).
 */
export type PageReading = Omit<BoundedArticle, 'elements'> & { title: string | null; url: string | null };

/** The page reader of the reader's tab: readSteps, plus the page's title and address for the no-article case. */
export function* readPageSteps(doc: Document, options: Omit<BoundOptions, 'pause'>): Generator<void, PageReading> {
  const { elements: _elements, ...read } = yield* readSteps(doc, options);
  return { ...read, title: pageTitle(doc), url: options.url ?? documentUrl(doc) ?? null };
}

/** The page's <title>, read defensively: an empty document has no root element. */
export function pageTitle(doc: Document | null): string | null {
  try {
    return doc?.documentElement ? doc.title?.trim() || null : null;
  } catch {
    return null;
  }
}

/** The reader as a generator: it yields wherever the host may let the page run. */
export function* readSteps(doc: Document, options: Omit<BoundOptions, 'pause'>): Generator<void, BoundedArticle> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const deadline = started + options.boundMs;
  const sliceMs = options.sliceMs ?? Infinity;
  const readabilityMs = options.readabilityMs ?? options.boundMs / 2;
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const maxChars = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const notices: string[] = [];
  let cutNoticed = false;
  const done = (article: Article | null, method: BoundedArticle['method'], elements: number, tooLarge = false): BoundedArticle => ({
    article: article && capArticle(article, maxChars, cutNoticed ? [] : notices), tooLarge, notices, method, elements, remainingMs: Math.max(0, deadline - now()),
  });
  if (!doc.documentElement) return done(null, 'none', 0);

  const counted = countElements(doc, maxElements + 1);
  const elements = counted.count;
  // Readability's cost grows faster than the nesting depth: a page nested this deep skips it.
  if (elements <= maxElements && Math.max(counted.depth, probeDepth(doc)) <= MAX_DEPTH) {
    try {
      // The clone and Readability are separate slices.
      const clone = doc.cloneNode(true) as Document;
      yield;
      const article = extractArticle(doc, { url: options.url, now, deadline: Math.min(deadline, now() + readabilityMs), clone });
      return done(article, 'readability', elements);
    } catch {
      // Out of time (deep nesting makes Readability slow) or out of stack: read it as a large page.
    }
    yield;
  }

  // The large-page reader: one read-only scoring pass over the page, in slices, keeping a fifth of the
  // bound for what follows; then the best container alone, copied flat, goes to Readability.
  const scorer = new Scorer<Element>(options.flatten?.maxElements ?? MAX_SCORED_ELEMENTS);
  const root = doc.body ?? doc.documentElement;
  const finished = yield* walkDom(root, scorer, { now, deadline: deadline - options.boundMs / 5, sliceMs });
  const partial = !finished || scorer.full;
  if (partial) {
    const of = elements > scorer.seen ? ` of ${elements > maxElements && !nativeCount(doc) ? 'over ' : ''}${fmt(elements)}` : '';
    notices.push(`This page is very large: Cited read only its first ${fmt(scorer.seen)} elements${of} in the time it allows itself; quotes further down are not listed.`);
  }
  const best = scorer.best();
  if (!best) {
    if (partial) {
      notices.splice(0, notices.length, `This page is too large to read: Cited found no article in the ${fmt(scorer.seen)} elements it could read in time.`);
      return done(null, 'none', elements, true);
    }
    return done(null, 'none', elements);
  }
  yield;
  const flat = new FlatBuilder(doc, { ...DEFAULT_FLATTEN_LIMITS, maxChars: Math.ceil(maxChars * 1.2), ...options.flatten });
  flat.head(doc.documentElement.getAttribute('lang'), headItems(doc));
  yield* walkDom(best, flat, { now, deadline: deadline - options.boundMs / 10, sliceMs }, true);
  if (flat.cut) {
    const total = scorer.charsOf(best);
    notices.push(
      `This article is very long${total ? ` (about ${fmt(total)} characters)` : ''}: Cited read its first ${fmt(Math.min(flat.chars, maxChars))} characters; quotes further down are not listed.`,
    );
    cutNoticed = true;
  }
  const fallback = blocksOf(flat.body);
  yield;
  let article: Article | null = null;
  let method: BoundedArticle['method'] = 'large-page';
  try {
    if (now() < deadline) {
      article = extractArticle(flat.doc, { url: options.url ?? documentUrl(doc), now, deadline: Math.min(deadline, now() + readabilityMs), inPlace: true });
    }
  } catch {
    article = null;
  }
  if ((!article || textLength(article.blocks) < textLength(fallback) / 3) && prose(fallback)) {
    // Readability ran out of time or kept too little: the container's own blocks, with the page's title.
    article = {
      title: clean(article?.title ?? metaTitle(flat.doc)), byline: article?.byline ?? null, siteName: article?.siteName ?? null,
      publishedTime: article?.publishedTime ?? null, lang: article?.lang ?? clean(doc.documentElement.getAttribute('lang')),
      url: options.url ?? documentUrl(doc) ?? null, excerpt: article?.excerpt ?? null, blocks: fallback,
    };
    method = 'large-page-blocks';
  }
  if (!article && partial) {
    notices.splice(0, notices.length, `This page is too large to read: Cited found no article in the ${fmt(scorer.seen)} elements it could read in time.`);
    return done(null, 'none', elements, true);
  }
  return done(article, article ? method : 'none', elements);
}

/** Nesting depth along the first-child and last-child chains: cheap, and where wrapper chains show. */
export function probeDepth(doc: Document): number {
  let deepest = 0;
  for (const next of ['firstElementChild', 'lastElementChild'] as const) {
    let n = 0;
    for (let el: Element | null = doc.documentElement; el && n <= MAX_DEPTH; el = el[next]) n++;
    deepest = Math.max(deepest, n);
  }
  return deepest;
}

function nativeCount(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

/**
 * Elements in the page (a native count where the DOM has one) and, where it has
 * to walk (linkedom does not match '*'), the deepest nesting seen; counting
 * stops past `limit`.
 */
export function countElements(doc: Document, limit: number): { count: number; depth: number } {
  const native = nativeCount(doc);
  if (native > 0) return { count: native, depth: 0 };
  let n = 0;
  let level = 0;
  let depth = 0;
  let node: Node | null = doc.documentElement;
  while (node && n <= limit) {
    if (node.nodeType === 1) n++;
    if (node.firstChild) {
      node = node.firstChild;
      if (++level > depth) depth = level;
    } else {
      while (node && !node.nextSibling) {
        node = node.parentNode;
        level--;
      }
      node = node ? node.nextSibling : null;
    }
  }
  return { count: n, depth };
}

/** Keep the article's first `max` characters of text (whole blocks); say what was cut. */
function capArticle(article: Article, max: number, notices: string[]): Article {
  const total = textLength(article.blocks);
  if (total <= max) return article;
  const kept: Block[] = [];
  let chars = 0;
  for (const b of article.blocks) {
    if (chars + b.text.length > max && kept.length) break;
    kept.push(b);
    chars += b.text.length;
  }
  notices.push(
    `This article is very long: Cited read its first ${fmt(chars)} characters (${fmt(kept.length)} of ${fmt(article.blocks.length)} paragraphs); quotes further down are not listed.`,
  );
  return { ...article, blocks: kept };
}

function textLength(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** Enough sentences to call it an article: two blocks of eight words or more. */
function prose(blocks: readonly Block[]): boolean {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'heading' && /[.!?…"”»]/.test(b.text) && b.text.split(' ').length >= 8 && ++n >= 2) return true;
  return false;
}

function metaTitle(doc: Document): string | null {
  try {
    return doc.title || null;
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  if (value == null) return null;
  return foldText(String(value)) || null;
}

function documentUrl(doc: Document): string | undefined {
  const url = doc.documentURI || doc.URL || doc.baseURI;
  return url && /^https?:/i.test(url) ? url : undefined;
}
