import { failsOnRenderedSyntax, looksLikeTemplateText, isTemplateModel } from './detect';
import { finding, type Finding } from './findings';
import { LineIndex } from './lines';
import { isMap, type TemplateNode } from './model';
import { DUPLICATE_KEY, withLineFeeds, type ParseResult } from './parse/common';
import { reparseYamlEdit } from './parse/incremental';
import { parseJson } from './parse/jsonParser';
import { parseYaml } from './parse/yamlParser';

export type TemplateFormat = 'yaml' | 'json';

/** CloudFormation accepts at most 1 MB of template; past this size we do not parse at all. */
export const MAX_ANALYSED_LENGTH = 5_000_000;

export interface Template {
  /** The document's text, lone CRs (old Mac line ends) read as LFs: the same length and offsets. */
  readonly text: string;
  readonly format: TemplateFormat;
  readonly root: TemplateNode | undefined;
  /** Syntax problems: broken YAML or JSON, duplicate keys, unknown tags. */
  readonly parseFindings: Finding[];
  /** Whether the content is a CloudFormation template; everything else stays silent. */
  readonly isTemplate: boolean;
  readonly lines: LineIndex;
  /**
   * For a template with syntax errors that `updateTemplate` made: the latest version before it without
   * them, so re-parsing this text or a variant of it needs to parse only what changed since.
   */
  readonly lastClean?: Template;
}

export function parseTemplate(original: string, format: TemplateFormat): Template {
  // Lone CRs end lines, as LF does: the model's text has LFs there, at the same offsets (rules scan for LF).
  const text = withLineFeeds(original);
  if (text.length > MAX_ANALYSED_LENGTH) return tooLarge(text, format);
  // A byte-order mark is not content. The yaml package skips it itself (a space would indent the
  // first line); for JSON a space keeps every offset where it was.
  const source = format === 'json' && text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const { root, findings, firstDocumentEnd } = format === 'json' ? parseJsonOrYaml(source) : parseYaml(source);
  // Of several YAML documents only the first can be a template: a manifest followed by a template is none.
  const read = firstDocumentEnd === undefined ? source : source.slice(0, firstDocumentEnd);
  // A file that parsed (warnings at most, a key written twice) is judged by its model alone; one that did not, by its
  // text, unless it fails on a Jinja or ERB tag (a source a tool renders first).
  const firstError = findings.filter((found) => found.severity === 'error').sort((a, b) => a.span.start - b.span.start)[0];
  const rendered = firstError !== undefined && failsOnRenderedSyntax(read, firstError.span.start);
  const isTemplate = !rendered && (isTemplateModel(root) || (firstError !== undefined && looksLikeTemplateText(read)));
  return withLines({ text, format, root, parseFindings: firstSyntaxError(findings), isTemplate });
}

/**
 * CloudFormation's readers stop at the first syntax error; what a recovering parser says after it (every
 * comma of a JSON file with trailing commas, a key "written twice" because the next resource was merged
 * into a map left open) is a guess. With an error, only the earliest is kept, and what was read before it.
 */
function firstSyntaxError(findings: Finding[]): Finding[] {
  const errors = findings.filter((found) => found.ruleId === 'E0000');
  if (errors.length === 0) return findings;
  const first = errors.reduce((earliest, found) => (found.span.start < earliest.span.start ? found : earliest));
  return findings.filter((found) => found === first || (found.ruleId !== 'E0000' && found.span.start < first.span.start));
}

/**
 * The template after an edit to `previous`: the same result as `parseTemplate(text, previous.format)`,
 * faster when the text differs from the latest clean version only inside one entry of a YAML template.
 */
export function updateTemplate(previous: Template, original: string): Template {
  const text = withLineFeeds(original);
  const base = previous.parseFindings.length === 0 ? previous : previous.lastClean;
  const root = base && reparsedRoot(base, text);
  if (root) return withLines({ text, format: 'yaml', root, parseFindings: [], isTemplate: isTemplateModel(root) });
  const parsed = parseTemplate(text, previous.format);
  return parsed.parseFindings.length === 0 || !base ? parsed : withLines({ ...fieldsOf(parsed), lastClean: base });
}

function reparsedRoot(base: Template, text: string): TemplateNode | undefined {
  if (base.format !== 'yaml' || !base.root || text.length > MAX_ANALYSED_LENGTH) return undefined;
  return reparseYamlEdit(base.root, base.text, text);
}

/**
 * CloudFormation reads a template's body as YAML, of which JSON is a subset, so text that looks like
 * JSON but is not (a trailing comma, 'single quotes', a # comment) still deploys when it is valid YAML.
 * Such text is read as YAML, with one warning where JSON tools will stop.
 */
function parseJsonOrYaml(source: string): ParseResult {
  const json = parseJson(source);
  if (!json.findings.some((found) => !isDuplicateKey(found) && yamlMayAccept(source, found.span.start))) return json;
  // A // or /* comment is text to YAML, which would swallow the key after it: the JSON reading says more.
  if (json.findings.some((found) => source.startsWith('//', found.span.start) || source.startsWith('/*', found.span.start))) return json;
  const yaml = parseYaml(source);
  // A key written twice is a finding of its own in either reading; anything else means YAML does not accept it either.
  if (!yaml.findings.every(isDuplicateKey) || !isMap(yaml.root)) return json;
  const first = json.findings[0];
  const message = `This is not valid JSON (${first.message}), but CloudFormation reads templates as YAML, which accepts it; JSON tools and editors will not`;
  return { ...yaml, findings: [finding('W0001', 'warning', message, first.span), ...yaml.findings] };
}

function isDuplicateKey(found: Finding): boolean {
  return found.ruleId === DUPLICATE_KEY;
}

/**
 * Whether the JSON error at `offset` is one YAML accepts: a 'single-quoted' string, a # comment, or a
 * comma before a closing bracket. Others (a missing comma or value, often a half-typed edit) are not
 * worth a YAML parse, which is ten times slower.
 */
function yamlMayAccept(text: string, offset: number): boolean {
  const char = text[offset];
  if (char === "'" || char === '#') return true;
  if (char !== '}' && char !== ']') return false;
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  return text[before] === ',';
}

function fieldsOf({ text, format, root, parseFindings, isTemplate }: Template): Omit<Template, 'lines'> {
  return { text, format, root, parseFindings, isTemplate };
}

function tooLarge(text: string, format: TemplateFormat): Template {
  const isTemplate = looksLikeTemplateText(text);
  const megabytes = (text.length / 1_000_000).toFixed(1);
  const message =
    `This template is ${megabytes} MB, too large to analyse: CloudFormation accepts at most 1 MB, ` +
    `and CloudFormation Exam Coach analyses files up to ${MAX_ANALYSED_LENGTH / 1_000_000} MB`;
  const parseFindings = isTemplate ? [finding('I0001', 'warning', message, { start: 0, end: 0 })] : [];
  return withLines({ text, format, root: undefined, parseFindings, isTemplate });
}

/**
 * A plain property, not a getter closing over `fields`: an object literal's getter gets a hidden class
 * of its own that holds the closure from old space, which kept every parsed tree alive past young
 * collections (scavenges of tens of milliseconds). The index finds its line starts on first use.
 */
function withLines(fields: Omit<Template, 'lines'>): Template {
  return { ...fields, lines: new LineIndex(fields.text) };
}

/** JSON or YAML, from the editor's language id, else the file name, else the first character. */
export function formatOf(languageId: string | undefined, fileName: string | undefined, text: string): TemplateFormat {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  // A JSON template opened as YAML (`*.template` associated with YAML): edits must stay JSON.
  if (languageId === 'yaml') return looksLikeJson(text) ? 'json' : 'yaml';
  if (fileName && /\.(json|template)$/i.test(fileName) && text.trimStart().startsWith('{')) return 'json';
  if (fileName && /\.ya?ml$/i.test(fileName)) return 'yaml';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

/**
 * A document that opens with `{` and a quoted key (or an empty object) is JSON being written, whatever the
 * editor calls it, even while a half-typed edit makes it invalid; a flow-style YAML map has bare keys.
 */
function looksLikeJson(text: string): boolean {
  return /^\s*\{\s*("|\}|$)/.test(text);
}
