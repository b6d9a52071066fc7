import { accessSync, constants, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Template } from '../../core';
import { WORKSPACE_TRUSTED_NOTIFICATION, type CoachInitializationOptions } from '../../shared/initialization';
import type { CoachSettings } from '../../shared/settings';
import type { ExternalLinter } from '../validation';
import { ExecutableApprovals } from './approval';
import { resolveExecutable } from './executable';
import { mergeFindings } from './merge';
import { findingsFromCfnLint } from './output';
import { runCfnLint, withTemplateFile, type RunResult } from './runner';
import { idle, IDLE_MS, MAX_CONCURRENT_RUNS, RunSlots } from './scheduling';

/** The latest run asked for a document: aborted by a newer one; `ended` settles once its process group is gone. */
interface DocumentRun {
  controller: AbortController;
  ended: Promise<void>;
}

/**
 * The optional local cfn-lint (`cfnCoach.cfnLint.path`): run after our own analysis in a trusted
 * workspace only, on a program the user allowed; when a document opens, is saved, or has been left
 * unchanged for a moment; one run per document at a time and a few over all; its findings merged into ours.
 */
export class CfnLintBridge implements ExternalLinter {
  private trusted = false;
  private workspaceFolders: string[] = [];
  private revalidate: () => void = () => undefined;
  private readonly runs = new Map<string, DocumentRun>();
  private readonly slots = new RunSlots(MAX_CONCURRENT_RUNS);
  /** Documents cfn-lint has run on since they opened: later runs wait for a pause. */
  private readonly started = new Set<string>();
  /** Documents saved since their last run: the next one does not wait. */
  private readonly savedSinceRun = new Set<string>();
  private readonly wakers = new Map<string, () => void>();
  private readonly approvals: ExecutableApprovals;
  private readonly logged = new Set<string>();

  constructor(private readonly connection: Connection) {
    this.approvals = new ExecutableApprovals(connection);
    connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
      this.trusted = true;
      this.revalidate();
    });
  }

  initialize(params: InitializeParams, revalidate: () => void): void {
    this.trusted = (params.initializationOptions as CoachInitializationOptions | undefined)?.workspaceTrusted === true;
    const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspaceFolders = folderUris.map(localPath).filter((path): path is string => path !== undefined);
    this.revalidate = revalidate;
  }

  saved(uri: string): void {
    this.savedSinceRun.add(uri);
    this.wakers.get(uri)?.();
  }

  closed(uri: string): void {
    this.runs.get(uri)?.controller.abort();
    this.started.delete(uri);
    this.savedSinceRun.delete(uri);
  }

  async lint(document: TextDocument, template: Template, findings: Finding[], settings: CoachSettings): Promise<Finding[] | undefined> {
    const { path: setting, timeoutMs } = settings.cfnLint;
    if (!setting) return undefined;
    if (!this.trusted) {
      this.logOnce('warn', 'cfn-lint is configured but this workspace is not trusted, so it is not run.');
      return undefined;
    }
    const uri = document.uri;
    const previous = this.runs.get(uri);
    previous?.controller.abort();
    const controller = new AbortController();
    let ended = (): void => undefined;
    const run: DocumentRun = { controller, ended: new Promise((resolve) => (ended = resolve)) };
    this.runs.set(uri, run);
    try {
      const executable = await this.allowedExecutable(setting, uri);
      if (!executable || !(await this.due(uri, controller.signal))) return undefined;
      await previous?.ended;
      const result = await this.runInSlot(executable, document, timeoutMs, controller.signal);
      return this.outcome(result, executable, timeoutMs, template, findings);
    } finally {
      ended();
      if (this.runs.get(uri) === run) this.runs.delete(uri);
    }
  }

  /** The program to run when the setting resolves to one the user allows; logs why not otherwise. */
  private async allowedExecutable(setting: string, uri: string): Promise<string | undefined> {
    const resolved = resolveExecutable(setting, {
      workspaceFolders: this.workspaceFolders,
      documentPath: localPath(uri),
      searchPath: process.env.PATH,
      isFile: isProgram,
    });
    if (resolved.kind === 'refused') {
      this.logOnce('error', `cfn-lint is not run: ${resolved.reason} (cfnCoach.cfnLint.path).`);
      return undefined;
    }
    if (await this.approvals.allowed({ executable: resolved.path, setting, scopeUri: uri })) return resolved.path;
    this.logOnce('warn', `cfn-lint is not run: running ${resolved.path} was not allowed.`);
    return undefined;
  }

  /** At once on a document's first run or after a save; otherwise once it has been left unchanged for IDLE_MS. */
  private async due(uri: string, signal: AbortSignal): Promise<boolean> {
    if (this.started.has(uri) && !this.savedSinceRun.has(uri)) {
      const due = await idle(IDLE_MS, signal, (wake) => this.wakers.set(uri, wake));
      this.wakers.delete(uri);
      if (!due) return false;
    }
    if (signal.aborted) return false;
    this.started.add(uri);
    this.savedSinceRun.delete(uri);
    return true;
  }

  private async runInSlot(executable: string, document: TextDocument, timeoutMs: number, signal: AbortSignal): Promise<RunResult> {
    if (!(await this.slots.acquire(signal))) return { kind: 'cancelled' };
    try {
      return await withTemplateFile(document, (file) => runCfnLint(executable, file, timeoutMs, signal));
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message };
    } finally {
      this.slots.release();
    }
  }

  private outcome(result: RunResult, executable: string, timeoutMs: number, template: Template, findings: Finding[]): Finding[] | undefined {
    switch (result.kind) {
      case 'cancelled':
        return undefined;
      case 'timedOut':
        this.logOnce('warn', `cfn-lint (${executable}) did not finish within ${timeoutMs} ms and was stopped; its findings are missing.`);
        return undefined;
      case 'failed':
        this.logOnce('error', `cfn-lint (${executable}) could not run: ${result.reason}.`);
        return undefined;
      case 'finished':
        return this.merge(result.stdout, template, findings, executable);
    }
  }

  private merge(stdout: string, template: Template, findings: Finding[], executable: string): Finding[] | undefined {
    try {
      return mergeFindings(findings, findingsFromCfnLint(stdout, template), template.lines);
    } catch (error) {
      this.logOnce('error', `cfn-lint (${executable}) printed output that is not its JSON format: ${(error as Error).message}`);
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

function localPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isProgram(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
