// The popup's words in the reader's language: browser.i18n reads
// public/_locales/<lang>/messages.json (en, es, fr; English when the browser's
// language has none), so the browser chooses. Keys are typed from the English
// file: a key that does not exist there does not compile. Plurals pick
// `<key>_one` or `<key>_other` by the language's own rule (Intl.PluralRules:
// French says "0 citation", English "0 quotes").
import { browser } from 'wxt/browser';
import type English from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof English;
type PluralBase<K> = K extends `${infer B}_one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** The browser's UI language ("en-US", "es", "fr-FR"); English where the API is missing. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** The message for `key` with $1, $2 … filled in; the key itself if the browser has no such message. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

const rules = new Map<string, Intl.PluralRules>();

/** The plural form for `n` in the UI language, with `n` as $1: tn('quotes', 3) → "3 quotes" / "3 citas". */
export function tn(key: PluralKey, n: number, ...more: (string | number)[]): string {
  // The plural rule of the language the messages are in (the browser's choice, "lang" in messages.json).
  const lang = t('lang');
  if (!rules.has(lang)) rules.set(lang, new Intl.PluralRules(lang));
  const form = rules.get(lang)!.select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, n, ...more);
}
