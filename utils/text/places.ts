// Place names read from their words alone, and the gender a person's first name tells (never a place's).
//
//   North Carolina · Jackson County · Rachel Stone → 'f'
import type { CompiledLexicon } from '../lexicon';
import { firstNameGender } from '../lexicon/first-names';
import { countryNames } from '../lexicon/regions';

/**
 * A name that names a place, whatever first name it opens with: a region named by one word ("Ohio"),
 * a word of direction or a place prefix before it ("North Carolina", "San Diego") or a place noun
 * ending it ("Madison Square Garden", "Jackson County"). `words` may be folded.
 */
export function isPlaceName(words: readonly string[], lex: CompiledLexicon): boolean {
  if (isRegionName(words, lex)) return true;
  if (words.length < 2) return false;
  return lex.w.compassWords.has(words[0]!.toLowerCase()) || lex.w.placeNouns.has(words[words.length - 1]!.toLowerCase()) || lex.w.placePrefixes.has(capitalised(words[0]!));
}

/** A region or a country the lexicon names, written whole: "Ohio", "New Mexico", "the U.S." as ["u", "s"]. `words` may be folded. */
export function isRegionName(words: readonly string[], lex: CompiledLexicon): boolean {
  return words.length > 0 && regionsOf(lex).has(words.join(' ').toLowerCase());
}

/**
 * The lexicon's region names and the language's country names (CLDR, lexicon/regions.ts) in lower case, with and
 * without their stops ("u.s." and "u s", as folded names are written), once per lexicon.
 */
const regionsCache = new WeakMap<CompiledLexicon, Set<string>>();
function regionsOf(lex: CompiledLexicon): Set<string> {
  let set = regionsCache.get(lex);
  if (!set) {
    set = new Set();
    for (const r of [...lex.w.regionNames, ...countryNames(lex.lang)]) {
      const low = r.toLowerCase();
      set.add(low);
      set.add(low.replace(/\./g, ' ').trim().replace(/\s+/g, ' '));
      set.add(low.replace(/\./g, ''));
    }
    regionsCache.set(lex, set);
  }
  return set;
}

/** "san" → "San": `words` may be folded, the lists are as written. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The gender the first name of a person's name of two words or more tells ("Rachel Stone" → 'f'); none for an initial or a place. */
export function firstNameGenderOf(words: readonly string[], lex: CompiledLexicon): 'm' | 'f' | null {
  if (words.length < 2 || words[0]!.length < 2 || isPlaceName(words, lex)) return null;
  return firstNameGender(words[0]!);
}
