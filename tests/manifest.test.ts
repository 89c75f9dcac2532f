// The manifests produced by `npm run zip` (wxt zip for Chrome and Firefox) hold only
// the permissions Cited needs. Skipped, with the reason, when nothing is built yet;
// tests/e2e/manifest.e2e.test.mjs runs the same checks after the e2e build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
// @ts-expect-error -- plain ES module shared with the node:test suite; no type declarations.
import { checkManifest } from './e2e/manifest-rules.mjs';

const builds = [
  { browser: 'chrome', file: path.resolve('.output/chrome-mv3/manifest.json') },
  { browser: 'firefox', file: path.resolve('.output/firefox-mv2/manifest.json') },
] as const;

describe('built manifests', () => {
  for (const { browser, file } of builds) {
    const built = existsSync(file);
    const name = built
      ? `${browser}: exactly activeTab + scripting + storage, no host permissions, no content scripts, default CSP, Alt+Shift+Q`
      : `${browser}: SKIPPED, ${path.relative(process.cwd(), file)} not built (run "npm run zip" first)`;
    it.skipIf(!built)(name, () => {
      checkManifest(JSON.parse(readFileSync(file, 'utf8')), browser);
    });
  }
});
