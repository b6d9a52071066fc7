// The end-to-end harness: a real VS Code (code-server) driven by Chromium. Loaded only after
// scripts/e2e-setup.mjs has installed it (playwright-core lives in this folder's node_modules).
export { launchChromium, openWorkbenchPage, type WorkbenchPage } from './browser';
export { startCodeServer, type CodeServer, type WorkbenchOptions } from './codeServer';
export { buildInVscodeTests } from './inVscodeBundle';
export { downloadVscode, runInHostSuite, standInPath, type InHostRun } from './inHostSuite';
export { runExtensionTests } from './inVscode';
export { createProcessRunFolder, createRunFolder, createWorkspace, projectRoot, type RunFolder } from './runFolder';
export { installExtensionFolder } from './installExtension';
export { runScenario, type Scenario } from './scenario';
export { runStartCommand, type StartedCommand } from './startCommand';
export { Workbench, screenshotsDir, type ProblemRow } from './workbench';
