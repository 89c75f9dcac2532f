// Accuracy on real pages: the pipeline's output on ../shared/corpus/pages,
// scored against the hand-made gold in ../shared/corpus/gold by the corpus's
// own scorer (score.mjs --pred), so the figures are exactly those of the
// project's yardstick. The corpus is not shipped with the code: without it the
// suite says so and skips. The shipped sample article is scored the same way
// against its own gold file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';

const ROOT = resolve(__dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const SCORER = join(CORPUS, 'score.mjs');
const present = existsSync(join(CORPUS, 'gold')) && existsSync(SCORER);

/** Floors: the scores reached when they were set, less a small margin. A change that drops below fails. */
const FLOORS = {
  quote_f1: 0.97, // reached 0.992
  attribution: 0.95, // 0.973
  e2e_f1: 0.96, // 0.986
  speaker_f1: 0.96, // 1.000
  category: 0.97, // 1.000 (37 of 37 speakers)
  indirect_r: 0.8, // 0.842
  indirect_attribution: 0.9, // 0.935
} as const;

type Summary = Record<keyof typeof FLOORS, number> & { failed: number; pages: number };

const work = mkdtempSync(join(tmpdir(), 'cited-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function predict(page: string, out: string) {
  const { document } = parseHTML(readFileSync(page, 'utf8'));
  const analysis = analyze(document as unknown as Document, { url: `https://corpus.invalid/${page.split('/').pop()}` });
  writeFileSync(out, JSON.stringify(analysis));
}

function score(args: string[]): Summary {
  const out = execFileSync(process.execPath, [SCORER, ...args, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out).summary as Summary;
}

if (!present) {
  console.warn(`corpus: ${CORPUS} is absent (it is not shipped with Cited); the corpus accuracy tests are skipped.`);
}

describe.skipIf(!present)('corpus: labelled news pages against gold', () => {
  test('scores stay at or above their floors', () => {
    const pred = join(work, 'pred');
    mkdirSync(pred);
    const names = readdirSync(join(CORPUS, 'gold')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
    for (const name of names) predict(join(CORPUS, 'pages', `${name}.html`), join(pred, `${name}.json`));
    const summary = score(['--pred', pred]);
    console.info(`corpus summary: ${JSON.stringify(summary)}`);
    expect(summary.failed).toBe(0);
    for (const [key, floor] of Object.entries(FLOORS)) {
      expect.soft(summary[key as keyof typeof FLOORS], key).toBeGreaterThanOrEqual(floor);
    }
  });
});

describe.skipIf(!existsSync(SCORER))('sample article against its own gold', () => {
  test('the shipped sample is read almost perfectly', () => {
    const dir = join(work, 'sample');
    for (const sub of ['gold', 'pages', 'pred']) mkdirSync(join(dir, sub), { recursive: true });
    copyFileSync(join(ROOT, 'samples/harbour-bridge.gold.json'), join(dir, 'gold/harbour-bridge.json'));
    predict(join(ROOT, 'samples/harbour-bridge.html'), join(dir, 'pred/harbour-bridge.json'));
    const summary = score(['--gold', join(dir, 'gold'), '--pages', join(ROOT, 'samples'), '--pred', join(dir, 'pred')]);
    for (const key of ['quote_f1', 'attribution', 'e2e_f1', 'speaker_f1', 'category'] as const) {
      expect.soft(summary[key], key).toBeGreaterThanOrEqual(0.95);
    }
  });
});
