import type * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { CodeAction, Command, CompletionItem, Diagnostic, DocumentSymbol, InlayHint, TextEdit } from 'vscode-languageserver-protocol';
import {
    CodeActionRequest, CodeLensRequest, CompletionRequest, DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest,
    InlayHintRequest, PrepareRenameRequest, RenameRequest
} from 'vscode-languageserver-protocol';
import type { BrikClient } from './brik-client.js';
import { fromRange, fromTextEdit, fromWorkspaceEdit, markdownOf, messageText, toMarker, toPosition, toRange } from './monaco-convert.js';

type Monaco = typeof monaco;

/** What the providers need of the page: the client of the moment, the models, the diagnostics last published. */
export interface FeatureContext {
    client(): BrikClient | undefined;
    modelOf(uri: string): monaco.editor.ITextModel | undefined;
    diagnosticsOf(uri: string): readonly Diagnostic[];
}

/** LSP's completion kinds (from 1), by the names Monaco gives the same kinds. */
const COMPLETION_KINDS = ['Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module', 'Property', 'Unit', 'Value',
    'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct', 'Event', 'Operator', 'TypeParameter'] as const;

/**
 * Monaco's providers for the `brik` language, each one LSP request to the worker's server:
 * hover, inlay hints, code lens, completion, quick fixes, rename, formatting and the outline.
 * Diagnostics arrive by notification and are set as markers by the page.
 */
export function registerBrikFeatures(m: Monaco, context: FeatureContext): BrikFeatures {
    const uriOf = (model: monaco.editor.ITextModel) => model.uri.toString();
    const request = <R>(run: (client: BrikClient) => Promise<R>): Promise<R | undefined> => {
        const client = context.client();
        return client ? run(client).catch(() => undefined) : Promise.resolve(undefined);
    };
    const onRefresh = new m.Emitter<void>();
    const language = 'brik';
    const disposables = [onRefresh,
        m.languages.registerHoverProvider(language, {
            provideHover: async (model, position) => {
                const hover = await request(c => c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(model) }, position: toPosition(position) }));
                return hover ? { contents: markdownOf(hover.contents), range: hover.range ? fromRange(hover.range) : undefined } : null;
            }
        }),
        m.languages.registerInlayHintsProvider(language, {
            onDidChangeInlayHints: onRefresh.event,
            provideInlayHints: async (model, range) => {
                const hints = await request(c => c.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: uriOf(model) }, range: toRange(range) })) ?? [];
                return { hints: hints.map((hint: InlayHint) => ({
                    label: typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''),
                    position: { lineNumber: hint.position.line + 1, column: hint.position.character + 1 },
                    paddingLeft: hint.paddingLeft, paddingRight: hint.paddingRight
                })), dispose: () => undefined };
            }
        }),
        m.languages.registerCodeLensProvider(language, {
            onDidChange: onRefresh.event as unknown as monaco.IEvent<monaco.languages.CodeLensProvider>,
            provideCodeLenses: async model => {
                const lenses = await request(c => c.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(model) } })) ?? [];
                return { lenses: lenses.map(lens => ({ range: fromRange(lens.range), command: lens.command ? { id: lens.command.command, title: lens.command.title } : undefined })), dispose: () => undefined };
            }
        }),
        m.languages.registerCompletionItemProvider(language, {
            triggerCharacters: ['"', ' '],
            provideCompletionItems: async (model, position) => {
                const result = await request(c => c.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(model) }, position: toPosition(position) }));
                const items = Array.isArray(result) ? result : result?.items ?? [];
                const word = model.getWordUntilPosition(position);
                const fallback = { startLineNumber: position.lineNumber, startColumn: word.startColumn, endLineNumber: position.lineNumber, endColumn: word.endColumn };
                return { suggestions: items.map((item: CompletionItem) => completion(m, item, fallback)) };
            }
        }),
        m.languages.registerCodeActionProvider(language, {
            provideCodeActions: async (model, range, codeContext) => {
                const uri = uriOf(model);
                const diagnostics = context.diagnosticsOf(uri).filter(diagnostic => codeContext.markers.some(marker =>
                    marker.message === messageText(diagnostic) && marker.startLineNumber === diagnostic.range.start.line + 1 && marker.startColumn === diagnostic.range.start.character + 1));
                const actions = await request(c => c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: toRange(range), context: { diagnostics } })) ?? [];
                return {
                    actions: actions.filter((action): action is CodeAction => !isCommand(action)).map(action => ({
                        title: action.title, kind: action.kind, isPreferred: action.isPreferred,
                        diagnostics: action.diagnostics?.map(toMarker),
                        edit: action.edit ? fromWorkspaceEdit(action.edit, context.modelOf) : undefined
                    })),
                    dispose: () => undefined
                };
            }
        }, { providedCodeActionKinds: ['quickfix'] }),
        m.languages.registerRenameProvider(language, {
            provideRenameEdits: async (model, position, newName) => {
                const edit = await request(c => c.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf(model) }, position: toPosition(position), newName }));
                return edit ? fromWorkspaceEdit(edit, context.modelOf) : { edits: [], rejectReason: 'Her kan intet omdøbes.' };
            },
            resolveRenameLocation: async (model, position) => {
                const found = await request(c => c.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uriOf(model) }, position: toPosition(position) }));
                if (!found) return { range: { startLineNumber: position.lineNumber, startColumn: position.column, endLineNumber: position.lineNumber, endColumn: position.column }, text: '', rejectReason: 'Her kan intet omdøbes.' };
                const range = 'range' in found ? found.range : 'start' in found ? found : undefined;
                if (!range) return null as unknown as monaco.languages.RenameLocation;
                const monacoRange = fromRange(range);
                return { range: monacoRange, text: 'placeholder' in found ? found.placeholder : model.getValueInRange(monacoRange) };
            }
        }),
        m.languages.registerDocumentFormattingEditProvider(language, {
            provideDocumentFormattingEdits: async (model, options) => {
                const edits = await request(c => c.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uriOf(model) }, options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces } })) ?? [];
                return edits.map((edit: TextEdit) => fromTextEdit(edit));
            }
        }),
        m.languages.registerDocumentSymbolProvider(language, {
            displayName: 'Brik',
            provideDocumentSymbols: async model => {
                const symbols = await request(c => c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(model) } })) ?? [];
                return (symbols as DocumentSymbol[]).filter(symbol => 'range' in symbol).map(symbol => documentSymbol(symbol));
            }
        })
    ];
    return { refresh: () => onRefresh.fire(), dispose: () => disposables.forEach(d => d.dispose()) };
}

export interface BrikFeatures extends monaco.IDisposable {
    /** Asks Monaco for the inlay hints and code lenses again (the locale changed, a new server started). */
    refresh(): void;
}

function isCommand(action: CodeAction | Command): action is Command {
    return typeof (action as Command).command === 'string';
}

function completion(m: Monaco, item: CompletionItem, fallback: monaco.IRange): monaco.languages.CompletionItem {
    const kindName = item.kind ? COMPLETION_KINDS[item.kind - 1] : 'Text';
    const edit = item.textEdit;
    const range = edit ? ('range' in edit ? fromRange(edit.range) : { insert: fromRange(edit.insert), replace: fromRange(edit.replace) }) : fallback;
    return {
        label: item.label,
        kind: m.languages.CompletionItemKind[kindName],
        detail: item.detail,
        documentation: typeof item.documentation === 'string' ? item.documentation : item.documentation ? { value: item.documentation.value } : undefined,
        sortText: item.sortText,
        filterText: item.filterText,
        insertText: edit?.newText ?? item.insertText ?? item.label,
        insertTextRules: item.insertTextFormat === 2 ? m.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
        range,
        additionalTextEdits: item.additionalTextEdits?.map(fromTextEdit)
    };
}

function documentSymbol(symbol: DocumentSymbol): monaco.languages.DocumentSymbol {
    return {
        name: symbol.name,
        detail: symbol.detail ?? '',
        // LSP's symbol kinds count from 1, Monaco's from 0, in the same order.
        kind: symbol.kind - 1,
        tags: [],
        range: fromRange(symbol.range),
        selectionRange: fromRange(symbol.selectionRange),
        children: symbol.children?.map(documentSymbol)
    };
}
