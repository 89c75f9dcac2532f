// The words an article uses for a person's pronoun, per language: read by
// utils/speakers/pronoun.ts to tell which pronoun the article itself gives a
// speaker (never guessed from a first name). Data only.
import { languageKey } from './languages';

export type Pronoun = 'he' | 'she' | 'they';

export interface PronounWords {
  /**
   * Third-person singular forms that refer back to a person named just before
   * ("Jane Marsh said her team …"). Only forms that cannot be impersonal or
   * plural: French "il" ("il faut") and English "they" are left out.
   */
  forms: Record<string, Pronoun>;
  /** Of those, the subject forms: the only ones that open a sentence about the person ("He added …"). */
  subject: string[];
  /** Object-only forms: in the person's own sentence they are someone else ("Patel thanked him"). */
  object: string[];
  /** Forms that are an object or a possessive ("her team" / "told her"). */
  objectOrPossessive: string[];
  /** Words after such a form that show it is an object ("told her that", "gave her a"). */
  afterObject: string[];
  /** Declarations written beside a name: "Sam Reyes (they/them)". One token each (the tokenizer keeps "a/b" together). */
  declared: Record<string, Pronoun>;
  /** Honorifics that state no gender but say the person uses "they": "Mx Reyes". */
  neutralTitles: string[];
  /** First-person singular forms: a speaker whose own words in marks use one speaks as a person ("“I was there,” said Varga"). */
  firstSingular: string[];
}

const en: PronounWords = {
  forms: {
    he: 'he', him: 'he', his: 'he', himself: 'he',
    she: 'she', her: 'she', hers: 'she', herself: 'she',
    // "themself" is only ever singular; "they" and "them" are too often plural to count.
    themself: 'they',
  },
  subject: ['he', 'she'],
  object: ['him'],
  objectOrPossessive: ['her'],
  afterObject: ['that', 'to', 'a', 'an', 'the', 'and', 'or', 'about', 'on', 'in', 'at', 'for', 'with', 'by', 'from', 'of', 'as', 'if', 'how', 'what', 'why', 'when'],
  declared: {
    'he/him': 'he', 'he/his': 'he', 'she/her': 'she', 'she/hers': 'she', 'they/them': 'they', 'they/their': 'they',
    'xe/xem': 'they', 'ze/zir': 'they',
  },
  neutralTitles: ['mx', 'mx.'],
  firstSingular: ['i', 'me', 'my', 'mine', 'myself'],
};

// Spanish and French: subject pronouns only after a name ("dijo ella" is read by the
// resolver); object and possessive forms are shared by both genders ("su", "lui").
const none = { forms: {}, subject: [], object: [], objectOrPossessive: [], afterObject: [] };
const es: PronounWords = { ...none, declared: { 'él/lo': 'he', 'ella/la': 'she', 'elle/le': 'they' }, neutralTitles: [], firstSingular: ['yo', 'me', 'mi', 'mí', 'conmigo'] };
const fr: PronounWords = { ...none, declared: { 'il/lui': 'he', 'elle/elle': 'she', 'iel/iels': 'they' }, neutralTitles: [], firstSingular: ['je', 'j', 'moi', 'me', 'mon', 'ma', 'mes'] };

const BY_LANG: Record<string, PronounWords> = { en, es, fr };

export function pronounWordsFor(lang: string | null | undefined): PronounWords {
  const key = languageKey(lang);
  // Own keys only: a page's lang="constructor" or a word "toString" names no entry.
  return Object.hasOwn(BY_LANG, key) ? BY_LANG[key]! : en;
}

/** The pronoun a word is a form of (`forms`), or of a declaration (`declared`); own entries only. */
export function formOf(table: Record<string, Pronoun>, word: string): Pronoun | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}
