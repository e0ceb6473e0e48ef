import { commands } from 'vscode';
import { SHOW_ITEMS_COMMAND } from '@brik/language/protocol';
import type { BrikContext } from '../brik-context.js';
import { exportReport } from './export-report.js';
import { showItems } from './show-items.js';
import { showReport } from './show-report.js';

/** A command's implementation, made once per activation from the extension's context. */
export type CommandFactory = (brik: BrikContext) => (...args: unknown[]) => unknown;

/** Every command of the extension, by the id package.json contributes it under. */
export const COMMANDS: Readonly<Record<string, CommandFactory>> = {
    'brik.showReport': showReport,
    'brik.exportReport': exportReport,
    [SHOW_ITEMS_COMMAND]: showItems
};

export function registerCommands(brik: BrikContext): void {
    for (const [id, factory] of Object.entries(COMMANDS)) {
        brik.subscriptions.push(commands.registerCommand(id, factory(brik)));
    }
}
