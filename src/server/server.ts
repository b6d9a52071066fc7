import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readSettings, SETTINGS_SECTION, DEFAULT_SETTINGS, type CoachSettings } from '../shared/settings';
import type { Feature, ServerContext } from './context';
import { FEATURES } from './features';
import { TemplateCache } from './templateCache';
import { Validator } from './validation';

/** Wires the core analysis to an LSP connection; works the same over IPC, stdio or a web worker. */
export function startServer(connection: Connection, features: readonly Feature[] = FEATURES): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new TemplateCache();
  let canReadSettings = false;
  const settingsByUri = new Map<string, Promise<CoachSettings>>();

  const settings = (uri: string): Promise<CoachSettings> => {
    if (!canReadSettings) return Promise.resolve(DEFAULT_SETTINGS);
    let found = settingsByUri.get(uri);
    if (!found) {
      found = connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(readSettings, () => DEFAULT_SETTINGS);
      settingsByUri.set(uri, found);
    }
    return found;
  };
  const context: ServerContext = {
    connection,
    documents,
    settings,
    templateOf(uri) {
      const document = documents.get(uri);
      return document ? { document, template: cache.get(document) } : undefined;
    },
  };
  const validator = new Validator(connection, cache, async (uri) => (await settings(uri)).enable);

  connection.onInitialize((params): InitializeResult => {
    canReadSettings = params.capabilities.workspace?.configuration === true;
    const capabilities = Object.assign(
      { textDocumentSync: TextDocumentSyncKind.Incremental },
      ...features.map((feature) => feature.capabilities),
    );
    return { capabilities, serverInfo: { name: 'CloudFormation Exam Coach' } };
  });

  connection.onDidChangeConfiguration(() => {
    settingsByUri.clear();
    for (const document of documents.all()) validator.schedule(document, 0);
  });

  // TextDocuments reports an open as a change too; the open is analysed at once, without the debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    void validator.validate(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!justOpened.delete(document.uri)) validator.schedule(document);
  });
  documents.onDidClose(({ document }) => {
    justOpened.delete(document.uri);
    cache.delete(document.uri);
    settingsByUri.delete(document.uri);
    void validator.clear(document.uri);
  });

  for (const feature of features) feature.register(context);
  documents.listen(connection);
  connection.listen();
}
