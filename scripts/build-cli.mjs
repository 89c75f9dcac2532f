// Builds the `cited` command to plain JavaScript: every entry in `entries` becomes
// dist/<name>.mjs, one self-contained ES module each (the core, linkedom and
// Readability bundled in), so an installed `cited` needs neither tsx nor any
// other package at run time. Run by `npm run build:cli` and, through `prepack`,
// by `npm pack` and `npm publish`.
//
//   node scripts/build-cli.mjs
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'dist');

/**
 * The CLI's entry points (cli/*.ts), each built to dist/<name>.mjs. An entry that does not exist
 * (yet) is skipped, so the list can name files other work adds; cli/cited.ts itself is required.
 * cli/worker.ts (worker threads) is found by the CLI beside its own file: dist/worker.mjs.
 */
export const entries = ['cli/cited.ts', 'cli/worker.ts'];

/** The built file of an entry: cli/worker.ts → dist/worker.mjs. */
export const builtName = (entry) => `dist/${path.basename(entry, '.ts')}.mjs`;

/**
 * linkedom parses a <style> element's CSS (with cssomnom, a third of the bundle) only when code reads
 * `style.sheet`. Readability and Cited's core never do (utils/page/highlight.ts, which does, runs in
 * the browser only), so the CLI leaves that parser out and starts faster; reading `.sheet` in the CLI
 * would throw this plain error.
 */
const withoutStyleSheetParser = {
  name: 'cited-without-stylesheet-parser',
  setup(b) {
    b.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssomnom/parse', namespace: 'cited-omitted' }));
    b.onLoad({ filter: /.*/, namespace: 'cited-omitted' }, () => ({
      contents: "export function parse() { throw new Error('cited: CSS style sheets are not parsed in the command-line build'); }",
      loader: 'js',
    }));
  },
};

/**
 * linkedom tries `require('canvas')` (the native node-canvas package) and falls back to its own small
 * shim; the CLI never draws, so the shim is bundled directly and no lookup happens at start-up.
 */
const canvasShim = {
  name: 'cited-canvas-shim',
  setup(b) {
    b.onResolve({ filter: /^canvas$/ }, () => ({ path: path.join(ROOT, 'node_modules/linkedom/commonjs/canvas-shim.cjs') }));
  },
};

/**
 * linkedom's EventTarget constructor gives every node of every parsed page a Map of listeners in a
 * module-wide WeakMap, before anything listens (nothing does in the CLI). That is one Map and one
 * WeakMap entry per element and text node: a tenth of the analysis time, and, worse, garbage that the
 * collector must trace as ephemerons, on its helper threads, which with one worker per core compete with
 * the workers (issue 13: the batch speedup). The CLI build creates the Map at the first listener instead;
 * dispatch already treats a node without one as having no listeners. The rewrite names the exact lines
 * of linkedom 0.18.15 and stops the build if they change.
 */
const lazyEventListeners = {
  name: 'cited-lazy-event-listeners',
  setup(b) {
    b.onLoad({ filter: /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const edits = [
        ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
        ['    const map = wm.get(this);\n    if (!map.has(type)) \n      map.set(type, new Map);', '    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));\n    if (!map.has(type)) \n      map.set(type, new Map);'],
        ['    const map = wm.get(this);\n    if (map.has(type)) {', '    const map = wm.get(this);\n    if (map && map.has(type)) {'],
      ];
      for (const [from, to] of edits) {
        if (!text.includes(from)) throw new Error(`build-cli: ${args.path} changed (linkedom upgraded?): review the lazy-listeners rewrite`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/** What the CLI build changes in the bundled packages (also used by bench/batch.ts's in-process measurements). */
export const plugins = [withoutStyleSheetParser, canvasShim, lazyEventListeners];

/** Build dist/: each present entry → dist/<name>.mjs, plus the bundled packages' licences. */
export async function buildCli({ quiet = false } = {}) {
  const present = entries.filter((entry) => existsSync(path.join(ROOT, entry)));
  if (!present.includes('cli/cited.ts')) throw new Error('cli/cited.ts is missing');

  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });

  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: present,
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Smaller files parse faster at every start. Identifiers are not renamed, so stack traces (--debug) stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
    plugins,
    banner: {
      // Should a bundled CommonJS module call require() for a Node built-in, it gets Node's own.
      js: "#!/usr/bin/env node\nimport { createRequire as __citedRequire } from 'node:module'; const require = __citedRequire(import.meta.url);",
    },
  });

  // The licences of every package bundled in, next to the code that carries them.
  const packages = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const notices = ['cited bundles the following packages into dist/*.mjs. Their licences follow.', ''];
  for (const name of [...packages].sort()) {
    const dir = path.join(ROOT, 'node_modules', name);
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    const licenceFile = (await readdir(dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    notices.push('='.repeat(78), `${name} ${pkg.version} (${pkg.license ?? 'licence below'})`, '='.repeat(78));
    notices.push(licenceFile ? (await readFile(path.join(dir, licenceFile), 'utf8')).trim() : '(no licence file in the package)', '');
  }
  await writeFile(path.join(OUT, 'THIRD-PARTY-LICENSES.txt'), notices.join('\n') + '\n');

  const built = Object.entries(result.metafile.outputs).map(([file, { bytes }]) => `${path.relative(ROOT, path.resolve(ROOT, file))} ${(bytes / 1024).toFixed(0)} KB`);
  if (!quiet) console.log(`cited: built ${built.join(', ')}; ${packages.size} bundled packages, licences in dist/THIRD-PARTY-LICENSES.txt`);
  return { entries: present, packages: [...packages].sort() };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
