// Sanity checks for the benchmark helpers (bench/): the statistics and the
// synthetic inputs. No timing here: wall-clock numbers belong to `npm run bench`.
import { describe, expect, it } from 'vitest';
import { articleKb, buildCase, PATHOLOGICAL_CASES, repeatArticle, SCALING_CASES } from '../bench/cases';
import { logLogSlope, median, quantile, slope } from '../bench/stats';
import type { Article } from '../utils/types';

const base: Article = {
  title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: 'https://example.org/', excerpt: null,
  blocks: [
    { index: 0, kind: 'paragraph', text: '“We will build it,” the mayor said.' },
    { index: 1, kind: 'blockquote', text: 'Nobody expected that.' },
  ],
};

describe('bench statistics', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
  ])('median(%j) = %d', (xs, m) => expect(median(xs)).toBe(m));
  it('median of nothing is NaN', () => expect(median([])).toBeNaN());
  it('quantile interpolates', () => expect(quantile([0, 10], 0.9)).toBeCloseTo(9));
  it('slope of a line', () => expect(slope([1, 2, 3], [2, 4, 6])).toBeCloseTo(2));
  it.each([
    ['linear', (x: number) => 3 * x, 1],
    ['quadratic', (x: number) => x * x, 2],
  ])('log-log slope of a %s cost', (_, f, k) => {
    const xs = [7, 70, 700];
    expect(logLogSlope(xs, xs.map(f))).toBeCloseTo(k);
  });
});

describe('bench inputs', () => {
  it('repeats blocks, re-indexed, kinds kept', () => {
    const a = repeatArticle(base, 3);
    expect(a.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(a.blocks[3]!.kind).toBe('blockquote');
    expect(articleKb(a)).toBeCloseTo(3 * articleKb(base));
  });
  it('scaling factors are 1, 10, 100', () => expect(SCALING_CASES.map((c) => c.factor)).toEqual([1, 10, 100]));
  it.each(PATHOLOGICAL_CASES.map((c) => [c.name, c] as const))('%s builds a deterministic article', (_, spec) => {
    const a = buildCase(spec, base);
    expect(a.blocks.length).toBeGreaterThan(0);
    a.blocks.forEach((b, i) => expect(b.index).toBe(i));
    expect(buildCase(spec, base).blocks[0]!.text).toBe(a.blocks[0]!.text);
  });
  it('the 1 MB paragraph is one block of at least 1 MB', () => {
    const a = buildCase(PATHOLOGICAL_CASES.find((c) => c.name === 'paragraph-1mb')!, base);
    expect(a.blocks).toHaveLength(1);
    expect(articleKb(a)).toBeGreaterThanOrEqual(1024);
  });
});
