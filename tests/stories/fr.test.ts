// A made-up French news story (fictional people and places) read end to end:
// direct quotes with an inverted cue and « » marks, a pronoun inside the verb
// ("explique-t-elle"), a partial quote with a passive agent ("par"), reported
// speech ("a dit que …", "selon …"), titles (Mme, M.) and appositives.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analyze';

const STORY = [
  'Le pont de Saint-Aubin fermera en mars pour six mois de travaux, a annoncé mardi la mairie.',
  '« Nous n’avions plus le choix. Les piles sont fissurées depuis l’hiver dernier », a déclaré Mme Claire Martin, adjointe au maire chargée des transports.',
  '« Les bus passeront par le quai Nord », explique-t-elle.',
  'Le chantier a été qualifié de « priorité absolue » par le préfet, M. Paul Girard.',
  'Jean Dupont, ingénieur à l’Institut des ponts de Lyon, a dit que le pont était solide mais que les piles devaient être renforcées.',
  'Selon M. Dupont, les travaux coûteront près de quatre millions d’euros.',
].join('\n\n');

const result = analyze({ text: STORY });
const quote = (start: string) => result.quotes.find((q) => q.text.startsWith(start));

describe('a French story', () => {
  it('is read as French', () => {
    expect(result.lang).toBe('fr');
  });

  it('attributes a direct quote to the name after an inverted cue', () => {
    const q = quote('Nous n’avions plus le choix');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'Claire Martin', cue: 'a déclaré' });
  });

  it('reads the pronoun inside the verb ("explique-t-elle") back to the last speaker', () => {
    expect(quote('Les bus passeront')).toMatchObject({ speaker: 'Claire Martin', cue: 'explique-t-elle' });
  });

  it('gives a partial quote to the agent of a passive ("par")', () => {
    expect(quote('priorité absolue')).toMatchObject({ kind: 'partial', speaker: 'Paul Girard' });
  });

  it('finds reported speech after "a dit que" and "selon"', () => {
    expect(quote('le pont était solide')).toMatchObject({ kind: 'indirect', speaker: 'Jean Dupont', cue: 'a dit' });
    expect(quote('les travaux coûteront')).toMatchObject({ kind: 'indirect', speaker: 'Jean Dupont', cue: 'Selon' });
  });

  it('describes and classifies the speakers from their titles and appositives', () => {
    const by = (name: string) => result.speakers.find((s) => s.name === name);
    expect(by('Claire Martin')).toMatchObject({ description: 'adjointe au maire chargée des transports', category: 'official', quoteCount: 2 });
    expect(by('Paul Girard')).toMatchObject({ category: 'official' });
    expect(by('Jean Dupont')).toMatchObject({ description: 'ingénieur à l’Institut des ponts de Lyon', category: 'expert', indirectCount: 2 });
  });

  it('finds no statement in a sentence without a speech verb', () => {
    const plain = analyze({ text: 'Le pont de Saint-Aubin est fermé depuis lundi. Les bus passent par le quai Nord.' });
    expect(plain.quotes).toEqual([]);
  });
});
