// Stage 6b's evidence for a person the article names without any role: is the
// article about them as a politician? News names the best-known politicians
// bare ("Trump said", "Sanders told the crowd"): the reader is expected to
// know them, and what the article says around their name shows it: their
// campaign, their voters, the primary, the Senate. A person whose sentences are
// mostly about elections and government, three or more of them, speaks for an
// office (ANNOTATION.md: politicians are officials). Words inside quotes and
// in the name itself do not count; a role the article gives always decides
// first (classify.ts), so a pundit or pollster described as one stays one.
//
// Or, in one place, their surname before a word of politics: "the Hale
// campaign", "Hale’s presidency", "Hale supporters", "a Hale rally" say what
// Hale is, however few the sentences about them (unless another person of the
// article has that surname: a spouse, a son).
//
//   Hale won the primary on Tuesday. Hale’s campaign … the voters … → official
//   Marsh, who watched the debate from a bar … (one sentence)        → no evidence
import type { CompiledLexicon } from '../lexicon';
import type { BlockView } from '../sieves/context';
import type { Cluster } from './merge';
import type { NameMention } from './mentions';
import { nameTokens } from './names';

/** Sentences about the person that must speak of politics, at the least. */
const MIN_POLITICAL = 3;
/** And their share of all the sentences that name the person. */
const MIN_SHARE = 0.5;

/**
 * For one article: whether the article places person `c` in electoral or government politics. The words
 * written before a word of politics are read once, for all the article's speakers.
 */
export function politicsReader(
  blocks: readonly BlockView[],
  lex: CompiledLexicon,
  mentions: readonly NameMention[],
): (c: Cluster) => boolean {
  let before: Set<string> | undefined;
  return (c) =>
    c.kind === 'person' && (politicalSurname(c, mentions, (before ??= wordsBeforePolitics(blocks, lex))) || inPolitics(c, blocks, lex));
}

/** Whether the sentences naming person `c` speak of elections and government, three or more and half of them. */
function inPolitics(c: Cluster, blocks: readonly BlockView[], lex: CompiledLexicon): boolean {
  const seen = new Set<string>();
  let political = 0;
  for (const m of c.mentions) {
    const view = blocks[m.block];
    const id = view?.sentence[m.token];
    if (!view || id === undefined) continue;
    const key = `${m.block}:${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [from, to] = view.bounds[id] ?? [m.token, m.token + 1];
    for (let k = from; k < to; k++) {
      if (k >= m.np.from && k < m.np.to) continue;
      const t = view.tokens[k]!;
      if (t.kind === 'word' && lex.w.politicsWords.has(t.low ?? '')) {
        political++;
        break;
      }
    }
  }
  return political >= MIN_POLITICAL && political >= MIN_SHARE * seen.size;
}

/** The person's surname, theirs alone in the article, written right before a word of politics ("the Hale campaign"). */
function politicalSurname(c: Cluster, mentions: readonly NameMention[], beforePolitics: ReadonlySet<string>): boolean {
  const own = nameTokens(c.name);
  const surname = own[own.length - 1];
  if (!surname || !beforePolitics.has(surname)) return false;
  // Another person with the surname: which of them the campaign is, the words do not say.
  const firsts = new Set(own.length > 1 ? [own[0]] : []);
  for (const m of mentions)
    if (m.np.type === 'person' && m.tokens.length > 1 && m.tokens[m.tokens.length - 1] === surname) firsts.add(m.tokens[0]);
  return firsts.size <= 1;
}

/** The capitalised words (folded) written right before a lower-case word of politics: "the Hale campaign" → hale. */
function wordsBeforePolitics(blocks: readonly BlockView[], lex: CompiledLexicon): Set<string> {
  const found = new Set<string>();
  for (const view of blocks) {
    const ts = view.tokens;
    for (let k = 0; k + 1 < ts.length; k++) {
      const t = ts[k]!;
      const next = ts[k + 1]!;
      // The word of politics first (only a word has one): a set lookup that rules out nearly every pair before the patterns.
      if (!lex.w.politicsWords.has(next.low ?? '') || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || !/^\p{Ll}/u.test(next.text)) continue;
      const word = nameTokens(t.text)[0];
      if (word) found.add(word);
    }
  }
  return found;
}
