// Reported speech: statements attributed to a named (or resolvable) source
// with a speech cue but without quotation marks. One statement at most per
// sentence; the text is the reported clause. Shapes, with made-up examples:
//
//   cue first      The harbour authority said (that) repairs would cost £40m.
//                  Dr Marsh told reporters the piers were sound.
//   cue last       Repairs will take a year, the minister said.
//                  Repairs will take a year, said Dr Jane Marsh of Westmere.
//   cue inside     The piers, Dr Marsh said, were sound.
//                  If the vote fails, Dr Marsh said, the ferry will be sold.
//   as …           As the Lenning Courier first reported, the ferry was sold.
//   framed         "according to" and list items under a cue: see ./framed.ts
//
// Not reported speech: "that said", "the said company", questions, conditionals
// ("if the council said no…"), negated or infinitive cues ("did not say",
// "declined to say"), and unnamed sources ("many believe"; "officials said" is
// listed with its unnamed source, see speakers/unnamed.ts).
import type { CompiledLexicon } from '../lexicon';
import { CONFIDENCE } from '../sieves/confidence';
import type { BlockView, SieveContext } from '../sieves/context';
import { isNameWord } from '../text/names';
import type { Words } from '../text/phrase';
import { subjectOfCue } from '../text/clauses';
import { subjectAfter } from '../text/subjects';
import type { Token } from '../text/tokens';
import { invertsAt, isPassive, verbAt } from '../text/verbs';
import { actContent, contentEnd, onlyQuote, pastSetting, span } from './acts';
import { hasFiniteVerb, negated } from './clause';
import { accordingTo, introducedItem, make, type Reported } from './framed';
import { mainSubject } from './speaker';

export type { Reported } from './framed';


export function findReported(ctx: SieveContext): Reported[] {
  const out: Reported[] = [];
  for (const view of ctx.blocks) {
    if (view.block.kind === 'heading') continue;
    const listed = introducedItem(ctx, view);
    if (listed) {
      out.push(listed);
      continue;
    }
    for (const [from, to] of view.bounds) {
      for (const found of inSentence(ctx, view, from, to)) out.push(found);
    }
  }
  return out;
}

function inSentence(ctx: SieveContext, view: BlockView, from: number, to: number): Reported[] {
  const { tokens, words } = view;
  const lex = ctx.lex;
  const text = view.block.text;
  let end = to;
  while (end > from && tokens[end - 1]!.kind === 'punct') end--;
  if (end <= from) return [];
  for (let k = end; k < to; k++) if (tokens[k]!.text === '?' || tokens[k]!.text === ':') return [];
  // "If the council said no, …" is no statement; "If the vote fails, Dr Marsh said, the ferry will be sold" is one (cue inside).
  const conditional = lex.w.hypotheticals.has(firstWord(tokens, from));
  const according = conditional ? null : accordingTo(ctx, view, from, end);
  if (according) return [according];
  const out: Reported[] = [];
  for (let v = from; v < end; v++) {
    const t = tokens[v]!;
    if (t.kind !== 'word') continue;
    const verb = verbAt(tokens, v, lex);
    if (!verb || verb.strength < 0.5) continue;
    const clausal = lex.w.clauseVerbs.has(verb.lemma);
    if (!clausal && !lex.raw.speechActs?.[verb.lemma]) continue;
    if (cancelled(tokens, v, lex) || isPassive(tokens, v, lex)) continue;
    const after = v + verb.len;
    const cue = text.slice(t.start, tokens[after - 1]!.end);
    const subject = subjectOfCue(words, v, from);
    const speaker = subject ?? mainSubject(view, v, from, lex);
    if (speaker) {
      // Cue first: "Dr Marsh said (that) the piers were sound[, and she added that …]."
      // Or a speech act's phrase: "Dr Marsh called for an inquiry", "urged the board to close the bridge".
      const clause = conditional ? null : ((clausal ? clauseAfter(ctx, view, after, end, verb.lemma) : null) ?? actContent(ctx, view, after, end, verb.lemma));
      if (clause) {
        out.push(make(view, clause, speaker, cue, CONFIDENCE.reportedCueFirst * verb.strength));
        v = clause[1] - 1;
        continue;
      }
      if (!clausal || !subject) continue;
      // "As the Courier reported, the ferry was sold": the statement follows the cue's comma.
      // A name's phrase opens at its determiner: "the Courier" (the name is "Courier").
      const s = lex.determiners.has(tokens[subject.from - 1]?.low ?? '') ? subject.from - 1 : subject.from;
      if (!conditional && tokens[after]?.text === ',' && s - 1 === firstWordAt(tokens, from) && lex.w.asWords.has(tokens[s - 1]!.low ?? '')) {
        const clause = span(view, [after + 1, end]);
        if (clause && hasFiniteVerb(tokens, clause, lex)) out.push(make(view, clause, subject, cue, CONFIDENCE.reportedCueFirst * verb.strength));
        break;
      }
      const opened = tokens[s - 1]?.text === ',';
      // Cue inside, between commas: "The plan, Dr Marsh said, is sound." — the longer side is the statement.
      if (opened && tokens[after]?.text === ',') {
        // A whole statement before the cue stands alone when a clause of its own or the speaker's act follows ("It
        // pays to wait, she said, and the vote can …", "…, she said, pointing to …"; after "adding that …" its own
        // statement follows); a subject split from its verb ("The ferry, she said, will be sold"), a conditional, or
        // a phrase that goes on ("The repairs were paid for, she said, by the board") is read whole; after an opening
        // phrase ("In May, she said, …") the rest is the statement. (hasFiniteVerb reads plurals as verbs: "…, and to
        // check the ropes" counts as a clause of its own.)
        const before = span(view, [from, s - 1]);
        const intro = !conditional && lex.w.introWords.has(firstWord(tokens, from));
        const adding = speechParticiple(tokens, after + 1, lex);
        const alone = !!before && !intro && hasFiniteVerb(tokens, before, lex) && !conditional && (lex.re.participle.test(tokens[after + 1]?.text ?? '') || hasFiniteVerb(tokens, [after + 1, end], lex));
        const pick = alone ? before : intro ? span(view, [after + 1, end]) : before || !conditional ? span(view, [from, end]) : null;
        if (pick) out.push(make(view, pick, subject, cue, CONFIDENCE.reportedCueInside));
        if (!alone || !adding) break;
        v = after;
        continue;
      }
      // Cue last: "Repairs will take a year, the minister said (on Monday)[, adding that …]."
      const next = conditional ? -1 : participleAfter(tokens, after, end, lex);
      if (!conditional && opened && s - 1 > from && trailingIsShort(tokens, after, next < 0 ? end : next, lex)) {
        const clause = span(view, [from, s - 1]);
        if (clause && !lex.w.introWords.has(firstWord(tokens, from))) out.push(make(view, clause, subject, cue, CONFIDENCE.reportedCueLast));
        if (next < 0) break;
        v = next;
      }
      continue;
    }
    // Inverted cue last: "Repairs will take a year, said Dr Jane Marsh of Westmere."
    if (!conditional && clausal && tokens[v - 1]?.text === ',' && invertsAt(tokens, v, lex) && v - 1 > from && !lex.re.participle.test(t.text)) {
      const np = subjectAfter(words, after);
      const inverted = np && np.type !== 'pronoun' ? np : null;
      const clause = inverted ? span(view, [from, v - 1]) : null;
      if (inverted && clause && !lex.w.introWords.has(firstWord(tokens, from)) && !namedBeforeCue(view, clause, lex)) {
        out.push(make(view, clause, inverted, cue, CONFIDENCE.reportedCueLast));
        break;
      }
    }
  }
  return out;
}

/**
 * "Another pollster, Ana Ruiz of Westmere, said his survey …": what stands before the comma is the
 * cue's subject in apposition (a name opens its last part, and no finite verb is in it), not a statement.
 */
function namedBeforeCue(view: BlockView, [a, b]: [number, number], lex: CompiledLexicon): boolean {
  const { tokens, words } = view;
  if (hasFiniteVerb(tokens, [a, b], lex)) return false;
  let c = b - 1;
  while (c > a && tokens[c - 1]!.text !== ',') c--;
  if (c <= a) return false;
  const np = subjectAfter(words, c);
  return !!np && (np.type === 'person' || np.type === 'organization');
}

/**
 * The reported clause after a cue: past the listener ("told reporters"), a
 * setting ("in a statement") and "that"; up to the sentence's end or to where a
 * second cue joins on (", and she added that …"). Null for a colon or a quote
 * alone (those are quotes), or an infinitive ("vowed to …": a promise, not a claim).
 */
function clauseAfter(ctx: SieveContext, view: BlockView, after: number, end: number, lemma: string): [number, number] | null {
  const { tokens, words } = view;
  const lex = ctx.lex;
  let c = after;
  if (lex.w.objectFirstVerbs.has(lemma)) c = skipObject(words, c, end);
  if (tokens[c]?.kind === 'word' && lex.w.settingPrepositions.has(tokens[c]!.text.toLowerCase()) && tokens[c + 1]?.kind === 'word') c = skipPhrase(tokens, c, end, lex);
  // German writes a comma before the clause: "Weber sagte, (dass) die Brücke sicher sei".
  if (lex.raw.clauseAfterComma && tokens[c]?.text === ',' && tokens[c + 1]?.kind === 'word') c++;
  // "said Tuesday that …", "said in an interview with the Courier that …", "told reporters during the debate that …".
  c = pastSetting(tokens, c, end, lex);
  const that = lex.complementizers.has((tokens[c]?.text ?? '').toLowerCase());
  if (that) c++;
  const first = tokens[c];
  if (!first || first.text === ':' || first.text === ',' || (first.kind === 'quote' && onlyQuote(tokens, c, end))) return null;
  // "said to …", "spoke of …" (after "that" any word opens the clause: "said that about 500 boats …").
  if (!that && lex.w.notClauseStarts.has(first.text.toLowerCase())) return null;
  const stop = contentEnd(view, c, end, lex);
  const clause = span(view, [c, stop], true);
  if (!clause) return null;
  // A clause says something in the writer's words: at least two lower-case words.
  // The quoted words count too: "Dr Marsh said the survey “was never finished.”" is a statement of hers.
  let lowerWords = 0;
  for (let k = clause[0]; k < clause[1]; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !lex.determiners.has(t.text)) lowerWords++;
    else if (t.kind === 'quote') lowerWords += lowerWordsIn(t.text);
  }
  return lowerWords >= 2 && hasFiniteVerb(tokens, clause, lex) ? clause : null;
}

/** Lower-case words inside a quote token. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}’'-]*/gu;

/** Lower-case words inside a quote token, counted up to two (all a clause needs), not through the whole quote. */
function lowerWordsIn(text: string): number {
  LOWER_WORD.lastIndex = 0;
  let n = 0;
  while (n < 2 && LOWER_WORD.exec(text)) n++;
  return n;
}





/** A speech verb's participle at k: the speaker's next act ("adding", "noting"). */
function speechParticiple(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || !lex.re.participle.test(t.text)) return false;
  const verb = verbAt(tokens, k, lex);
  return !!verb && lex.w.clauseVerbs.has(verb.lemma);
}

/** The comma before a speech participle after a closing cue ("…, she said on Monday, adding that …"), or -1. */
function participleAfter(tokens: readonly Token[], from: number, end: number, lex: CompiledLexicon): number {
  for (let k = from; k < end && k - from <= 12; k++) if (tokens[k]!.text === ',' && speechParticiple(tokens, k + 1, lex)) return k;
  return -1;
}

/** After a closing cue only a short phrase may follow ("…, she said on Monday."), or a setting ("…, she said after …"). */
function trailingIsShort(tokens: readonly Token[], from: number, end: number, lex: CompiledLexicon): boolean {
  for (let k = from; k < end; k++) if (tokens[k]!.kind === 'quote') return false;
  return end - from <= 12 || lex.w.introWords.has(tokens[from]?.low ?? '');
}

/** Words before a cue that cancel it: "did not say", "declined to say", "the said company", "didn’t say". */
function cancelled(tokens: readonly Token[], v: number, lex: CompiledLexicon): boolean {
  const prev = tokens[v - 1];
  if (!prev || prev.kind !== 'word') return false;
  const w = prev.text.toLowerCase();
  return lex.w.cancellers.has(w) || negated(w, lex);
}


/** Past the listener of "told": a name, a pronoun, or a short noun phrase ("reporters", "the BBC"). */
function skipObject(words: Words, c: number, end: number): number {
  const { tokens, lex } = words;
  // "told the Lenning Courier (that) …": a determiner and a name.
  if (lex.determiners.has((tokens[c]?.text ?? '').toLowerCase()) && isNameWord(tokens[c + 1], lex)) {
    let k = c + 1;
    while (k < end && (isNameWord(tokens[k], lex) || (lex.linkers.has(tokens[k]!.low ?? '') && isNameWord(tokens[k + 1], lex)))) k++;
    return k;
  }
  const np = subjectAfter(words, c);
  if (np && np.to <= end) return np.to;
  const w = (tokens[c]?.text ?? '').toLowerCase();
  if (lex.w.listeners.has(w)) return c + 1;
  return c;
}

/** Past a short phrase after the cue: "said in a statement", "wrote on Twitter". */
function skipPhrase(tokens: readonly Token[], c: number, end: number, lex: CompiledLexicon): number {
  let k = c + 1;
  while (k < end && k - c < 5 && tokens[k]!.kind === 'word' && !lex.complementizers.has(tokens[k]!.text.toLowerCase())) {
    if (lex.w.settings.has(tokens[k]!.text.toLowerCase())) return k + 1;
    k++;
  }
  return c;
}

function firstWordAt(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.kind !== 'word') k++;
  return k;
}

function firstWord(tokens: readonly Token[], from: number): string {
  for (let k = from; k < tokens.length; k++) if (tokens[k]!.kind === 'word') return tokens[k]!.text.toLowerCase();
  return '';
}
