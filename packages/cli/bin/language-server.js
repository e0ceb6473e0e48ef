#!/usr/bin/env node
// The Brik language server for any LSP client (Neovim, Helix, …): `brik-language-server --stdio`.
// out/language-server.js is the server in one file (packages/cli/esbuild.mjs), the same as the
// VS Code extension's.
import '../out/language-server.js';
