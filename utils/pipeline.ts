// The attribution pipeline, after the article is read: analyzeArticle(article) → Analysis, and
// analyzeReading(reading) for what the page reader (utils/article/bounded.ts) handed on. It needs no DOM
// and no Readability: the popup's analysis worker runs it on what the content script read in the tab.
//
//   article ─► quotes/find (+ unmarked block quotes) ─► quotes/filter ─► sieves
//           ─► statements (quotes + reported/find) ─► speakers/resolve ─► speakers/merge
//           ─► describe + classify + pronoun ─► speakers/order ─► quotes/nest ─► Analysis
import type { PageReading } from './article/bounded';
import { runSync } from './article/steps';
import { lexiconFor } from './lexicon';
import { detectLanguage } from './lexicon/detect';
import { findUnmarkedBlockquotes, mergeSpans } from './quotes/blockquotes';
import { filterQuotes } from './quotes/filter';
import { findQuotes } from './quotes/find';
import type { CompiledLexicon } from './lexicon';
import { CONFIDENCE } from './sieves/confidence';
import { buildContext, type BlockView, type Decision, type SieveContext } from './sieves/context';
import { followPronoun, openingPronouns } from './speakers/chain';
import { sieveSteps } from './sieves';
import { classifySpeaker } from './speakers/classify';
import { captionRoles, describeSpeaker } from './speakers/describe';
import { markReported, scanMentions, type NameMention } from './speakers/mentions';
import { mergeSpeakers, statementCounts } from './speakers/merge';
import { politicsReader } from './speakers/office';
import { earliest, inSpeakerOrder } from './speakers/order';
import { markPronounsAfter, speakerPronouns } from './speakers/pronoun';
import { resolveDecision, type ResolveState } from './speakers/resolve';
import { quoteStatement, reportedStatement, withinReported, type Statement } from './speakers/statement';
import { anonymityClause, collectUnnamed, unnamedDecisions } from './speakers/unnamed';
import { quoteKind } from './quotes/kind';
import { nestStatements } from './quotes/nest';
import { findReported } from './reported/find';
import type { Analysis, AnalyzeOptions, Article, Quote, QuoteSpan, Speaker } from './types';

export type { PageReading };

/** For analyzeReading: the analysis options, the clock (injected in tests) and the stage callback. */
export type ReadingOptions = AnalyzeOptions & { now?: () => number; onStage?: (stage: 'article' | 'pipeline', detail: string) => void };

/**
 * The rest of analyzePage, from a page already read: the attribution stages get what is left of the
 * bound (`reading.remainingMs`), never more than `budgetMs`; the reader's notices come first.
 */
export function analyzeReading(reading: PageReading, options: ReadingOptions = {}): Analysis {
  return runSync(readingSteps(reading, options));
}

export function* readingSteps(read: PageReading, options: ReadingOptions): Generator<void, Analysis, number | undefined> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  if (!read.article) {
    const none = noArticle(read.title, options.url ?? read.url ?? null);
    if (!read.tooLarge) return none;
    return { ...none, status: 'too-large', notices: read.notices };
  }
  yield;
  // The pipeline gets what is left of the bound (its sieves stop there), and never more than `budgetMs`.
  const left = Math.max(0, started + read.remainingMs - now());
  const analysis = yield* articleSteps(read.article, { ...options, now, budgetMs: Math.min(left, options.budgetMs ?? Infinity) });
  analysis.notices.unshift(...read.notices);
  options.onStage?.('pipeline', read.method);
  return analysis;
}

/** Everything after Readability: the part the benchmarks time against Readability itself. */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  return runSync(articleSteps(article, options));
}

/** A statement's index among the unnamed-source decisions (speakers/unnamed.ts): a quote's own, a reported one's after every quote's. */
function unnamedIndex(s: Statement, quotes: number): number {
  return s.kind === 'quote' ? s.quote.index : quotes + s.n;
}

/**
 * The same as steps: it yields between stages, where a host that must not hold
 * its thread long may let others run (analyzePage, driven with a pause).
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

  // Arrays handed on are pushed into literals (see mergeSpeakers).
  const titles: QuoteSpan[] = [];
  for (const d of filtered.dropped) if (d.reason === 'title') titles.push(d.span);
  const mentions = scanMentions(ctx.blocks, lex, titles);
  // Quotes, then reported speech: one list of statements, resolved in this order.
  const statements: Statement[] = [];
  for (const q of ctx.quotes) statements.push(quoteStatement(q, ctx.decisions[q.index] ?? null));
  const reported = options.indirect !== false && complete ? findReported(ctx) : [];
  for (let n = 0; n < reported.length; n++) statements.push(reportedStatement(reported[n]!, n));
  markReported(mentions, reported, ctx.blocks);
  markPronounsAfter({ blocks: ctx.blocks, mentions, lex, lang });
  yield* pauseOf(clock);
  resolveStatements(statements, mentions, lex, ctx.blocks, lang);
  withinReported(statements, ctx.blocks);
  const clusters = mergeSpeakers(statements, mentions, lex);
  const pronouns = speakerPronouns(clusters, { blocks: ctx.blocks, mentions, lex, lang });
  // Unnamed sources, of quotes (by quote index) and of reported statements (numbered after the quotes).
  const resolved = new Set<number>();
  const reportedDecisions: (Decision | null)[] = [];
  for (const s of statements) {
    if (s.ref) resolved.add(unnamedIndex(s, ctx.decisions.length));
    if (s.kind === 'indirect') reportedDecisions[s.n] = anonymityClause(`${s.reported.cue} ${s.reported.text}`, lex) ? null : s.decision;
  }
  const unnamed = collectUnnamed(unnamedDecisions(ctx.decisions, ctx.blocks, resolved, reportedDecisions, lex), lex);
  const captions = captionRoles(article.captions ?? [], lex);
  yield* pauseOf(clock);

  const politician = politicsReader(ctx.blocks, lex, mentions);
  // Loops and module-level functions rather than callbacks made anew for each article, whose optimised code
  // V8 drops at every full collection and compiles again.
  const listed: Listed[] = [];
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i]!;
    const description = describeSpeaker(c, lex, captions);
    const counts = statementCounts(c);
    const speaker: Speaker = {
      id: '', name: c.name, aliases: [...c.aliases], description, category: classifySpeaker(c, description, lex, politician(c)),
      quoteCount: counts.quotes, indirectCount: counts.indirect, pronoun: pronouns[i] ?? null,
    };
    listed.push({ speaker, cluster: c });
  }
  const ordered = inSpeakerOrder(listed, rankOf);
  const speakers: Speaker[] = [];
  for (let rank = 0; rank < ordered.length; rank++) {
    const { speaker, cluster } = ordered[rank]!;
    const s = { ...speaker, id: `s${rank + 1}` };
    for (const statement of cluster.statements) statement.speaker = { id: s.id, name: s.name };
    speakers.push(s);
  }

  // Every quote is listed; a reported statement only with its speaker or an unnamed source.
  const listedQuotes: Quote[] = [];
  for (const s of statements) {
    // A statement no one is named for keeps `speaker: null` and names its unnamed source.
    const source = s.speaker ? undefined : unnamed.of.get(unnamedIndex(s, ctx.decisions.length));
    if (s.kind !== 'quote' && !s.speaker && !source) continue;
    const q = toQuote(s, ctx);
    listedQuotes.push(source ? { ...q, unnamedSourceId: source } : q);
  }
  listedQuotes.sort(byPlace);
  // Quoted words inside a reported statement of the same speaker belong to it (`within` / `contains`), counted once.
  const { quotes, speakers: counted, unnamedSources } = nestStatements(listedQuotes, speakers, unnamed.sources);
  return {
    status: quotes.length ? 'ok' : 'no-quotes',
    title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
    lang, url: article.url, quotes, speakers: counted, unnamedSources, notices,
    ...(options.includeBlocks ? { blocks: article.blocks } : {}),
  };
}

type Listed = { speaker: Speaker; cluster: ReturnType<typeof mergeSpeakers>[number] };
const rankOf = ({ speaker, cluster }: Listed) => ({
  category: speaker.category,
  quotes: speaker.quoteCount,
  first: earliest(positions(cluster.statements)),
});
const byPlace = (a: Quote, b: Quote) => a.paragraph - b.paragraph || a.start - b.start;
const byPlaceOf = (a: Placed['at'], b: Placed['at']) => a.paragraph - b.paragraph || a.start - b.start;
const byReadingOrder = (a: Placed, b: Placed) => byPlaceOf(a.at, b.at) || a.i - b.i;
type Placed = { s: Statement; i: number; at: { paragraph: number; start: number } };

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
function resolveStatements(statements: Statement[], mentions: readonly NameMention[], lex: CompiledLexicon, blocks: readonly BlockView[], lang: string | null): void {
  const state: ResolveState = { events: [], gender: new Map() };
  // In reading order, quotes and reported speech together: "Ruiz said the toll would rise. “…,” she added"
  // looks back to Ruiz's reported statement as to a quote. Decisions copied from another quote come after.
  const order: Placed[] = [];
  for (let i = 0; i < statements.length; i++) order.push({ s: statements[i]!, i, at: position(statements[i]!) });
  order.sort(byReadingOrder);
  // Sentences that open with "he" or "she" about someone keep that person in view (see chain.ts).
  const chain = openingPronouns(blocks, lang);
  let next = 0;
  for (const { s, at } of order) {
    for (; next < chain.length && byPlaceOf(chain[next]!.at, at) < 0; next++) followPronoun(chain[next]!, mentions, state, lex);
    const d = s.decision;
    if (d && d.from == null) s.ref = resolveDecision(d, mentions, state, lex, s.kind === 'indirect');
  }
  // Quote statements come first, in quote order: a quote's index is its place in the list.
  for (const s of statements) if (s.decision?.from != null) s.ref = statements[s.decision.from]?.ref ?? resolveDecision(s.decision, mentions, state, lex);
}

/** Where a statement stands in the article: its paragraph and its first character there. */
function position(s: Statement): { paragraph: number; start: number } {
  return s.kind === 'indirect' ? { paragraph: s.reported.block, start: s.reported.start } : { paragraph: s.quote.block, start: s.quote.span.start };
}

function positions(statements: readonly Statement[]): { paragraph: number; start: number }[] {
  const out: { paragraph: number; start: number }[] = [];
  for (const s of statements) out.push(position(s));
  return out;
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

/** The answer for a page with no article: its title, and a notice saying what Cited reads. */
export function noArticle(title: string | null, url: string | null): Analysis {
  return {
    status: 'no-article', title, byline: null, siteName: null, publishedTime: null,
    lang: null, url, quotes: [], speakers: [], unnamedSources: [],
    notices: ['No article found on this page: Cited reads news articles, not home pages, lists or apps.'],
  };
}
