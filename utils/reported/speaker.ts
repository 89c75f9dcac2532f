// Reported speech: the speaker of a cue that its subject does not stand right
// before. The readers of text/subjects.ts find "Dr Marsh said" and "…, said Dr
// Marsh"; these shapes put words between the two (made-up examples):
//
//   a parenthesis      Dr Marsh, who chairs the board and has sat on it since 2009, said …
//   a time             Dr Marsh on Tuesday said …   Dr Marsh, citing the survey, last week said …
//   a first predicate  Dr Marsh admitted the survey was late, but said …
//   a linked participle  “…,” Dr Marsh said, while arguing that …
import type { CompiledLexicon } from '../lexicon';
import type { BlockView } from '../sieves/context';
import type { NounPhrase } from '../text/phrase';
import { sentenceSubject } from '../text/clauses';
import { commaInsideClosingMark } from '../text/tokens';
import { skipAdverbsBackward } from '../text/verbs';

/** A quote that ends in a comma: "a “bad deal,”". */
const QUOTE_COMMA = /,\s*["”’']?$/u;

/**
 * The sentence's subject as the speaker of a cue it is parted from by a
 * parenthesis, a time, or a first predicate joined by "and"/"but":
 *   Dr Marsh, who chairs the board and has sat on it since 2009, said …
 *   Dr Marsh, citing the survey, said …      Dr Marsh last week said …
 *   Dr Marsh admitted the survey was late, but said …
 */
export function mainSubject(view: BlockView, v: number, from: number, lex: CompiledLexicon): NounPhrase | null {
  const { tokens, words } = view;
  if (lex.re.participle.test(tokens[v]!.low ?? '')) {
    // "…, while arguing that …", "… before adding that …", "… on a “bad deal,” claiming …": the participle hangs on the subject.
    const b = skipAdverbsBackward(tokens, v, lex);
    const prev = tokens[b - 1];
    const linked = !!prev && (lex.w.participleLinks.has(prev.low ?? '') || (prev.kind === 'quote' && QUOTE_COMMA.test(prev.text)));
    if (!linked) return null;
    const np = sentenceSubject(words, from, b - 1);
    return np && np.to < v && (np.type === 'person' || np.type === 'organization' || np.type === 'pronoun') ? np : null;
  }
  const np = sentenceSubject(words, from, v);
  if (!np || np.to > v || (np.type !== 'person' && np.type !== 'organization' && np.type !== 'pronoun')) return null;
  let e = skipAdverbsBackward(tokens, v, lex);
  if (e <= np.to) return np;
  if (lex.w.clauseJoiners.has(tokens[e - 1]!.low ?? '')) return np;
  // "Dr Marsh on Tuesday said", "…, last week said".
  let t = e;
  while (t > np.to && e - t < 5 && lex.w.timeWords.has(tokens[t - 1]!.low ?? '')) t--;
  if (t < e && (t === np.to || tokens[t - 1]!.text === ',')) e = t;
  if (e <= np.to) return np;
  // A parenthesis closed by a comma: ", who chairs the board,", ", citing “the survey,”".
  // A dropped title keeps its marks as punctuation: ", the host of “Low Tide,” said".
  const last = tokens[e - 1]!;
  const closed =
    last.text === ',' || (last.kind === 'quote' && QUOTE_COMMA.test(last.text)) || commaInsideClosingMark(tokens, e);
  const opened = tokens[np.to - 1]?.text === ',' || tokens[np.to]?.text === ',';
  if (!closed || !opened || e - np.to > 30) return null;
  for (let k = np.to; k < e; k++) if (tokens[k]!.text === ';' || tokens[k]!.text === ':') return null;
  return np;
}
