// Words the lexicon lists as no name that stand as names where they are written: "George Will",
// "Will Tanner", "…,” Read said", "Human Rights Watch".
import type { CompiledLexicon } from '../lexicon';
import { firstNameGender } from '../lexicon/first-names';
import { isNameWord, isOrganizationName, isTitle } from './names';
import { lower } from './phrase';
import { isCapitalised, type Token } from './tokens';

/**
 * Mark the words the lexicon lists as no name that are names too ("Will", "Read", "May", "Watch") where they stand as one: after a
 * first name ("George Will"), before a surname ("Will Tanner"), as the subject of a finite speech verb ("…,” Read said"), or ending
 * a name ("Human Rights Watch"). The modal, verb and month are lower case, or stand before a base form or a date or after a preposition.
 */
export function markNameLikeWords(tokens: readonly Token[], lex: CompiledLexicon): void {
  const words = lex.w.nameLikeWords;
  if (!words.size) return;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !words.has(t.text)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // A date: "in May", "last May", "May 4", "May, 2016".
    if (/^\p{N}/u.test(next?.text ?? '') || lex.w.prepositions.has(lower(prev)) || lex.w.timeWords.has(lower(prev))) continue;
    const realName = (x: Token | undefined) => isNameWord(x, lex) && !lex.notName.has(x!.text) && !isTitle(x!.text, lex);
    const capitalisedNext = !!next && next.kind === 'word' && isCapitalised(next.text);
    // "George Will", "Ian Read said": a first name before it, and no title-case run (a headline) after it.
    const afterFirstName = realName(prev) && firstNameGender(prev!.text) !== null && !capitalisedNext;
    // "Will Tanner": a first name itself, then a surname (not an organisation: "Will Congress act").
    const beforeSurname = firstNameGender(t.text) !== null && realName(next) && !isOrganizationName([next!.text], lex) && !questionAhead(tokens, k);
    // "Read said", "Will described": the modal and the verb take a base form after them, never a finite one.
    const verb = next && next.kind === 'word' ? lex.verbs.get(lower(next)) : undefined;
    const finiteVerb = !!verb && lower(next) !== verb.lemma && !lex.re.participle.test(lower(next)) && !lex.w.passiveAux.has(lower(prev));
    // "Human Rights Watch said", "said Harbour Watch.": it ends a name run (not "Harbour Watch Video Series").
    if (afterFirstName || beforeSurname || finiteVerb || (realName(prev) && !capitalisedNext && k > 1 && !isTitle(prev!.text, lex))) t.name = true;
  }
}

/** A question mark ends the sentence of token k ("Will Congress act?"). */
function questionAhead(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j < k + 40; j++) {
    const x = tokens[j]!.text;
    if (x === '?') return true;
    if (x === '.' || x === '!' || tokens[j]!.kind === 'quote') return false;
  }
  return false;
}

/**
 * Mark the words capitalised only where a sentence opens ("Pollsters agree …", "Criticism within the party …")
 * that the article also writes in lower case ("two pollsters"), or that describe the plural after them ("Small
 * groups of …", see beforePlural), and never capitalised inside a sentence: common words, no names. A word that a
 * name follows ("Police Chief Ana Ruiz") is left alone. Inside a sentence means after a word, a comma or a quote
 * ("“…,” Price said"), where a common noun would be written in lower case.
 */
export function markCommonWords(blocks: readonly (readonly Token[])[], lex: CompiledLexicon): void {
  const inside = new Set<string>();
  const opening: Token[] = [];
  const adjectives = new Set<Token>();
  for (const tokens of blocks) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !isCapitalised(t.text)) continue;
      const prev = tokens[k - 1];
      if (prev && (prev.kind !== 'punct' || prev.text === ',')) inside.add(t.text);
      else if (!(tokens[k + 1]?.kind === 'word' && isCapitalised(tokens[k + 1]!.text))) {
        opening.push(t);
        if (beforePlural(tokens, k, lex)) adjectives.add(t);
      }
    }
  }
  // Only the lower-case forms of those openings are looked for, not every lower-case word of the article kept.
  const wanted = new Set<string>();
  for (const t of opening) if (!t.name && !inside.has(t.text)) wanted.add(t.text.toLowerCase());
  if (!wanted.size) return;
  const written = new Set<string>();
  for (const tokens of blocks) for (const t of tokens) if (t.kind === 'word' && wanted.has(t.text) && /^\p{Ll}/u.test(t.text)) written.add(t.text);
  for (const t of opening) if (!t.name && !inside.has(t.text) && (written.has(t.text.toLowerCase()) || adjectives.has(t))) t.common = true;
}

/**
 * "Small groups of protesters chanted …", "Angry voters lined the road": an opening word before a plural in
 * lower case that a phrase of its own ("of", "from") or a verb follows describes that plural; it names no one.
 */
function beforePlural(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const noun = tokens[k + 1];
  const low = noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) ? noun.low ?? noun.text.toLowerCase() : '';
  if (!low || !lex.re.plural.test(low) || lex.verbs.has(low) || lex.w.finiteVerbs.has(low)) return false;
  const after = lower(tokens[k + 2]);
  return lex.w.affiliationPrepositions.has(after) || lex.w.pastVerbs.has(after) || lex.verbs.has(after) || (/^\p{Ll}/u.test(tokens[k + 2]?.text ?? '') && lex.re.verbForm.test(after));
}
