/** Where the in-host suite leaves its results: next to the workspace it ran in, outside it. */
export function resultsPathFor(workspace: string): string {
  return `${workspace}.in-vscode-results.json`;
}
