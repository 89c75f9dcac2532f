// The role tables: English generated from WordNet (scripts/generate-roles.mjs),
// Spanish and French by hand. These rows check that the tables say what the
// category rules of ANNOTATION.md need, for words no hand list had.
import { describe, expect, test } from 'vitest';
import { roleTables } from '../utils/lexicon/roles';

const rows: [string, string, 'official' | 'expert' | 'other'][] = [
  ['en', 'head of state', 'official'], ['en', 'ambassador', 'official'], ['en', 'assemblyman', 'official'],
  ['en', 'spokesperson', 'official'], ['en', 'police chief', 'official'], ['en', 'chief executive officer', 'official'],
  ['en', 'prosecutor', 'official'], ['en', 'lieutenant general', 'official'], ['en', 'minister', 'official'],
  ['en', 'epidemiologist', 'expert'], ['en', 'economist', 'expert'], ['en', 'political scientist', 'expert'],
  ['en', 'financial analyst', 'expert'], ['en', 'associate professor', 'expert'], ['en', 'pediatrician', 'expert'],
  ['en', 'lawyer', 'expert'], ['en', 'pollster', 'expert'], ['en', 'historian', 'expert'],
  ['en', 'resident', 'other'], ['en', 'sprinter', 'other'], ['en', 'shopper', 'other'], ['en', 'novelist', 'other'],
  ['es', 'portavoz', 'official'], ['es', 'catedrática', 'expert'], ['es', 'vecina', 'other'],
  ['fr', 'porte-parole', 'official'], ['fr', 'chercheuse', 'expert'], ['fr', 'habitante', 'other'],
];

describe('role tables', () => {
  test.each(rows)('%s: %s → %s', (lang, word, category) => {
    expect(roleTables(lang).roles.get(word)).toBe(category);
  });

  test('named individuals are never role words (WordNet instances are left out)', () => {
    for (const name of ['abraham lincoln', 'karl marx', 'napoleon']) expect(roleTables('en').roles.has(name)).toBe(false);
  });

  test('research bodies and organisations are told apart', () => {
    const en = roleTables('en');
    for (const w of ['think tank', 'institute', 'laboratory', 'graduate school']) expect(en.research.has(w), w).toBe(true);
    for (const w of ['company', 'political party', 'agency']) expect(en.organizations.has(w), w).toBe(true);
    expect(en.organizations.has('think tank')).toBe(false);
  });

  test('a language without a table falls back to English', () => {
    expect(roleTables('de')).toBe(roleTables('en'));
  });
});
