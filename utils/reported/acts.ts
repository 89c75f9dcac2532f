// Reported speech, the parts of a statement after its cue that are not a plain
// clause: a time or a setting before "that" ("said Tuesday that …"), and the
// content of a speech act that is a phrase ("called for an inquiry", "urged the
// board to close the bridge", "promised to rebuild the terminal").
import type { CompiledLexicon } from '../lexicon';
import type { BlockView, SieveContext } from '../sieves/context';
import type { Token } from '../text/tokens';
import { verbAt } from '../text/verbs';

/** Minimum words of the writer's own in a reported clause. */
const MIN_WORDS = 3;

/** A token range worth reporting: enough words of the writer's own, not a quote alone. */
export function span(view: BlockView, range: [number, number]): [number, number] | null {
  let [a, b] = range;
  const { tokens } = view;
  while (a < b && tokens[a]!.kind === 'punct') a++;
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  let words = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word') words++;
  return words >= MIN_WORDS ? [a, b] : null;
}

/** Whether nothing but punctuation follows a quote up to `end`. */
export function onlyQuote(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c + 1; k < end; k++) if (tokens[k]!.kind === 'word') return false;
  return true;
}

/** Most words a time or a setting may take between a cue and its "that". */
const SETTING_MAX = 9;

/** Past a run of words up to a "that" (a time or a setting: "Tuesday", "in an interview with the Courier"), or c. */
export function pastSetting(tokens: readonly Token[], c: number, end: number, lex: CompiledLexicon): number {
  for (let k = c; k < end && k - c <= SETTING_MAX; k++) {
    const t = tokens[k]!;
    // "told a town hall in Salem, New Hampshire on Monday that …": a comma inside a place's name.
    if (t.text === ',' && k > c && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue;
    if (t.kind !== 'word') return c;
    if (lex.complementizers.has(t.low ?? t.text.toLowerCase())) return k;
    if (lex.w.finiteVerbs.has(t.text.toLowerCase()) || verbAt(tokens, k, lex)) return c;
  }
  return c;
}

/** "and said", "but also warned": a conjunction, then a speech verb in a finite form (not "and ask", "and saying"). */
export function joinedCue(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  if (!lex.w.clauseJoiners.has(tokens[k]?.low ?? '')) return false;
  let v = k + 1;
  while (v < k + 3 && lex.adverbs.has(tokens[v]?.low ?? '')) v++;
  const verb = verbAt(tokens, v, lex);
  if (!verb || verb.strength < 0.5) return false;
  const form = tokens[v]!.low ?? '';
  return form !== verb.lemma && !lex.re.participle.test(form);
}

/** Most words the object of a speech act may take before the word that opens its content. */
const OBJECT_MAX = 8;

/**
 * The content of a speech act whose content is a phrase (the lexicon's `speechActs`),
 * from where its frame opens it to the clause's end: "called for [an inquiry]",
 * "promised [to rebuild the terminal]", "urged [the board to close the bridge]".
 */
export function actContent(ctx: SieveContext, view: BlockView, after: number, end: number, lemma: string): [number, number] | null {
  const frame = ctx.lex.raw.speechActs?.[lemma];
  if (!frame) return null;
  const { tokens } = view;
  const lex = ctx.lex;
  const low = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k]!.low ?? tokens[k]!.text.toLowerCase() : '');
  let start = after;
  if (frame.after) {
    if (!frame.after.includes(low(after))) return null;
    start = after + 1;
  } else if (frame.at) {
    if (frame.at.length ? !frame.at.includes(low(after)) : tokens[after]?.kind !== 'word' || lex.w.notClauseStarts.has(low(after)) || lex.w.listeners.has(low(after)) || lex.complementizers.has(low(after))) return null;
  } else if (frame.object) {
    let k = after;
    while (k < end && k - after <= OBJECT_MAX && tokens[k]!.kind === 'word' && !frame.object.includes(low(k))) k++;
    if (k === after || !frame.object.includes(low(k))) return null;
  } else return null;
  if (tokens[start]?.kind === 'quote' && onlyQuote(tokens, start, end)) return null;
  // To the sentence's end, or to a second cue joined on: ", saying …".
  let stop = end;
  for (let k = start + 2; k < end; k++) {
    if (tokens[k - 1]!.text === ',' && lex.re.participle.test(tokens[k]!.text) && verbAt(tokens, k, lex)) {
      stop = k - 1;
      break;
    }
    // "… and said …": a second cue that shares the subject.
    if (joinedCue(tokens, k, lex)) {
      stop = tokens[k - 1]!.text === ',' ? k - 1 : k;
      break;
    }
  }
  return span(view, [start, stop]);
}

