// The language list: every lexicon the core knows, by language code. Adding a
// language is adding its file and one line here.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { Lexicon } from './types';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, es, fr, pt, de };
