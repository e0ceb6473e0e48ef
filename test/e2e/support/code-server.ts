import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../support/run-brik.js';

/** code-server as test/e2e/install-code-server.mjs installs it. */
export const CODE_SERVER = path.join(ROOT, 'test/e2e/code-server/node_modules/code-server/out/node/entry.js');

/**
 * User settings for a quiet, offline VS Code: no telemetry, no update or extension checks, no
 * welcome page, no workspace-trust prompt; the Brik client traces its messages into its output
 * channel, so that a failing run has something to read.
 */
const SETTINGS = {
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'workbench.editor.enablePreviewFromQuickOpen': false,
    'brik.trace.server': 'messages'
};

/** How long code-server may take to start, or to install an extension. */
const START_TIMEOUT_MS = 60_000;

/** The folders of one code-server: everything it writes stays below `root`. */
export interface Sandbox {
    readonly root: string;
    readonly home: string;
    readonly tmp: string;
    readonly userData: string;
    readonly extensions: string;
}

export function sandboxIn(root: string): Sandbox {
    const sandbox = {
        root,
        home: path.join(root, 'home'),
        tmp: path.join(root, 'tmp'),
        userData: path.join(root, 'user-data'),
        extensions: path.join(root, 'extensions')
    };
    for (const dir of [sandbox.home, sandbox.tmp, path.join(sandbox.userData, 'User'), sandbox.extensions]) {
        mkdirSync(dir, { recursive: true });
    }
    writeFileSync(path.join(sandbox.userData, 'User/settings.json'), `${JSON.stringify(SETTINGS, null, 2)}\n`);
    // Its own config file, so that code-server writes no default one (with a password) anywhere.
    writeFileSync(path.join(root, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    return sandbox;
}

/**
 * The environment code-server runs in: HOME, TMPDIR and the XDG folders inside the sandbox, and
 * none of the variables by which a VS Code terminal would make it talk to that VS Code instead.
 */
function environment(sandbox: Sandbox): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (!/^(VSCODE_|ELECTRON_|CODE_SERVER_|npm_)/i.test(key)) env[key] = value;
    }
    return {
        ...env,
        HOME: sandbox.home,
        TMPDIR: sandbox.tmp,
        XDG_CONFIG_HOME: path.join(sandbox.home, '.config'),
        XDG_DATA_HOME: path.join(sandbox.home, '.local/share'),
        XDG_CACHE_HOME: path.join(sandbox.home, '.cache')
    };
}

function commonArguments(sandbox: Sandbox): string[] {
    return ['--config', path.join(sandbox.root, 'config.yaml'), '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions];
}

/**
 * A process in a process group of its own, so that it is stopped with everything it started
 * (the extension host, and the language server the extension host starts).
 */
class ProcessGroup {
    readonly child: ChildProcess;
    output = '';
    private exited = false;
    private readonly exitHandler = () => this.signal('SIGKILL');

    constructor(args: string[], sandbox: Sandbox) {
        this.child = spawn(process.execPath, [CODE_SERVER, ...args], {
            cwd: sandbox.root, env: environment(sandbox), detached: true, stdio: ['ignore', 'pipe', 'pipe']
        });
        this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { this.output += chunk; });
        this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { this.output += chunk; });
        this.child.on('exit', () => { this.exited = true; });
        // If the test process ends without afterAll (a crash, a kill), take the group with it.
        process.on('exit', this.exitHandler);
    }

    get pid(): number {
        return this.child.pid!;
    }

    /** Resolves with the exit code, or rejects when the process runs longer than `ms`. */
    waitForExit(ms: number): Promise<number | null> {
        return new Promise((resolve, reject) => {
            if (this.child.exitCode !== null) return resolve(this.child.exitCode);
            const timer = setTimeout(() => reject(new Error(`still running after ${ms / 1000} s`)), ms);
            this.child.once('exit', code => {
                clearTimeout(timer);
                resolve(code);
            });
        });
    }

    /** Waits until `pattern` appears in the output; fails if the process exits or `ms` pass first. */
    waitForOutput(pattern: RegExp, ms: number): Promise<RegExpExecArray> {
        return new Promise((resolve, reject) => {
            const check = () => {
                const match = pattern.exec(this.output);
                if (match) return done(() => resolve(match));
                if (this.exited) return done(() => reject(new Error(`code-server exited before printing ${pattern}`)));
            };
            const done = (settle: () => void) => {
                clearTimeout(timer);
                this.child.stdout!.off('data', check);
                this.child.stderr!.off('data', check);
                this.child.off('exit', check);
                settle();
            };
            const timer = setTimeout(() => done(() => reject(new Error(`code-server printed no ${pattern} within ${ms / 1000} s`))), ms);
            this.child.stdout!.on('data', check);
            this.child.stderr!.on('data', check);
            this.child.on('exit', check);
            check();
        });
    }

    /** SIGTERM to the group, SIGKILL after a grace period, until no process of the group is left. */
    async stop(): Promise<void> {
        this.signal('SIGTERM');
        const deadline = Date.now() + 5_000;
        while (this.groupAlive() && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        if (this.groupAlive()) this.signal('SIGKILL');
        while (this.groupAlive() && Date.now() < deadline + 5_000) {
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        process.off('exit', this.exitHandler);
        if (this.groupAlive()) throw new Error(`processes of group ${this.pid} are still running after SIGKILL`);
    }

    /** Whether any process of the group is left (a zombie of it counts as gone). */
    groupAlive(): boolean {
        const members = groupMembers(this.pid);
        if (members === undefined) {
            try {
                process.kill(-this.pid, 0);
                return true;
            } catch {
                return false;
            }
        }
        return members.some(member => !member.stat.startsWith('Z'));
    }

    private signal(signal: NodeJS.Signals): void {
        try {
            process.kill(-this.pid, signal);
        } catch {
            // The group is gone.
        }
    }
}

/** Installs a .vsix into the sandbox's extensions folder, as `code --install-extension` does. */
export async function installExtension(sandbox: Sandbox, vsix: string): Promise<string> {
    const install = new ProcessGroup([...commonArguments(sandbox), '--install-extension', vsix, '--force'], sandbox);
    try {
        const code = await install.waitForExit(START_TIMEOUT_MS);
        if (code !== 0 || !/successfully installed/i.test(install.output)) {
            throw new Error(`code-server --install-extension failed (exit ${code}):\n${install.output}`);
        }
        return install.output;
    } finally {
        await install.stop();
    }
}

/** A running code-server: a real VS Code served on 127.0.0.1, without authentication. */
export class CodeServer {
    private constructor(private readonly process: ProcessGroup, readonly sandbox: Sandbox, readonly url: string) {}

    static async start(sandbox: Sandbox): Promise<CodeServer> {
        const server = new ProcessGroup([
            ...commonArguments(sandbox),
            '--bind-addr', '127.0.0.1:0', '--auth', 'none',
            '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
            '--disable-getting-started-override', '--ignore-last-opened'
        ], sandbox);
        try {
            // Port 0: the system picks a free port, and code-server says which.
            const match = await server.waitForOutput(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//, START_TIMEOUT_MS);
            return new CodeServer(server, sandbox, match[1]);
        } catch (error) {
            await server.stop();
            throw new Error(`${(error as Error).message}\n${server.output}`);
        }
    }

    get pid(): number {
        return this.process.pid;
    }

    get output(): string {
        return this.process.output;
    }

    /** The command lines of the processes code-server started (its process group). */
    processes(): string[] {
        return (groupMembers(this.pid) ?? []).map(member => member.args);
    }

    stop(): Promise<void> {
        return this.process.stop();
    }

    /** Every log file VS Code wrote (the extension host's, the output channels'), newest last. */
    logFiles(): string[] {
        return filesBelow(path.join(this.sandbox.userData, 'logs')).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
    }

    /** The extension host's log and the Brik output channel, the end of each, for a failure message. */
    logSummary(lines = 40): string {
        const files = this.logFiles().filter(file => /exthost\.log$|Brik\.log$/i.test(file));
        const parts = files.map(file => `--- ${path.relative(this.sandbox.userData, file)} (last ${lines} lines)\n${tail(readFileSync(file, 'utf8'), lines)}`);
        parts.push(`--- code-server output (last ${lines} lines)\n${tail(this.output, lines)}`);
        return parts.join('\n\n');
    }

    /** Copies VS Code's logs and code-server's output into `dir`. */
    saveLogs(dir: string): void {
        mkdirSync(dir, { recursive: true });
        const logs = path.join(this.sandbox.userData, 'logs');
        if (existsSync(logs)) cpSync(logs, path.join(dir, 'vscode'), { recursive: true });
        writeFileSync(path.join(dir, 'code-server.log'), this.output);
    }
}

/** The processes of a process group, from `ps`; undefined when `ps` cannot be run. */
function groupMembers(pgid: number): Array<{ stat: string; args: string }> | undefined {
    const ps = spawnSync('ps', ['-e', '-o', 'pgid=,stat=,args='], { encoding: 'utf8' });
    if (ps.status !== 0) return undefined;
    return ps.stdout.split('\n').flatMap(line => {
        const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(line);
        return match && Number(match[1]) === pgid ? [{ stat: match[2], args: match[3] }] : [];
    });
}

function filesBelow(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? filesBelow(full) : [full];
    });
}

function tail(text: string, lines: number): string {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
