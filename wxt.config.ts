import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/TOOLCHAIN.md §2. Auto-imports are off so the core never depends on WXT.
//
// Least privilege: `activeTab` (granted by the user's click on the toolbar button or the shortcut) and
// `scripting` (to inject the content script into that tab). No host permissions, no content script
// registered on every site: entrypoints/content.ts is registered at runtime and injected by the popup.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Cited',
    description: 'Who is quoted in this article, saying what, and who are they?',
    permissions: ['activeTab', 'scripting'],
    commands: {
      // Opening the popup from the keyboard grants activeTab just like a click.
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: 'Show who is quoted in this article',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cited@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
