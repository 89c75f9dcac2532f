// The public door: analyze(input, options) → Analysis.
//
//   article ─► quotes/find (+ unmarked block quotes) ─► quotes/filter ─► sieves
//           ─► statements (quotes + reported/find) ─► speakers/resolve ─► speakers/merge
//           ─► describe + classify + pronoun ─► speakers/order ─► quotes/nest ─► Analysis
import { drive, readSteps, runSync, type BoundOptions } from './article/bounded';
import { articleFromText, extractArticle } from './article/extract';
import { lexiconFor } from './lexicon';
import { detectLanguage } from './lexicon/detect';
import { findUnmarkedBlockquotes, mergeSpans } from './quotes/blockquotes';
import { filterQuotes } from './quotes/filter';
import { findQuotes } from './quotes/find';
import type { CompiledLexicon } from './lexicon';
import { CONFIDENCE } from './sieves/confidence';
import { buildContext, type SieveContext } from './sieves/context';
import { sieveSteps } from './sieves';
import { classifySpeaker } from './speakers/classify';
import { captionRoles, describeSpeaker } from './speakers/describe';
import { markReported, scanMentions, type NameMention } from './speakers/mentions';
import { mergeSpeakers, statementCounts } from './speakers/merge';
import { earliest, inSpeakerOrder } from './speakers/order';
import { speakerPronouns } from './speakers/pronoun';
import { resolveDecision, type ResolveState } from './speakers/resolve';
import { quoteStatement, reportedStatement, type Statement } from './speakers/statement';
import { collectUnnamed, unnamedDecisions } from './speakers/unnamed';
import { quoteKind } from './quotes/kind';
import { nestStatements } from './quotes/nest';
import { findReported } from './reported/find';
import type { Analysis, AnalyzeOptions, Article, Quote, Speaker } from './types';

export type AnalyzeInput = Document | Article | { text: string; title?: string | null; url?: string | null };

/** Analyse a page (a `Document`, never the live one: it is cloned), an `Article`, or plain text. */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const article = toArticle(input, options);
  if (!article) return noArticle(input, options);
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
  const started = now();
  const read = yield* readSteps(doc, { ...options, now });
  options.onStage?.('article', read.method);
  if (!read.article) {
    if (!read.tooLarge) return noArticle(doc, options);
    return { ...noArticle(doc, options), status: 'too-large', notices: read.notices };
  }
  yield;
  // The pipeline gets what is left of the bound (its sieves stop there), and never more than `budgetMs`.
  const left = Math.max(0, started + options.boundMs - now());
  const analysis = yield* articleSteps(read.article, { ...options, now, budgetMs: Math.min(left, options.budgetMs ?? Infinity) });
  analysis.notices.unshift(...read.notices);
  options.onStage?.('pipeline', read.method);
  return analysis;
}

/** Everything after Readability: the part the benchmarks time against Readability itself. */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  return runSync(articleSteps(article, options));
}

/**
 * The same as steps: it yields between stages, where a host that must not hold
 * its thread long (the content script, in the reader's tab) lets the page run.
 * Run in one go, it is analyzeArticle; the stages and their results are the same.
 */
function* articleSteps(article: Article, options: AnalyzeOptions): Generator<void, Analysis, number | undefined> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const clock = { paused: 0 };
  const notices: string[] = [];
  const lang = article.lang ?? detectLanguage(article.blocks.map((b) => b.text).join(' '));
  const lex = lexiconFor(lang);
  yield* pauseOf(clock);

  const marked = findQuotes(article.blocks);
  const spans = mergeSpans(marked, findUnmarkedBlockquotes(article.blocks, marked));
  const filtered = filterQuotes(article.blocks, spans, lex);
  yield* pauseOf(clock);
  const ctx = buildContext(article.blocks, filtered.kept, lex, filtered.tokens);
  const budget = options.budgetMs;
  // The budget counts the pipeline's own work, not the time the page ran between its steps.
  const complete = yield* pausesOf(sieveSteps(ctx, { shouldStop: budget == null ? undefined : () => now() - started - clock.paused > budget }), clock);
  if (!complete) notices.push(`Stopped after ${Math.round(budget ?? 0)} ms: some quotes are shown without a speaker.`);
  yield* pauseOf(clock);

  const mentions = scanMentions(ctx.blocks, lex, filtered.dropped.filter((d) => d.reason === 'title').map((d) => d.span));
  // Quotes, then reported speech: one list of statements, resolved in this order.
  const statements: Statement[] = ctx.quotes.map((q) => quoteStatement(q, ctx.decisions[q.index] ?? null));
  const reported = options.indirect !== false && complete ? findReported(ctx) : [];
  reported.forEach((r, n) => statements.push(reportedStatement(r, n)));
  markReported(mentions, reported, ctx.blocks);
  yield* pauseOf(clock);
  resolveStatements(statements, mentions, lex);
  const clusters = mergeSpeakers(statements, mentions, lex);
  const pronouns = speakerPronouns(clusters, { blocks: ctx.blocks, mentions, lex, lang });
  const resolved = new Set(statements.flatMap((s) => (s.kind === 'quote' && s.ref ? [s.quote.index] : [])));
  const unnamed = collectUnnamed(unnamedDecisions(ctx.decisions, ctx.blocks, resolved), lex);
  const captions = captionRoles(article.captions ?? [], lex);
  yield* pauseOf(clock);

  const listed = clusters.map((c, i) => {
    const description = describeSpeaker(c, lex, captions);
    const counts = statementCounts(c);
    const speaker: Speaker = {
      id: '', name: c.name, aliases: [...c.aliases], description, category: classifySpeaker(c, description, lex),
      quoteCount: counts.quotes, indirectCount: counts.indirect, pronoun: pronouns[i] ?? null,
    };
    return { speaker, cluster: c };
  });
  const rankOf = ({ speaker, cluster }: (typeof listed)[number]) => ({ category: speaker.category, quotes: speaker.quoteCount, first: earliest(cluster.statements.map(position)) });
  const speakers = inSpeakerOrder(listed, rankOf).map(({ speaker, cluster }, rank) => {
    const s = { ...speaker, id: `s${rank + 1}` };
    for (const statement of cluster.statements) statement.speaker = { id: s.id, name: s.name };
    return s;
  });

  // Every quote is listed; a reported statement only with its speaker.
  const listedQuotes: Quote[] = statements.filter((s) => s.kind === 'quote' || s.speaker).map((s) => {
    const q = toQuote(s, ctx);
    // A quote no one is named for keeps `speaker: null` and names its unnamed source.
    const source = s.kind === 'quote' && !s.speaker ? unnamed.of.get(s.quote.index) : undefined;
    return source ? { ...q, unnamedSourceId: source } : q;
  });
  listedQuotes.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  // Quoted words inside a reported statement of the same speaker belong to it (`within` / `contains`), counted once.
  const { quotes, speakers: counted } = nestStatements(listedQuotes, speakers);
  return {
    status: quotes.length ? 'ok' : 'no-quotes',
    title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
    lang, url: article.url, quotes, speakers: counted, unnamedSources: unnamed.sources, notices,
    ...(options.includeBlocks ? { blocks: article.blocks } : {}),
  };
}

/** A step boundary: the host may let others run here, and says for how long (kept apart in `clock.paused`). */
function* pauseOf(clock: { paused: number }): Generator<void, void, number | undefined> {
  clock.paused += (yield) ?? 0;
}

/** Another stage's steps, with the time of each pause kept apart like pauseOf's. */
function* pausesOf<T>(steps: Generator<void, T>, clock: { paused: number }): Generator<void, T, number | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    clock.paused += (yield) ?? 0;
  }
}

/** Resolve every statement to a speaker, in order; a decision copied from another quote reuses that quote's speaker. */
function resolveStatements(statements: Statement[], mentions: readonly NameMention[], lex: CompiledLexicon): void {
  const state: ResolveState = { events: [], gender: new Map() };
  for (const s of statements) {
    const d = s.decision;
    if (!d) continue;
    // Quote statements come first, in quote order: a quote's index is its place in the list.
    const copied = d.from != null ? statements[d.from]?.ref : null;
    s.ref = copied ?? resolveDecision(d, mentions, state, lex);
  }
}

/** Where a statement stands in the article: its paragraph and its first character there. */
function position(s: Statement): { paragraph: number; start: number } {
  return s.kind === 'indirect' ? { paragraph: s.reported.block, start: s.reported.start } : { paragraph: s.quote.block, start: s.quote.span.start };
}

/** A statement as the public Analysis lists it. */
function toQuote(s: Statement, ctx: SieveContext): Quote {
  const who = s.speaker;
  const d = s.decision;
  if (s.kind === 'indirect') {
    const r = s.reported;
    return {
      id: s.id, text: r.text, speaker: who?.name ?? null, speakerId: who?.id ?? null, cue: r.cue, kind: 'indirect',
      paragraph: r.block, start: r.start, end: r.end, confidence: round(r.confidence), sieve: 'reported',
    };
  }
  const q = s.quote;
  return {
    id: s.id, text: q.span.text, speaker: who?.name ?? null, speakerId: who?.id ?? null,
    cue: d?.cue ?? null, kind: quoteKind(ctx, q, d), paragraph: q.block, start: q.span.start, end: q.span.end,
    confidence: round(d ? d.confidence : CONFIDENCE.undecided), sieve: d?.sieve ?? null,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function toArticle(input: AnalyzeInput, options: AnalyzeOptions): Article | null {
  if ('blocks' in input && Array.isArray(input.blocks)) return input as Article;
  if ('text' in input && typeof input.text === 'string' && !('nodeType' in input)) {
    return articleFromText(input.text, { title: input.title ?? null, url: input.url ?? options.url ?? null });
  }
  return extractArticle(input as Document, { url: options.url });
}

function noArticle(input: AnalyzeInput, options: AnalyzeOptions): Analysis {
  const doc = 'nodeType' in input ? (input as Document) : null;
  return {
    status: 'no-article', title: documentTitle(doc), byline: null, siteName: null, publishedTime: null,
    lang: null, url: options.url ?? null, quotes: [], speakers: [], unnamedSources: [],
    notices: ['No article found on this page: Cited reads news articles, not home pages, lists or apps.'],
  };
}

/** The page's <title>, read defensively: an empty document has no root element. */
function documentTitle(doc: Document | null): string | null {
  try {
    return doc?.documentElement ? doc.title?.trim() || null : null;
  } catch {
    return null;
  }
}
