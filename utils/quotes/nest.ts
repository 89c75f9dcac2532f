// One statement, one entry: words in quotation marks that lie inside a reported
// statement of the same speaker are that statement's exact words, not a second
// statement.
//   The mayor said the plan was “a blank cheque” and would be dropped.
//     → the reported statement (kind "indirect") holds the partial quote
//       “a blank cheque”: the quote gets `within: <statement id>`, the statement
//       `contains: [<quote id>]`, and the speaker's quote count no longer counts
//       those words as a quote of their own.
// Both stay in `quotes` (the JSON keeps the nesting, the scorer sees every quote);
// the popup and the exports show the statement once with its exact words inside.
import type { Quote, Speaker, UnnamedSource } from '../types';

type Nested = { quotes: Quote[]; speakers: Speaker[]; unnamedSources: UnnamedSource[] };

/** Quotes, speakers and unnamed sources with the nesting marked; the inputs are not changed. */
export function nestStatements(quotes: readonly Quote[], speakers: readonly Speaker[], unnamedSources: readonly UnnamedSource[] = []): Nested {
  const statements = quotes.filter((q) => q.kind === 'indirect');
  const within = new Map<string, string>();
  for (const q of quotes) {
    if (q.kind === 'indirect') continue;
    // The smallest reported statement around the quote, by the same speaker (or by nobody known).
    const host = statements
      .filter((s) => s.paragraph === q.paragraph && s.start <= q.start && q.end <= s.end && s.end - s.start > q.end - q.start)
      .filter((s) => q.speakerId === null || q.speakerId === s.speakerId)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (host) within.set(q.id, host.id);
  }
  if (!within.size) return { quotes: [...quotes], speakers: [...speakers], unnamedSources: [...unnamedSources] };
  const contains = new Map<string, string[]>();
  for (const [quote, statement] of within) contains.set(statement, [...(contains.get(statement) ?? []), quote]);
  const nested = quotes.filter((q) => within.has(q.id));
  const sourceOf = new Map<string, string | undefined>();
  for (const s of statements) sourceOf.set(s.id, s.unnamedSourceId);
  return {
    quotes: quotes.map((q) =>
      within.has(q.id) ? { ...q, within: within.get(q.id)! } : contains.has(q.id) ? { ...q, contains: contains.get(q.id)! } : q,
    ),
    speakers: speakers.map((s) => {
      const inside = nested.filter((q) => q.speakerId === s.id).length;
      return inside ? { ...s, quoteCount: Math.max(0, s.quoteCount - inside) } : s;
    }),
    // An unnamed source's words inside its own reported statement ("Officials said the plan was “a blank cheque”").
    unnamedSources: unnamedSources.map((u) => {
      const inside = nested.filter((q) => q.unnamedSourceId === u.id && sourceOf.get(within.get(q.id)!) === u.id).length;
      return inside ? { ...u, quoteCount: Math.max(0, u.quoteCount - inside) } : u;
    }),
  };
}
