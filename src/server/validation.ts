import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Finding, type Rule, type Template } from '../core';
import { TEMPLATE_STATUS_NOTIFICATION, type TemplateStatusParams } from '../shared/protocol';
import type { CoachSettings } from '../shared/settings';
import { toDiagnostic } from './convert';
import { findingsToShow } from './diagnosticLimit';
import type { TemplateCache } from './templateCache';

/** A linter outside the core (the optional cfn-lint bridge), run after the core's own analysis. */
export interface ExternalLinter {
  /** Reads the client's initialize request; `revalidate` analyses every open document again. */
  initialize(params: InitializeParams, revalidate: () => void): void;
  /** The core's findings merged with the linter's, or undefined when it did not run. */
  lint(document: TextDocument, template: Template, findings: Finding[], settings: CoachSettings): Promise<Finding[] | undefined>;
  /** The document was saved (a linter that waits for a pause may run at once). */
  saved?(uri: string): void;
  /** The document was closed: stop what runs for it. */
  closed?(uri: string): void;
}

/** How long typing must pause before a document is analysed again. */
export const DEBOUNCE_MS = 120;

/**
 * Publishes diagnostics per document: at once on open, debounced on change.
 * A newer edit cancels the pending run, and results for an outdated version are dropped.
 */
export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly loggedRuleFailures = new Set<string>();
  /** What was last published per open document (a slow external linter must not publish stale results over it). */
  private readonly published = new Map<string, { version: number; findings: readonly Finding[] }>();
  /** The core's findings of a version not published yet (asked for by a hover while the debounce runs). */
  private readonly ahead = new Map<string, { version: number; findings: readonly Finding[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly cache: TemplateCache,
    private readonly settings: (uri: string) => Promise<CoachSettings>,
    private readonly options: { rules?: readonly Rule[]; externalLinter?: ExternalLinter } = {},
  ) {}

  schedule(document: TextDocument, delay = DEBOUNCE_MS): void {
    this.cancel(document.uri);
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        void this.validateSafely(document);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }

  /** Validates, logging instead of rejecting: a failed run must never end the server. */
  async validateSafely(document: TextDocument): Promise<void> {
    try {
      await this.validate(document);
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.connection.console.error(`Analysing ${document.uri} failed.\n${detail}`);
    }
  }

  async validate(document: TextDocument): Promise<void> {
    const version = document.version;
    const settings = await this.settings(document.uri);
    const enabled = settings.enable;
    if (document.version !== version) return;
    const template = this.cache.get(document);
    const { findings, failures } = enabled ? analyze(template, this.options.rules) : { findings: [], failures: [] };
    this.logFailures(failures);
    this.published.set(document.uri, { version, findings });
    await this.publish(document.uri, version, template, findings, enabled);
    const external = this.options.externalLinter;
    if (!enabled || !template.isTemplate || !external) return;
    const merged = await external.lint(document, template, findings, settings);
    if (merged && document.version === version && this.published.get(document.uri)?.version === version) {
      this.published.set(document.uri, { version, findings: merged });
      await this.publish(document.uri, version, template, merged, enabled);
    }
  }

  private async publish(uri: string, version: number, template: Template, findings: Finding[], enabled: boolean): Promise<void> {
    const diagnostics = findingsToShow(findings).map((found) => toDiagnostic(found, template.lines));
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    const status: TemplateStatusParams = {
      uri,
      version,
      isTemplate: enabled && template.isTemplate,
      errors: findings.filter((found) => found.severity === 'error').length,
      warnings: findings.filter((found) => found.severity === 'warning').length,
      infos: findings.filter((found) => found.severity === 'info').length,
    };
    await this.connection.sendNotification(TEMPLATE_STATUS_NOTIFICATION, status);
  }

  /**
   * The findings of the document's current version, for the features that show them otherwise
   * (hover, inline notes): those published, or the core analysis while a newer edit waits for it.
   */
  findingsOf(document: TextDocument): readonly Finding[] {
    const published = this.published.get(document.uri);
    if (published?.version === document.version) return published.findings;
    const ahead = this.ahead.get(document.uri);
    if (ahead?.version === document.version) return ahead.findings;
    const findings = analyze(this.cache.get(document), this.options.rules).findings;
    this.ahead.set(document.uri, { version: document.version, findings });
    return findings;
  }

  async clear(uri: string): Promise<void> {
    this.cancel(uri);
    this.published.delete(uri);
    this.ahead.delete(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private logFailures(failures: { ruleId: string; error: unknown }[]): void {
    for (const { ruleId, error } of failures) {
      if (this.loggedRuleFailures.has(ruleId)) continue;
      this.loggedRuleFailures.add(ruleId);
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.connection.console.error(`Rule ${ruleId} failed; its findings are missing until it is fixed.\n${detail}`);
    }
  }
}
