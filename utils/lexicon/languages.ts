// The language list: every lexicon the core knows, by language code. Adding a
// language is adding its file and one line here.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { Lexicon } from './types';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, es, fr, pt, de };

/** The key a language tag is filed under: its primary subtag, lower case ("pt-BR" → "pt", "EN_gb" → "en"); "en" for none. */
export function languageKey(lang: string | null | undefined): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}
