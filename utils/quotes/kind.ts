// What kind of quote a span is: a whole statement (direct), a fragment inside
// the writer's own sentence (partial), or a paragraph carrying on a speaker
// named before it (continuation).
import type { Decision, QuoteView, SieveContext } from '../sieves/context';
import { verbAt } from '../text/verbs';
import type { QuoteKind } from '../types';

export function quoteKind(ctx: SieveContext, q: QuoteView, d: Decision | null): QuoteKind {
  if (q.span.continuesPrevious) return 'continuation';
  if (d?.sieve === 'continuation') return 'continuation';
  if (q.span.unmarked) return 'direct';
  const view = ctx.blocks[q.block]!;
  const { tokens, sentence } = view;
  const before = tokens[q.token - 1];
  const after = tokens[q.token + 1];
  const startsStatement = !before || sentence[q.token - 1] !== sentence[q.token] || /^[:,—–(]$/.test(before.text) || !!verbAt(tokens, q.token - 1, ctx.lex);
  const endsStatement = !after || sentence[q.token + 1] !== sentence[q.token] || /^[,.;:!?—–)]$/.test(after.text) || /[.!?,]$/.test(q.span.text);
  return startsStatement && endsStatement ? 'direct' : 'partial';
}
