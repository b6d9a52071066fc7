import type { Connection, InitializeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { finding, type Finding, type Rule, type Template } from '../core';
import { TEMPLATE_STATUS_NOTIFICATION, type TemplateStatusParams } from '../shared/protocol';
import type { CoachSettings } from '../shared/settings';
import { AnalysisStopped, type AnalysisHost } from './analysis/host';
import type { AnalysisResult, RuleFailureReport } from './analysis/protocol';
import { toDiagnostic, type Positions } from './convert';
import { findingsToShow } from './diagnosticLimit';
import type { NestedTemplates } from './nestedTemplates';
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

/** The id of the one diagnostic a document shows when its analysis was stopped. */
export const ANALYSIS_STOPPED_CODE = 'I0002';

/**
 * Publishes diagnostics per document: at once on open, debounced on change. The analysis runs in the
 * analysis worker (see AnalysisHost), once per version whoever asks (diagnostics, or a hover while the
 * debounce runs); a newer edit cancels the pending run, results for an outdated version are dropped,
 * and a run stopped past its budget leaves one information diagnostic saying so.
 */
export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly loggedRuleFailures = new Set<string>();
  /** What was last published per open document (a slow external linter must not publish stale results over it). */
  private readonly published = new Map<string, { version: number; findings: readonly Finding[] }>();
  /** The worker's analysis of each document's latest version asked for. */
  private readonly analyses = new Map<string, { version: number; result: Promise<AnalysisResult | undefined> }>();

  constructor(
    private readonly connection: Connection,
    private readonly analysis: AnalysisHost,
    private readonly cache: TemplateCache,
    private readonly settings: (uri: string) => Promise<CoachSettings>,
    private readonly nested: NestedTemplates,
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

  /** Analyses the document again though its text did not change (a nested stack's template did). */
  refresh(document: TextDocument): void {
    this.analyses.delete(document.uri);
    this.schedule(document);
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
    const { uri, version } = document;
    const settings = await this.settings(uri);
    if (document.version !== version) return;
    const result = settings.enable ? await this.analysisOf(document) : { isTemplate: false, findings: [], failures: [], childLocations: [] };
    if (!result || document.version !== version) return;
    this.logFailures(result.failures);
    this.published.set(uri, { version, findings: result.findings });
    // The document converts offsets itself (its line starts follow its edits): no index of the text to build.
    const lines: Positions = { positionAt: (offset) => document.positionAt(offset) };
    await this.publish(uri, version, lines, result.findings, settings.enable && result.isTemplate);
    const external = this.options.externalLinter;
    if (!settings.enable || !result.isTemplate || !external || !settings.cfnLint.path) return;
    const merged = await external.lint(document, this.cache.get(document), result.findings, settings);
    if (merged && document.version === version && this.published.get(uri)?.version === version) {
      this.published.set(uri, { version, findings: merged });
      await this.publish(uri, version, lines, merged, true);
    }
  }

  /**
   * The findings of the document's current version, for the features that show them otherwise
   * (hover, inline notes): those published, or the worker's analysis while a newer edit waits for it.
   */
  async findingsOf(document: TextDocument): Promise<readonly Finding[]> {
    const published = this.published.get(document.uri);
    if (published?.version === document.version) return published.findings;
    return (await this.analysisOf(document))?.findings ?? [];
  }

  /** One worker analysis per version; undefined when a newer version replaced it; one finding saying why when it was stopped. */
  private analysisOf(document: TextDocument): Promise<AnalysisResult | undefined> {
    const { uri, version } = document;
    const asked = this.analyses.get(uri);
    if (asked?.version === version) return asked.result;
    const result = this.analysisWithChildren(document).catch((error: unknown): AnalysisResult | undefined => {
      if (error instanceof AnalysisStopped && (error.reason === 'replaced' || error.reason === 'closed')) return undefined;
      const why = error instanceof AnalysisStopped ? error.message : `it failed (${String(error)})`;
      const message =
        `CloudFormation Exam Coach stopped analysing this file because ${why}, so its findings are missing. ` +
        'It tries again after the next edit; hover, completion and navigation still work.';
      return { isTemplate: true, findings: [finding(ANALYSIS_STOPPED_CODE, 'info', message, { start: 0, end: 0 })], failures: [], childLocations: [] };
    });
    this.analyses.set(uri, { version, result });
    return result;
  }

  /**
   * The worker's analysis with the templates of the document's local nested stacks: those its last
   * analysis named; when this one names another, once more with that one read too.
   */
  private async analysisWithChildren(document: TextDocument): Promise<AnalysisResult> {
    const { uri, languageId } = document;
    const text = document.getText();
    const run = async (locations: readonly string[]): Promise<AnalysisResult> => {
      const children = await this.nested.read(uri, locations);
      return this.analysis.run({ kind: 'analyze', uri, text, languageId, children }, `analyze:${uri}`);
    };
    const given = this.nested.locationsOf(uri);
    const result = await run(given);
    this.nested.remember(uri, result.childLocations);
    return result.childLocations.some((location) => !given.includes(location)) ? run(result.childLocations) : result;
  }

  private async publish(uri: string, version: number, lines: Positions, findings: readonly Finding[], isTemplate: boolean): Promise<void> {
    const diagnostics = findingsToShow(findings).map((found) => toDiagnostic(found, lines, version));
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    const status: TemplateStatusParams = {
      uri,
      version,
      isTemplate,
      errors: findings.filter((found) => found.severity === 'error').length,
      warnings: findings.filter((found) => found.severity === 'warning').length,
      infos: findings.filter((found) => found.severity === 'info').length,
    };
    await this.connection.sendNotification(TEMPLATE_STATUS_NOTIFICATION, status);
  }

  async clear(uri: string): Promise<void> {
    this.cancel(uri);
    this.published.delete(uri);
    this.analyses.delete(uri);
    this.nested.forget(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private logFailures(failures: readonly RuleFailureReport[]): void {
    for (const { ruleId, detail } of failures) {
      if (this.loggedRuleFailures.has(ruleId)) continue;
      this.loggedRuleFailures.add(ruleId);
      this.connection.console.error(`Rule ${ruleId} failed; its findings are missing until it is fixed.\n${detail}`);
    }
  }
}
