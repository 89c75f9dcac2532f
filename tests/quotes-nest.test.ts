// Statement nesting: made-up sentences through the whole pipeline, then the rule on its own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/analyze';
import { nestStatements } from '../utils/quotes/nest';
import type { Quote, Speaker } from '../utils/types';

const q = (id: string, kind: Quote['kind'], paragraph: number, start: number, end: number, speakerId: string | null = 's1'): Quote => ({
  id, text: 'x'.repeat(end - start), speaker: speakerId, speakerId, cue: 'said', kind, paragraph, start, end, confidence: 1, sieve: 'test',
});
const speaker = (id: string, quoteCount: number, indirectCount = 1): Speaker => ({
  id, name: id, aliases: [], description: null, category: 'official', quoteCount, indirectCount,
});

describe('nestStatements', () => {
  it.each([
    // [what, quotes, expected within of the partial quote]
    ['inside the statement, same speaker', [q('r1', 'indirect', 2, 10, 80), q('q1', 'partial', 2, 30, 45)], 'r1'],
    ['inside, speaker unknown', [q('r1', 'indirect', 2, 10, 80), q('q1', 'partial', 2, 30, 45, null)], 'r1'],
    ['inside, another speaker (someone else\'s words)', [q('r1', 'indirect', 2, 10, 80), q('q1', 'partial', 2, 30, 45, 's2')], undefined],
    ['after the statement', [q('r1', 'indirect', 2, 10, 80), q('q1', 'partial', 2, 85, 95)], undefined],
    ['another paragraph', [q('r1', 'indirect', 2, 10, 80), q('q1', 'partial', 3, 30, 45)], undefined],
    ['overlapping the end', [q('r1', 'indirect', 2, 10, 80), q('q1', 'partial', 2, 70, 90)], undefined],
  ] as const)('%s', (_, quotes, expected) => {
    const out = nestStatements(quotes, [speaker('s1', 1), speaker('s2', 0)]);
    expect(out.quotes.find((x) => x.id === 'q1')!.within).toBe(expected);
    expect(out.quotes.find((x) => x.id === 'r1')!.contains).toEqual(expected ? ['q1'] : undefined);
  });

  it('counts the speaker\'s statements once, and leaves its inputs alone', () => {
    const quotes = [q('r1', 'indirect', 0, 0, 100), q('q1', 'partial', 0, 20, 30), q('q2', 'partial', 0, 40, 60), q('q3', 'direct', 1, 0, 50)];
    const speakers = [speaker('s1', 3)];
    const out = nestStatements(quotes, speakers);
    expect(out.quotes.find((x) => x.id === 'r1')!.contains).toEqual(['q1', 'q2']);
    expect(out.speakers[0]!.quoteCount).toBe(1);
    expect(quotes.some((x) => x.within || x.contains)).toBe(false);
    expect(speakers[0]!.quoteCount).toBe(3);
  });
});

describe('analyze: a reported statement with quoted words in it', () => {
  const result = analyze({
    text: [
      'The harbour board met on Tuesday to discuss the future of the old pier.',
      'Mayor Lena Ostrova said the repairs were “a matter of months, not years” and that the pier would reopen by spring.',
      '“We have the money,” she added.',
    ].join('\n\n'),
    title: 'Pier repairs',
  });

  it('lists the statement once with its exact words inside, and counts it once', () => {
    const partial = result.quotes.find((x) => x.text === 'a matter of months, not years');
    const statement = result.quotes.find((x) => x.kind === 'indirect' && x.text.includes('a matter of months'));
    expect(partial?.kind).toBe('partial');
    expect(statement).toBeDefined();
    expect(partial!.within).toBe(statement!.id);
    expect(statement!.contains).toEqual([partial!.id]);
    const mayor = result.speakers.find((s) => s.name === 'Lena Ostrova')!;
    expect(mayor.quoteCount).toBe(1); // “We have the money”
    expect(mayor.indirectCount).toBe(1);
  });
});
