// The browser's i18n API for tests, reading the real public/_locales files: the
// same substitution rules as Chrome and Firefox (named placeholders in $NAME$,
// their content's $1…$9 from the substitutions, "$$" for a dollar sign).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const LOCALES = ['en', 'es', 'fr'] as const;

export function readMessages(lang: string): Messages {
  return JSON.parse(readFileSync(path.resolve(__dirname, `../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
}

/** Chrome's getMessage over one messages.json: '' for an unknown key. */
export function getMessageFrom(messages: Messages) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const fill = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? whole : fill(content);
      })
      .replace(/\$\$/g, '$');
  };
}

/** Make `browser.i18n` answer in `lang` with the extension's own messages. */
export function useLocale(lang: (typeof LOCALES)[number] = 'en'): void {
  const i18n = fakeBrowser.i18n as unknown as { getMessage: unknown; getUILanguage: unknown };
  i18n.getMessage = getMessageFrom(readMessages(lang));
  i18n.getUILanguage = () => lang;
}
