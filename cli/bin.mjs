#!/usr/bin/env node
// Runs `cited` from the TypeScript sources, for development: registers tsx (a dev
// dependency), then runs cli/cited.ts. The installed command is the built
// dist/cited.mjs (`npm run build:cli`, run by `npm pack` through `prepack`).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./cited.ts');
await runCli(process.argv.slice(2));
