import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { setSchemaSource } from '../core';
import { nodeWorkerPort } from './analysis/nodeWorker';
import { nodeSchemaSource } from './schemaSource';
import { CfnLintBridge } from './cfnLint/bridge';
import { startServer } from './server';

setSchemaSource(nodeSchemaSource());
// The transport (--node-ipc, --stdio, --socket) comes from the command line.
const connection = createConnection(ProposedFeatures.all);
startServer(connection, undefined, { externalLinter: new CfnLintBridge(connection), startAnalysisWorker: () => nodeWorkerPort() });
