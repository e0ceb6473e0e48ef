import * as path from 'node:path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's chromium, never one downloaded by a test tool. */
export const CHROMIUM = process.env.BRIK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // Names other than 127.0.0.1 do not resolve, whatever asks for them.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];

/** How long a thing a user waits for may take to appear. */
export const APPEAR_MS = 20_000;

export interface Box {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}

/**
 * VS Code in a headless Chromium, as a user sees and drives it: by the DOM, the mouse and the
 * keyboard. Every request to anything but 127.0.0.1 is aborted and recorded.
 */
export class Workbench {
    /** Requests Chromium was not allowed to make. */
    readonly blocked: string[] = [];

    private constructor(readonly context: BrowserContext, readonly page: Page, private readonly screenshots: string) {}

    static async launch(profile: string, env: NodeJS.ProcessEnv, screenshots: string): Promise<Workbench> {
        const context = await chromium.launchPersistentContext(profile, {
            executablePath: CHROMIUM, args: ARGS, headless: true, env,
            viewport: { width: 1400, height: 900 }, locale: 'da-DK'
        });
        const page = context.pages()[0] ?? await context.newPage();
        const workbench = new Workbench(context, page, screenshots);
        await context.route('**/*', route => {
            const url = new URL(route.request().url());
            if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
            workbench.blocked.push(url.href);
            return route.abort('blockedbyclient');
        });
        page.setDefaultTimeout(APPEAR_MS);
        return workbench;
    }

    close(): Promise<void> {
        return this.context.close();
    }

    async screenshot(name: string): Promise<string> {
        const file = path.join(this.screenshots, `${name}.png`);
        await this.page.screenshot({ path: file, timeout: 10_000 });
        return file;
    }

    /** Opens VS Code on a folder and waits for its explorer. */
    async openFolder(url: string, folder: string): Promise<void> {
        await this.page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }

    /**
     * Opens a file of the folder's top level by Quick Open (Ctrl+P), as a kept (not preview) editor
     * (the settings turn preview from Quick Open off). Not by the explorer: a row there can move
     * under the mouse as files appear.
     */
    async openFile(name: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        await this.page.locator('.quick-input-widget input').waitFor();
        await this.page.keyboard.type(name);
        await this.page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^="${name}"]`).waitFor();
        await this.page.keyboard.press('Enter');
        await this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
        await this.page.locator('.monaco-editor .view-lines .view-line').first().waitFor();
    }

    /** A status-bar item by its id (`status.editor.mode`, `<extension id>.<item id>`). */
    statusItem(id: string): Locator {
        return this.page.locator(`.statusbar [id="${id}"]`);
    }

    /** The rendered editor line that contains `text` (as shown, inlay hints included). */
    line(text: string): Locator {
        return this.page.locator('.monaco-editor .view-lines .view-line', { hasText: text });
    }

    /** The shown text of every rendered editor line, in order from the top. */
    async lines(): Promise<string[]> {
        return this.page.locator('.monaco-editor .view-lines .view-line').evaluateAll(lines => lines
            .map(line => ({ top: parseFloat((line as HTMLElement).style.top), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
            .sort((a, b) => a.top - b.top)
            .map(line => line.text));
    }

    /** Where `text` stands on the screen, or undefined when no rendered line holds it. */
    textBox(text: string): Promise<Box | undefined> {
        return this.page.evaluate(needle => {
            for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
                const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                const nodes: Array<{ node: Text; at: number }> = [];
                let shown = '';
                for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
                    nodes.push({ node, at: shown.length });
                    shown += node.data.replace(/\u00a0/g, ' ');
                }
                const start = shown.indexOf(needle);
                if (start < 0) continue;
                const at = (offset: number): [Text, number] => {
                    const found = [...nodes].reverse().find(entry => entry.at <= offset)!;
                    return [found.node, offset - found.at];
                };
                const range = document.createRange();
                range.setStart(...at(start));
                const [endNode, endOffset] = at(start + needle.length - 1);
                range.setEnd(endNode, endOffset + 1);
                const { x, y, width, height } = range.getBoundingClientRect();
                return { x, y, width, height };
            }
            return undefined;
        }, text);
    }

    /**
     * Rests the mouse on `text` until a hover holding `expected` shows; moves away and back when
     * it does not (a hover can be lost to a layout change or a moving mouse).
     */
    async hover(text: string, expected: string, attempts = 5): Promise<Locator> {
        const hover = this.page.locator('.monaco-hover', { hasText: expected }).first();
        for (let attempt = 1; ; attempt++) {
            const box = await this.textBox(text);
            if (!box) throw new Error(`no editor line shows ${JSON.stringify(text)}`);
            await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
            try {
                await hover.waitFor({ state: 'visible', timeout: 4_000 });
                return hover;
            } catch (error) {
                if (attempt >= attempts) throw new Error(`no hover with ${JSON.stringify(expected)} on ${JSON.stringify(text)} after ${attempts} attempts`, { cause: error });
                await this.page.mouse.move(5, 5, { steps: 2 });
            }
        }
    }

    /** The worst squiggle drawn under the rendered line that contains `text`. */
    squiggleOn(text: string): Promise<'error' | 'warning' | 'none'> {
        return this.page.evaluate(needle => {
            const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
                .find(candidate => (candidate.textContent ?? '').replace(/\u00a0/g, ' ').includes(needle));
            if (!line) return 'none';
            const { top, bottom } = line.getBoundingClientRect();
            const editor = line.closest('.monaco-editor')!;
            const under = (selector: string) => [...editor.querySelectorAll(selector)].some(squiggle => {
                const box = squiggle.getBoundingClientRect();
                const middle = (box.top + box.bottom) / 2;
                return box.width > 0 && middle >= top && middle <= bottom;
            });
            return under('.squiggly-error') ? 'error' : under('.squiggly-warning') ? 'warning' : 'none';
        }, text);
    }

    /** Moves the mouse where it shows nothing, and waits for any hover to go. */
    async moveMouseAway(): Promise<void> {
        await this.page.mouse.move(5, 5, { steps: 2 });
        await this.page.keyboard.press('Escape');
        await this.page.locator('.monaco-hover:not(.hidden)', { hasText: /\S/ }).waitFor({ state: 'hidden' });
    }

    /** Clicks on `text` in the editor, which puts the cursor there and focuses the editor. */
    async clickText(text: string): Promise<void> {
        const box = await this.textBox(text);
        if (!box) throw new Error(`no editor line shows ${JSON.stringify(text)}`);
        await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await this.page.locator('.monaco-editor.focused').waitFor();
    }

    /** "Go to Line/Column" (Ctrl+G), 1-based, then waits for the cursor to be there. */
    async goTo(line: number, column: number): Promise<void> {
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await this.page.keyboard.type(`${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden' });
        await this.statusItem('status.editor.selection').filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor();
    }

    /**
     * Asks for suggestions (Ctrl+Space) until `row` shows among them, as a user asks again when
     * the list closes empty (on a loaded machine the server may answer before it has the last keystroke).
     */
    async suggest(row: Locator, attempts = 4): Promise<void> {
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Control+Space');
            try {
                await row.waitFor({ timeout: APPEAR_MS / attempts });
                return;
            } catch (error) {
                if (attempt >= attempts) throw error;
                await this.page.keyboard.press('Escape');
            }
        }
    }

    /** Moves down a menu or a suggest list (at most 5 rows) until `row` has the focus; `what` names it in the error. */
    async focusRow(row: Locator, what: string): Promise<void> {
        for (let moves = 0; !(await row.getAttribute('class'))?.split(/\s+/).includes('focused'); moves++) {
            if (moves >= 5) throw new Error(`${what} could not be selected in the list`);
            await this.page.keyboard.press('ArrowDown');
        }
    }

    /** Runs a command from the command palette (F1) by its title, as shown there; returns once the palette has gone. */
    async runCommand(title: string): Promise<void> {
        const input = this.page.locator('.quick-input-widget input');
        // A key pressed while the workbench moves focus (a toast, a closing dialog) can be lost: press it again.
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('F1');
            try {
                await input.waitFor({ timeout: APPEAR_MS / 4 });
                break;
            } catch (error) {
                if (attempt >= 4) throw error;
            }
        }
        await this.page.keyboard.type(title);
        await this.page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^="${title}"]`).waitFor();
        await this.page.keyboard.press('Enter');
        // The palette closes; a command that asks something (a quick pick) opens the widget again at once.
        await this.page.waitForFunction(() => {
            const field = document.querySelector<HTMLInputElement>('.quick-input-widget input');
            return !field || field.offsetParent === null || !field.value.startsWith('>');
        });
    }

    /** The document shown in the active webview (VS Code nests it in two frames). */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    }
}
