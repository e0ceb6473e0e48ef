import * as path from 'node:path';

function isInside(child: string, parent: string): boolean {
    const relative = path.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The folder `inkluder` may not leave: the working folder when every given path lies inside
 * it (the usual case: a checkout), else the deepest folder that holds them all.
 */
export function workspaceRoot(paths: readonly string[], cwd = process.cwd()): string {
    const absolute = paths.map(p => path.resolve(cwd, p));
    if (absolute.every(p => isInside(p, cwd))) {
        return cwd;
    }
    return absolute.map(p => path.dirname(p)).reduce((common, next) => {
        while (!isInside(next, common)) {
            common = path.dirname(common);
        }
        return common;
    });
}

export { isInside };
