// The extension host loads this bundle as `extensionTestsPath` and calls `run()`. The test files are
// bundled in by test/e2e/harness/inVscode.ts (every *.test.ts in this folder).
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { resultsPathFor } from './results';
import { runAll } from './runner';

export async function run(): Promise<void> {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!workspace) throw new Error('the in-host tests need a workspace folder');
  const results = await runAll();
  writeFileSync(resultsPathFor(workspace), JSON.stringify(results, null, 2));
  for (const result of results) console.log(`${result.passed ? 'ok' : 'FAILED'} - ${result.name}${result.error ? `\n${result.error}` : ''}`);
  const failed = results.filter((result) => !result.passed).length;
  if (failed > 0) throw new Error(`${failed} of ${results.length} in-host tests failed`);
}
