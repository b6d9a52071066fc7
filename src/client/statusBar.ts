import * as vscode from 'vscode';
import type { TemplateStatusParams } from '../shared/protocol';
import { statusText } from './statusText';

/**
 * Shows "CFN Coach" and the file's problem count while the active editor holds a CloudFormation
 * template, hidden otherwise; a click opens the Problems panel, the tooltip also links the output.
 */
export class TemplateStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cfnCoach.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statusByUri = new Map<string, TemplateStatusParams>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.item.name = 'CloudFormation Exam Coach';
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());
  }

  update(status: TemplateStatusParams): void {
    this.statusByUri.set(status.uri, status);
    this.refresh();
  }

  forget(uri: string): void {
    this.statusByUri.delete(uri);
    this.refresh();
  }

  private refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.statusByUri.get(uri) : undefined;
    if (!status?.isTemplate) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = statusText(status);
    this.item.text = text;
    const markdown = new vscode.MarkdownString(`${tooltip}\n\n[Show the output channel](command:cfnCoach.showOutput)`);
    markdown.isTrusted = { enabledCommands: ['cfnCoach.showOutput'] };
    this.item.tooltip = markdown;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
