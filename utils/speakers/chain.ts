// Pronoun chains: "she" opening a sentence about someone, where no quote or
// reported statement is attributed, still tells whom the story is about. A later
// "she said" continues that chain rather than jumping to another woman named in
// between as an object. Made-up example:
//
//   Ruiz met the mayor on Monday.                        (Ruiz is named)
//   She has faced criticism since her visit to Tom Hale
//   and his wife, the councillor Ana Brell.              (she: Ruiz, not a speech event)
//   She said the criticism was unfair.                   → Ruiz, not Ana Brell
//
// Each such pronoun is resolved like a speaker's pronoun, in reading order among
// the statements, and joins the recent speakers (ranked as they are) only when the
// person's name tells the pronoun's gender (a name of unknown gender is left alone).
import type { CompiledLexicon } from '../lexicon';
import { pronounWordsFor } from '../lexicon/pronouns';
import type { BlockView } from '../sieves/context';
import { nounPhrase, type NounPhrase } from '../text/phrase';
import { pronoun } from './antecedents';
import { nameGender } from './genders';
import type { NameMention } from './mentions';
import type { ResolveState } from './resolve';

export interface OpeningPronoun {
  /** Block and character offset, to be placed among the statements in reading order. */
  at: { paragraph: number; start: number };
  np: NounPhrase;
}

/** The subject pronouns ("he", "she") that open a sentence outside quotation marks, in reading order. */
export function openingPronouns(blocks: readonly BlockView[], lang: string | null): OpeningPronoun[] {
  const words = pronounWordsFor(lang);
  const out: OpeningPronoun[] = [];
  if (!words.subject.length) return out;
  for (const view of blocks) {
    for (const [from] of view.bounds) {
      const t = view.tokens[from];
      if (!t || t.kind !== 'word') continue;
      const low = t.low ?? t.text.toLowerCase();
      const form = words.subject.includes(low) ? words.forms[low] : undefined;
      if (form !== 'he' && form !== 'she') continue;
      const np = nounPhrase({ from, to: from + 1, type: 'pronoun', text: t.text, gender: form === 'he' ? 'm' : 'f', head: low });
      out.push({ at: { paragraph: view.block.index, start: t.start }, np });
    }
  }
  return out;
}

/** Resolve an opening pronoun and, when the name it reaches tells the same gender, add that person to the recent speakers. */
export function followPronoun(p: OpeningPronoun, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): void {
  const ref = pronoun(p.np, { block: p.at.paragraph, offset: p.np.from }, mentions, state, lex);
  if (ref && ref.kind === 'person' && nameGender(ref.name, mentions, lex) === p.np.gender) state.events.push(ref);
}
