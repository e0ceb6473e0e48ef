#!/usr/bin/env node
// out/brik.js is the whole CLI in one file (packages/cli/esbuild.mjs): Node starts it without
// resolving and loading hundreds of modules.
import { main } from '../out/brik.js';

process.exitCode = await main(process.argv);
