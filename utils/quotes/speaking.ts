// For the quote filter (filter.ts): the names an article gives its speakers, and
// whether a sentence names one of them before a quote. A phrase in marks in a
// sentence about someone the article quotes reads as that person's words ("Hale
// then turned to the “harbour mafia”"), not as the writer's scare quote, which
// stands in sentences about things ("the “smart” gates open in May").
import type { CompiledLexicon } from '../lexicon';
import { POSSESSIVE_S } from '../text/phrase';
import { tokenize, type Token } from '../text/tokens';
import { verbAt } from '../text/verbs';
import type { Block } from '../types';

/** Speech verbs this sure name their speaker next to them. */
const SURE = 0.6;

/**
 * The names right next to a speech verb anywhere in the article, without a possessive:
 * "Hale said", "said Dr Ana Hale" (the run's last word), "Hale told reporters".
 * `plain` gets each block's tokens read with no quote folded (tokenize(text)), for the next stage to reuse.
 */
export function speakingNames(blocks: readonly Block[], lex: CompiledLexicon, plain: Token[][] = []): Set<string> {
  const names = new Set<string>();
  const add = (t: Token | undefined) => {
    if (isName(t, lex)) names.add(bare(t!));
  };
  for (const block of blocks) {
    const tokens = tokenize(block.text);
    plain.push(tokens);
    for (let j = 0; j < tokens.length; j++) {
      if (tokens[j]!.kind !== 'word') continue;
      const v = verbAt(tokens, j, lex);
      if (!v || v.strength < SURE) continue;
      // (Not a place: "as a tweeter in Sydney suggested".)
      if (!lex.w.prepositions.has(tokens[j - 2]?.low ?? '')) add(tokens[j - 1]);
      let e = j + v.len;
      while (isName(tokens[e], lex) && isName(tokens[e + 1], lex)) e++;
      add(tokens[e]);
    }
  }
  return names;
}

/** One of the names stands before the quote at k in its sentence: "… as Hale’s “harbour mafia” …". */
export function speakerBefore(tokens: readonly Token[], sentence: readonly number[], k: number, names: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  for (let j = k - 1; j >= 0 && sentence[j] === sentence[k]; j--) {
    if (!isName(tokens[j], lex) || !names.has(bare(tokens[j]!))) continue;
    // A possessive names the speaker only of a phrase close by ("Hale’s “harbour mafia”", "Hale’s attack on the “mafia”"),
    // not of a whole clause ("Hale’s fans defended the firm on the grounds that its “surge fares” …").
    if (!POSSESSIVE_S.test(tokens[j]!.text) || k - j <= 4) return true;
  }
  return false;
}

function isName(t: Token | undefined, lex: CompiledLexicon): boolean {
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  const b = bare(t);
  return !lex.notName.has(b) && !lex.titles.has(b.toLowerCase());
}

function bare(t: Token): string {
  return t.text.replace(POSSESSIVE_S, '');
}
