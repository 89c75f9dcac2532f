// Sieve 8: a paragraph that opens with a quote and names no speaker carries on
// the speaker of the paragraph before: the quote that ended it, or the subject
// of its last speech verb.
//   “The cracks are new,” Dr Marsh said.
//   “We measured them twice.”
import { firstNameGenderOf } from '../text/places';
import { verbAt } from '../text/verbs';
import { CONFIDENCE } from './confidence';
import { introducer, opensBlock, previousTextBlock, speakerLabel, type Decision, type QuoteView, type Sieve, type SieveContext } from './context';

export const continuation: Sieve = {
  name: 'continuation',
  describe: '“…,” Dr Marsh said. ¶ “…” (next paragraph)',
  run(ctx, q): Decision | null {
    if (!opensBlock(ctx, q.block, q.token) && !q.span.continuesPrevious) return null;
    // “…,” said Will Doyle, a professor. The quote's own sentence goes on with a speech verb:
    // it has its own speaker, one the sieves before could not read, and carries on no one.
    if (cueAfterQuote(ctx, q) || ownVerbAfterQuote(ctx, q)) return null;
    // “WALLACE: Governor, …”: a transcript's turn opened by a speaker's label is that speaker's,
    // named or not, and carries on no one.
    if (speakerLabel(q.span.text)) return null;
    // A block quote may follow a paragraph or two about something else ("Here is how it works.");
    // any quote may follow a stray caption or list line, which does not count.
    // A quote may also follow a paragraph of the author's about the speaker that opens with
    // them: "“…,” Hale said. ¶ Hale is hopeful about the vote. ¶ “…”".
    const reach = q.span.unmarked ? 3 : 2;
    let prev = q.block;
    let bridge = -1;
    for (let step = 0; step < reach; step++) {
      prev = previousTextBlock(ctx, prev);
      while (prev >= 0 && isAside(ctx, prev)) prev = previousTextBlock(ctx, prev);
      if (prev < 0) return null;
      const view = ctx.blocks[prev]!;
      const carried = (d: Decision): boolean => q.span.unmarked || bridge < 0 || opensWith(ctx, bridge, d);
      for (let i = view.quotes.length - 1; i >= 0; i--) {
        const d = ctx.decisions[view.quotes[i]!];
        // A signed quote is closed by its signature: in a round-up of signed reactions, the next is someone else's.
        if (d?.signed) return null;
        if (d) return carried(d) ? { ...d, sieve: this.name, cue: null, confidence: d.confidence * CONFIDENCE.continuationQuote, from: view.quotes[i] } : null;
      }
      if (!view.tokens.length) continue;
      const d = introducer(ctx, prev, view.tokens.length, { sieve: this.name, wholeBlock: true });
      if (d) return carried(d) ? { ...d, cue: null, confidence: d.confidence * CONFIDENCE.continuationIntro } : null;
      if (view.quotes.length || bridge >= 0) return null;
      bridge = prev;
    }
    return null;
  },
};

/** A speech verb later in the quote's sentence, before any other quote: “…,” Kelly charged. */
function cueAfterQuote(ctx: SieveContext, q: QuoteView): boolean {
  const { tokens, sentence } = ctx.blocks[q.block]!;
  const own = sentence[q.token];
  for (let k = q.token + 1; k < tokens.length && sentence[k] === own; k++) {
    if (tokens[k]!.kind === 'quote') return false;
    const verb = verbAt(tokens, k, ctx.lex);
    if (verb && verb.strength >= 0.5) return true;
  }
  return false;
}

/** How many words may stand between a quote and its own verb: “…,” an angry Marsh retorted. */
const SUBJECT_WORDS = 4;

/**
 * The quote's sentence goes on with a subject of its own and a verb in the past, and ends there:
 * “…,” an angry Marsh retaliated. The verb need not be a speech verb the
 * lexicon knows: the quote is that person's, and no one's carried on.
 */
function ownVerbAfterQuote(ctx: SieveContext, q: QuoteView): boolean {
  const { tokens, sentence } = ctx.blocks[q.block]!;
  const own = sentence[q.token];
  let k = q.token + 1;
  if (tokens[k]?.text === ',') k++;
  let named = false;
  for (let n = 0; n <= SUBJECT_WORDS && k < tokens.length && sentence[k] === own; n++, k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    const low = t.low ?? t.text.toLowerCase();
    if (named && /^\p{Ll}/u.test(t.text) && (ctx.lex.w.pastVerbs.has(low) || ctx.lex.re.verbForm.test(low) && !ctx.lex.re.participle.test(low))) {
      const next = tokens[k + 1];
      return !next || sentence[k + 1] !== own || next.kind === 'punct';
    }
    if (ctx.lex.pronouns.has(low) || /^\p{Lu}/u.test(t.text)) named = true;
    else if (ctx.lex.w.prepositions.has(low) || ctx.lex.verbs.has(low)) return false;
  }
  return false;
}

/** The paragraph opens with the decided speaker as its subject: a word of their name, or a pronoun of their gender. */
function opensWith(ctx: SieveContext, b: number, d: Decision): boolean {
  const first = ctx.blocks[b]!.tokens[0];
  if (!first || first.kind !== 'word' || !d.np?.name) return false;
  const gender = ctx.lex.pronouns.get(first.low ?? '');
  if (gender === 'm' || gender === 'f') return (d.np.gender ?? firstNameGenderOf(d.np.name.split(' '), ctx.lex)) === gender;
  return d.np.name.split(' ').includes(first.text);
}

/** A caption or a stray line between paragraphs: a short block with no quote, no speech cue and no full stop. */
function isAside(ctx: SieveContext, b: number): boolean {
  const view = ctx.blocks[b]!;
  if (view.quotes.length) return false;
  const text = view.block.text;
  if (text.length > 160 || /[.!?…]["”’]?$/.test(text)) return false;
  return !view.tokens.some((_, k) => verbAt(view.tokens, k, ctx.lex));
}
