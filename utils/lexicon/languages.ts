// The language list: every lexicon the core knows, by language code. Adding a
// language is adding its file and one line here.
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Lexicon } from './types';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, es, fr };
