// The names of the world's countries and territories in a language, from CLDR
// (generated into regions-cldr.generated.ts by scripts/generate-regions.mjs):
// "South Africa", "Zimbabwe", "Sudáfrica", "Afrique du Sud". Added to each
// lexicon's own `regionNames` (which also holds regions: states, continents,
// "the U.S."), so that no country is missing for want of a hand-written entry.
// A table, not Intl.DisplayNames at run time: the browser's ICU loads its region
// names on first use, 20–90 ms of a fresh popup's first click. Left out: codes
// that are no country (the European Union, the United Nations), names written
// with "&", brackets or a dash between spaces ("Congo - Kinshasa") (both by the
// generator), and one-word names that are first names too ("Georgia",
// "Jordan"): a lexicon that wants one of those lists it itself. A lexicon in a
// new language needs the generator run again (a test checks every one has names).
import { firstNameGender } from './first-names';
import { COUNTRY_NAMES } from './regions-cldr.generated';

const cache = new Map<string, readonly string[]>();

/** Country and territory names in `lang` (a base language tag: "en", "fr"); empty for a language the table lacks. */
export function countryNames(lang: string): readonly string[] {
  const known = cache.get(lang);
  if (known) return known;
  const out: string[] = [];
  for (const name of COUNTRY_NAMES[lang]?.split('|') ?? []) if (name.includes(' ') || !firstNameGender(name)) out.push(name);
  cache.set(lang, out);
  return out;
}
