#!/usr/bin/env node
// Installs code-server, a real VS Code build from the npm registry, for the end-to-end tests:
// into test/e2e/code-server/node_modules (gitignored), from that folder's own lockfile, apart from
// the main workspace, so that `npm ci` at the root never pays for it or its native builds.
// Does nothing when the install is there and was made from the same lockfile, Node ABI and
// platform. `--force` installs again.
//
// What it takes on a machine that reaches only the npm registry and Debian's packages:
// - code-server's postinstall runs `npm install` inside it, which refuses to run as root
//   unless npm_config_unsafe_perm is set, and node-pty's build asks npx, which must not prompt:
//   npm_config_yes=true.
// - @vscode/ripgrep downloads `rg` from GitHub; its download cache is filled beforehand with
//   Debian's ripgrep (`rg` on PATH), the same ripgrep 13.
// - kerberos, node-pty, spdlog, argon2 and the other native modules build from source with
//   node-gyp against Node's own headers (python3, make, g++); kerberos needs Debian's
//   libkrb5-dev (`krb5-config`).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(ROOT, 'test/e2e/code-server');
const STAMP = join(DIR, 'node_modules/.brik-e2e-install.json');
const LOG = join(ROOT, 'test-artifacts/e2e/code-server-install.log');
const VSCODE = join(DIR, 'node_modules/code-server/lib/vscode');

// The @vscode/ripgrep that code-server's VS Code pins (lib/vscode/npm-shrinkwrap.json), and the
// ripgrep release its postinstall fetches (VERSION in its lib/postinstall.js). Checked below.
const RIPGREP = { package: '1.15.11', release: 'v13.0.0-10' };
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

function wanted() {
    const lock = readFileSync(join(DIR, 'package-lock.json'));
    return {
        lockfile: createHash('sha256').update(lock).digest('hex'),
        modules: process.versions.modules,
        platform: `${process.platform}-${process.arch}`
    };
}

function installed() {
    try {
        return JSON.parse(readFileSync(STAMP, 'utf8'));
    } catch {
        return undefined;
    }
}

function which(command) {
    const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
    return found.status === 0 ? found.stdout.trim() : undefined;
}

function fail(message) {
    throw new Error(message);
}

/** Puts Debian's `rg` where @vscode/ripgrep's postinstall looks for its download. */
function fillRipgrepCache(tmp) {
    const rg = which('rg');
    if (!rg) fail('ripgrep (rg) is not installed: `apt-get install ripgrep` (.ci/run does this).');
    const target = RIPGREP_TARGETS[process.arch];
    if (process.platform !== 'linux' || !target) fail(`no ripgrep target for ${process.platform}-${process.arch}.`);
    const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP.package}`);
    const staging = join(tmp, 'rg');
    mkdirSync(cache, { recursive: true });
    mkdirSync(staging);
    copyFileSync(rg, join(staging, 'rg'));
    const tar = spawnSync('tar', ['-czf', join(cache, `ripgrep-${RIPGREP.release}-${target}.tar.gz`), '-C', staging, 'rg'], { stdio: 'inherit' });
    if (tar.status !== 0) fail('could not pack rg for @vscode/ripgrep\'s cache.');
}

function runLogged(command, args, env) {
    mkdirSync(dirname(LOG), { recursive: true });
    const log = createWriteStream(LOG);
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.pipe(log, { end: false });
        child.stderr.pipe(log, { end: false });
        child.on('error', reject);
        child.on('close', code => log.end(() => resolve(code)));
    });
}

function tail(file, lines) {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function main() {
    const want = wanted();
    const have = installed();
    const force = process.argv.includes('--force');
    if (!force && have && JSON.stringify(have) === JSON.stringify(want) && existsSync(join(DIR, 'node_modules/code-server/out/node/entry.js'))) {
        console.log('code-server is installed in test/e2e/code-server (delete its node_modules or pass --force to install again).');
        return;
    }
    if (!which('krb5-config')) fail('libkrb5-dev is not installed (kerberos builds from source): `apt-get install libkrb5-dev` (.ci/run does this).');
    if (!which('rg')) fail('ripgrep (rg) is not installed: `apt-get install ripgrep` (.ci/run does this).');

    const started = Date.now();
    console.log(`Installing code-server into test/e2e/code-server (log: ${relative(ROOT, LOG)}) …`);
    rmSync(join(DIR, 'node_modules'), { recursive: true, force: true });
    const tmp = mkdtempSync(join(tmpdir(), 'brik-code-server-install-'));
    let version;
    try {
        fillRipgrepCache(tmp);
        const env = {
            ...process.env,
            TMPDIR: tmp,
            npm_config_yes: 'true',
            npm_config_unsafe_perm: 'true',
            npm_config_update_notifier: 'false',
            npm_config_audit: 'false',
            npm_config_fund: 'false',
            JOBS: String(Math.max(1, cpus().length))
        };
        const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
        const code = await runLogged(npm[0], [...npm[1], 'ci', '--prefix', DIR], env);
        if (code !== 0) {
            console.error(tail(LOG, 60));
            fail(`npm ci in test/e2e/code-server failed (exit ${code}); the whole log is ${relative(ROOT, LOG)}. `
                + 'If @vscode/ripgrep failed to download, code-server pins another version of it: update RIPGREP in this script.');
        }
        version = spawnSync(process.execPath, [join(DIR, 'node_modules/code-server/out/node/entry.js'), '--version'], { encoding: 'utf8', env: { ...process.env, HOME: tmp, TMPDIR: tmp } });
        if (version.status !== 0) fail(`the installed code-server does not start:\n${version.stdout}${version.stderr}`);
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }

    const ripgrep = JSON.parse(readFileSync(join(VSCODE, 'node_modules/@vscode/ripgrep/package.json'), 'utf8')).version;
    if (ripgrep !== RIPGREP.package || !existsSync(join(VSCODE, 'node_modules/@vscode/ripgrep/bin/rg'))) {
        fail(`code-server brought @vscode/ripgrep ${ripgrep}, not ${RIPGREP.package}: update RIPGREP in this script.`);
    }
    writeFileSync(STAMP, `${JSON.stringify(want, null, 2)}\n`);
    console.log(`code-server ${/^(\d+\.\d+\.\d+)\s/m.exec(version.stdout)?.[1] ?? '?'} installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

try {
    await main();
} catch (error) {
    console.error(`install-code-server: ${error.message}`);
    process.exitCode = 1;
}
