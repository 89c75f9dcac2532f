// The public door: analyze(input, options) → Analysis.
//
//   article ─► quotes/find (+ unmarked block quotes) ─► quotes/filter ─► sieves
//           ─► speakers/resolve ─► speakers/merge ─► describe + classify ─► Analysis
import { articleFromText, extractArticle } from './article/extract';
import { lexiconFor } from './lexicon';
import { detectLanguage } from './lexicon/detect';
import { findUnmarkedBlockquotes, mergeSpans } from './quotes/blockquotes';
import { filterQuotes } from './quotes/filter';
import { findQuotes } from './quotes/find';
import { buildContext, type Decision, type SieveContext } from './sieves/context';
import { runSieves } from './sieves';
import { classifySpeaker } from './speakers/classify';
import { describeSpeaker } from './speakers/describe';
import { scanMentions, type NameMention } from './speakers/mentions';
import { mergeSpeakers } from './speakers/merge';
import { speakerPronouns, statementSubjects } from './speakers/pronoun';
import { resolveDecision, type ResolveState, type SpeakerRef } from './speakers/resolve';
import { quoteKind } from './quotes/kind';
import { findReported } from './reported/find';
import type { Analysis, AnalyzeOptions, Article, Category, Quote, Speaker } from './types';

export type AnalyzeInput = Document | Article | { text: string; title?: string | null; url?: string | null };

/** Analyse a page (a `Document`, never the live one: it is cloned), an `Article`, or plain text. */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const article = toArticle(input, options);
  if (!article) return noArticle(input, options);
  return analyzeArticle(article, options);
}

/** Speakers are listed officials and experts first, then by number of quotes. */
const CATEGORY_ORDER: Record<Category, number> = { official: 0, expert: 1, organization: 2, other: 3 };

/** Everything after Readability: the part the benchmarks time against Readability itself. */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const notices: string[] = [];
  const lang = article.lang ?? detectLanguage(article.blocks.map((b) => b.text).join(' '));
  const lex = lexiconFor(lang);

  const marked = findQuotes(article.blocks);
  const spans = mergeSpans(marked, findUnmarkedBlockquotes(article.blocks, marked));
  const filtered = filterQuotes(article.blocks, spans, lex);
  const ctx = buildContext(article.blocks, filtered.kept, lex, filtered.tokens);
  const budget = options.budgetMs;
  const complete = runSieves(ctx, { shouldStop: budget == null ? undefined : () => now() - started > budget });
  if (!complete) notices.push(`Stopped after ${budget} ms: some quotes are shown without a speaker.`);

  const mentions = scanMentions(ctx.blocks, lex);
  const { refs, state } = resolveAll(ctx, mentions);
  const kinds = new Map<number, 'quote' | 'indirect'>();
  for (const i of refs.keys()) kinds.set(i, 'quote');
  // Reported speech: numbered after the quotes, kept apart by kind.
  const reported = options.indirect === false || !complete ? [] : findReported(ctx);
  reported.forEach((r, i) => {
    const ref = resolveDecision({ np: r.np, block: r.npBlock, cue: r.cue, sieve: 'reported', confidence: r.confidence }, mentions, state, lex);
    if (!ref) return;
    refs.set(ctx.quotes.length + i, ref);
    kinds.set(ctx.quotes.length + i, 'indirect');
  });
  const clusters = mergeSpeakers(refs, kinds, mentions, lex);
  const pronouns = speakerPronouns(clusters, { blocks: ctx.blocks, mentions, subjects: statementSubjects(ctx.decisions, reported), lex, lang });

  const speakerOf = new Map<number, { id: string; name: string }>();
  const speakers: Speaker[] = clusters.map((c, i) => {
    const description = describeSpeaker(c, lex);
    return {
      id: '', name: c.name, aliases: [...c.aliases], description, category: classifySpeaker(c, description, lex),
      quoteCount: c.quotes.length, indirectCount: c.indirect.length, pronoun: pronouns[i] ?? null,
    };
  });
  const order = speakers.map((_, i) => i).sort((a, b) => CATEGORY_ORDER[speakers[a]!.category] - CATEGORY_ORDER[speakers[b]!.category] || speakers[b]!.quoteCount - speakers[a]!.quoteCount || a - b);
  const sorted = order.map((i, rank) => {
    const s = { ...speakers[i]!, id: `s${rank + 1}` };
    for (const q of [...clusters[i]!.quotes, ...clusters[i]!.indirect]) speakerOf.set(q, { id: s.id, name: s.name });
    return s;
  });

  const quotes: Quote[] = ctx.quotes.map((q) => {
    const d = ctx.decisions[q.index] ?? null;
    const who = speakerOf.get(q.index);
    return {
      id: `q${q.index + 1}`, text: q.span.text, speaker: who?.name ?? null, speakerId: who?.id ?? null,
      cue: d?.cue ?? null, kind: quoteKind(ctx, q, d), paragraph: q.block, start: q.span.start, end: q.span.end,
      confidence: round(d ? d.confidence : 0.3), sieve: d?.sieve ?? null,
    };
  });
  reported.forEach((r, i) => {
    const who = speakerOf.get(ctx.quotes.length + i);
    if (!who) return;
    quotes.push({
      id: `r${i + 1}`, text: r.text, speaker: who.name, speakerId: who.id, cue: r.cue, kind: 'indirect',
      paragraph: r.block, start: r.start, end: r.end, confidence: round(r.confidence), sieve: 'reported',
    });
  });
  quotes.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return {
    status: quotes.length ? 'ok' : 'no-quotes',
    title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
    lang, url: article.url, quotes, speakers: sorted, notices,
    ...(options.includeBlocks ? { blocks: article.blocks } : {}),
  };
}

/** Resolve every decision to a speaker, in reading order; copied decisions reuse their source's speaker. */
function resolveAll(ctx: SieveContext, mentions: readonly NameMention[]): { refs: Map<number, SpeakerRef>; state: ResolveState } {
  const state: ResolveState = { events: [], gender: new Map() };
  const refs = new Map<number, SpeakerRef>();
  ctx.decisions.forEach((d: Decision | null, i) => {
    if (!d) return;
    const copied = d.from != null ? refs.get(d.from) : undefined;
    const ref = copied ?? resolveDecision(d, mentions, state, ctx.lex);
    if (ref) refs.set(i, ref);
  });
  return { refs, state };
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
    lang: null, url: options.url ?? null, quotes: [], speakers: [],
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
