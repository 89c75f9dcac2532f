// Unnamed sources in the exports and the popup's grouping: made-up analyses.
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';
import { toCsv, toJson, toMarkdown } from '../utils/export';
import { unattributedQuotes } from '../components/model';
import { filterUnnamed, groupUnnamed } from '../components/unnamed';

const text = [
  '“We expect a challenge,” a council spokesperson, who asked not to be named because the case may reach the courts, said.',
  '“The contract will be signed,” the spokesperson added.',
  '“Nothing was decided,” said Ilse Varga, the mayor of Dunmore.',
].join('\n\n');
const a = analyze({ text, title: 'Bridge', url: 'https://example.invalid/bridge' });

describe('unnamed sources in exports and the popup', () => {
  test('the analysis lists the source once with both quotes', () => {
    expect(a.unnamedSources).toEqual([
      { id: 'u1', description: 'a council spokesperson', category: 'official', quoteCount: 2, indirectCount: 0, anonymity: 'the case may reach the courts' },
    ]);
  });

  test('JSON carries the sources and each quote its source id', () => {
    const json = JSON.parse(toJson(a));
    expect(json.unnamedSources).toHaveLength(1);
    expect(json.quotes.filter((q: { unnamedSourceId?: string }) => q.unnamedSourceId === 'u1')).toHaveLength(2);
  });

  test('CSV: the speaker cell stays empty, the description and category are the source’s', () => {
    const rows = toCsv(a).split('\r\n');
    expect(rows.filter((r) => r.startsWith(',official,a council spokesperson,'))).toHaveLength(2);
  });

  test('Markdown: a section of unnamed sources with the reason for anonymity', () => {
    const md = toMarkdown(a);
    expect(md).toContain('## Unnamed sources\n\n- *a council spokesperson* · official · anonymous: the case may reach the courts\n  - “We expect a challenge”');
    expect(md.indexOf('## Unnamed sources')).toBeGreaterThan(md.indexOf('## Ilse Varga'));
  });

  test('the popup groups the source’s quotes and keeps them out of “Unattributed”', () => {
    const views = groupUnnamed(a);
    expect(views.map((v) => [v.source.id, v.quotes.length])).toEqual([['u1', 2]]);
    expect(unattributedQuotes(a)).toEqual([]);
    // An analysis saved before unnamed sources were listed shows those quotes as unattributed.
    expect(unattributedQuotes({ ...a, unnamedSources: undefined })).toHaveLength(2);
    const fold = (s: string) => s.toLowerCase();
    expect(filterUnnamed(views, { category: 'expert', search: '', showParaphrased: true }, fold)).toEqual([]);
    expect(filterUnnamed(views, { category: 'official', search: 'spokesperson', showParaphrased: true }, fold)).toHaveLength(1);
    expect(filterUnnamed(views, { category: 'all', search: 'nothing here', showParaphrased: true }, fold)).toEqual([]);
  });
});
