import * as vscode from 'vscode';

const MODES = ['off', 'resources', 'properties'] as const;
type InlineMode = (typeof MODES)[number];

const DESCRIPTIONS: Record<InlineMode, string> = {
  off: 'off',
  resources: 'on resources only',
  properties: 'on resources and properties',
};

/** `cfnCoach.toggleInline`: cycles `cfnCoach.inline.mode` off → resources → properties where it is set. */
export function registerToggleInlineCommand(): vscode.Disposable {
  return vscode.commands.registerCommand('cfnCoach.toggleInline', async () => {
    const scope = vscode.window.activeTextEditor?.document.uri;
    const config = vscode.workspace.getConfiguration('cfnCoach', scope);
    const current = config.get<string>('inline.mode', 'properties');
    const next = MODES[(MODES.indexOf(current as InlineMode) + 1) % MODES.length];
    await config.update('inline.mode', next, targetOf(config.inspect<string>('inline.mode')));
    void vscode.window.setStatusBarMessage(`CloudFormation Exam Coach: inline exam notes ${DESCRIPTIONS[next]}`, 3000);
  });
}

/** The most specific level that already sets the mode, so the change takes effect; user settings otherwise. */
function targetOf(inspected: { workspaceFolderValue?: unknown; workspaceValue?: unknown } | undefined): vscode.ConfigurationTarget {
  if (inspected?.workspaceFolderValue !== undefined) return vscode.ConfigurationTarget.WorkspaceFolder;
  if (inspected?.workspaceValue !== undefined) return vscode.ConfigurationTarget.Workspace;
  return vscode.ConfigurationTarget.Global;
}
