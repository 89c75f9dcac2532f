// The CSV export opened by a real spreadsheet: LibreOffice Calc, headless, reads
// the file with formula evaluation switched on (the riskiest way a user can open
// it) and writes it back out. Every cell must come back as written: the columns
// are there and no formula ran. Needs `soffice` (Debian's libreoffice-calc-nogui,
// which .ci/run installs); without it the test says so and skips.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../utils/export';
import type { Analysis, Quote } from '../utils/types';

function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on PATH
    }
  }
  return null;
}

const SOFFICE = findSoffice();
if (!SOFFICE) console.info('LibreOffice (soffice) is not installed: skipping the CSV-in-a-spreadsheet test.');

/** Import: comma, double quote, UTF-8, from line 1, standard columns, no quoted-as-text, plain numbers, evaluate formulas. */
const IMPORT = 'CSV:44,34,76,1,,0,false,false,false,false,false,0,true';
/** Export: the same separators and charset. */
const EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,0';

const quote = (id: string, text: string, over: Partial<Quote> = {}): Quote => ({
  id, text, speaker: 'Ana Ruiz', speakerId: 's1', cue: 'said', kind: 'direct', paragraph: 2, start: 0, end: text.length,
  confidence: 0.9, sieve: 'test', ...over,
});

/** A made-up article whose quotes are what a hostile page would put there. */
const analysis: Analysis = {
  status: 'ok', title: 'Pier to reopen, "maybe" by spring', byline: 'Lee Park', siteName: 'Port Gazette',
  publishedTime: '2025-03-14T09:30:00Z', lang: 'en', url: 'https://news.example.org/pier?id=7', notices: [],
  speakers: [{ id: 's1', name: 'Ana Ruiz', aliases: ['Ruiz', 'the harbour master'], description: 'harbour master', category: 'official', quoteCount: 5, indirectCount: 1 }],
  quotes: [
    quote('q1', '=1+1'),
    quote('q2', '=HYPERLINK("http://evil.example","click here")'),
    quote('q3', '+SUM(1;2)', { kind: 'partial', within: 'r1' }),
    quote('q4', '-3+4 degrees at @noon'),
    quote('q5', '@SUM(1,2)'),
    quote('r1', 'the pier would cost =2*3 pounds', { kind: 'indirect', contains: ['q3'] }),
    quote('q6', 'Ça coûte 40 % de plus, “vraiment”.'),
  ],
};

/** A strict RFC 4180 reader (as in export.test.ts). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe.skipIf(!SOFFICE)('the CSV export in LibreOffice Calc', () => {
  it('opens with the columns as written and no formula executed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cited-lo-'));
    try {
      const written = toCsv(analysis, { bom: true });
      writeFileSync(join(dir, 'quotes.csv'), written);
      execFileSync(
        SOFFICE!,
        [
          '--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
          `--infilter=${IMPORT}`, '--convert-to', EXPORT, '--outdir', join(dir, 'out'), join(dir, 'quotes.csv'),
        ],
        { stdio: 'pipe' },
      );
      const back = parseCsv(readFileSync(join(dir, 'out', 'quotes.csv'), 'utf8').replace(/^\uFEFF/, ''));
      const sent = parseCsv(written.replace(/^\uFEFF/, ''));
      expect(back[0]).toEqual([...CSV_COLUMNS]);
      expect(back).toHaveLength(1 + analysis.quotes.length);
      const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
      // Every text cell comes back exactly as written: a formula that ran would have left its result instead.
      for (let r = 1; r < sent.length; r++) {
        for (const name of CSV_COLUMNS) {
          if (name === 'paragraph' || name === 'published') continue;
          expect(back[r]![col(name)], `row ${r}, ${name}`).toBe(sent[r]![col(name)]);
        }
        expect(Number(back[r]![col('paragraph')])).toBe(3);
      }
      expect(back[1]![col('quote')]).toBe("'=1+1");
      expect(back[2]![col('quote')]).toBe(`'=HYPERLINK("http://evil.example","click here")`);
      expect(back[3]![col('within')]).toBe('r1');
      expect(back[1]![col('aliases')]).toBe('Ruiz; the harbour master');
      expect(back[7]![col('quote')]).toBe('Ça coûte 40 % de plus, “vraiment”.');
      // The date is read as the same day, however the spreadsheet writes it back.
      expect(back[1]![col('published')]).toMatch(/^(2025-03-14|03\/14\/(20)?25|14\/03\/(20)?25)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without defusing, the same cells do run as formulas (so the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cited-lo-'));
    try {
      writeFileSync(join(dir, 'raw.csv'), 'a,b\r\n=1+1,"=HYPERLINK(""http://evil.example"",""click here"")"\r\n');
      execFileSync(
        SOFFICE!,
        [
          '--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
          `--infilter=${IMPORT}`, '--convert-to', EXPORT, '--outdir', join(dir, 'out'), join(dir, 'raw.csv'),
        ],
        { stdio: 'pipe' },
      );
      expect(parseCsv(readFileSync(join(dir, 'out', 'raw.csv'), 'utf8'))[1]).toEqual(['2', 'click here']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
