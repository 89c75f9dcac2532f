// Large HTML files without building their whole DOM. linkedom needs about
// 20–40 µs per element on this machine, so a page of 200,000 elements would
// spend the whole time bound on parsing alone. Above LARGE_TAGS tags, the page
// is read as a stream of tokens (htmlparser2, the tokenizer linkedom itself
// uses) by the same Scorer the browser uses on a live DOM; only the container
// with the most prose, with the page's <head>, is then parsed and analysed.
import { Parser } from 'htmlparser2';
import { analyze, analyzePageSync } from '../utils/analyze';
import { Scorer } from '../utils/article/flatten';
import type { Analysis } from '../utils/types';
import { parseDocument } from './dom';

/**
 * Time bound of one page's analysis once its text is read: parsing, Readability and the pipeline. Past it,
 * the best partial result with notices saying what was cut, or status "too-large"; so `cited` answers any
 * page within about five seconds.
 */
export const ANALYSIS_BOUND_MS = 3500;

/** Parse and analyse HTML within `boundMs` (a very large page is first narrowed on its tokens). */
export function analyzeHtml(html: string, url?: string, boundMs = ANALYSIS_BOUND_MS, now: () => number = () => performance.now()): Analysis {
  const started = now();
  const notices: string[] = [];
  if (countTags(html) > LARGE_TAGS) {
    const narrowed = narrowHtml(html, now, started + boundMs / 2);
    const seen = narrowed.seen.toLocaleString('en-US');
    if (narrowed.partial) notices.push(`This page is very large: Cited read only its first ${seen} elements in the time it allows itself; quotes further down are not listed.`);
    if (!narrowed.html) {
      // No container of prose: the page's head alone gives the title for the answer.
      const document = parseDocument(html.slice(0, Math.max(0, html.search(/<body[\s>]/i)) || 100_000));
      const base = analyze(document, { url });
      if (!narrowed.partial) return base;
      return { ...base, status: 'too-large', notices: [`This page is too large to read: Cited found no article in the ${seen} elements it could read in time.`] };
    }
    html = narrowed.html;
  }
  const document = parseDocument(html);
  const left = Math.max(1, started + boundMs - now());
  const analysis = analyzePageSync(document, { url, boundMs: left, now });
  analysis.notices.unshift(...notices);
  return analysis;
}

/** Pages with more start tags than this take the token route. */
export const LARGE_TAGS = 40_000;

/** A quick count of start tags (no parsing), stopping past `limit`. */
export function countTags(html: string, limit = LARGE_TAGS + 1): number {
  let n = 0;
  for (let i = html.indexOf('<'); i !== -1 && n <= limit; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
  }
  return n;
}

interface Span {
  start: number;
  end: number;
}

export interface Narrowed {
  /** A small page: the original <head> and the best container as <body>. */
  html: string | null;
  /** Elements seen by the scoring pass; whether the pass ran out of time. */
  seen: number;
  partial: boolean;
}

/**
 * Score the page's containers over its tokens, in one pass that stops at
 * `deadline`, and cut out the best one. Returns html null when no container
 * holds prose.
 */
export function narrowHtml(html: string, now: () => number, deadline: number): Narrowed {
  const scorer = new Scorer<Span>();
  const open: (Span | null)[] = [];
  let skipping = 0;
  let bodyStart = -1;
  let partial = false;
  let ticks = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'body' && bodyStart < 0) bodyStart = parser.startIndex;
        if (skipping) {
          skipping++;
          return;
        }
        const span: Span = { start: parser.startIndex, end: -1 };
        if (scorer.open(name, (a) => attribs[a] ?? null, span)) open.push(span);
        else skipping = 1;
      },
      ontext(text) {
        if (!skipping) scorer.text(text);
      },
      onclosetag() {
        if (skipping) {
          skipping--;
          return;
        }
        const span = open.pop();
        if (span) span.end = parser.endIndex + 1;
        scorer.close();
        if (++ticks % 1024 === 0 && now() >= deadline) {
          partial = true;
          parser.pause();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  // Feed in pieces so a pause (out of time) takes effect early.
  const PIECE = 256 * 1024;
  for (let i = 0; i < html.length && !partial; i += PIECE) parser.write(html.slice(i, i + PIECE));
  if (!partial) parser.end();
  // Elements still open at the end (or at the pause) close where the text stops.
  for (const span of open) if (span && span.end < 0) span.end = html.length;
  const best = scorer.best();
  if (!best) return { html: null, seen: scorer.seen, partial };
  const head = bodyStart > 0 && bodyStart <= best.start ? html.slice(0, bodyStart) : '<!doctype html><html><head></head>';
  return { html: `${head}<body>${html.slice(best.start, best.end)}</body></html>`, seen: scorer.seen, partial };
}
