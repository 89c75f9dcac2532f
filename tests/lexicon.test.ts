// Lexicons (utils/lexicon): language detection, lookup by language tag, and the
// shape of the data. Every sentence is made up.
import { describe, expect, test } from 'vitest';
import { lexiconFor } from '../utils/lexicon';
import { detectLanguage } from '../utils/lexicon/detect';
import { en } from '../utils/lexicon/en';
import { es } from '../utils/lexicon/es';
import { countryNames } from '../utils/lexicon/regions';

describe('detectLanguage', () => {
  test.each([
    ['en', 'The harbour board said that the pier was closed for the winter and would open in the spring.'],
    ['en', '“It will hold,” she said of the bridge, which was built with money from the town.'],
    ['es', 'El alcalde dijo que el puerto estará cerrado por el invierno y que las obras empezarán en marzo.'],
    ['es', '«No hay dinero para la obra», afirmó la ministra, que visitó el muelle con los vecinos.'],
    ['fr', 'Le maire a dit que le port restera fermé pendant l’hiver et que les travaux commenceront en mars.'],
    ['pt', 'O prefeito disse que o porto ficará fechado durante o inverno e que as obras começam em março.'],
    ['pt', '“Não há dinheiro para a obra”, afirmou a ministra, que visitou o cais com os moradores.'],
    ['de', 'Der Bürgermeister sagte, der Hafen bleibe im Winter geschlossen und die Arbeiten begännen im März.'],
    ['en', ''],
    ['en', '12345 — !!!'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('a language without a lexicon reads as English', () => {
    expect(detectLanguage('De burgemeester zei dat de haven in de winter gesloten blijft.')).toBe('en');
  });
});

describe('lexiconFor', () => {
  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['es', 'es'],
    ['es-AR', 'es'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['pt', 'pt'],
    ['pt-BR', 'pt'],
    ['nl', 'en'],
    ['xx-unknown', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(lexiconFor(tag).lang).toBe(lang);
  });

  test('compiled once per language', () => {
    expect(lexiconFor('en-GB')).toBe(lexiconFor('en'));
    expect(lexiconFor('es-MX')).toBe(lexiconFor('es'));
  });

  test.each([
    ['en', 'said', 'say'],
    ['en', 'told', 'tell'],
    ['en', 'pointed out', 'point'],
    ['es', 'dijo', 'decir'],
    ['es', 'afirmó', 'afirmar'],
    ['pt', 'disse', 'dizer'],
    ['de', 'sagte', 'sagen'],
  ])('%s: "%s" is a speech verb of lemma %s', (lang, form, lemma) => {
    expect(lexiconFor(lang).verbs.get(form)?.lemma).toBe(lemma);
  });

  test('"according to" and "según" introduce sources', () => {
    expect(lexiconFor('en').accordingTo).toContain('according to');
    expect(lexiconFor('es').accordingTo.map((p) => p.toLowerCase())).toContain('según');
  });
});

describe('lexicon data', () => {
  test.each([en, es].map((lex) => [lex.lang, lex] as const))('%s: every speech verb form is lower case', (_lang, lex) => {
    const forms = Object.values(lex.speechVerbs).flatMap((v) => v.forms);
    expect(forms.filter((f) => f !== f.toLowerCase())).toEqual([]);
  });

  test.each([en, es].map((lex) => [lex.lang, lex] as const))('%s: every speech verb form belongs to one lemma only', (_lang, lex) => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const [lemma, { forms }] of Object.entries(lex.speechVerbs)) {
      for (const f of forms) {
        if (seen.has(f)) dupes.push(`${f} (${seen.get(f)}, ${lemma})`);
        seen.set(f, lemma);
      }
    }
    expect(dupes).toEqual([]);
  });

  test.each([en, es].map((lex) => [lex.lang, lex] as const))('%s: strengths are between 0 and 1', (_lang, lex) => {
    for (const { strength } of Object.values(lex.speechVerbs)) {
      expect(strength).toBeGreaterThan(0);
      expect(strength).toBeLessThanOrEqual(1);
    }
  });

  test.each([en, es].map((lex) => [lex.lang, lex] as const))('%s: role words are lower case', (_lang, lex) => {
    expect(Object.keys(lex.roleCategory).filter((r) => r !== r.toLowerCase())).toEqual([]);
  });
});

describe('countryNames (CLDR through Intl.DisplayNames)', () => {
  test('names every country in the language, bodies and first names left out', () => {
    const en = countryNames('en');
    expect(en).toEqual(expect.arrayContaining(['South Africa', 'Zimbabwe', 'New Zealand', 'Sri Lanka']));
    for (const not of ['European Union', 'United Nations', 'Unknown Region', 'Georgia', 'Jordan']) expect(en).not.toContain(not);
    expect(en.some((n) => /[&()]/.test(n))).toBe(false);
    expect(countryNames('fr')).toContain('Afrique du Sud');
    expect(countryNames('es')).toContain('Sudáfrica');
  });
});
