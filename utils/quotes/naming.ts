// For the quote filter (filter.ts): quotes that name something rather than report
// words — after a naming cue ("the so-called “X”", "a plan dubbed “X”"), unless
// someone does the naming ("what she called “X”"), and the later items of a list
// that such a cue opens.
import type { CompiledLexicon } from '../lexicon';
import type { Token } from '../text/tokens';

/** A naming cue just before the quote: "the so-called “X”", "a plan dubbed “X”", "the term “X”". */
export function namingCueBefore(text: string, at: number, lex: CompiledLexicon): boolean {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase().replace(/[\s,:]+$/, '');
  if (lex.namingCues.some((cue) => before.endsWith(cue) && /(^|[^\p{L}])$/u.test(before.slice(0, before.length - cue.length)))) return true;
  // "a technique called “X”": a naming verb right before the mark names; with words
  // between ("called the plan “a disgrace”") it reports what someone said.
  return lex.namingVerb.test(before);
}

/**
 * A naming verb right before the mark with its subject just before it is someone's
 * act of calling, which the quote reports: "what she called “a disgrace”", "a rival
 * he dubbed “the little senator”", "as Mr Lee called it" — not "a show called “X”".
 */
export function namedBySomeone(tokens: readonly Token[], k: number, sentence: readonly number[], lex: CompiledLexicon): boolean {
  const verb = k - 1;
  const low = tokens[verb]?.low ?? '';
  if (!lex.verbs.has(low) && !lex.w.quoteFrames.has(low)) return false;
  if (isNamer(verb - 1)) return true;
  // "has been called “X” by Dr Hale": a passive naming with its agent after the quote.
  if (lex.w.passiveAux.has(tokens[verb - 1]?.low ?? '') && lex.w.agentMarkers.has(tokens[k + 1]?.low ?? '') && isNamer(k + 2)) return true;
  // A phrase set off by commas between the subject and the verb: "what Ana Hale, the party's treasurer,
  // called “…”", "Hale, for one, called “…”", or the subject itself set off: "the last nominee, Ana Hale, called".
  if (tokens[verb - 1]?.text === ',') {
    for (let c = verb - 2; c > 0 && verb - c <= 14 && sentence[c] === sentence[verb]; c--) {
      const t = tokens[c]!;
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return false;
      if (t.text !== ',') continue;
      if (isNamer(c - 1)) return true;
      for (let x = c + 1; x < verb - 1; x++) if (tokens[x]!.kind !== 'word' || !/^\p{Lu}/u.test(tokens[x]!.text)) return false;
      return c + 1 < verb - 1;
    }
    return false;
  }
  // Adverbs and a time between the subject and the verb: "Hale later called", "Hale on Monday called".
  let at = verb - 1;
  while (at > 0 && verb - at <= 3 && sentence[at] === sentence[verb] && adverbial(tokens[at], lex)) at--;
  return at < verb - 1 && isNamer(at);

  function isNamer(at: number): boolean {
    const subject = tokens[at];
    if (!subject || subject.kind !== 'word' || sentence[at] !== sentence[verb]) return false;
    if (lex.w.namingSubjects.has(subject.low ?? '')) return true;
    // A name: "what Mr Hale called", not the sentence's first word ("Called …", "Titled …").
    const first = at === 0 || sentence[at - 1] !== sentence[at];
    return !first && /^\p{Lu}/u.test(subject.text) && !lex.notName.has(subject.text);
  }
}

/** A word that may stand between a subject and its verb: an adverb or a word of a time ("later", "on Monday"). */
function adverbial(t: Token | undefined, lex: CompiledLexicon): boolean {
  if (!t || t.kind !== 'word') return false;
  const low = t.low ?? '';
  return lex.adverbs.has(low) || lex.w.timeWords.has(low) || lex.re.adverb.test(t.text);
}

/** Only commas and list joiners stand between the quotes at a and b: "“a,” “b” and “c”". */
export function sameList(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): boolean {
  if (a < 0) return false;
  for (let j = a + 1; j < b; j++) if (tokens[j]!.text !== ',' && !lex.w.listJoiners.has(tokens[j]!.low ?? '')) return false;
  return true;
}
