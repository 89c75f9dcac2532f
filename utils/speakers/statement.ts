// A statement: a quote between marks or a reported statement, after the
// sieves, with the decision that attributes it and the speaker it resolves to.
// Quotes and reported speech go through resolution, clustering and output as
// one list of these, each carrying its own data (no shared index space).
import type { Reported } from '../reported/find';
import type { BlockView, Decision, QuoteView } from '../sieves/context';
import type { SpeakerRef } from './resolve';

interface StatementBase {
  /** The id in the output: "q3" for the third quote, "r2" for the second reported statement. */
  id: string;
  /** The attribution: a sieve's decision (quotes), or the cue and source phrase found with the statement (reported). */
  decision: Decision | null;
  /** The person or organisation the decision's phrase resolves to; null while unresolved or when it names no one. */
  ref: SpeakerRef | null;
  /** The listed speaker, once speakers are ranked and numbered. */
  speaker: { id: string; name: string } | null;
}

export interface QuoteStatement extends StatementBase {
  kind: 'quote';
  quote: QuoteView;
}

export interface ReportedStatement extends StatementBase {
  kind: 'indirect';
  reported: Reported;
  /** Its place among the article's reported statements, from 0. */
  n: number;
}

export type Statement = QuoteStatement | ReportedStatement;

export function quoteStatement(quote: QuoteView, decision: Decision | null): QuoteStatement {
  return { kind: 'quote', id: `q${quote.index + 1}`, quote, decision, ref: null, speaker: null };
}

/** A reported statement, the `n`th found (from 0); its decision is the cue and the source phrase read with it. */
export function reportedStatement(reported: Reported, n: number): ReportedStatement {
  const decision: Decision = { np: reported.np, block: reported.npBlock, cue: reported.cue, sieve: 'reported', confidence: reported.confidence };
  return { kind: 'indirect', id: `r${n + 1}`, reported, decision, ref: null, speaker: null, n };
}

/**
 * A quote inside the words of a reported statement is that statement's speaker's,
 * when what the quote's sieve read as its speaker is a pronoun or a description
 * inside those words, or nothing: "Hale assures the crowd he will tell the critics
 * to “shut up.”" — "he" is Hale, who speaks. A name there keeps its own speech
 * event ("Some feared a repeat of 1992, when Brell called for a “war”"). Run after
 * resolution; it changes `ref` only.
 */
export function withinReported(statements: Statement[], blocks: readonly BlockView[]): void {
  const reported = statements.filter((s): s is ReportedStatement => s.kind === 'indirect' && !!s.ref);
  if (!reported.length) return;
  for (const s of statements) {
    if (s.kind !== 'quote') continue;
    const span = s.quote.span;
    const r = reported.find((o) => o.reported.block === span.block && o.reported.start <= span.start && o.reported.end >= span.end);
    if (!r?.ref || s.ref?.name === r.ref.name) continue;
    const d = s.decision;
    if (d?.np) {
      if (d.np.type === 'person' || d.np.type === 'organization' || d.block !== r.reported.block) continue;
      const at = blocks[d.block]?.tokens[d.np.from]?.start;
      if (at == null || at < r.reported.start || at >= r.reported.end) continue;
    }
    s.ref = { ...r.ref, mention: '' };
    // A quote no sieve decided takes the statement's cue and source phrase with its speaker.
    s.decision ??= r.decision;
  }
}
