// Every name the article gives outside quotes, in reading order: the pool that
// pronouns ("he said"), surnames ("Dr Marsh") and descriptions ("the mayor")
// are resolved against, and where full names and roles are found.
import type { CompiledLexicon } from '../lexicon';
import type { BlockView } from '../sieves/context';
import { isNameWord, nameAt, type NounPhrase } from '../text/np';

export interface NameMention {
  block: number;
  token: number;
  /** Reading-order position, comparable across blocks. */
  pos: number;
  np: NounPhrase;
}

/** Position of token `token` of block `block` in reading order. */
export function position(block: number, token: number): number {
  return block * 100_000 + token;
}

export function scanMentions(blocks: readonly BlockView[], lex: CompiledLexicon): NameMention[] {
  const out: NameMention[] = [];
  for (const view of blocks) {
    const { tokens } = view;
    let k = 0;
    while (k < tokens.length) {
      if (!isNameWord(tokens[k], lex) || lex.notName.has(tokens[k]!.text)) {
        k++;
        continue;
      }
      const np = nameAt(view.block.text, tokens, k, lex);
      if (!np || np.to <= k) {
        k++;
        continue;
      }
      out.push({ block: view.block.index, token: k, pos: position(view.block.index, k), np });
      // Continue after the name itself, so names inside an appositive are seen too.
      let next = k + 1;
      while (next < tokens.length && isNameWord(tokens[next], lex) && next < np.to) next++;
      k = Math.max(next, k + 1);
    }
  }
  return out;
}
