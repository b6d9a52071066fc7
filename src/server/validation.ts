import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core';
import { TEMPLATE_STATUS_NOTIFICATION, type TemplateStatusParams } from '../shared/protocol';
import { toDiagnostic } from './convert';
import type { TemplateCache } from './templateCache';

/** How long typing must pause before a document is analysed again. */
export const DEBOUNCE_MS = 120;

/**
 * Publishes diagnostics per document: at once on open, debounced on change.
 * A newer edit cancels the pending run, and results for an outdated version are dropped.
 */
export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly loggedRuleFailures = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly cache: TemplateCache,
    private readonly isEnabled: (uri: string) => Promise<boolean>,
  ) {}

  schedule(document: TextDocument, delay = DEBOUNCE_MS): void {
    this.cancel(document.uri);
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        void this.validate(document);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }

  async validate(document: TextDocument): Promise<void> {
    const version = document.version;
    const enabled = await this.isEnabled(document.uri);
    if (document.version !== version) return;
    const template = this.cache.get(document);
    const { findings, failures } = enabled ? analyze(template) : { findings: [], failures: [] };
    this.logFailures(failures);
    const diagnostics = findings.map((found) => toDiagnostic(found, template.lines));
    await this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
    const status: TemplateStatusParams = {
      uri: document.uri,
      version,
      isTemplate: enabled && template.isTemplate,
      errors: findings.filter((found) => found.severity === 'error').length,
      warnings: findings.filter((found) => found.severity === 'warning').length,
    };
    await this.connection.sendNotification(TEMPLATE_STATUS_NOTIFICATION, status);
  }

  async clear(uri: string): Promise<void> {
    this.cancel(uri);
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
