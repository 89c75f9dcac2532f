// Sieve 9: a quote that no speech cue governs, inside the predicate of a clause
// whose subject is a named person: news sets the subject's own words in marks
// where its verb is not one of speaking.
//   Ana Ruiz has long pushed her promise of “free ferries for every island”.
//   In March, Tom Hale thanked the crews “for their patience through a hard winter”.
//   Hale also embraced the plan -- “It is the only way we keep the port open.”
// Short scare quotes without a cue never get here (the filter drops them); the person must
// be a source elsewhere in the article, since a person only written about is more often the
// topic of the author's marks than their speaker.
import { termUsed } from '../quotes/said';
import type { CompiledLexicon } from '../lexicon';
import { sentenceSubject } from '../text/clauses';
import { lower, type NounPhrase } from '../text/phrase';
import { subjectAfter } from '../text/subjects';
import { CONFIDENCE } from './confidence';
import { sentenceRange, type BlockView, type Decision, type Sieve, type SieveContext } from './context';

export const clauseSubject: Sieve = {
  name: 'clause-subject',
  describe: 'Ana Ruiz pushed her promise of “free ferries for every island”',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    const { tokens, words } = view;
    const lex = ctx.lex;
    const [from] = sentenceRange(view, q.token);
    if (q.token <= from) return null;
    let np = sentenceSubject(words, from, q.token);
    // A person named: a pronoun's person may be no source of the article (see speaksElsewhere), and a
    // capitalised opening word ("Good information …", "Tunnels …", a dateline) is no person.
    // (A term the subject uses is theirs even if they speak nowhere else: "Ruiz has often used the phrase “…”".)
    const source = (p: NounPhrase) => namedAsPerson(ctx, q.block, p.from, p.to) && (speaksElsewhere(ctx, p.name ?? p.text) || termUsed(tokens, q.token, lex));
    if (!np || np.to > q.token || np.type !== 'person' || !source(np)) np = namedBefore(view, from, q.token, lex);
    if (!np || !source(np)) return null;
    // "Hale was seen as “…”", "Hale is “…”": the subject of a passive or of "to be" is what others said something about.
    // (The words that may stand before a verb include auxiliaries: "Hale has also", "Hale was later".)
    for (let v = np.to; v < q.token; v++) {
      if (lex.w.passiveAux.has(lower(tokens[v]))) return null;
      if (!lex.adverbs.has(lower(tokens[v])) && !lex.re.adverb.test(tokens[v]!.text)) break;
    }
    // Another quote between the subject and this one has a speaker the sieves before could not give: leave it,
    // unless this sieve gave it the same subject ("Hale turned to the “…” who are “…”").
    const subject = np;
    const same = (k: number) => ctx.quotes.some((o) => o.block === q.block && o.token === k && ctx.decisions[o.index]?.sieve === this.name && ctx.decisions[o.index]?.np?.from === subject.from);
    for (let k = np.to; k < q.token; k++) if (tokens[k]!.kind === 'quote' && !same(k)) return null;
    return { np, block: q.block, cue: null, sieve: this.name, confidence: CONFIDENCE.clauseSubject };
  },
};

/**
 * Where the sentence's subject is not found or is no source (an opening phrase it cannot read past: "Preceded by the
 * mayor, Hale turned to the “…”"), the nearest person named before the quote who opens a clause (not "by Hale", "knocked Hale").
 */
function namedBefore(view: BlockView, from: number, to: number, lex: CompiledLexicon): NounPhrase | null {
  const { tokens, words } = view;
  for (let j = to - 1; j >= from; j--) {
    const t = tokens[j]!;
    const before = j > from ? tokens[j - 1] : undefined;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || (before?.kind === 'word' && /^\p{Lu}/u.test(before.text))) continue;
    // A subject opens its clause, after punctuation or a joiner ("…, Hale turned", "and Hale"): not an object ("knocked Hale").
    if (before?.kind === 'word' && !lex.w.subjectOpeners.has(lower(before))) continue;
    const np = subjectAfter(words, j);
    if (np?.type === 'person' && np.to <= to) return np;
  }
  return null;
}

/**
 * The subject reads as a person's name, not a capitalised common word opening the sentence ("Multiple reports
 * reveal …", "Tunnels are …") or a heading in capitals: a one-word name (no title or role) must stand elsewhere
 * in the article inside a sentence, as surnames of people the article introduced do ("Hale" after "Tom Hale").
 */
function namedAsPerson(ctx: SieveContext, b: number, from: number, to: number): boolean {
  const { tokens } = ctx.blocks[b]!;
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (words.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))) return false;
  if (to - from > 1) return true;
  const name = tokens[from]!.text;
  for (const view of ctx.blocks) {
    for (let k = 1; k < view.tokens.length; k++) {
      if (view.tokens[k]!.text !== name || (view === ctx.blocks[b] && k === from)) continue;
      if (view.sentence[k - 1] === view.sentence[k] && view.tokens[k - 1]!.kind === 'word') return true;
    }
  }
  return false;
}

/**
 * The person is a source of the article: another quote is already theirs. A person who is only written about
 * ("Henry Clay had a tin ear …") is more often the topic of the author's marks than their speaker.
 */
function speaksElsewhere(ctx: SieveContext, name: string): boolean {
  const surname = name.split(' ').pop();
  return ctx.decisions.some((d) => !!d?.np?.name && d.np.name.split(' ').pop() === surname);
}
