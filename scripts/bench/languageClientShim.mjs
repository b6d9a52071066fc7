// Bench-only stand-in for vscode-languageclient/node (bundled by scripts/bench/activation.mjs into its copy
// of dist/languageClient.js): the real module, except that LanguageClient.start() only reports that it was
// called, so activation is timed up to the moment the server would be started.
import { LanguageClient as RealLanguageClient } from 'vscode-languageclient/node';

export * from 'vscode-languageclient/node';

export class LanguageClient extends RealLanguageClient {
  start() {
    globalThis.benchClientStartCalled?.();
    return Promise.resolve();
  }
}
