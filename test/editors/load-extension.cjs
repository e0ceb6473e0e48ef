// Loads the bundled VS Code extension in plain Node, with a recording stand-in for the `vscode`
// module, and prints what it did as JSON: how long `require` of the bundle took, and which
// `vscode` functions `activate` called. Usage: node load-extension.cjs BUNDLE [--activate]
'use strict';
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

const calls = [];
/** The oldest VS Code the extension declares (`engines.vscode`): the language client checks it. */
const OLDEST = require('../../packages/extension/package.json').engines.vscode.replace(/^\^/, '');
/** The few values that must be real for vscode-languageclient's constructor. */
const VALUES = { 'vscode.version': OLDEST, 'vscode.env.language': 'da' };
/** A value that is every function, class and object `vscode` could be, recording calls by path. */
function stub(path) {
    const target = function () {};
    return new Proxy(target, {
        get(_, property) {
            if (property === 'then' || typeof property === 'symbol') return undefined;
            if (property === 'prototype') return target.prototype;
            const child = `${path}.${String(property)}`;
            return child in VALUES ? VALUES[child] : stub(child);
        },
        set(_, property, value) {
            calls.push({ path: `${path}.${String(property)}=`, args: [typeof value === 'string' ? value : typeof value] });
            return true;
        },
        apply(_, __, args) {
            calls.push({ path, args: args.map(a => typeof a === 'string' ? a : typeof a) });
            return stub(`${path}()`);
        },
        construct(_, args) {
            calls.push({ path: `new ${path}`, args: args.map(a => typeof a === 'string' ? a : typeof a) });
            return stub(`new ${path}()`);
        }
    });
}
const vscode = stub('vscode');
const load = Module._load;
Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const [bundle, mode] = process.argv.slice(2);
const start = performance.now();
const extension = require(bundle);
const requireMs = performance.now() - start;
let activateMs;
if (mode === '--activate') {
    const subscriptions = [];
    const context = { subscriptions, asAbsolutePath: p => require('node:path').join(require('node:path').dirname(bundle), '..', p) };
    const before = performance.now();
    extension.activate(context);
    activateMs = performance.now() - before;
}
process.stdout.write(JSON.stringify({ requireMs, activateMs, exports: Object.keys(extension), calls }));
process.exit(0);
