#!/usr/bin/env node
// Loads the TypeScript sources directly, so the CLI needs no build step on a fresh clone.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
