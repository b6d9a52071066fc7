import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { setSchemaSource } from '../core';
import { nodeWorkerPort } from './analysis/nodeWorker';
import { nodeSchemaSource } from './schemaSource';
import { CfnLintBridge } from './cfnLint/bridge';
import { startServer } from './server';

setSchemaSource(nodeSchemaSource());
// The transport (--node-ipc, --stdio, --socket) comes from the command line.
const connection = createConnection(ProposedFeatures.all);
// A promise nobody awaited must not end the server (Node's default): log it, keep answering.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Unexpected failure, the server goes on: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
/** Larger files are no template CloudFormation takes (1 MB at most): not read. */
const MAX_READ_BYTES = 5_000_000;

/** A workspace file on this machine (file: URIs only; anything else is not read); null when no file is there (nothing, or a folder). */
async function readLocalFile(uri: string): Promise<string | null | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  const path = fileURLToPath(uri);
  try {
    return (await stat(path)).size > MAX_READ_BYTES ? undefined : await readFile(path, 'utf8');
  } catch (error) {
    return ['ENOENT', 'EISDIR'].includes((error as { code?: string }).code ?? '') ? null : undefined;
  }
}

startServer(connection, undefined, { externalLinter: new CfnLintBridge(connection), startAnalysisWorker: () => nodeWorkerPort(), readFile: readLocalFile });
