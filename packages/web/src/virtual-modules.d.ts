// Modules the page's build (esbuild.mjs) makes from the repository when it bundles.

declare module 'virtual:brik-keywords' {
    /** The keywords of Brik's grammar, from the generated grammar. */
    const keywords: string[];
    export default keywords;
}

declare module 'virtual:brik-examples' {
    /** Each example of examples/: a file, or a folder of files; paths relative to the example. */
    const examples: Array<{ readonly name: string; readonly files: Record<string, string> }>;
    export default examples;
}

declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
    // The editor with every editor feature (hover, quick fix, rename …) and no other languages.
    export * from 'monaco-editor/esm/vs/editor/editor.api.js';
}
