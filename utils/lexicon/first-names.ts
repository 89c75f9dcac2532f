// The gender a first name tells, for pronoun resolution ("she said" after
// "Rachel Stone and Marco Vidal"). The data is the US Social Security baby-name
// table packaged by gender-detection-from-name (MIT): some 32,000 first names,
// English-speaking usage, which covers most names in English-language news.
import enNames from 'gender-detection-from-name/names/en.js';

/** 'm' or 'f' for a first name the table knows ("Rachel" → 'f'), else null. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  const g = enNames.get(word.toLowerCase()) ?? enNames.get(word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}
