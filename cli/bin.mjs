#!/usr/bin/env node
// The installable `cited` command: registers tsx (a runtime dependency) so Node
// can load the TypeScript sources, then runs cli/cited.ts.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./cited.ts');
await runCli(process.argv.slice(2));
