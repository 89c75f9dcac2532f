// The built manifests (npm run test:e2e runs `npm run zip`, which builds both browsers
// and zips them) hold only the permissions Cited needs, in the folders and in the zips.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSION_DIR, FIREFOX_DIR, readJson } from './helpers.mjs';
import { ICON_SIZES, checkManifest, pngSize } from './manifest-rules.mjs';
import { unzipAll, unzipEntry } from './zip.mjs';

const OUTPUT = path.dirname(EXTENSION_DIR);

async function zipNamed(suffix) {
  const files = await readdir(OUTPUT);
  const name = files.find((f) => f.endsWith(`-${suffix}.zip`));
  assert.ok(name, `no *-${suffix}.zip in ${OUTPUT} (${files.join(', ')})`);
  return readFile(path.join(OUTPUT, name));
}

describe('built manifests', () => {
  it('Chrome MV3: activeTab + scripting + storage, no host permissions or content scripts, default CSP, Alt+Shift+Q', async () => {
    checkManifest(await readJson(path.join(EXTENSION_DIR, 'manifest.json')), 'chrome');
  });
  it('Firefox MV2: the same permissions and shortcut', async () => {
    checkManifest(await readJson(path.join(FIREFOX_DIR, 'manifest.json')), 'firefox');
  });
  it('both builds and zips hold the icons, square PNGs at 16/32/48/128 px', async () => {
    for (const [dir, suffix] of [[EXTENSION_DIR, 'chrome'], [FIREFOX_DIR, 'firefox']]) {
      const zip = await zipNamed(suffix);
      for (const size of ICON_SIZES) {
        const file = `icons/${size}.png`;
        assert.deepEqual(pngSize(await readFile(path.join(dir, file))), { width: size, height: size }, `${dir}/${file}`);
        const zipped = unzipEntry(zip, file);
        assert.ok(zipped, `${suffix} zip has ${file}`);
        assert.deepEqual(pngSize(zipped), { width: size, height: size });
      }
    }
  });
  it('the Chrome and Firefox zips hold the same checked manifests, and the sources zip exists for review', async () => {
    for (const [suffix, browser] of [['chrome', 'chrome'], ['firefox', 'firefox']]) {
      const manifest = unzipEntry(await zipNamed(suffix), 'manifest.json');
      assert.ok(manifest, `${suffix} zip has a manifest.json`);
      checkManifest(JSON.parse(manifest.toString('utf8')), browser);
    }
    const sources = unzipAll(await zipNamed('sources'));
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'assets/icon.svg', 'entrypoints/reader.ts']) {
      assert.ok(sources.has(file), `the sources zip holds ${file}`);
    }
    const outputs = [...sources.keys()].filter((f) => /^(dist|scratch|node_modules|\.output)\/|^tests\/e2e\/screenshots\//.test(f));
    assert.deepEqual(outputs, [], 'no build output or scratch files in the sources zip');
  });
});
