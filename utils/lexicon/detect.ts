// Guess a text's language from its commonest function words, for pages that
// do not declare one. Only languages with a lexicon are told apart; anything
// else reads as English, which is what the stages fall back to anyway.

import { LEXICONS } from './languages';

/** Very frequent words that are rare in the other languages listed (each lexicon's `words.markers`). */
const MARKERS: Record<string, readonly string[]> = Object.fromEntries(Object.entries(LEXICONS).map(([lang, lex]) => [lang, lex.words.markers]));

const WORD = /\p{L}+/gu;

/** The language code ("en", "es") whose markers are most frequent in `text`; samples at most ~20 kB. */
export function detectLanguage(text: string): string {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const counts: Record<string, number> = {};
  const lookup = new Map<string, string>();
  for (const [lang, words] of Object.entries(MARKERS)) {
    counts[lang] = 0;
    for (const w of words) lookup.set(w, lang);
  }
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    const lang = lookup.get(m[0]);
    if (lang) counts[lang]!++;
  }
  let best = 'en';
  for (const [lang, n] of Object.entries(counts)) if (n > counts[best]!) best = lang;
  return best;
}
