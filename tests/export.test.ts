// Export formats: snapshots for the shape, plus checks that can fail on their
// own: CSV parsed back (RFC 4180), injection defused, Markdown with no live
// markup, file names safe on every system.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  articleAuthor, CSV_COLUMNS, csvCell, displayText, escapeMarkdown, readableDate, exportFilename, quoteCitation, slugify, toCsv, toJson, toMarkdown,
} from '../utils/export';
import type { Analysis, Quote, Speaker } from '../utils/types';

const quote = ({ id, text, ...over }: Partial<Quote> & Pick<Quote, 'id' | 'text'>): Quote => ({
  id, text, speaker: null, speakerId: null, cue: null, kind: 'direct', paragraph: 0, start: 0, end: text.length,
  confidence: 0.9, sieve: 'cue-adjacent', ...over,
});

const speakers: Speaker[] = [
  { id: 's1', name: 'Ana Ruiz', aliases: ['Ruiz'], description: 'harbour master', category: 'official', quoteCount: 2, indirectCount: 0 },
  { id: 's2', name: 'Tom O’Hara', aliases: [], description: null, category: 'expert', quoteCount: 1, indirectCount: 1 },
];

/** A made-up article: every awkward character the formats must survive. */
const analysis: Analysis = {
  status: 'ok',
  title: 'Pier to reopen, "maybe" by spring | Port Gazette',
  byline: 'Lee Park',
  siteName: 'Port Gazette',
  publishedTime: '2025-03-14T09:30:00Z',
  lang: 'en',
  url: 'https://news.example.org/pier?id=7&x=<1>',
  quotes: [
    quote({ id: 'q1', text: 'We will rebuild the pier, and we will do it by spring.', speaker: 'Ana Ruiz', speakerId: 's1', cue: 'said' }),
    quote({ id: 'q2', text: '=HYPERLINK("http://evil.example","click")', speaker: 'Ana Ruiz', speakerId: 's1', cue: 'added', kind: 'partial' }),
    quote({ id: 'q3', text: 'the *cost* is [unknown] <b>yet</b> | `maybe` _soon_', speaker: 'Tom O’Hara', speakerId: 's2', kind: 'indirect', cue: 'believes' }),
    quote({ id: 'q4', text: '# not a heading\nline two, with "quotes"', paragraph: 3 }),
    quote({ id: 'q5', text: '-5 degrees @noon\tcold', paragraph: 4 }),
  ],
  speakers,
  notices: [],
};

/** A strict RFC 4180 reader, written here as the test's oracle. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    cell += c; i++;
  }
  if (quoted) throw new Error('unterminated quoted cell');
  if (cell !== '' || row.length) throw new Error('last record lacks CRLF');
  return rows;
}

describe('toCsv', () => {
  it('matches the snapshot', () => {
    expect(toCsv(analysis)).toMatchSnapshot();
  });

  it('parses back into one header and one record per quote, cells intact', () => {
    const rows = parseCsv(toCsv(analysis));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + analysis.quotes.length);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    expect(rows[0]).toEqual([
      'speaker', 'category', 'description', 'aliases', 'quote', 'kind', 'cue', 'paragraph', 'id', 'within',
      'source title', 'site', 'author', 'published', 'url',
    ]);
    expect(rows[1]).toEqual([
      'Ana Ruiz', 'official', 'harbour master', 'Ruiz', 'We will rebuild the pier, and we will do it by spring.', 'direct', 'said',
      '1', 'q1', '', analysis.title, 'Port Gazette', 'Lee Park', '2025-03-14', analysis.url,
    ]);
    expect(rows[4]![4]).toBe('# not a heading line two, with "quotes"');
    expect(rows[4]![7]).toBe('4');
    expect(rows[4]![0]).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(toCsv(analysis));
    expect(rows[2]![4]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[5]![4]).toBe(`'-5 degrees @noon cold`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('O’Hara, Tom')).toBe('"O’Hara, Tom"');
  });

  it('defuses and round-trips any cell (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), fc.string({ maxLength: 20 }), (text, cue) => {
        const a: Analysis = { ...analysis, quotes: [quote({ id: 'q1', text, cue })], speakers: [] };
        const rows = parseCsv(toCsv(a));
        expect(rows).toHaveLength(2);
        for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const shown = displayText({ text, kind: 'direct' });
        expect(rows[1]![4]).toBe(/^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a UTF-8 byte-order mark only when asked, and the header only once', () => {
    expect(toCsv(analysis, { bom: true }).startsWith('\uFEFFspeaker,')).toBe(true);
    expect(toCsv(analysis).startsWith('speaker,')).toBe(true);
    expect(toCsv(analysis, { header: false }).startsWith('Ana Ruiz,')).toBe(true);
  });

  it('takes the source title and URL from options when given', () => {
    const rows = parseCsv(toCsv(analysis, { source: { title: 'Other', url: null } }));
    expect(rows[1]![10]).toBe('Other');
    expect(rows[1]![14]).toBe('');
  });

  it('gives the id of the statement a partial quote sits in, the author only when it is a name', () => {
    const a: Analysis = {
      ...analysis,
      byline: '14.03.2025, 09:30',
      quotes: [
        quote({ id: 'r1', text: 'the pier would reopen “by spring”', kind: 'indirect', contains: ['q1'] }),
        quote({ id: 'q1', text: 'by spring', kind: 'partial', within: 'r1' }),
      ],
    };
    const rows = parseCsv(toCsv(a));
    expect(rows.slice(1).map((r) => [r[8], r[9], r[12]])).toEqual([['r1', '', ''], ['q1', 'r1', '']]);
  });

  it('writes only the header when there are no quotes', () => {
    expect(toCsv({ ...analysis, quotes: [], status: 'no-quotes' })).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('toJson', () => {
  it('is the Analysis with the extraction time in front', () => {
    const text = toJson({ ...analysis, blocks: [{ index: 0, kind: 'paragraph', text: 'x' }] }, {
      extractedAt: new Date('2025-03-15T10:00:00Z'),
    });
    expect(text).toMatchSnapshot();
    const back = JSON.parse(text);
    expect(back.extractedAt).toBe('2025-03-15T10:00:00.000Z');
    expect(back.generator).toBe('Cited');
    expect(back.quotes).toEqual(analysis.quotes);
    expect(back.blocks).toBeUndefined();
  });

  it('prints one line, equal to the Analysis, when not pretty and without a time', () => {
    const text = toJson(analysis, { pretty: false });
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toEqual(analysis);
  });
});

/** Remove every backslash escape: what stays must hold no live Markdown markup. */
/** The test's oracle for Markdown: markdown-it with raw HTML on (so HTML that got through would show). */
const markdown = new MarkdownIt({ html: true, linkify: false });
const esc = (text: string) => markdown.utils.escapeHtml(text);

describe('toMarkdown', () => {
  it('matches the snapshot', () => {
    expect(toMarkdown(analysis)).toMatchSnapshot();
  });

  it('groups quotes under their speaker, most quoted first, then the unattributed', () => {
    const md = toMarkdown(analysis);
    const order = ['## Ana Ruiz', '## Tom O’Hara', '## Unattributed'].map((h) => md.indexOf(h));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('(paraphrased)');
  });

  it('renders page text as text: no markup from it, and no backslash where none is needed', () => {
    const md = toMarkdown(analysis);
    const html = markdown.render(md);
    // A Markdown renderer (markdown-it, CommonMark with tables and strikethrough; raw HTML on) gives back the words.
    expect(html).toContain(esc('the *cost* is [unknown] <b>yet</b> | `maybe` _soon_'));
    expect(html).toContain(esc('“=HYPERLINK("http://evil.example","click")”'));
    // The only link is the article's own address.
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toMatch(/<(b|code|img|table|s|del)\b/);
    expect(html.match(/<em>/g)).toHaveLength(2); // ours: the role of Ana Ruiz, "(paraphrased)"
    // A quote's line break does not start a new block.
    expect(md).not.toMatch(/^# not a heading/m);
    // Ordinary brackets, pipes and ampersands are left alone.
    expect(escapeMarkdown('the council [sic] & the board | 3 > 2', false)).toBe('the council [sic] & the board | 3 > 2');
    expect(escapeMarkdown('snake_case and C:\\temp', false)).toBe('snake_case and C:\\temp');
  });

  it('writes the date as a person reads it and the author once', () => {
    const md = toMarkdown({ ...analysis, publishedTime: '2018-06-08T16:29:00+01:00', byline: 'Port Gazette' });
    expect(md.split('\n')[2]).toBe('Port Gazette · 8 June 2018');
    expect(readableDate('2018-06-08T23:59:00-11:00')).toBe('8 June 2018');
    expect(readableDate('last Tuesday')).toBe('last Tuesday');
    expect(articleAuthor({ byline: 'Updated 08.06.2018 16:29', siteName: null, url: null })).toBeNull();
    expect(articleAuthor({ byline: ' Lee  Park ', siteName: 'Port Gazette', url: null })).toBe('Lee Park');
  });

  it('escapes exactly what would be markup (property, against a renderer)', () => {
    const tricky = fc.constantFrom(...'ab1 *_`[]()<>&#;!~\\|-+=.:/'.split(''), 'http', '&amp;', '<b>', '](x)');
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 16 }).map((parts) => parts.join('').trim()), (text) => {
        fc.pre(text !== '');
        expect(markdown.renderInline(escapeMarkdown(text, false))).toBe(esc(text));
        expect(markdown.render(escapeMarkdown(text))).toBe(`<p>${esc(text)}</p>\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes block starts in any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const out = escapeMarkdown(text);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toMatch(/^\s*(?:[-+=#>]|\d+[.)])/);
      }),
      { numRuns: 500 },
    );
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('> quoted')).toBe('\\> quoted');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('a_b*c')).toBe('a_b\\*c');
    expect(escapeMarkdown('_a_ [b](c)')).toBe('\\_a\\_ [b\\](c)');
  });

  it('lists a reported statement once, with its exact words inside', () => {
    const a: Analysis = {
      ...analysis,
      quotes: [
        quote({ id: 'r1', text: 'the pier would reopen “by spring”', kind: 'indirect', speakerId: 's1', contains: ['q1'] }),
        quote({ id: 'q1', text: 'by spring', kind: 'partial', speakerId: 's1', within: 'r1' }),
      ],
    };
    const lines = toMarkdown(a).split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual(['- the pier would reopen “by spring” *(paraphrased, with exact words)*']);
  });

  it('says so when there is no article or no quote', () => {
    expect(toMarkdown({ ...analysis, status: 'no-article', quotes: [], speakers: [] })).toContain('No article found');
    expect(toMarkdown({ ...analysis, status: 'no-quotes', quotes: [], speakers: [] })).toContain('No quotes found');
  });
});

describe('exportFilename', () => {
  it('builds cited-<site>-<title>-<date>.<ext>', () => {
    expect(exportFilename(analysis, 'csv', '2025-03-15')).toBe('cited-port-gazette-pier-to-reopen-maybe-by-spring-port-gazette-2025-03-15.csv');
    expect(exportFilename({ siteName: null, url: 'https://www.example.org/a', title: 'Ça marche à Zürich' }, '.md', new Date(2025, 0, 2, 12)))
      .toBe('cited-example-org-ca-marche-a-zurich-2025-01-02.md');
    expect(exportFilename({ siteName: null, url: null, title: null }, 'json', '2025-01-02')).toBe('cited-2025-01-02.json');
  });

  it('is always a short ASCII name with no separator or control character (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ unit: 'grapheme', maxLength: 200 })),
        fc.option(fc.string({ unit: 'binary', maxLength: 200 })),
        fc.option(fc.string({ maxLength: 100 })),
        fc.string({ maxLength: 12 }),
        (title, siteName, url, ext) => {
          const name = exportFilename({ title, siteName, url }, ext, '2025-03-15');
          expect(name).toMatch(/^cited(-[a-z0-9]+)*\.[a-z0-9]+$/);
          expect(name.length).toBeLessThanOrEqual(6 + 31 + 61 + 11 + 11);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('slugifies to lower-case ASCII within the bound', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('Ελληνικά 日本語')).toBe('');
    expect(slugify('a'.repeat(100), 10)).toBe('aaaaaaaaaa');
  });
});

describe('quoteCitation', () => {
  it('gives “…” — Name, role, Site, date', () => {
    expect(quoteCitation(analysis.quotes[0]!, speakers[0], analysis)).toBe(
      '“We will rebuild the pier, and we will do it by spring.” — Ana Ruiz, harbour master, Port Gazette, 14 March 2025',
    );
  });

  it('leaves out what is unknown and marks paraphrase', () => {
    expect(quoteCitation(analysis.quotes[2]!, speakers[1], { siteName: null, url: 'https://www.example.org/x', publishedTime: null }))
      .toBe('the *cost* is [unknown] <b>yet</b> | `maybe` _soon_ (paraphrased) — Tom O’Hara, example.org');
    expect(quoteCitation(analysis.quotes[3]!, null, { siteName: null, url: null, publishedTime: null }))
      .toBe('“# not a heading line two, with "quotes"”');
  });
});

describe('displayText', () => {
  // Made-up sentences: the quote's words as the core keeps them, its kind, and what a reader is shown.
  it.each([
    ['We will rebuild the pier,', 'direct', 'We will rebuild the pier'],
    ['We will rebuild the pier, ', 'direct', 'We will rebuild the pier'],
    ['The pier is closed.', 'direct', 'The pier is closed.'],
    ['Is the pier closed?', 'direct', 'Is the pier closed?'],
    ['Close it now!', 'partial', 'Close it now!'],
    ['and then nothing...', 'direct', 'and then nothing...'],
    ['and then nothing…', 'partial', 'and then nothing…'],
    ['a cheque signed in the dark.', 'partial', 'a cheque signed in the dark'],
    ['a cheque signed in the dark,', 'partial', 'a cheque signed in the dark'],
    ['the first of three phases;', 'partial', 'the first of three phases'],
    ['the plan was simple:', 'direct', 'the plan was simple'],
    ['a gift to the U.S.', 'partial', 'a gift to the U.S.'],
    ['the pier would reopen in May.', 'indirect', 'the pier would reopen in May'],
    ['the   pier\nwould reopen', 'indirect', 'the pier would reopen'],
    [',', 'direct', ','],
  ] as const)('%j (%s) → %j', (text, kind, shown) => {
    expect(displayText({ text, kind })).toBe(shown);
  });

  it('is what Copy, CSV and Markdown show', () => {
    const a: Analysis = { ...analysis, quotes: [quote({ id: 'q1', text: 'We will rebuild the pier,', speakerId: 's1', speaker: 'Ana Ruiz' })] };
    expect(quoteCitation(a.quotes[0]!, speakers[0], a)).toMatch(/^“We will rebuild the pier” — /);
    expect(toCsv(a)).toContain(',We will rebuild the pier,');
    expect(toMarkdown(a)).toContain('- “We will rebuild the pier”');
  });
});
