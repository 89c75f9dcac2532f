// The built manifests (npm run test:e2e builds both first) hold only the permissions Cited needs.
import { describe, it } from 'node:test';
import path from 'node:path';
import { EXTENSION_DIR, FIREFOX_DIR, readJson } from './helpers.mjs';
import { checkManifest } from './manifest-rules.mjs';

describe('built manifests', () => {
  it('Chrome MV3: activeTab + scripting, no host permissions or content scripts, default CSP, Alt+Shift+Q', async () => {
    checkManifest(await readJson(path.join(EXTENSION_DIR, 'manifest.json')), 'chrome');
  });
  it('Firefox MV2: the same permissions and shortcut', async () => {
    checkManifest(await readJson(path.join(FIREFOX_DIR, 'manifest.json')), 'firefox');
  });
});
