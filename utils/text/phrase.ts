// The noun phrase every reader returns, its one constructor, and what the
// readers share: the words of one block with their lexicon.
import type { CompiledLexicon } from '../lexicon';
import type { Token } from './tokens';

/** What a phrase names: a person, an organisation, a pronoun, a description ("the minister") or an unnamed source ("a spokesman"). */
export type PhraseType = 'person' | 'organization' | 'pronoun' | 'description' | 'unnamed';

export interface NounPhrase {
  /** Token range [from, to) of the whole phrase, appositive included. */
  from: number;
  to: number;
  type: PhraseType;
  /** Title-stripped name for names; null otherwise. */
  name: string | null;
  /** The words as written (without the appositive). */
  text: string;
  /** Title or role words before the name ("Chinese President"), or the appositive. */
  role: string | null;
  /** The appositive after the name, if any ("a professor of engineering at Westmere"). */
  appositive: string | null;
  gender: 'm' | 'f' | null;
  /** For descriptions: the head noun ("president", "company"). */
  head: string | null;
}

/** A noun phrase from its required fields; the others default to null. */
export function nounPhrase(p: Pick<NounPhrase, 'type' | 'from' | 'to' | 'text'> & Partial<NounPhrase>): NounPhrase {
  return {
    from: p.from, to: p.to, type: p.type, name: p.name ?? null, text: p.text, role: p.role ?? null,
    appositive: p.appositive ?? null, gender: p.gender ?? null, head: p.head ?? null,
  };
}

/** What the readers read: one block's text, its tokens, and the language's lexicon. */
export interface Words {
  text: string;
  tokens: readonly Token[];
  lex: CompiledLexicon;
}

/** A token's lower-case text; '' for punctuation, quotes and past the end. */
export const lower = (t: Token | undefined): string => (t && t.kind === 'word' ? t.low ?? t.text.toLowerCase() : '');

/** A word without its final full stop ("Dr." → "Dr"). */
export const bare = (w: string): string => w.replace(/\.$/, '');

/** The text of tokens [from, to) as written. */
export function joinText(w: Words, from: number, to: number): string {
  if (from >= to) return '';
  return w.text.slice(w.tokens[from]!.start, w.tokens[to - 1]!.end);
}

/** A possessive ending, "’s" or a bare apostrophe. */
export const POSSESSIVE = /['’]s?$/;
/** The "’s" possessive. */
export const POSSESSIVE_S = /['’]s$/;
