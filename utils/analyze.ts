// The public door: analyze(input, options) → Analysis.
// Stage order: article → quotes/find → quotes/filter → sieves → speakers → Analysis.
import { articleFromText, extractArticle } from './article/extract';
import { findQuotes } from './quotes/find';
import type { Analysis, AnalyzeOptions, Article, Quote } from './types';

export type AnalyzeInput = Document | Article | { text: string; title?: string | null; url?: string | null };

/** Analyse a page (a `Document`, never the live one: it is cloned), an `Article`, or plain text. */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const article = toArticle(input, options);
  if (!article) return noArticle(input, options);
  return analyzeArticle(article, options);
}

/** Everything after Readability: the part the benchmarks time against Readability itself. */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  const spans = findQuotes(article.blocks);
  const quotes: Quote[] = spans.map((s, i) => ({
    id: `q${i + 1}`, text: s.text, speaker: null, speakerId: null, cue: null,
    kind: s.continuesPrevious ? 'continuation' : 'direct', paragraph: s.block, start: s.start, end: s.end,
    confidence: 0, sieve: null,
  }));
  return {
    status: quotes.length ? 'ok' : 'no-quotes',
    title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
    lang: article.lang, url: article.url, quotes, speakers: [], notices: [],
    ...(options.includeBlocks ? { blocks: article.blocks } : {}),
  };
}

function toArticle(input: AnalyzeInput, options: AnalyzeOptions): Article | null {
  if ('blocks' in input) return input;
  if ('text' in input && typeof input.text === 'string' && !('nodeType' in input)) {
    return articleFromText(input.text, { title: input.title ?? null, url: input.url ?? options.url ?? null });
  }
  return extractArticle(input as Document, { url: options.url });
}

function noArticle(input: AnalyzeInput, options: AnalyzeOptions): Analysis {
  const doc = 'nodeType' in input ? (input as Document) : null;
  return {
    status: 'no-article', title: doc?.title?.trim() || null, byline: null, siteName: null, publishedTime: null,
    lang: null, url: options.url ?? null, quotes: [], speakers: [],
    notices: ['No article found on this page: Cited reads news articles, not home pages, lists or apps.'],
  };
}
