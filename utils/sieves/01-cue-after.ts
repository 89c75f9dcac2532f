// Sieve 1: a speaker and a cue right after the quote, in either order.
//   “The bridge will hold,” said Dr Jane Marsh.
//   “The bridge will hold,” Dr Marsh, an engineer at Westmere, told reporters.
//   “It will hold,” she added.
import type { CompiledLexicon } from '../lexicon';
import { nounPhrase, type NounPhrase } from '../text/phrase';
import { subjectAfter } from '../text/subjects';
import type { Token } from '../text/tokens';
import { clauseAfter, invertsAt, verbAt } from '../text/verbs';
import { CONFIDENCE } from './confidence';
import { ASIDE, cueText, type BlockView, type Decision, type Sieve } from './context';

/** Punctuation allowed between the closing mark and the cue: “…,” said / “…” — she said. */
const BRIDGE = new Set([',', '—', '–', '-', '(']);
/** A quote whose words end with a full stop: “… arbitrary.” */
const CLOSED_BY_STOP = /\.["”’»']?$/;

export const cueAfter: Sieve = {
  name: 'cue-after',
  describe: '“…,” said Dr Marsh / “…,” Dr Marsh said / “…,” she added',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    const { tokens, words } = view;
    let k = q.token + 1;
    let bridged = 0;
    while (k < tokens.length && tokens[k]!.kind === 'punct' && BRIDGE.has(tokens[k]!.text) && bridged < 2) {
      k++;
      bridged++;
    }
    if (k >= tokens.length || tokens[k]!.kind !== 'word') return null;
    // A new sentence after the quote is its cue only after a question or an exclamation
    // (“Who pays?” Varga asked.), and never when it goes on to a quote of its own.
    // After a full stop, only a sentence that is nothing but a speaker and a speech verb: “…” Hale said.
    // ("said" with no object can only be the cue of the quote before it.)
    const closed = view.sentence[k] !== view.sentence[q.token] && CLOSED_BY_STOP.test(tokens[q.token]!.text);
    if (view.sentence[k] !== view.sentence[q.token] && introducesAnother(view, k)) return null;
    // Inverted order: said Dr Marsh.
    const v = verbAt(tokens, k, ctx.lex);
    if (v && closed) return null;
    if (v && v.strength >= 0.7 && invertsAt(tokens, k, ctx.lex)) {
      const np = subjectAfter(words, k + v.len) ?? pronounInVerb(tokens[k]!, k, ctx.lex);
      // "X, citing “…,” said the plan could fail": a verb after the phrase makes it the subject of what was said.
      if (np && np.type !== 'pronoun' && clauseAfter(tokens, np, ctx.lex)) return null;
      if (np) return { np, block: q.block, cue: cueText(view, k, k + v.len), sieve: this.name, confidence: CONFIDENCE.cueAfter * v.strength };
    }
    // “…,” notes Dr Marsh: a noun-or-verb form right after the quote, before a name, is the verb.
    const maybe = !v && !closed && ctx.lex.ambiguousHits.get(tokens[k]!.low ?? '');
    if (maybe && maybe.strength >= 0.7 && ctx.lex.invertingVerbs.has(maybe.lemma)) {
      const np = subjectAfter(words, k + 1);
      if (np && (np.type === 'person' || np.type === 'organization')) return { np, block: q.block, cue: cueText(view, k, k + 1), sieve: this.name, confidence: CONFIDENCE.cueAfter * maybe.strength };
    }
    // “…!” beamed Donald Hale of Dover: the quotative slot inverted, a past verb and a person's full name
    // (a verb the lexicon holds too weak to invert by itself, too: “…,” remembered Roy Vale, a clerk).
    if ((!v || v.strength < 0.7) && !maybe && !closed && pastInSlot(view, q.token, k, ctx.lex)) {
      const named = subjectAfter(words, k + 1);
      const next = tokens[named?.to ?? -1];
      if (named && named.type === 'person' && (named.role || (named.name ?? '').includes(' ')) && (endsClause(next) || ctx.lex.w.prepositions.has(next?.low ?? '') || ctx.lex.w.affiliationPrepositions.has(next?.low ?? ''))) {
        return { np: named, block: q.block, cue: cueText(view, k, k + 1), sieve: this.name, confidence: CONFIDENCE.quotativeSlot };
      }
    }
    // Subject then verb: Dr Marsh said / she added / the minister told reporters.
    const np = subjectAfter(words, k);
    if (!np) return null;
    let j = np.to;
    let skipped = 0;
    while (j < tokens.length && skipped < 3 && ctx.lex.adverbs.has(tokens[j]!.text.toLowerCase()) && !verbAt(tokens, j, ctx.lex)) {
      j++;
      skipped++;
    }
    if (j < tokens.length && ctx.lex.re.adverb.test(tokens[j]!.text) && !verbAt(tokens, j, ctx.lex)) j++;
    // “…,” Dr Marsh notes. / “…,” Osk notes in her blog: a noun-or-verb form after the subject, ending the clause or
    // before a preposition, is the verb.
    const after = tokens[j + 1];
    const closes = endsClause(after) || ctx.lex.w.prepositions.has(after?.low ?? '');
    let v2 = verbAt(tokens, j, ctx.lex) ?? (closes ? ctx.lex.ambiguousHits.get(tokens[j]?.low ?? '') ?? null : null);
    // “…,” Tom Hale, now 81 and retired in Dover, said by telephone: an aside the appositive reader leaves.
    if (!v2 && !closed && (np.type === 'person' || np.type === 'organization')) {
      const after = verbPastAside(view, j, ctx.lex);
      if (after >= 0) {
        j = after;
        v2 = verbAt(tokens, j, ctx.lex);
      }
    }
    if (closed && (!v2 || !endsClause(tokens[j + v2.len]) || tokens[j + v2.len]?.text === ',')) return null;
    if (!v2 && quotative(view, q.token, k, np, j, ctx.lex)) {
      return { np, block: q.block, cue: cueText(view, j, j + 1), sieve: this.name, confidence: CONFIDENCE.quotativeSlot };
    }
    if (!v2 || v2.strength < 0.5) return null;
    return { np, block: q.block, cue: cueText(view, j, j + v2.len), sieve: this.name, confidence: CONFIDENCE.cueAfter * v2.strength };
  },
};

/**
 * “…,” Bolton charged. / “…,” an angry Varga retaliated on Monday. — right after a quote that a comma,
 * a question or an exclamation leaves open, a named speaker and a past verb that ends its clause are
 * the quote's cue, whatever the verb: news fills this slot with speech verbs only, many of them rare or
 * words that elsewhere mean something else ("charged", "reacted", "shrugged"). The verb must end the
 * clause (or take only a preposition or an adverb after it), so "“…,” Ruiz watched the game" is no cue.
 */
function quotative(view: BlockView, quote: number, k: number, np: NounPhrase, j: number, lex: CompiledLexicon): boolean {
  const { tokens } = view;
  if (np.type !== 'person' && np.type !== 'organization' && np.type !== 'pronoun') return false;
  if (!pastInSlot(view, quote, k, lex, j)) return false;
  const after = tokens[j + 1];
  return endsClause(after) || lex.w.prepositions.has(after?.low ?? '') || lex.re.adverb.test(after?.text ?? '');
}

/** Right after a quote left open (a comma, a question, an exclamation), token `j` of the clause at `k` is a past verb form. */
function pastInSlot(view: BlockView, quote: number, k: number, lex: CompiledLexicon, j = k): boolean {
  const { tokens } = view;
  if (view.sentence[k] !== view.sentence[quote] && !/[?!]["”’»']?$/.test(tokens[quote]!.text)) return false;
  if (!/[,?!]["”’»']?$/.test(tokens[quote]!.text) && tokens[quote + 1]?.text !== ',') return false;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  const low = t.text.toLowerCase();
  const past = (lex.re.verbForm.test(low) && !lex.re.participle.test(low)) || lex.w.pastVerbs.has(low);
  return past && !lex.w.finiteVerbs.has(low);
}

/**
 * “…,” Tom Hale, now 81 and retired in Dover, said / “…,” Ana Ruiz — wearing a “Vote Ana” badge — told us /
 * “…,” Ana Ruiz, the pollster who founded harbourdata.com tweeted: an aside that opens with a comma or a
 * dash at `j`, right after the speaker, and ends before a speech verb (at a comma, a dash, or a word), in the
 * quote's sentence. Returns the verb's token, or -1.
 */
function verbPastAside(view: BlockView, j: number, lex: CompiledLexicon): number {
  const { tokens, sentence } = view;
  const open = tokens[j]?.text;
  if (open !== ',' && open !== '—' && open !== '–') return -1;
  // A relative clause with no comma yet: its end may be left open ("the pollster who founded X tweeted").
  let relative = false;
  for (let k = j + 2; k < Math.min(tokens.length, j + ASIDE); k++) {
    if (sentence[k] !== sentence[j] || tokens[k]!.text === ';') return -1;
    if (tokens[k]!.text === ',') relative = false;
    const v = verbAt(tokens, k, lex);
    if (!v || v.strength < 0.7 || lex.re.participle.test(tokens[k]!.low ?? '')) {
      if (lex.w.relatives.has(tokens[k]!.low ?? '')) relative = true;
      continue;
    }
    const before = tokens[k - 1]!;
    // The aside closes right before the verb: with its comma or dash, or a relative clause left open.
    if (before.text === open || (relative && before.kind === 'word' && !lex.w.relatives.has(before.low ?? ''))) return k;
    return -1;
  }
  return -1;
}

/** The end of a clause: a stop, a comma, a dash, or the end of the block. */
function endsClause(t: Token | undefined): boolean {
  return !t || (t.kind === 'punct' && /^[.,;:!?—–]$/.test(t.text));
}

/**
 * “Q1.” Mills then writes back, “Q2.” — a sentence that starts after a quote has
 * ended its own and goes on to a quote of its own introduces that quote, not
 * the one before it.
 */
function introducesAnother(view: BlockView, k: number): boolean {
  const id = view.sentence[k];
  for (let j = k; j < view.tokens.length && view.sentence[j] === id; j++) if (view.tokens[j]!.kind === 'quote') return true;
  return false;
}

/** French puts the subject pronoun inside an inverted verb: "« … », explique-t-elle". */
function pronounInVerb(t: Token, k: number, lex: CompiledLexicon): NounPhrase | null {
  const m = lex.patterns.pronounInVerb?.exec(t.text);
  if (!m) return null;
  const p = m[1]!.toLowerCase();
  const g = lex.pronouns.get(p);
  return nounPhrase({ from: k, to: k + 1, type: 'pronoun', text: p, gender: g === 'm' || g === 'f' ? g : null, head: p });
}
