// The `cited` command as a user gets it: `npm pack` (which builds dist/ through
// `prepack`), the tarball installed into an empty folder without dev dependencies
// and without the network, then `npx cited` run there. Nothing from this checkout
// (tsx, TypeScript sources, node_modules) can be reached by the installed copy.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/cited';
// @ts-expect-error -- plain ES module (the build script); no type declarations.
import { builtName, entries } from '../scripts/build-cli.mjs';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** The environment of a user's shell: no npm_* variables inherited from `npm test`, no NODE_OPTIONS (tsx). */
function userEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_|^NODE_OPTIONS$|^VITEST|^TSX/i.test(k)) env[k] = v;
  return { ...env, HOME: home, npm_config_cache: join(home, '.npm'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pier to reopen in spring</title></head>
<body><article><h1>Ferry pier to reopen in spring</h1>
<p>The old ferry pier in Northbay will reopen next spring after two years of repairs, the harbour board said on Tuesday.</p>
<p>“We will rebuild the pier, and we will do it by spring,” said Ana Ruiz, the harbour master, who has overseen the work since the storm.</p>
<p>Engineers had warned that the timber frame could not be saved. “The whole deck had to come off,” said Tom Hale, a structural engineer at the Coastal Institute.</p>
</article></body></html>`;

let work: string;
let tarball: string;
let packed: string[];
let app: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cited-pack-'));
  env = userEnv(join(work, 'home'));
  // The real thing: npm pack runs `prepack` (npm run build:cli) and packs what package.json's `files` names.
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, env, maxBuffer: 16 << 20 });
  const [info] = JSON.parse(stdout.slice(stdout.search(/^\[$/m))) /* after the prepack scripts' own output */ as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, info.filename);
  packed = info.files.map((f) => f.path).sort();
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(work, 'article.html'), ARTICLE);
  // An empty folder, no dev dependencies, and --offline: the install may not touch the registry at all.
  await run('npm', ['install', '--offline', '--omit=dev', '--no-audit', '--no-fund', tarball], { cwd: app, env });
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('cited, packed and installed from the tarball', () => {
  it('the tarball holds the built CLI, its licences and package.json, and no TypeScript source', () => {
    expect(packed).toContain('package.json');
    expect(packed).toContain('dist/cited.mjs');
    expect(packed).toContain('dist/THIRD-PARTY-LICENSES.txt');
    // Every CLI entry that exists in the sources (cli/worker.ts once worker threads land) is built and packed.
    for (const entry of entries as string[]) if (existsSync(join(ROOT, entry))) expect(packed).toContain(builtName(entry));
    expect(packed.filter((f) => /\.(ts|tsx)$/.test(f) || f.startsWith('cli/') || f.startsWith('tests/'))).toEqual([]);
  });

  it('installs with nothing else: no tsx, no dev dependency, no runtime dependency', () => {
    const installed = readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(installed).toEqual([pkg.name]);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', pkg.name, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin.cited).toBe('dist/cited.mjs');
    expect(readFileSync(join(app, 'node_modules', pkg.name, 'dist/cited.mjs'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('npx cited --md FILE prints who is quoted, saying what', async () => {
    const r = await run('npx', ['--offline', 'cited', '--md', join(work, 'article.html')], { cwd: app, env });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# Ferry pier to reopen in spring\n/);
    expect(r.stdout).toContain('## Ana Ruiz');
    expect(r.stdout).toContain('*the harbour master*');
    expect(r.stdout).toContain('“We will rebuild the pier, and we will do it by spring”');
    expect(r.stdout).toContain('## Tom Hale');
  });

  it('npx cited --version and --help work, and a bad input exits 1 with one line', async () => {
    expect((await run('npx', ['--offline', 'cited', '--version'], { cwd: app, env })).stdout).toBe(`cited ${pkg.version}\n`);
    expect((await run('npx', ['--offline', 'cited', '--help'], { cwd: app, env })).stdout).toMatch(/^Usage: cited /);
    const err = await run('npx', ['--offline', 'cited', join(work, 'missing.html')], { cwd: app, env }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toBe(`cited: ${join(work, 'missing.html')}: no such file\n`);
  });

  it('the built CLI gives the same analysis as the TypeScript sources, on the shipped sample', async () => {
    const sample = join(ROOT, 'samples/harbour-bridge.html');
    const built = await run(join(app, 'node_modules/.bin/cited'), ['--json', sample], { cwd: app, env, maxBuffer: 16 << 20 });
    let fromSources = '';
    await main(['--json', sample], {
      stdout: { write: (s: string) => (fromSources += s) },
      stderr: { write: () => undefined },
      stdin: Readable.from([]),
    });
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(fromSources));
  });
  it('the installed command runs its worker threads (dist/worker.mjs) and gives what the sources give', async () => {
    const sample = join(ROOT, 'samples/harbour-bridge.html');
    const args = ['--json', '--workers=2', '--ordered', sample, join(work, 'article.html'), sample];
    const built = await run(join(app, 'node_modules/.bin/cited'), args, { cwd: app, env, maxBuffer: 16 << 20 });
    let fromSources = '';
    await main(['--workers=1', ...args.filter((a) => !a.startsWith('--workers'))], {
      stdout: { write: (s: string) => (fromSources += s) },
      stderr: { write: () => undefined },
      stdin: Readable.from([]),
    });
    expect(built.stderr).toBe('');
    expect(built.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(built.stdout).toBe(fromSources);
  });
});
