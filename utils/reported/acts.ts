// Reported speech, the parts of a statement after its cue that are not a plain
// clause: a time or a setting before "that" ("said Tuesday that …"), and the
// content of a speech act that is a phrase ("called for an inquiry", "urged the
// board to close the bridge", "promised to rebuild the terminal").
import type { CompiledLexicon } from '../lexicon';
import type { SpeechActFrame } from '../lexicon/types';
import { subjectAfter } from '../text/subjects';
import { startsPredicate } from './clause';
import type { BlockView, SieveContext } from '../sieves/context';
import type { Token } from '../text/tokens';
import { verbAt } from '../text/verbs';

/** A word inside a quote token. */
const ANY_WORD = /[\p{L}\p{N}]+/gu;

/** Minimum words in a reported clause. */
const MIN_WORDS = 3;

/** A token range worth reporting: enough words of the writer's own, not a quote alone. */
export function span(view: BlockView, range: [number, number], countQuoted = false): [number, number] | null {
  let [a, b] = range;
  const { tokens } = view;
  while (a < b && tokens[a]!.kind === 'punct') a++;
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  // Words inside quotation marks count when the writer's own words stand beside them ("said Ms Varga “caused the delay”").
  let words = 0;
  let quoted = 0;
  for (let k = a; k < b; k++) {
    if (tokens[k]!.kind === 'word') words++;
    else if (tokens[k]!.kind === 'quote') quoted += tokens[k]!.text.match(ANY_WORD)?.length ?? 0;
  }
  return words >= MIN_WORDS || (countQuoted && words > 0 && words + quoted >= MIN_WORDS) ? [a, b] : null;
}

/** Whether nothing but punctuation follows a quote up to `end`. */
export function onlyQuote(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c + 1; k < end; k++) if (tokens[k]!.kind === 'word') return false;
  return true;
}

/** A quotation mark left as punctuation (a title's, which is no quote of anyone's). */
const QUOTE_MARK = /^["“”‘’«»„]$/u;

/** Most words a time or a setting may take between a cue and its "that". */
const SETTING_MAX = 9;

/** Past a run of words up to a "that" (a time or a setting: "Tuesday", "in an interview with the Courier"), or c. */
export function pastSetting(tokens: readonly Token[], c: number, end: number, lex: CompiledLexicon): number {
  // A name after the cue is the clause's subject, not a setting: "said Mr Ruiz expected that …" (but "said Tuesday that …").
  const first = tokens[c];
  if (first?.kind === 'word' && /^\p{Lu}/u.test(first.text) && !lex.w.timeWords.has(first.low ?? first.text.toLowerCase())) return c;
  for (let k = c; k < end && k - c <= SETTING_MAX; k++) {
    const t = tokens[k]!;
    // "told a town hall in Salem, New Hampshire on Monday that …": a comma inside a place's name.
    if (t.text === ',' && k > c && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue;
    // "said on ABC's “This Week” that …": a programme's title inside the setting.
    if ((t.kind === 'quote' || QUOTE_MARK.test(t.text)) && k > c) continue;
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
 * "promised [to rebuild the terminal]", "urged [the board to close the bridge]",
 * "criticized [the council's budget]", "called [the plan a disgrace]".
 */
export function actContent(ctx: SieveContext, view: BlockView, after: number, end: number, lemma: string): [number, number] | null {
  const frame = ctx.lex.raw.speechActs?.[lemma];
  if (!frame) return null;
  const start = frameStart(ctx.lex, view.tokens, frame, after, end);
  if (start === null) return null;
  const { tokens } = view;
  if (tokens[start]?.kind === 'quote' && onlyQuote(tokens, start, end)) return null;
  return span(view, [start, contentEnd(view, start, end, ctx.lex)], true);
}

/** Where a frame opens the content after the verb, or null when the words after it do not fit the frame. */
function frameStart(lex: CompiledLexicon, tokens: readonly Token[], frame: SpeechActFrame, after: number, end: number): number | null {
  const low = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k]!.low ?? tokens[k]!.text.toLowerCase() : '');
  const first = low(after);
  if (frame.after?.includes(first)) return after + 1;
  if (frame.at) {
    if (frame.at.length ? frame.at.includes(first) : tokens[after]?.kind === 'word' && !lex.w.notClauseStarts.has(first) && !lex.w.listeners.has(first) && !lex.complementizers.has(first)) return after;
  }
  if (frame.object) {
    let k = after;
    while (k < end && k - after <= OBJECT_MAX && tokens[k]!.kind === 'word' && !frame.object.includes(low(k))) k++;
    if (k > after && frame.object.includes(low(k))) return after;
  }
  // An object first: a name, a pronoun or a definite phrase ("the plan", "his rival"), not "a meeting" nor "for".
  const objectOpens = tokens[after]?.kind === 'word' && !lex.w.indefinites.has(first) && !lex.w.notClauseStarts.has(first) && !lex.complementizers.has(first) && !(lex.w.timeWords.has(first) && /^\p{Lu}/u.test(tokens[after]!.text)) &&
    (/^\p{Lu}/u.test(tokens[after]!.text) || lex.w.determinerLike.has(first) || lex.w.possessives.has(first) || lex.w.listeners.has(first) || lex.pronouns.has(first));
  if (frame.label && objectOpens) {
    // "called [him a liar]", "called [the ruling “a disgrace”]": the label after the object.
    for (let k = after + 1; k < end && k - after <= OBJECT_MAX; k++) {
      if (tokens[k]!.kind === 'quote' || frame.label.includes(low(k))) return after;
      // "called him, among other things, “a failed candidate”".
      if (tokens[k]!.kind !== 'word' && tokens[k]!.text !== ',') break;
    }
  }
  if (frame.rest && objectOpens) return after;
  return null;
}

/**
 * Where reported content after its cue ends: the sentence's end, or the first of
 *   a second cue on a participle      "…, saying the loan was cheap"
 *   the main cue after a relative      "Dr Marsh, who warned that the pier was sinking, said …"
 *   a second cue that shares the subject  "… and predicted that …"
 *   a clause of its own after a comma   "…, while the board wants …", "…, she added that …"
 *   the writer's aside                 "… – “not again,” she said – …", "… (the third this year)"
 */
export function contentEnd(view: BlockView, start: number, end: number, lex: CompiledLexicon): number {
  const { tokens, words } = view;
  for (let k = start + 2; k < end; k++) {
    const prev = tokens[k - 1]!;
    if (prev.text === ',' && lex.re.participle.test(tokens[k]!.text) && verbAt(tokens, k, lex)) return k - 1;
    // "Dr Marsh, who warned that the pier was sinking, said …": the relative's statement ends at the main cue.
    if (prev.text === ',' && !lex.re.participle.test(tokens[k]!.low ?? '') && (verbAt(tokens, k, lex)?.strength ?? 0) >= 1 && words.tokens[k + 1]?.kind === 'word') return k - 1;
    if (joinedCue(tokens, k, lex)) return prev.text === ',' ? k - 1 : k;
    // ", while the board wants …" (not ", while arguing …": the same speaker goes on).
    if (prev.text === ',' && lex.w.clauseBreakers.has(tokens[k]!.low ?? '') && tokens[k + 1]?.kind === 'word' && !lex.re.participle.test(tokens[k + 1]!.low ?? '')) return k - 1;
    if (prev.text === ',' && lex.w.clauseJoiners.has(tokens[k]!.low ?? '')) {
      const np = subjectAfter(words, k + 1);
      if (np && np.type !== 'unnamed' && (verbAt(tokens, np.to, lex) || startsPredicate(tokens, np.to, lex))) return k - 1;
    }
    // "…, the minister said that …": another speaker's cue after a comma (not an aside of the same one: "…, he said, …").
    if (prev.text === ',' && tokens[k]!.kind === 'word') {
      const np = subjectAfter(words, k);
      const verb = np && np.type !== 'unnamed' && np.type !== 'pronoun' && np.to < end ? verbAt(tokens, np.to, lex) : null;
      if (verb && verb.strength >= 1 && !lex.re.participle.test(tokens[np!.to]!.low ?? '') && tokens[np!.to + verb.len]?.text !== ',') return k - 1;
    }
    if (prev.text === '(' || (DASH.test(prev.text) && tokens[k]!.kind === 'quote')) return k - 1;
  }
  return end;
}

/** A dash that sets off an aside: "–", "—", or a hyphen standing alone. */
const DASH = /^[-–—]$/u;
