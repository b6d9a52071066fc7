/** What the extension tells its language server at start-up, beyond standard LSP. */
export interface CoachInitializationOptions {
  /** vscode.workspace.isTrusted: the cfn-lint bridge runs only in a trusted workspace. */
  workspaceTrusted?: boolean;
}

/** Sent once the user trusts the workspace (trust can be granted, never revoked, while VS Code runs). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'cfnCoach/workspaceTrusted';

/**
 * Request from the server before it runs a program a setting names (`cfnCoach.cfnLint.path`): whether the
 * user allows it. The client answers at once for a program of the user's own settings outside the
 * workspace, and otherwise asks once per path, remembering the answer.
 */
export const APPROVE_EXECUTABLE_REQUEST = 'cfnCoach/approveExecutable';

export interface ApproveExecutableParams {
  /** The absolute path the server would run. */
  executable: string;
  /** The setting's value as written (it may be relative to the workspace folder). */
  setting: string;
  /** The document the setting was read for (its scope). */
  scopeUri: string;
}
