// A long analysis stops at its time budget and returns what it has, with a
// notice, instead of holding the page. The clock is injected, so the test
// does not depend on this machine's speed.
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';

const paragraph = (i: number) => `“The ferry will run again by March number ${i},” said Harbour Master Ilse Varga of Port Lenning.`;
const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');

/** A clock that advances `step` ms each time it is read. */
function ticking(step: number) {
  let t = 0;
  return () => (t += step);
}

describe('time budget', () => {
  test('without a budget, everything is attributed and there is no notice', () => {
    const a = analyze({ text });
    expect(a.notices).toEqual([]);
    expect(a.quotes.filter((q) => q.kind !== 'indirect').every((q) => q.speaker === 'Ilse Varga')).toBe(true);
  });

  test('past the budget, the quotes found are all returned, with a notice, and the rest stay unattributed', () => {
    const a = analyze({ text }, { budgetMs: 20, now: ticking(10) });
    const quotes = a.quotes.filter((q) => q.kind !== 'indirect');
    expect(quotes).toHaveLength(600);
    expect(a.notices.join(' ')).toMatch(/Stopped after 20 ms/);
    const attributed = quotes.filter((q) => q.speaker).length;
    expect(attributed).toBeGreaterThan(0);
    expect(attributed).toBeLessThan(600);
  });

  test('a budget the analysis fits in changes nothing', () => {
    const a = analyze({ text }, { budgetMs: 1e9, now: ticking(1) });
    expect(a.notices).toEqual([]);
    expect(a).toEqual({ ...analyze({ text }), notices: [] });
  });
});
