import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Template } from '../../core';
import { WORKSPACE_TRUSTED_NOTIFICATION, type CoachInitializationOptions } from '../../shared/initialization';
import type { CoachSettings } from '../../shared/settings';
import type { ExternalLinter } from '../validation';
import { mergeFindings } from './merge';
import { findingsFromCfnLint } from './output';
import { runCfnLint, withTemplateFile } from './runner';

/**
 * The optional local cfn-lint (`cfnCoach.cfnLint.path`): run after our own analysis in a trusted
 * workspace only, one run per document at a time, its findings merged into ours.
 */
export class CfnLintBridge implements ExternalLinter {
  private trusted = false;
  private revalidate: () => void = () => undefined;
  private readonly running = new Map<string, AbortController>();
  private readonly logged = new Set<string>();

  constructor(private readonly connection: Connection) {
    connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
      this.trusted = true;
      this.revalidate();
    });
  }

  initialize(params: InitializeParams, revalidate: () => void): void {
    this.trusted = (params.initializationOptions as CoachInitializationOptions | undefined)?.workspaceTrusted === true;
    this.revalidate = revalidate;
  }

  async lint(document: TextDocument, template: Template, findings: Finding[], settings: CoachSettings): Promise<Finding[] | undefined> {
    const { path, timeoutMs } = settings.cfnLint;
    if (!path) return undefined;
    if (!this.trusted) {
      this.logOnce('warn', 'cfn-lint is configured but this workspace is not trusted, so it is not run.');
      return undefined;
    }
    this.running.get(document.uri)?.abort();
    const controller = new AbortController();
    this.running.set(document.uri, controller);
    const result = await withTemplateFile(document, (file) => runCfnLint(path, file, timeoutMs, controller.signal));
    if (this.running.get(document.uri) === controller) this.running.delete(document.uri);
    switch (result.kind) {
      case 'cancelled':
        return undefined;
      case 'timedOut':
        this.logOnce('warn', `cfn-lint (${path}) did not finish within ${timeoutMs} ms and was stopped; its findings are missing.`);
        return undefined;
      case 'failed':
        this.logOnce('error', `cfn-lint (${path}) could not run: ${result.reason}.`);
        return undefined;
      case 'finished':
        return this.merge(result.stdout, template, findings, path);
    }
  }

  private merge(stdout: string, template: Template, findings: Finding[], path: string): Finding[] | undefined {
    try {
      return mergeFindings(findings, findingsFromCfnLint(stdout, template), template.lines);
    } catch (error) {
      this.logOnce('error', `cfn-lint (${path}) printed output that is not its JSON format: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Each distinct problem is logged once, not on every keystroke. */
  private logOnce(level: 'warn' | 'error', message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.connection.console[level](message);
  }
}
