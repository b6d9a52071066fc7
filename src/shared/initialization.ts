/** What the extension tells its language server at start-up, beyond standard LSP. */
export interface CoachInitializationOptions {
  /** vscode.workspace.isTrusted: the cfn-lint bridge runs only in a trusted workspace. */
  workspaceTrusted?: boolean;
}

/** Sent once the user trusts the workspace (trust can be granted, never revoked, while VS Code runs). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'cfnCoach/workspaceTrusted';
