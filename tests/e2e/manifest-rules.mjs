// The permissions Cited may have, pinned. Shared by tests/manifest.test.ts (vitest,
// after `npm run zip`) and tests/e2e/manifest.e2e.test.mjs (after the e2e build).
import assert from 'node:assert/strict';

export const SHORTCUT = 'Alt+Shift+Q';
export const ICON_SIZES = [16, 32, 48, 128];

/** Check a built manifest.json; `browser` is 'chrome' (MV3) or 'firefox' (MV2). */
export function checkManifest(manifest, browser) {
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'storage'], 'exactly activeTab + scripting + storage');
  assert.equal(manifest.host_permissions, undefined, 'no host_permissions');
  assert.equal(manifest.optional_permissions, undefined, 'no optional permissions');
  assert.equal(manifest.optional_host_permissions, undefined, 'no optional host permissions');
  assert.ok(!manifest.content_scripts?.length, 'no content script registered on every site');
  assert.equal(manifest.content_security_policy, undefined, 'default CSP');
  assert.equal(manifest.web_accessible_resources, undefined, 'no page can load extension files');
  assert.equal(manifest.externally_connectable, undefined);
  // The mark at every size the browsers and stores ask for, and on the toolbar button.
  assert.deepEqual(manifest.icons, Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icons/${s}.png`])), 'icons at 16/32/48/128');
  const action = browser === 'chrome' ? manifest.action : manifest.browser_action;
  assert.deepEqual(action?.default_icon, { 16: 'icons/16.png', 32: 'icons/32.png' }, 'toolbar icon');
  if (browser === 'chrome') {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.action?.default_popup, 'popup.html');
    assert.equal(manifest.commands?._execute_action?.suggested_key?.default, SHORTCUT);
    assert.equal(manifest.browser_specific_settings, undefined);
  } else {
    assert.equal(manifest.manifest_version, 2);
    assert.equal(manifest.browser_action?.default_popup, 'popup.html');
    assert.equal(manifest.commands?._execute_browser_action?.suggested_key?.default, SHORTCUT);
    assert.equal(manifest.browser_specific_settings?.gecko?.id, 'cited@example.org');
  }
}

/** Width and height of a PNG file (from its IHDR chunk); throws if it is not a PNG. */
export function pngSize(buffer) {
  assert.ok(buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG file');
  assert.equal(buffer.toString('latin1', 12, 16), 'IHDR');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
