// Project conventions, checked (refined-github's habit): the core in utils/ stays
// free of the browser, the UI never injects HTML, and every sieve has its table test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
    // reach for globals either, but entrypoints do: content.ts uses `document` and `location` on purpose.
    expect(browserGlobalUses([path.join('entrypoints', 'content.ts')]).join('\n')).toMatch(/global `document`/);
    expect(browserGlobalUses([path.join('utils', 'page', 'highlight.ts')])).toEqual([]);
  }, 60_000);

  it('nothing in components/ or entrypoints/ uses dangerouslySetInnerHTML or innerHTML', () => {
    const files = [...filesUnder('components', /\.(tsx?|jsx?)$/), ...filesUnder('entrypoints', /\.(tsx?|jsx?|html)$/)];
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((rel) => /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(path.join(ROOT, rel), 'utf8')));
    expect(offenders).toEqual([]);
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
