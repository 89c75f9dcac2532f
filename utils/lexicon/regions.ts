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
// "Jordan"): a lexicon that wants one of those lists it itself.
import { firstNameGender } from './first-names';
import { COUNTRY_NAMES } from './regions-cldr.generated';

/** Codes Intl names that are no country or territory of their own. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ']);
/** A name written with letters, spaces, stops, apostrophes and hyphens only. */
const PLAIN = /^[\p{L}][\p{L}. ’'-]*$/u;

const cache = new Map<string, readonly string[]>();

/** Country and territory names in `lang` (a base language tag: "en", "fr"); empty where neither the table nor Intl has them. */
export function countryNames(lang: string): readonly string[] {
  const known = cache.get(lang);
  if (known) return known;
  const table = COUNTRY_NAMES[lang];
  const out: string[] = [];
  for (const name of table ? table.split('|') : fromIntl(lang)) if (name.includes(' ') || !firstNameGender(name)) out.push(name);
  cache.set(lang, out);
  return out;
}

/** A language the table lacks: its names from the runtime's CLDR data, with the generator's filters. */
function fromIntl(lang: string): string[] {
  const out = new Set<string>();
  try {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        // Q… and X… are private-use codes (pseudo-locales, "Outlying Oceania").
        if (a === 81 || a === 88 || NOT_COUNTRIES.has(code)) continue;
        const name = names.of(code);
        if (name && name !== code && PLAIN.test(name)) out.add(name);
      }
    }
  } catch {
    // No Intl.DisplayNames or no data for the language: the lexicon's own list stands alone.
  }
  return [...out];
}
