import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/TOOLCHAIN.md §2. Auto-imports are off so the core never depends on WXT.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Cited',
    description: 'Who is quoted in this article, saying what, and who are they?',
    permissions: ['activeTab', 'scripting'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cited@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
