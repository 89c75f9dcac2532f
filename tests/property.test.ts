// Property-based tests (fast-check) over generated text and HTML full of
// quotation marks of every style, nested and unbalanced. Whatever the input:
// analyze never throws; each quote's text is exactly the slice of its block that
// its offsets name (kinds other than "indirect"); quotes in one paragraph never
// overlap; and the time per KB stays roughly flat from small inputs to 1 MB.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../utils/analyze';
import type { Analysis } from '../utils/types';

const MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', '‹', '›', '„', '‚', '「', '」'] as const;
/** Matched pairs of each style, for well-formed (possibly nested) quotes. */
const PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['‹', '›'], ['„', '“'], ['‚', '‘'], ['「', '」'], ['« ', ' »']];
const WORDS = ['the', 'mayor', 'said', 'we', 'will', 'not', 'give', 'up', 'Ana', 'Ruiz', 'don’t', 'it’s', 'players’', 'O’Hara', '’90s', 'rock ’n’ roll', 'told', 'reporters', 'according', 'to', 'experts', '42', 'é', 'наш', 'مدينة', 'עיר', '市長', 'は'];
const GLUE = [' ', ' ', ' ', ', ', '. ', ': ', ' — ', ' – ', '; ', '! ', '? ', '\u00A0', '\u200B', '\u202F', ' (', ') ', '\n', '\n\n'];

const word = fc.constantFrom(...WORDS);
const mark = fc.constantFrom(...MARKS);
const glue = fc.constantFrom(...GLUE);
/** Loose soup: words, marks and separators in any order, so marks land in every position. */
const soup = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 3, arbitrary: mark }, { weight: 3, arbitrary: glue }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }), { maxLength: 150 }).map((t) => t.join(''));
/** Structured: quotes of random styles nested inside each other, some left unclosed or closed with the wrong mark. */
const { sentence } = fc.letrec<{ sentence: string; quoted: string }>((tie) => ({
  sentence: fc.array(fc.oneof({ depthSize: 'small', withCrossShrink: true }, word, word, tie('quoted')), { minLength: 1, maxLength: 12 }).map((p) => p.join(' ')),
  quoted: fc.tuple(fc.constantFrom(...PAIRS), tie('sentence'), fc.constantFrom('ok', 'ok', 'ok', 'unclosed', 'wrong'), mark, fc.constantFrom(',', '.', '', '?')).map(
    ([[open, close], body, how, other, punct]) => `${open}${body}${punct}${how === 'ok' ? close : how === 'wrong' ? other : ''}`,
  ),
}));
const paragraph = fc.oneof(soup, sentence, fc.array(sentence, { maxLength: 4 }).map((s) => s.join(' ')));
const text = fc.array(paragraph, { minLength: 0, maxLength: 8 }).map((ps) => ps.join('\n\n'));

let cases = 0;
afterAll(() => console.log(`[property.test] ${cases} generated inputs checked`));

/** The invariants every Analysis must hold. */
function checkInvariants(a: Analysis): void {
  cases++;
  expect(['ok', 'no-quotes', 'no-article']).toContain(a.status);
  const blocks = a.blocks ?? [];
  if (a.status !== 'no-article') expect(a.blocks, 'includeBlocks: true keeps blocks').toBeDefined();
  const byParagraph = new Map<number, [number, number, string][]>();
  for (const q of a.quotes) {
    expect(Number.isInteger(q.paragraph) && q.paragraph >= 0 && q.paragraph < blocks.length, `paragraph of ${q.id}`).toBe(true);
    if (q.kind === 'indirect') continue;
    const block = blocks[q.paragraph]!.text;
    expect(0 <= q.start && q.start <= q.end && q.end <= block.length, `offsets of ${q.id}`).toBe(true);
    expect(block.slice(q.start, q.end)).toBe(q.text);
    byParagraph.set(q.paragraph, [...(byParagraph.get(q.paragraph) ?? []), [q.start, q.end, q.id]]);
  }
  for (const spans of byParagraph.values()) {
    spans.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i]![0], `${spans[i]![2]} overlaps ${spans[i - 1]![2]}`).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    }
  }
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A paragraph wrapped in one of the containers articles use. */
const htmlBlock = fc.tuple(paragraph, fc.constantFrom('p', 'blockquote', 'li', 'h2', 'td', 'br', 'pre', 'inline')).map(([t, tag]) => {
  const body = escapeHtml(t).replace(/\n\n/g, tag === 'br' ? '<br><br>' : '</p><p>');
  switch (tag) {
    case 'li': return `<ul><li>${body}</li></ul>`;
    case 'td': return `<table><tr><td>${body}</td></tr></table>`;
    case 'br': return `<div>${body}<br><br>${body}</div>`;
    case 'inline': return `<p><em>${body}</em> <a href="/x">${body.slice(0, 20)}</a> <b>${body.slice(20)}</b></p>`;
    default: return `<${tag}>${body}</${tag}>`;
  }
});
/** Padding prose, so Readability takes some pages as articles. */
const FILLER = '<p>The council met on Tuesday evening to discuss the harbour budget, the new ferry timetable and the repairs to the old pier that were delayed by the winter storms.</p>';
const page = fc.tuple(fc.string({ maxLength: 30 }), fc.array(htmlBlock, { maxLength: 10 }), fc.boolean()).map(
  ([title, blocks, pad]) => `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${escapeHtml(title)}</h1>${pad ? FILLER.repeat(3) : ''}${blocks.join('\n')}</article></body></html>`,
);

describe('analyze on generated input', () => {
  it('plain text: never throws; offsets name the quote text; no overlaps', () => {
    fc.assert(
      fc.property(text, (t) => {
        checkInvariants(analyze({ text: t }, { includeBlocks: true }));
      }),
      { numRuns: 600 },
    );
  });

  it('a single block of marks and words (Article input)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(soup, sentence), { minLength: 1, maxLength: 4 }), (parts) => {
        const t = parts.join(' ').replace(/\s+/g, ' ').trim();
        const article = { title: null, byline: null, siteName: null, publishedTime: null, lang: null, url: null, excerpt: null, blocks: t ? [{ index: 0, kind: 'paragraph' as const, text: t }] : [] };
        checkInvariants(analyze(article, { includeBlocks: true }));
      }),
      { numRuns: 600 },
    );
  });

  it('HTML (linkedom document): never throws; same invariants', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { document } = parseHTML(html);
        checkInvariants(analyze(document as unknown as Document, { url: 'https://news.example.org/a', includeBlocks: true }));
      }),
      { numRuns: 150 },
    );
  });
});

// How run time grows with input size, adversarial shapes included, is measured by
// `npm run bench` (its pathological cases and the log-log slope), as ratios in one
// run: wall-clock limits do not belong in tests on a shared machine.
