import * as vscode from 'vscode';
import type { TemplateStatusParams } from '../shared/protocol';

/** Shows "CFN Coach" while the active editor holds a CloudFormation template, hidden otherwise. */
export class TemplateStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cfnCoach.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statusByUri = new Map<string, TemplateStatusParams>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.item.name = 'CloudFormation Exam Coach';
    this.item.command = 'cfnCoach.showOutput';
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
    const problems = status.errors + status.warnings;
    this.item.text = problems === 0 ? '$(check) CFN Coach' : `$(warning) CFN Coach: ${problems}`;
    this.item.tooltip = `CloudFormation Exam Coach is analysing this template: ${status.errors} errors, ${status.warnings} warnings`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
