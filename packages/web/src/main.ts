import type * as monacoApi from 'monaco-editor/esm/vs/editor/editor.api.js';
import * as editorCore from 'monaco-editor/esm/vs/editor/edcore.main.js';
import { BrikPage } from './app/brik-page.js';
import './styles.css';

// The page's entry point: Monaco's editor with all its features and no other language (edcore,
// not editor.main, which brings some 80 languages), its own worker from this origin, then the page.

self.MonacoEnvironment = {
    getWorker: () => new Worker(new URL('editor.worker.js', document.baseURI), { type: 'module' })
};

void new BrikPage(editorCore as unknown as typeof monacoApi).start();
