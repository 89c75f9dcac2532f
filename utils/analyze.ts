// The public door: analyze(input, options) → Analysis.
//
//   article ─► quotes/find (+ unmarked block quotes) ─► quotes/filter ─► sieves
//           ─► statements (quotes + reported/find) ─► speakers/resolve ─► speakers/merge
//           ─► describe + classify + pronoun ─► speakers/order ─► quotes/nest ─► Analysis
//
// Stage 1 (the article) is utils/article/; everything after it is utils/pipeline.ts.
import { drive, pageTitle, readPageSteps, runSync, type BoundOptions } from './article/bounded';
import { articleFromText, extractArticle } from './article/extract';
import { analyzeArticle, noArticle, readingSteps } from './pipeline';
import type { Analysis, AnalyzeOptions, Article } from './types';

export { analyzeArticle, analyzeReading, type PageReading, type ReadingOptions } from './pipeline';

export type AnalyzeInput = Document | Article | { text: string; title?: string | null; url?: string | null };

/** Analyse a page (a `Document`, never the live one: it is cloned), an `Article`, or plain text. */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const article = toArticle(input, options);
  if (!article) return noArticle('nodeType' in input ? pageTitle(input as Document) : null, options.url ?? null);
  return analyzeArticle(article, options);
}

/** How `analyzePage` keeps its time bound: the whole analysis, Readability included (see article/bounded.ts). */
export type PageBound = Omit<BoundOptions, 'url' | 'now'> & {
  /** Called as each stage ends ('article', then 'pipeline'), with how the article was read: for timings. */
  onStage?: (stage: 'article' | 'pipeline', detail: string) => void;
};

/**
 * Analyse a page within a time bound that covers everything, Readability
 * included: the article, or the best partial result with notices saying what
 * was skipped, or status "too-large". With `pause`, no stage holds the thread
 * much longer than `sliceMs` (the content script yields to the page this way).
 */
export function analyzePage(doc: Document, options: AnalyzeOptions & PageBound): Promise<Analysis> {
  return drive(pageSteps(doc, options), options.pause, options.now);
}

/** The same in one go (Node, the command line); the bound holds all the same. */
export function analyzePageSync(doc: Document, options: AnalyzeOptions & Omit<PageBound, 'pause'>): Analysis {
  return runSync(pageSteps(doc, options));
}

function* pageSteps(doc: Document, options: AnalyzeOptions & Omit<PageBound, 'pause'>): Generator<void, Analysis, number | undefined> {
  const now = options.now ?? (() => performance.now());
  const read = yield* readPageSteps(doc, { ...options, now });
  options.onStage?.('article', read.method);
  return yield* readingSteps(read, { ...options, now });
}

function toArticle(input: AnalyzeInput, options: AnalyzeOptions): Article | null {
  if ('blocks' in input && Array.isArray(input.blocks)) return input as Article;
  if ('text' in input && typeof input.text === 'string' && !('nodeType' in input)) {
    return articleFromText(input.text, { title: input.title ?? null, url: input.url ?? options.url ?? null });
  }
  return extractArticle(input as Document, { url: options.url });
}
