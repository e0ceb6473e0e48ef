import type { AstNode } from 'langium';
import type { Budget, Fragment, Item, Theme } from '../generated/ast.js';
import { ownItems, ownThemes } from '../helpers/members.js';
import { readRoot } from '../helpers/document-root.js';
import { KeptPerParse } from '../workspace/kept-per-parse.js';
import { placeOf } from '../references/brik-place.js';
import type { BrikServices } from '../brik-module.js';

/** A name or number written a second time, and where it was written first. */
export interface Repeat<T> {
    readonly first: T;
    readonly repeat: T;
}

/** Items and temaer by where they stand in their file. */
function byOffset(a: AstNode, b: AstNode): number {
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

/**
 * The names of a file's own brikker, and its tema numbers, for the check that each is written
 * once (§3; a brik's name once in its container). Kept with the tree (NameIndexes); after a line
 * re-parse the index before is taken over with the one brik moved (issue 15, part 3), so that a
 * keystroke does not walk 10,000 brikker.
 */
export class NameIndex {
    /** Per name, the brikker that have it, in file order. */
    private readonly items = new Map<string, Item[]>();
    /** The names more than one brik has. */
    private readonly repeated = new Set<string>();
    /** Tema numbers written again: a line re-parse changes no tema. */
    readonly themeRepeats: ReadonlyArray<Repeat<Theme>>;

    constructor(root: Budget | Fragment | undefined) {
        (root ? ownItems(root) : []).forEach(item => this.add(item, false));
        const themes = new Map<string, Theme>();
        const themeRepeats: Array<Repeat<Theme>> = [];
        for (const theme of root ? ownThemes(root) : []) {
            const first = theme.number === undefined ? undefined : themes.get(theme.number);
            if (first) {
                themeRepeats.push({ first, repeat: theme });
            } else if (theme.number !== undefined) {
                themes.set(theme.number, theme);
            }
        }
        this.themeRepeats = themeRepeats;
    }

    /**
     * Every brik whose name an earlier one in the same container has (§3: a name is unique among
     * the members of its container, placeOf), in file order.
     */
    itemRepeats(): Array<Repeat<Item>> {
        return [...this.repeated]
            .flatMap(name => {
                const firsts = new Map<AstNode | undefined, Item>();
                const repeats: Array<Repeat<Item>> = [];
                for (const item of this.items.get(name)!) {
                    const place = placeOf(item) ?? item.$container;
                    const first = firsts.get(place);
                    if (first) {
                        repeats.push({ first, repeat: item });
                    } else {
                        firsts.set(place, item);
                    }
                }
                return repeats;
            })
            .sort((a, b) => byOffset(a.repeat, b.repeat));
    }

    /** `fresh` stands where `old` stood. */
    replace(old: Item, fresh: Item): void {
        const named = old.name === undefined ? undefined : this.items.get(old.name);
        const at = named?.indexOf(old) ?? -1;
        if (named && at >= 0) {
            named.splice(at, 1);
            if (named.length < 2) {
                this.repeated.delete(old.name!);
            }
            if (named.length === 0) {
                this.items.delete(old.name!);
            }
        }
        this.add(fresh, true);
    }

    private add(item: Item, inPlace: boolean): void {
        if (item.name === undefined) {
            return;
        }
        const named = this.items.get(item.name);
        if (!named) {
            this.items.set(item.name, [item]);
            return;
        }
        const after = inPlace ? named.findIndex(other => byOffset(other, item) > 0) : -1;
        named.splice(after < 0 ? named.length : after, 0, item);
        this.repeated.add(item.name);
    }
}

/** The name index of each file's tree, kept with it (a service: it hears what each parse changed). */
export class NameIndexes {
    private readonly kept: KeptPerParse<NameIndex>;

    constructor(services: BrikServices) {
        // After a line re-parse, the index of the tree before with the one brik moved.
        this.kept = new KeptPerParse(services.shared.workspace.ParseChanges, root => new NameIndex(readRoot(root)), (index, change) => {
            index.replace(change.old, change.item);
            return index;
        });
    }

    /** The name index of a file's tree: taken over from the tree before after a line re-parse, else built. */
    of(root: Budget | Fragment): NameIndex {
        return this.kept.of(root);
    }
}
