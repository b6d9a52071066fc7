#!/usr/bin/env node
// The executable @vscode/test-electron's runTests launches in place of desktop VS Code
// (`vscodeExecutablePath`); see standIn.ts. tsx compiles the TypeScript harness on the fly.
import 'tsx';

const standIn = await import('./standIn.ts');
// Loaded as CommonJS (the package has no "type": "module"), its exports arrive as the default export.
const { main } = standIn.default;
process.exit(await main(process.argv.slice(2)));
