import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  analyze,
  attachChildTemplates,
  ChildTemplateReader,
  formatOf,
  localTemplateLocations,
  parseTemplate,
  type Finding,
  type NodePath,
  type Severity,
  type Template,
} from '../core';

/** A 1-based line and column (columns count UTF-16 code units, as SARIF does by default). */
export interface CliPosition {
  line: number;
  column: number;
}

/** One finding as the CLI prints it: editor-neutral, with the file it is in. */
export interface CliFinding {
  file: string;
  ruleId: string;
  level: Severity;
  message: string;
  range: { start: CliPosition; end: CliPosition };
  /** e.g. "Resources/MyAsg/Properties/MinSize"; null for findings not tied to a node (parse errors). */
  path: string | null;
}

export interface FileResult {
  file: string;
  /** False for YAML/JSON files that are not CloudFormation templates: they are skipped. */
  isTemplate: boolean;
  findings: CliFinding[];
  /** Rules that threw on this file (their findings are missing). */
  failedRules: string[];
}

/**
 * Analyses one document's text; `file` names it in the findings and picks JSON or YAML. With
 * `readChild`, nested stacks whose template is a local path are checked against that file.
 */
export function lintText(text: string, file: string, readChild?: (location: string) => string | null | undefined): FileResult {
  const template = parseTemplate(text, formatOf(undefined, file, text));
  if (readChild) attachChildTemplates(template, childTemplates(template, readChild));
  const analysis = analyze(template);
  const findings = analysis.findings
    .slice()
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
    .map((found) => toCliFinding(found, template, file));
  return {
    file,
    isTemplate: template.isTemplate,
    findings,
    failedRules: analysis.failures.map((failure) => failure.ruleId),
  };
}

export async function lintFile(file: string): Promise<FileResult> {
  return lintText(await readFile(file, 'utf8'), file, childFileReader(file));
}

/** Reads a nested stack's template from a path relative to the parent's file; null when no file is there, undefined when it cannot be read. */
export function childFileReader(parentFile: string): (location: string) => string | null | undefined {
  return (location) => {
    try {
      return readFileSync(resolve(dirname(parentFile), location), 'utf8');
    } catch (error) {
      return ['ENOENT', 'EISDIR'].includes((error as { code?: string }).code ?? '') ? null : undefined;
    }
  };
}

/** One reader for the run: a child that several parents name is parsed once. */
const children = new ChildTemplateReader();

function childTemplates(template: Template, readChild: (location: string) => string | null | undefined) {
  return children.read(
    localTemplateLocations(template).map((location) => {
      const text = readChild(location);
      return { location, uri: location, text: text ?? null, missing: text === null };
    }),
  );
}

function toCliFinding(found: Finding, template: Template, file: string): CliFinding {
  return {
    file,
    ruleId: found.ruleId,
    level: found.severity,
    message: found.message,
    range: { start: positionOf(template, found.span.start), end: positionOf(template, found.span.end) },
    path: found.path ? pathString(found.path) : null,
  };
}

function positionOf(template: Template, offset: number): CliPosition {
  const { line, character } = template.lines.positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

export function pathString(path: NodePath): string {
  return path.join('/');
}
