// A made-up German news story (fictional people and places) read end to end:
// „ “ marks, direct quotes attributed after the quote with the verb first
// ("sagte Bürgermeisterin Anna Weber"), a pronoun, a partial quote, reported
// speech in the subjunctive with the cue last or after a comma, "laut X", a
// passive whose subject is not the speaker, titles and appositives. German was
// added as one lexicon file (de.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analyze';

const STORY = [
  'Die Brücke in Neustadt wird im März für sechs Monate gesperrt, teilte die Stadt am Dienstag mit.',
  '„Wir hatten keine andere Wahl. Die Pfeiler sind seit dem letzten Winter gerissen“, sagte Bürgermeisterin Anna Weber.',
  '„Die Busse fahren über den Nordkai“, fügte sie hinzu.',
  'Der Plan sei „ein teurer Fehler“, sagte der Statiker Jonas Keller, Professor an der Technischen Universität Neustadt.',
  'Die Reparatur werde rund vier Millionen Euro kosten, sagte Keller.',
  'Keller sagte, die Pfeiler seien noch zu retten.',
  'Laut Weber soll die Brücke im Herbst wieder offen sein.',
  'Die Sperrung wurde als „alternativlos“ bezeichnet.',
].join('\n\n');

const result = analyze({ text: STORY });
const quote = (start: string) => result.quotes.find((q) => q.text.startsWith(start));
const speaker = (name: string) => result.speakers.find((s) => s.name === name);

describe('a German story', () => {
  it('is read as German', () => {
    expect(result.lang).toBe('de');
  });

  it('attributes a direct quote to the titled name after the cue', () => {
    expect(quote('Wir hatten keine andere Wahl')).toMatchObject({ kind: 'direct', speaker: 'Anna Weber', cue: 'sagte' });
    expect(speaker('Anna Weber')).toMatchObject({ description: 'Bürgermeisterin', category: 'official' });
  });

  it('reads the pronoun after the cue back to the last speaker', () => {
    expect(quote('Die Busse fahren')).toMatchObject({ kind: 'direct', speaker: 'Anna Weber' });
  });

  it('gives a partial quote to the speaker after the cue, a role noun and a name', () => {
    expect(quote('ein teurer Fehler')).toMatchObject({ kind: 'partial', speaker: 'Jonas Keller' });
    expect(speaker('Jonas Keller')).toMatchObject({ description: 'Professor an der Technischen Universität Neustadt', category: 'expert' });
  });

  it('finds reported speech with the cue last, after a comma, and after "laut"', () => {
    expect(quote('Die Reparatur werde')).toMatchObject({ kind: 'indirect', speaker: 'Jonas Keller', cue: 'sagte' });
    expect(quote('die Pfeiler seien noch zu retten')).toMatchObject({ kind: 'indirect', speaker: 'Jonas Keller', cue: 'sagte' });
    expect(quote('soll die Brücke im Herbst')).toMatchObject({ kind: 'indirect', speaker: 'Anna Weber', cue: 'Laut' });
  });

  it('does not make the subject of a passive its speaker', () => {
    expect(quote('alternativlos')).toMatchObject({ speaker: null });
    expect(result.speakers.map((s) => s.name)).not.toContain('Sperrung');
  });

  it('finds no statement in a sentence without a speech verb', () => {
    expect(analyze({ text: 'Die Brücke in Neustadt ist seit Montag gesperrt. Die Busse fahren über den Nordkai.' }).quotes).toEqual([]);
  });
});
