// Project conventions, checked (refined-github's habit): the core in utils/ stays
// free of the browser, the UI never injects HTML, and every sieve has its table test.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

function filesUnder(dir: string, exts: RegExp): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(ROOT, rel)).isDirectory() ? filesUnder(rel, exts) : exts.test(name) ? [rel] : [];
  });
}

/** Browser globals the core must not touch: it receives a Document when it needs one. */
const BROWSER_GLOBALS = new Set(['window', 'document', 'browser', 'chrome', 'navigator', 'location']);
const WXT_IMPORT = /^(wxt|#imports)(\/|$)|^@wxt-dev\//;

/** utils/ except utils/page/ (live-page code that takes a Window parameter). */
const coreFiles = filesUnder('utils', /\.tsx?$/).filter((f) => !f.startsWith(path.join('utils', 'page') + path.sep));

/**
 * Every identifier in `files` that resolves to one of BROWSER_GLOBALS as declared by the
 * environment (lib.dom.d.ts, @types/chrome, WXT's globals), not by the file itself: a local
 * `document` parameter is fine, the global `document` is not. Uses the type checker, so
 * property names (`options.location`) and shadowing are told apart correctly.
 */
function browserGlobalUses(files: string[]): string[] {
  const program = ts.createProgram(
    files.map((f) => path.join(ROOT, f)),
    { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.esnext.d.ts', 'lib.dom.d.ts'], types: ['node'], noEmit: true, skipLibCheck: true, jsx: ts.JsxEmit.Preserve,
      allowImportingTsExtensions: true, baseUrl: ROOT, paths: { '@/*': ['./*'] } },
  );
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const rel of files) {
    const source = program.getSourceFile(path.join(ROOT, rel));
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
        const parent = node.parent;
        const isPropertyName =
          (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
          (ts.isPropertyAssignment(parent) && parent.name === node) ||
          (ts.isPropertySignature(parent) && parent.name === node) ||
          (ts.isPropertyDeclaration(parent) && parent.name === node) ||
          (ts.isMethodDeclaration(parent) && parent.name === node) ||
          (ts.isBindingElement(parent) && parent.propertyName === node) ||
          ts.isQualifiedName(parent);
        if (!isPropertyName) {
          const symbol = checker.getSymbolAtLocation(node);
          const declaredHere = symbol?.declarations?.some((d) => d.getSourceFile() === source);
          if (!declaredHere) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            found.push(`${rel}:${line + 1} uses the global \`${node.text}\``);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * utils/ except utils/lexicon/ (the home of every word), utils/page/ (live-page code),
 * utils/export/ (column labels of the export formats are output, not words the core reads) and
 * utils/record/ (the reading record reads no text: its strings are its file's column labels and
 * web-address parameters such as utm_source).
 */
const wordFreeFiles = coreFiles.filter((f) => !['lexicon', 'export', 'record'].some((dir) => f.startsWith(path.join('utils', dir) + path.sep)));
/** Parts of web addresses, which are no words of a language. */
const ADDRESS_PARTS = new Set(['http', 'https', 'www']);

/**
 * What a regular expression says in words: its source without escapes (\\s, \\p{Lu}),
 * character classes ([’']) and counts ({3,}). Two letters in a row left over are a word
 * or a word's ending ("ing", "said|told").
 */
function regexWords(source: string): string[] {
  const bare = source
    .replace(/\\[pPu]\{[^}]*\}/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\[(?:\\.|[^\]\\])*\]/g, ' ')
    .replace(/\{\d*,?\d*\}/g, ' ')
    .replace(/\(\?(?:[:=!]|<[=!]|<\w+>)/g, ' ');
  return (bare.match(/\p{L}{2,}/gu) ?? []).filter((w) => !ADDRESS_PARTS.has(w));
}

/** String literals that are words of a language ("said", "the", "por"), as opposed to punctuation or codes. */
const WORDISH = /^\p{L}[\p{L}'’.]*(?: \p{L}[\p{L}'’.]*)*$/u;

/**
 * Word lists, word regexes and comparisons with words written in code outside
 * utils/lexicon/. Values of the project's own string-literal types ('word', 'person',
 * 'heading') are names in code, not words, and are allowed; so are upper-case HTML tag names.
 */
function wordsInCode(files: string[]): string[] {
  const sources = files.map((rel) => ({ rel, source: ts.createSourceFile(rel, readFileSync(path.join(ROOT, rel), 'utf8'), ts.ScriptTarget.ESNext, true) }));
  const typeValues = new Set<string>(['string', 'number', 'boolean', 'object', 'function', 'undefined', 'bigint', 'symbol']);
  const collect = (node: ts.Node): void => {
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) typeValues.add(node.literal.text);
    ts.forEachChild(node, collect);
  };
  for (const { source } of sources) collect(source);
  // camelCase names ("baseURI") are properties in code, not words.
  const isWord = (text: string) => WORDISH.test(text) && !typeValues.has(text) && text !== text.toUpperCase() && !/\p{Ll}\p{Lu}/u.test(text);
  const found: string[] = [];
  for (const { rel, source } of sources) {
    const at = (node: ts.Node) => `${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const source = node.text.slice(1, node.text.lastIndexOf('/'));
        const words = regexWords(source);
        if (words.length) found.push(`${at(node)} regex with words: ${words.join(', ')}`);
      } else if (ts.isArrayLiteralExpression(node)) {
        const words = node.elements.filter((e) => ts.isStringLiteralLike(e) && isWord(e.text));
        if (words.length >= 2) found.push(`${at(node)} word list: ${words.map((e) => (e as ts.StringLiteral).text).join(', ')}`);
      } else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) {
        for (const side of [node.left, node.right]) if (ts.isStringLiteralLike(side) && isWord(side.text)) found.push(`${at(node)} compares with the word "${side.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('conventions', () => {
  it('finds the core files it checks', () => {
    expect(coreFiles).toContain(path.join('utils', 'analyze.ts'));
    expect(coreFiles).toContain(path.join('utils', 'messaging.ts'));
  });

  it('utils/ (except utils/page/) imports nothing from WXT', () => {
    const offenders = coreFiles.flatMap((rel) => {
      const source = ts.createSourceFile(rel, readFileSync(path.join(ROOT, rel), 'utf8'), ts.ScriptTarget.ESNext, true);
      return source.statements
        .filter((s): s is ts.ImportDeclaration | ts.ExportDeclaration => ts.isImportDeclaration(s) || ts.isExportDeclaration(s))
        .map((s) => (s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : ''))
        .filter((spec) => WXT_IMPORT.test(spec))
        .map((spec) => `${rel} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('utils/ (except utils/page/) uses no window, document, browser or chrome global', () => {
    expect(browserGlobalUses(coreFiles)).toEqual([]);
  }, 60_000);

  it('the global check catches a real use (so it cannot pass vacuously)', () => {
    // utils/page/highlight.ts is exempt because it is the one place that works on a live page; it must not
    // reach for globals either, but entrypoints do: reader.ts uses `document` and `location` on purpose.
    expect(browserGlobalUses([path.join('entrypoints', 'reader.ts')]).join('\n')).toMatch(/global `document`/);
    expect(browserGlobalUses([path.join('utils', 'page', 'highlight.ts')])).toEqual([]);
  }, 60_000);

  it('nothing in components/ or entrypoints/ uses dangerouslySetInnerHTML or innerHTML', () => {
    const files = [...filesUnder('components', /\.(tsx?|jsx?)$/), ...filesUnder('entrypoints', /\.(tsx?|jsx?|html)$/)];
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((rel) => /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(path.join(ROOT, rel), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every word the core knows is in utils/lexicon/: no word lists, word regexes or word comparisons elsewhere in utils/', () => {
    expect(wordFreeFiles.length).toBeGreaterThan(20);
    expect(wordsInCode(wordFreeFiles)).toEqual([]);
  });

  it('the word check catches word lists, word regexes and comparisons (so it cannot pass vacuously)', () => {
    const dir = mkdtempSync(path.join(ROOT, 'node_modules', '.conventions-'));
    try {
      const file = path.join(dir, 'sample.ts');
      writeFileSync(file, [
        "const A = new Set(['said', 'told']);",
        'const B = /^(?:the|a)\\s/;',
        'const C = /ing$/;',
        "const D = (w: string) => w === 'por';",
        "type Kind = 'word' | 'punct';",
        "const E = (k: Kind) => k === 'word';",
        'const F = /^[\\p{Lu}][.,;:]\\s+\\d{1,3}$/u;',
        "const G = ['DIV', 'P'];",
      ].join('\n'));
      const found = wordsInCode([path.relative(ROOT, file)]);
      expect(found.map((f) => f.split(' ').slice(1).join(' '))).toEqual([
        'word list: said, told', 'regex with words: the', 'regex with words: ing', 'compares with the word "por"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no file in utils/ is longer than 300 lines (generated data tables aside)', () => {
    const long = filesUnder('utils', /\.tsx?$/)
      .filter((rel) => !/\.generated\.ts$/.test(rel))
      .map((rel) => ({ rel, lines: readFileSync(path.join(ROOT, rel), 'utf8').split('\n').length }))
      .filter((f) => f.lines > 300)
      .map((f) => `${f.rel}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });

  it('sieve files are numbered by their place in SIEVES, and no sieve imports another', async () => {
    const { SIEVES } = await import('../utils/sieves');
    const files = filesUnder(path.join('utils', 'sieves'), /^\d\d-.*\.ts$/).map((f) => path.basename(f, '.ts')).sort();
    expect(files.length).toBe(SIEVES.length);
    SIEVES.forEach((sieve, i) => expect(files[i]).toBe(`${String(i + 1).padStart(2, '0')}-${sieve.name}`));
    const crossImports = files.flatMap((name) =>
      [...readFileSync(path.join(ROOT, 'utils', 'sieves', `${name}.ts`), 'utf8').matchAll(/from '\.\/(\d\d-[\w-]+)'/g)].map((m) => `${name} imports ${m[1]}`),
    );
    expect(crossImports).toEqual([]);
  });

  it('every sieve (utils/sieves/NN-name.ts) has a table test tests/sieves/NN-name.test.ts', () => {
    const sieves = filesUnder(path.join('utils', 'sieves'), /\.ts$/)
      .map((f) => path.basename(f, '.ts'))
      .filter((name) => /^\d\d-/.test(name));
    expect(sieves.length).toBeGreaterThan(0);
    const missing = sieves.filter((name) => !existsSync(path.join(ROOT, 'tests', 'sieves', `${name}.test.ts`)));
    expect(missing).toEqual([]);
  });
});
