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
startServer(connection, undefined, { externalLinter: new CfnLintBridge(connection), startAnalysisWorker: () => nodeWorkerPort() });
