import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/TOOLCHAIN.md §2. Auto-imports are off so the core never depends on WXT.
//
// Least privilege: `activeTab` (granted by the user's click on the toolbar button or the shortcut) and
// `scripting` (to inject the content script into that tab). No host permissions, no content script
// registered on every site: entrypoints/reader.ts is an unlisted script the popup injects.
//
// Icons: assets/icon.svg is drawn once; @wxt-dev/auto-icons renders it to icons/{16,32,48,128}.png at build
// time and sets them as the manifest's `icons`; the toolbar button uses the same files.
const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [...ICON_SIZES] },
  vite: () => ({ plugins: [preact()] }),
  // The sources zip (for addons.mozilla.org's reviewers) holds what rebuilds the extension: not the build
  // outputs, test screenshots or scratch files .gitignore keeps out of the repository.
  zip: { excludeSources: ['dist/**', 'scratch/**', 'tests/e2e/screenshots/**', 'bench/results/**', '**/*.log', '*.tgz'] },
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'Cited',
    // The popup's words come from public/_locales (en, es, fr) through browser.i18n; English where the browser's language has none.
    default_locale: 'en',
    description: 'Who is quoted in this article, saying what, and who are they?',
    // `storage`: the reading record's setting (browser.storage.local); the record itself is in the
    // extension's IndexedDB, which needs no permission. Nothing leaves the browser.
    permissions: ['activeTab', 'scripting', 'storage'],
    // Under the key WXT merges the popup into (MV2 has `browser_action`; WXT drops `action` there).
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: { 16: icons[16], 32: icons[32] } },
    commands: {
      // Opening the popup from the keyboard grants activeTab just like a click.
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: 'Show who is quoted in this article',
      },
    },
    // `wxt build -b firefox --mode e2e` → .output/firefox-mv2-e2e/, for the Firefox end-to-end tests only (never
    // zipped or shipped): WebDriver BiDi cannot click the toolbar button, so nothing grants activeTab there; the
    // test build may read the test server's pages instead, and the test opens popup.html from one of them.
    ...(mode === 'e2e'
      ? {
          host_permissions: ['http://127.0.0.1/*'],
          web_accessible_resources: [{ resources: ['popup.html'], matches: ['http://127.0.0.1/*'] }],
        }
      : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cited@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
