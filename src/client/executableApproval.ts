// Asks the user before the language server runs a program that the workspace chose: `cfnCoach.cfnLint.path`
// set in a workspace's own settings, or a program inside a workspace folder, could come with a cloned
// repository. The answer is kept per path in the extension's global state, as the ESLint extension does
// for a workspace's own ESLint; a program from the user's own settings, outside the workspace, just runs.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { APPROVE_EXECUTABLE_REQUEST, type ApproveExecutableParams } from '../shared/initialization';

/** Global-state key: the answers given, by absolute path of the program. */
export const EXECUTABLE_ANSWERS_KEY = 'cfnCoach.cfnLint.executableAnswers';

type Answers = Record<string, boolean>;

export function registerExecutableApproval(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(APPROVE_EXECUTABLE_REQUEST, (params: ApproveExecutableParams) => approve(context.globalState, params)),
    vscode.commands.registerCommand('cfnCoach.forgetExecutableAnswers', async () => {
      await context.globalState.update(EXECUTABLE_ANSWERS_KEY, undefined);
      // The server keeps the answers it got until it restarts.
      await client.restart();
    }),
  ];
}

async function approve(state: vscode.Memento, params: ApproveExecutableParams): Promise<boolean> {
  if (!chosenByWorkspace(params)) return true;
  const answers = state.get<Answers>(EXECUTABLE_ANSWERS_KEY, {});
  const known = answers[params.executable];
  if (typeof known === 'boolean') return known;
  const choice = await vscode.window.showWarningMessage(
    `Allow CloudFormation Exam Coach to run ${params.executable} as cfn-lint?`,
    {
      modal: true,
      detail:
        `This workspace chose the program ("cfnCoach.cfnLint.path": "${params.setting}"). It would run with your ` +
        'permissions on every template you open. Allow it only if you trust this program. The answer is remembered; ' +
        '"CloudFormation Exam Coach: Forget cfn-lint Program Answers" forgets it.',
    },
    'Allow',
    'Deny',
  );
  if (choice === undefined) return false; // Dismissed: not run now, asked again next session.
  await state.update(EXECUTABLE_ANSWERS_KEY, { ...state.get<Answers>(EXECUTABLE_ANSWERS_KEY, {}), [params.executable]: choice === 'Allow' });
  return choice === 'Allow';
}

/** Whether the workspace (its settings, or its files) decided which program runs. */
function chosenByWorkspace({ executable, scopeUri }: ApproveExecutableParams): boolean {
  const scope = parseUri(scopeUri);
  const inspected = vscode.workspace.getConfiguration('cfnCoach', scope).inspect<string>('cfnLint.path');
  const fromWorkspaceSettings = inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined;
  return fromWorkspaceSettings || vscode.workspace.getWorkspaceFolder(vscode.Uri.file(executable)) !== undefined;
}

function parseUri(uri: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(uri, true);
  } catch {
    return undefined;
  }
}
