// The gender a first name tells, for pronoun resolution only ("she said" after
// "Rachel Stone and Marco Vidal"); a speaker's own pronoun comes from the
// article's words, never from here. The table holds the common English first
// names (see scripts/generate-first-names.mjs for where they come from).
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names-en.generated';

let table: Map<string, 'm' | 'f'> | null = null;

/** Built on first use: most pages never ask. */
function names(): Map<string, 'm' | 'f'> {
  if (!table) {
    table = new Map();
    for (const n of MALE_FIRST_NAMES.split(' ')) if (n) table.set(n, 'm');
    for (const n of FEMALE_FIRST_NAMES.split(' ')) if (n) table.set(n, 'f');
  }
  return table;
}

/** 'm' or 'f' for a first name the table knows ("Rachel" → 'f'), else null. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  const t = names();
  return t.get(word.toLowerCase()) ?? t.get(word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) ?? null;
}
