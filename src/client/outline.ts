import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

const JSON_LANGUAGES = new Set(['json', 'jsonc']);

/**
 * VS Code's own JSON support outlines JSON files already. Two outlines of one file show as two
 * groups, one named after this extension, in the Outline view and the breadcrumbs; so where that
 * support is installed, JSON files keep its outline alone and YAML files get ours.
 */
export const outlineMiddleware: Middleware = {
  provideDocumentSymbols(document, token, next) {
    if (JSON_LANGUAGES.has(document.languageId) && vscode.extensions.getExtension('vscode.json-language-features')) return [];
    return next(document, token);
  },
};
