import { DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../core';
import { readSettings, SETTINGS_SECTION, DEFAULT_SETTINGS, type CoachSettings } from '../shared/settings';
import { AnalysisHost } from './analysis/host';
import { inlinePort } from './analysis/inline';
import type { WorkerPort } from './analysis/protocol';
import { AnalysisService } from './analysis/service';
import type { ClientSupport, Feature, ServerContext } from './context';
import { FEATURES } from './features';
import { NestedTemplates, type ReadFile } from './nestedTemplates';
import { TemplateCache } from './templateCache';
import { Validator, type ExternalLinter } from './validation';

export interface ServerOptions {
  /** The lint rules to run: all of them, unless a test brings its own. */
  rules?: readonly Rule[];
  /** A linter outside the core whose findings are merged in (the cfn-lint bridge, on Node only). */
  externalLinter?: ExternalLinter;
  /**
   * Starts the worker that analyses documents and answers the heavy requests (graph, study), off the
   * thread that answers LSP messages. Without it, or with `rules` (which cannot cross to a worker),
   * they run on this thread.
   */
  startAnalysisWorker?: () => WorkerPort;
  /** Reads a workspace file by URI: the local templates of nested stacks are checked with it. */
  readFile?: ReadFile;
}

/** The files a nested stack's template may be in: the server hears when one changes on disk. */
const TEMPLATE_FILES = '**/*.{yaml,yml,json,template,cfn}';

/** Wires the core analysis to an LSP connection; works the same over IPC, stdio or a web worker. */
export function startServer(connection: Connection, features: readonly Feature[] = FEATURES, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new TemplateCache();
  const startWorker = options.rules ? undefined : options.startAnalysisWorker;
  const analysis = new AnalysisHost({
    startWorker: () => {
      if (!startWorker) throw new Error('no worker is configured');
      return startWorker();
    },
    inline: () => inlinePort(new AnalysisService(options.rules)),
    log: (message) => connection.console.warn(message),
    quiet: !startWorker,
  });
  let canReadSettings = false;
  let canRefreshInlayHints = false;
  let canRefreshCodeLenses = false;
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
  const nested = new NestedTemplates(documents, options.readFile);
  const validator = new Validator(connection, analysis, cache, settings, nested, options);
  const client: ClientSupport = { completionItemDefaults: [] };
  const context: ServerContext = {
    connection,
    client,
    documents,
    analysis,
    settings,
    templateOf(uri) {
      const document = documents.get(uri);
      return document ? { document, template: cache.get(document) } : undefined;
    },
    findingsOf(uri) {
      const document = documents.get(uri);
      return document ? validator.findingsOf(document) : Promise.resolve([]);
    },
    childTemplatesOf: (uri) => nested.childTemplates(uri),
    childTextOf: (uri, location) => nested.childText(uri, location),
  };
  const revalidateAll = (): void => {
    for (const document of documents.all()) validator.schedule(document, 0);
  };
  /** A file changed: the open templates whose nested stacks load it are analysed again. */
  const refreshParentsOf = (uri: string): void => {
    for (const parent of nested.changed(uri)) {
      const document = documents.get(parent);
      if (document) validator.refresh(document);
    }
  };
  let canWatchFiles = false;

  connection.onInitialize((params): InitializeResult => {
    canReadSettings = params.capabilities.workspace?.configuration === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && options.readFile !== undefined;
    nested.keepFileTexts = canWatchFiles;
    client.completionItemDefaults = params.capabilities.textDocument?.completion?.completionList?.itemDefaults ?? [];
    options.externalLinter?.initialize(params, revalidateAll);
    const capabilities = Object.assign(
      { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } } },
      ...features.map((feature) => feature.capabilities),
    );
    return { capabilities, serverInfo: { name: 'CloudFormation Exam Coach' } };
  });

  connection.onInitialized(() => {
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: TEMPLATE_FILES }] });
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) refreshParentsOf(change.uri);
  });

  connection.onDidChangeConfiguration(() => {
    settingsByUri.clear();
    revalidateAll();
    // The client asks for inlay hints and code lenses again only when told to (cfnCoach.inline.mode, cfnCoach.codeLens.topics).
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
    if (canRefreshCodeLenses) void connection.sendRequest('workspace/codeLens/refresh');
  });

  // TextDocuments reports an open as a change too; the open is analysed at once, without the debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    void validator.validateSafely(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!justOpened.delete(document.uri)) validator.schedule(document);
    refreshParentsOf(document.uri);
  });
  documents.onDidSave(({ document }) => options.externalLinter?.saved?.(document.uri));
  documents.onDidClose(({ document }) => {
    options.externalLinter?.closed?.(document.uri);
    justOpened.delete(document.uri);
    cache.delete(document.uri);
    settingsByUri.delete(document.uri);
    void validator.clear(document.uri);
    // The file may differ from the editor's text it had: parents read it again.
    refreshParentsOf(document.uri);
    analysis.run({ kind: 'forget', uri: document.uri }).catch(() => undefined);
  });
  connection.onShutdown(() => analysis.dispose());

  for (const feature of features) feature.register(context);
  documents.listen(connection);
  connection.listen();
}
