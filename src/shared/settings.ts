import type { InlineMode } from '../core/knowledge/inline';

/** The `cfnCoach.*` settings as the server reads them (package.json holds their descriptions). */
export interface CoachSettings {
  enable: boolean;
  /** The optional local cfn-lint: off while `path` is empty; never run in an untrusted workspace. */
  cfnLint: CfnLintSettings;
  /** `cfnCoach.inline.mode`: exam notes at the end of lines, for resources only, or resources and properties. */
  inlineMode: InlineMode;
  /** `cfnCoach.codeLens.topics`: the exam topics each resource practises, as a code lens above it. */
  topicLens: boolean;
}

const INLINE_MODES: readonly string[] = ['off', 'resources', 'properties'];

export interface CfnLintSettings {
  path: string;
  timeoutMs: number;
}

export const SETTINGS_SECTION = 'cfnCoach';

export const DEFAULT_SETTINGS: CoachSettings = {
  enable: true,
  cfnLint: { path: '', timeoutMs: 10_000 },
  inlineMode: 'properties',
  topicLens: true,
};

export function readSettings(raw: unknown): CoachSettings {
  const value = (raw ?? {}) as Partial<CoachSettings>;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    cfnLint: readCfnLintSettings(value.cfnLint),
    inlineMode: readInlineMode((raw as { inline?: { mode?: unknown } } | undefined)?.inline?.mode),
    topicLens: readTopicLens((raw as { codeLens?: { topics?: unknown } } | undefined)?.codeLens?.topics),
  };
}

/** Bounds of `cfnCoach.cfnLint.timeoutMs` (package.json declares the same minimum and maximum). */
export const CFN_LINT_TIMEOUT_BOUNDS = { min: 500, max: 120_000 } as const;

function readCfnLintSettings(raw: unknown): CfnLintSettings {
  const value = (raw ?? {}) as Partial<CfnLintSettings>;
  return {
    path: typeof value.path === 'string' ? value.path.trim() : DEFAULT_SETTINGS.cfnLint.path,
    timeoutMs: readTimeout(value.timeoutMs),
  };
}

/** A whole number of milliseconds within bounds: Node rejects a fractional timeout outright. */
function readTimeout(timeoutMs: unknown): number {
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs)) return DEFAULT_SETTINGS.cfnLint.timeoutMs;
  const { min, max } = CFN_LINT_TIMEOUT_BOUNDS;
  return Math.min(max, Math.max(min, Math.round(timeoutMs)));
}

function readInlineMode(mode: unknown): InlineMode {
  return typeof mode === 'string' && INLINE_MODES.includes(mode) ? (mode as InlineMode) : DEFAULT_SETTINGS.inlineMode;
}

function readTopicLens(topics: unknown): boolean {
  return typeof topics === 'boolean' ? topics : DEFAULT_SETTINGS.topicLens;
}
