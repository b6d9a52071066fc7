/**
 * Messages between the language server's main thread and the analysis worker (a worker thread on
 * Node, a nested web worker in the browser build). Plain data only: they are structured-cloned.
 */
import type { ChildText, Finding, Position } from '../../core';
import type { GraphResult } from '../../shared/protocol';
import type { StudyCoverageResult } from '../../shared/study';

/** A document as the worker needs it: the text decides; the version only labels the answer. */
export interface DocumentText {
  uri: string;
  text: string;
  /** The editor's language id (yaml, json, jsonc), when known. */
  languageId?: string;
}

export type { ChildText };

export type AnalysisJob =
  /** `children`: the local nested stack templates the server read (see AnalysisResult.childLocations). */
  | ({ kind: 'analyze'; children?: ChildText[] } & DocumentText)
  | ({ kind: 'graph'; savedText?: string } & DocumentText)
  | ({ kind: 'studySheet'; fileName: string } & DocumentText)
  /** The code lenses above resources: the exam topics each practises (when `topics`), "Show deployment" on simulated ones. */
  | ({ kind: 'codeLens'; topics: boolean } & DocumentText)
  | { kind: 'studyCoverage'; files: DocumentText[] }
  /** Drop what the worker keeps for a closed document (its parse and per-resource results). */
  | { kind: 'forget'; uri: string };

/** A code lens: where it stands (a resource's logical ID), what it says and what it runs ('' for a label). */
export interface ResourceLens {
  range: { start: Position; end: Position };
  logicalId: string;
  kind: 'topics' | 'deployment';
  title: string;
  tooltip: string;
  command: string;
  arguments?: unknown[];
}

/** A rule that threw: its id and the error's stack or message. */
export interface RuleFailureReport {
  ruleId: string;
  detail: string;
}

export interface AnalysisResult {
  isTemplate: boolean;
  findings: Finding[];
  failures: RuleFailureReport[];
  /** The local paths the template's nested stacks load their templates from: what to read for the next analysis. */
  childLocations: string[];
}

export interface JobResults {
  analyze: AnalysisResult;
  graph: GraphResult | null;
  studySheet: { markdown: string } | null;
  codeLens: ResourceLens[];
  studyCoverage: StudyCoverageResult;
  forget: null;
}

export type JobKind = AnalysisJob['kind'];

/** Main thread → worker. */
export interface JobMessage {
  id: number;
  job: AnalysisJob;
}

/**
 * Worker → main thread: the job's result, or the message of the error it threw; `ready` once loaded,
 * with the worker's thread id where the system tells it (Linux), so its processor time can be read.
 */
export type WorkerMessage = { id: number; result: unknown } | { id: number; error: string } | { ready: true; thread?: number };

/** Either side of the channel: a Node worker thread, a web worker, or the same thread (no worker). */
export interface WorkerPort {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called when the worker dies (an uncaught error, or it could not load). */
  onError(listener: (error: Error) => void): void;
  /** Stops the worker at once, whatever it is doing. */
  terminate(): void;
  /** The processor time the worker has used so far, in ms, where it can be read; else wall time is counted. */
  cpuTimeMs?(): number | undefined;
}
