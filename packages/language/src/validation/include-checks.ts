import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils, UriUtils } from 'langium';
import type { Document, Fragment, Include, Item } from '../generated/ast.js';
import { isPriceLevelSetting, isScenario, isYearsSetting } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { readRoot } from '../helpers/document-root.js';
import { ownItems } from '../helpers/members.js';
import { quotedString } from '../parser/brik-value-converter.js';
import type { BrikIncludes } from '../workspace/brik-includes.js';
import { includePath } from '../workspace/brik-includes.js';
import { includeHosts, placeOf, placeText } from '../references/brik-place.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

/** A missing file, one outside the workspace or too large, a budget instead of a fragment, nesting too deep, or a cycle (§7). */
export function checkInclude(includes: BrikIncludes) {
    return (include: Include, accept: ValidationAcceptor): void => {
        const resolution = includes.resolve(include);
        const path = include.path;
        const at = { node: include, property: 'path' } as const;
        if (path?.includes('\\')) {
            const replacement = quotedString(includePath(path));
            accept('warning', `Stien skiller mapper med '\\' som i Windows; Brik læser det som '/': ${quoteSource(replacement)}. Skriv '/', så stien virker på alle computere.`,
                { ...at, code: IssueCodes.IncludeBackslash, data: { replacement } });
        }
        switch (resolution.problem) {
            case 'missing':
                accept('error', `Filen "${quoteSource(path)}" findes ikke. Stien regnes fra den mappe, denne fil ligger i.`, { ...at, code: IssueCodes.IncludeMissing });
                return;
            case 'outside':
                accept('error', `"${quoteSource(path)}" ligger uden for arbejdsområdet, og Brik læser aldrig filer uden for det. Flyt filen ind i arbejdsområdet.`, { ...at, code: IssueCodes.IncludeOutside });
                return;
            case 'too-large':
                accept('error', `"${quoteSource(path)}" er større, end Brik læser, og er ikke læst. Del den i flere filer.`, { ...at, code: IssueCodes.FileTooLarge });
                return;
            case 'not-utf8':
                accept('error', `"${quoteSource(path)}" er ikke gemt som UTF-8 og er ikke læst. Gem den som UTF-8.`, { ...at, code: IssueCodes.FileEncoding });
                return;
            case 'too-deep':
                accept('error', `"${quoteSource(path)}" ville stå ${resolution.level} niveauer inde i budgettet; Brik læser højst ${includes.maxDepth} niveauer af blokke '{ … }' inde i hinanden, også gennem 'inkluder'. Flyt 'inkluder' eller temaerne længere ud.`, { ...at, code: IssueCodes.NestingTooDeep });
                return;
            case 'not-fragment':
                accept('error', `"${quoteSource(path)}" er et budget, ikke et fragment. En fil, der inkluderes, begynder med 'fragment'.`, { ...at, code: IssueCodes.IncludeNotFragment });
                return;
        }
        const cycle = includes.cycleThrough(include);
        if (cycle) {
            accept('error', `'inkluder' danner en løkke: ${cycle.join(' → ')}. Fjern en af inkluderingerne.`, { ...at, code: IssueCodes.IncludeCycle });
        }
    };
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

/**
 * A name defined twice in one container, once in this file and once in a file it includes (or in
 * two included files), is an error at the `inkluder` line that brings in the second (§3, §7). An
 * included fragment's top level stands where its `inkluder` stands (placeOf).
 */
export function checkNamesAcrossFiles(evaluator: BrikEvaluator, includeLines: BrikIncludes) {
    return (document: Document, accept: ValidationAcceptor): void => {
        const root = readRoot(document);
        const includes = root ? includeLines.includeLines(root) : [];
        if (!root || includes.length === 0) {
            return;
        }
        const hosts = includeHosts(root, include => evaluator.includedFragment(include));
        const seen = new Map<AstNode, Map<string, Item>>();
        const known = (item: Item) => {
            const place: AstNode = placeOf(item, hosts) ?? root;
            let names = seen.get(place);
            if (!names) {
                names = new Map();
                seen.set(place, names);
            }
            return names;
        };
        ownItems(root).forEach(item => known(item).set(item.name, item));
        for (const include of includes) {
            const fragment = evaluator.includedFragment(include);
            for (const item of fragment ? evaluator.itemsOf(fragment) : []) {
                const names = known(item);
                const first = names.get(item.name);
                if (first) {
                    const here = AstUtils.getDocument(first) === AstUtils.getDocument(include) ? 'i denne fil' : `i ${UriUtils.basename(AstUtils.getDocument(first).uri)}`;
                    const place = placeOf(item, hosts);
                    accept('error', `Navnet "${quoteSource(item.name)}" findes både ${here} (linje ${lineOf(first)}) og i ${UriUtils.basename(AstUtils.getDocument(item).uri)} (linje ${lineOf(item)}), i samme ${place ? placeText(place) : 'budget'}. Navne skal være entydige i et tema eller område; giv den ene et andet navn.`,
                        { node: include, property: 'path', code: IssueCodes.DuplicateName });
                } else {
                    names.set(item.name, item);
                }
            }
        }
    };
}

/** A fragment takes its years and price level from the budget, and holds no scenarios. */
export function checkFragmentContents(fragment: Fragment, accept: ValidationAcceptor): void {
    for (const member of fragment.members) {
        if (isYearsSetting(member) || isPriceLevelSetting(member)) {
            accept('error', `Et fragment arver ${isYearsSetting(member) ? "'år'" : "'prisniveau'"} fra det budget, der inkluderer det. Slet linjen.`,
                { node: member, code: IssueCodes.FragmentSetting });
        } else if (isScenario(member)) {
            accept('error', `Scenarier står i budgettet, ikke i et fragment. Flyt scenariet til budgettet.`,
                { node: member, property: 'name', code: IssueCodes.FragmentSetting });
        }
    }
}
