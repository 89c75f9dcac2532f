// Edge inputs with expected results: empty and near-empty pages, very large
// ones, tens of thousands of marks, right-to-left scripts, invisible and
// non-breaking spaces, <br> paragraphs, quotes in tables and lists, and a page
// whose body is built by a script. Every sentence here is written for the test.
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/analyze';
import { lexiconFor } from '../utils/lexicon';
import { languageKey } from '../utils/lexicon/languages';
import { pronounWordsFor } from '../utils/lexicon/pronouns';
import type { Analysis, AnalyzeOptions } from '../utils/types';

const URL = 'https://news.example.org/2025/harbour';
const FILLER = [
  'The harbour board met on Tuesday evening to discuss the budget for the coming year, the new ferry timetable and the long-delayed repairs to the old pier.',
  'Members spent most of the session on the cost of the timber frame, which engineers say was badly weakened by the winter storms and by years of neglect.',
];

function page(body: string, { title = 'Harbour board approves pier repairs', lang = 'en', dir = 'ltr' } = {}): string {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article><h1>${title}</h1>${body}</article></main><footer>© Example Gazette</footer></body></html>`;
}
const p = (text: string) => `<p>${text}</p>`;

function analyzeHtml(html: string, options: AnalyzeOptions = {}): Analysis {
  const { document } = parseHTML(html);
  return analyze(document as unknown as Document, { url: URL, includeBlocks: true, ...options });
}

/** Quote texts must be the slice of their block that their offsets name. */
function expectConsistent(a: Analysis) {
  for (const q of a.quotes) {
    if (q.kind === 'indirect') continue;
    expect(a.blocks![q.paragraph]!.text.slice(q.start, q.end)).toBe(q.text);
  }
}
const texts = (a: Analysis) => a.quotes.map((q) => q.text);

describe('words that are names of JavaScript built-ins are text', () => {
  // A language tag or a word that is also a property of every object ("constructor", "toString") names no
  // lexicon entry: the page is read as English, and a pronoun after such a word is still found.
  it.each(['constructor', 'toString', '__proto__'])('lang="%s" and the word after a name', (word) => {
    const a = analyzeHtml(page([
      p(`Ana Ruiz met the ${word} of the new pier on Monday. “It will hold,” she said.`),
      ...FILLER.map(p),
    ].join(''), { lang: word }));
    expect(a.status).toBe('ok');
    expect(a.quotes.find((q) => q.text.startsWith('It will hold'))?.speaker).toBe('Ana Ruiz');
  });
});

describe('language tags', () => {
  it.each([['pt-BR', 'pt'], ['EN_gb', 'en'], ['fr', 'fr'], ['', 'en'], [null, 'en'], ['-x', 'en']] as const)('%s is filed under %s', (tag, key) => {
    expect(languageKey(tag)).toBe(key);
  });

  it('the lexicon and the pronoun words of a tag are those of one language', () => {
    for (const tag of ['pt-BR', 'de-AT', 'es_MX', 'xx-YY', 'constructor']) {
      const lang = lexiconFor(tag).lang;
      expect(pronounWordsFor(tag)).toBe(pronounWordsFor(lang));
    }
  });
});

describe('near-empty pages', () => {
  it('an empty document is "no-article", without quotes', () => {
    const a = analyzeHtml('');
    expect(a.status).toBe('no-article');
    expect(a.quotes).toEqual([]);
    expect(a.speakers).toEqual([]);
    expect(a.notices.length).toBeGreaterThan(0);
  });

  it('empty text gives no quotes and does not throw', () => {
    const a = analyze({ text: '' }, { includeBlocks: true });
    expect(a.quotes).toEqual([]);
    expect(['no-article', 'no-quotes']).toContain(a.status);
  });

  it('a page with only a title is "no-article" and keeps the title', () => {
    const a = analyzeHtml('<!doctype html><html><head><title>Harbour news</title></head><body></body></html>');
    expect(a.status).toBe('no-article');
    expect(a.title).toBe('Harbour news');
    expect(a.url).toBe(URL);
  });

  it('a page with only block quotes: the marked quotes are found inside them', () => {
    const a = analyzeHtml(page([
      '<blockquote><p>“We will rebuild the pier, and we will do it by spring, whatever the weather brings us this winter,” the harbour master told the board.</p></blockquote>',
      '<blockquote><p>“The whole deck had to come off, because the frame underneath was rotten from one end to the other,” said the engineer.</p></blockquote>',
    ].join('\n')));
    expect(a.status).toBe('ok');
    expect(texts(a)).toEqual(expect.arrayContaining([
      'We will rebuild the pier, and we will do it by spring, whatever the weather brings us this winter,',
      'The whole deck had to come off, because the frame underneath was rotten from one end to the other,',
    ]));
    for (const q of a.quotes) expect(a.blocks![q.paragraph]!.kind).toBe('blockquote');
    expectConsistent(a);
  });
});

describe('large inputs', () => {
  it('a 2 MB article: every planted quote is found', () => {
    const paragraphs: string[] = [];
    let size = 0;
    let n = 0;
    while (size < 2 * 1024 * 1024) {
      const text = `${FILLER[n % 2]} “Repair number ${n} will be finished before the summer season starts,” said the harbour master.`;
      paragraphs.push(p(text));
      size += text.length + 7;
      n++;
    }
    const html = page(paragraphs.join('\n'));
    expect(html.length).toBeGreaterThan(2 * 1024 * 1024);
    const a = analyzeHtml(html);
    expect(a.status).toBe('ok');
    const found = new Set(texts(a));
    for (const i of [0, 1, Math.floor(n / 2), n - 1]) {
      expect(found.has(`Repair number ${i} will be finished before the summer season starts,`)).toBe(true);
    }
    expect(a.quotes.filter((q) => q.text.startsWith('Repair number'))).toHaveLength(n);
    expectConsistent(a);
  });

  it('50,000 quote marks in pairs: 25,000 quotes, each where its offsets say', () => {
    const sentence = (i: number) => `“We counted ${i} boats in the harbour today,” the warden said.`;
    const paragraphs: string[] = [];
    for (let i = 0; i < 25_000; i += 10) {
      paragraphs.push(Array.from({ length: 10 }, (_, k) => sentence(i + k)).join(' '));
    }
    const a = analyze({ text: paragraphs.join('\n\n') }, { includeBlocks: true });
    expect(a.status).toBe('ok');
    expect(a.quotes.filter((q) => q.kind !== 'indirect')).toHaveLength(25_000);
    expect(a.quotes[24_999]!.text).toBe('We counted 24999 boats in the harbour today,');
    expectConsistent(a);
  });

  it('50,000 quote marks of every style, unbalanced, in one paragraph: no throw, offsets hold', () => {
    const marks = ['“', '”', '"', '‘', '’', "'", '«', '»', '‹', '›', '„', '‚', '「', '」'];
    const soup = (count: number) => {
      let text = '';
      for (let i = 0; i < count; i++) text += `${marks[(i * 7) % marks.length]}${i % 3 ? 'word ' : ''}`;
      return text;
    };
    // How the cost grows with the number of marks is measured by `npm run bench`
    // (its pathological cases); here only what the result must be.
    const a = analyze({ text: soup(50_000) }, { includeBlocks: true });
    expect(['ok', 'no-quotes']).toContain(a.status);
    expectConsistent(a);
  });
});

describe('scripts and spacing', () => {
  it('right-to-left text: Arabic with « » and Hebrew with straight marks', () => {
    const arabic = analyzeHtml(page([
      p('اجتمع مجلس الميناء مساء الثلاثاء لمناقشة ميزانية العام المقبل وجدول العبّارات الجديد وإصلاح الرصيف القديم الذي تضرر في العاصفة.'),
      p('قال الوزير: «سنعيد بناء الميناء قبل الربيع» في مؤتمر صحفي عقده في المدينة بعد الاجتماع.'),
      p('وأضاف المهندس أن الأعمال ستبدأ الشهر المقبل وأن الرصيف سيبقى مغلقًا حتى نهاية الصيف على الأقل.'),
    ].join('\n'), { title: 'مجلس الميناء يوافق على إصلاح الرصيف', lang: 'ar', dir: 'rtl' }));
    expect(arabic.status).toBe('ok');
    expect(texts(arabic)).toContain('سنعيد بناء الميناء قبل الربيع');
    expectConsistent(arabic);

    const hebrew = analyze({
      text: [
        'מועצת הנמל התכנסה ביום שלישי בערב כדי לדון בתקציב השנה הבאה ובתיקון המזח הישן שנפגע בסערה.',
        '"נבנה מחדש את המזח עד האביב", אמר ראש העירייה לכתבים אחרי הישיבה.',
        '\u200Fהמהנדס אמר: "העבודות יתחילו בחודש הבא" והוסיף שהמזח יישאר סגור עד סוף הקיץ.',
      ].join('\n\n'),
    }, { includeBlocks: true });
    expect(texts(hebrew)).toEqual(expect.arrayContaining(['נבנה מחדש את המזח עד האביב', 'העבודות יתחילו בחודש הבא']));
    expectConsistent(hebrew);
  });

  it('zero-width and non-breaking spaces are folded, and quotes still found', () => {
    const a = analyzeHtml(page([
      p(FILLER[0]!),
      p('\u200B“We will\u00A0re\u200Bbuild the pier\u202Fby spring,”\u00A0said Ana\u00A0Ruiz, the harbour\u2009master.'),
      p('«\u00A0Le quai rouvrira au printemps\u00A0», a déclaré la maire\u00A0adjointe, Claire\u200D Martin.'),
      p(FILLER[1]!),
    ].join('\n')));
    expect(a.status).toBe('ok');
    expect(texts(a)).toEqual(expect.arrayContaining(['We will rebuild the pier by spring,', 'Le quai rouvrira au printemps']));
    // eslint-disable-next-line no-misleading-character-class -- each invisible character on its own, the joiner included
    for (const b of a.blocks!) expect(b.text).not.toMatch(/[\u00A0\u200B\u200D\u202F\u2009]/);
    expectConsistent(a);
  });

  it('<br>-separated paragraphs become separate blocks', () => {
    const a = analyzeHtml(page(
      `<div>${FILLER[0]}<br><br>“We will rebuild the pier by spring,” said Ana Ruiz, the harbour master.<br><br>${FILLER[1]}<br>The vote was unanimous.</div>`,
    ));
    expect(a.status).toBe('ok');
    const q = a.quotes.find((x) => x.text === 'We will rebuild the pier by spring,');
    expect(q).toBeDefined();
    const block = a.blocks![q!.paragraph]!.text;
    expect(block.startsWith('“We will rebuild the pier by spring,” said Ana Ruiz')).toBe(true);
    expect(block).not.toContain(FILLER[0]!.slice(0, 30));
    expect(a.blocks!.some((b) => b.text.startsWith(FILLER[1]!.slice(0, 30)) && b.text.endsWith('The vote was unanimous.'))).toBe(true);
    expectConsistent(a);
  });

  it('quotes inside tables and lists are found', () => {
    const a = analyzeHtml(page([
      p(FILLER[0]!),
      '<table><tbody><tr><th>Who</th><th>What they said</th></tr>',
      '<tr><td>Harbour master</td><td>“We will rebuild the pier by spring,” said Ana Ruiz at the meeting on Tuesday.</td></tr>',
      '<tr><td>Engineer</td><td>“The whole deck had to come off,” said Tom Hale of the Coastal Institute.</td></tr></tbody></table>',
      p(FILLER[1]!),
      '<ul><li>“Traders lost a whole summer of visitors,” said Mia Chen, who runs a café on the front.</li>',
      '<li>“The ferry will run again in May,” the operator said in a statement.</li></ul>',
      p('The board will publish the final timetable for the ferry and the pier next month, after a public consultation.'),
    ].join('\n')));
    expect(a.status).toBe('ok');
    expect(texts(a)).toEqual(expect.arrayContaining([
      'We will rebuild the pier by spring,',
      'The whole deck had to come off,',
      'Traders lost a whole summer of visitors,',
      'The ferry will run again in May,',
    ]));
    expectConsistent(a);
  });

  it('a page whose <body> is built by a script (jsdom, scripts run): the script-built quote is found', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Built by script</title></head><body>
<script>
  const article = document.createElement('article');
  const paragraphs = [
    ${JSON.stringify(FILLER[0])},
    '\\u201CWe will rebuild the pier by spring,\\u201D said Ana Ruiz, the harbour master, after the vote.',
    ${JSON.stringify(FILLER[1])},
  ];
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.appendChild(p);
  }
  document.body.appendChild(article);
</script></body></html>`;
    const dom = new JSDOM(html, { url: URL, runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    expect(doc.querySelectorAll('article p')).toHaveLength(3); // the script ran
    const a = analyze(doc as unknown as Document, { includeBlocks: true });
    expect(a.status).toBe('ok');
    expect(a.url).toBe(URL);
    expect(texts(a)).toContain('We will rebuild the pier by spring,');
    expectConsistent(a);
    // The live document is left as it was (analyze works on a clone).
    expect(doc.querySelectorAll('article p')).toHaveLength(3);
    dom.window.close();
  });
});
