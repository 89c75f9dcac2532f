// A made-up Portuguese news story (fictional people and places) read end to
// end: direct quotes attributed before and after, a pronoun, a partial quote
// with a passive agent ("pelo"), reported speech ("afirmou que …", "segundo …"),
// titles and appositives. Portuguese was added as one lexicon file (pt.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analyze';

const STORY = [
  'A ponte de Vila Nova será fechada em março para seis meses de obras, anunciou a prefeitura na terça-feira.',
  '“Não tínhamos outra escolha. Os pilares estão rachados desde o inverno passado”, disse a secretária de Transportes, Marta Oliveira.',
  '“Os ônibus vão passar pelo cais Norte”, acrescentou ela.',
  'A obra foi classificada como “prioridade absoluta” pelo governador Paulo Ramos.',
  'João Costa, engenheiro do Instituto de Pontes de Lisboa, afirmou que a ponte é segura mas que os pilares precisam de reforço.',
  'Segundo o engenheiro, as obras vão custar quase quatro milhões de reais.',
].join('\n\n');

const result = analyze({ text: STORY });
const quote = (start: string) => result.quotes.find((q) => q.text.startsWith(start));
const speaker = (name: string) => result.speakers.find((s) => s.name === name);

describe('a Portuguese story', () => {
  it('is read as Portuguese', () => {
    expect(result.lang).toBe('pt');
  });

  it('attributes a long direct quote to the name after the cue, with the role before the name', () => {
    expect(quote('Não tínhamos outra escolha')).toMatchObject({ kind: 'direct', speaker: 'Marta Oliveira', cue: 'disse' });
    expect(speaker('Marta Oliveira')).toMatchObject({ description: 'secretária de Transportes', category: 'official' });
  });

  it('reads a pronoun after the cue back to the last speaker', () => {
    expect(quote('Os ônibus vão passar')).toMatchObject({ speaker: 'Marta Oliveira', cue: 'acrescentou' });
  });

  it('gives a partial quote to the agent of a passive ("pelo")', () => {
    expect(quote('prioridade absoluta')).toMatchObject({ kind: 'partial', speaker: 'Paulo Ramos' });
    expect(speaker('Paulo Ramos')).toMatchObject({ category: 'official' });
  });

  it('finds reported speech after "afirmou que" and resolves "segundo o engenheiro" to him', () => {
    expect(quote('a ponte é segura')).toMatchObject({ kind: 'indirect', speaker: 'João Costa', cue: 'afirmou' });
    expect(quote('as obras vão custar')).toMatchObject({ kind: 'indirect', speaker: 'João Costa', cue: 'Segundo' });
    expect(speaker('João Costa')).toMatchObject({ description: 'engenheiro do Instituto de Pontes de Lisboa', category: 'expert' });
  });

  it('finds no statement in a sentence without a speech verb', () => {
    expect(analyze({ text: 'A ponte de Vila Nova está fechada desde segunda-feira. Os ônibus passam pelo cais Norte.' }).quotes).toEqual([]);
  });
});
