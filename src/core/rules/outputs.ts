import { conditionsExclusive } from '../conditions';
import { finding, type Finding } from '../findings';
import { entryOf, isMap, isScalar, isSeq, isString, valueOf, type MapEntry, type TemplateNode } from '../model';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

const isFunctionCall = (entry: MapEntry | undefined) =>
  isMap(entry?.value) && entry.value.entries.length === 1 && /^(Ref|Fn::.*)$/.test(entry.value.entries[0].key.value);

/**
 * Outputs: each needs a Value (cfn-lint E6002); an Export needs a Name (E6002) that is a string or a
 * function returning one (E6102); two outputs cannot export the same name (our own X6001:
 * CloudFormation rejects the stack) unless their conditions can never both hold; an export name holds
 * only letters, digits, colons and hyphens (our own X6002): CloudFormation answers another with "Template
 * format error: Output Name is malformed. The Name field of every Export member must be specified and
 * consist only of alphanumeric characters, colons, or hyphens." A Description is a literal string (E6005:
 * "Template format error: Every Description member must be a string"; no function is resolved there).
 */
export const outputsRule: Rule = {
  id: 'E6002',
  needsText: ['Outputs'],
  description: 'Outputs need a Value, and exports a unique string Name',
  otherIds: {
    E6005: 'An output Description must be a literal string',
    E6102: 'An export Name must be a string',
    X6001: 'Export names must be unique in an account and Region',
    X6002: 'Export names hold only letters, digits, colons and hyphens',
  },
  run: (template) => {
    const findings: Finding[] = [];
    const exported = new Map<string, Exporter[]>();
    const seen = new Set<string>();
    for (const output of sectionOf(template.root, 'Outputs')?.entries ?? []) {
      const name = output.key.value;
      // A duplicate output is a parse error already; only the first counts.
      if (seen.has(name) || name.startsWith('Fn::ForEach::') || !isMap(output.value)) continue;
      seen.add(name);
      const value = entryOf(output.value, 'Value');
      if (!value || (isScalar(value.value) && value.value.value === null)) {
        findings.push(finding('E6002', 'error', `Output '${name}' needs a Value`, output.key.span, ['Outputs', name]));
      }
      const description = entryOf(output.value, 'Description');
      if (description && (isMap(description.value) || isSeq(description.value))) {
        const message = `The Description of output '${name}' must be a literal string, but it is ${whatIsWritten(description.value)}: CloudFormation rejects the template ("Every Description member must be a string")`;
        findings.push(finding('E6005', 'error', message, description.value.span, ['Outputs', name, 'Description']));
      }
      const exportEntry = entryOf(output.value, 'Export');
      if (!exportEntry) continue;
      const exportName = entryOf(exportEntry.value, 'Name');
      if (!exportName) {
        findings.push(finding('E6002', 'error', `The Export of output '${name}' needs a Name`, exportEntry.key.span, ['Outputs', name, 'Export']));
        continue;
      }
      const path = ['Outputs', name, 'Export', 'Name'];
      if (isSeq(exportName.value) || (isMap(exportName.value) && !isFunctionCall(exportName))) {
        findings.push(finding('E6102', 'error', 'An export Name must be a string', exportName.value.span, path));
        continue;
      }
      const stray = strayCharacters(exportName.value);
      if (stray) {
        const message = `Export name of output '${name}' has ${stray}: CloudFormation takes only letters, digits, colons and hyphens in an export name ("Output Name is malformed")`;
        findings.push(finding('X6002', 'error', message, exportName.value.span, path));
      }
      const key = exportKey(exportName);
      if (key === undefined) continue;
      const exporter: Exporter = { name, condition: conditionOf(output.value) };
      const earlier = exported.get(key) ?? [];
      const clash = earlier.find((other) => canBothExport(template.root, other, exporter));
      if (clash) {
        findings.push(finding('X6001', 'error', `Output '${clash.name}' already exports this name: export names must be unique in an account and Region`, exportName.value.span, path));
      }
      exported.set(key, [...earlier, exporter]);
    }
    return findings;
  },
};

function whatIsWritten(node: TemplateNode): string {
  if (isSeq(node)) return 'a list';
  const key = isMap(node) && node.entries.length === 1 ? node.entries[0].key.value : '';
  return /^(Ref|Fn::.*)$/.test(key) ? `the function ${key}` : 'a map';
}

/** An output that exports a name, and the condition it is created under. */
interface Exporter {
  name: string;
  condition?: string;
}

function conditionOf(output: TemplateNode): string | undefined {
  const condition = valueOf(output, 'Condition');
  return isString(condition) ? condition.value : undefined;
}

/** Two outputs under conditions that can never both be true are never in one stack together. */
function canBothExport(root: TemplateNode | undefined, first: Exporter, second: Exporter): boolean {
  if (first.condition === undefined || second.condition === undefined) return true;
  return !conditionsExclusive(root, first.condition, second.condition);
}

/** A comparable form of an export name: literal strings and Fn::Sub strings. */
function exportKey(entry: MapEntry): string | undefined {
  if (isString(entry.value)) return entry.value.value;
  if (isMap(entry.value) && entry.value.entries.length === 1 && entry.value.entries[0].key.value === 'Fn::Sub') {
    const sub = entry.value.entries[0].value;
    return isString(sub) ? `Fn::Sub ${sub.value}` : undefined;
  }
  return undefined;
}

/** Characters other than letters, digits, `:` and `-` in the text an export name writes out (a Sub's variables left aside). */
function strayCharacters(node: TemplateNode): string | undefined {
  const sub = isMap(node) && node.entries.length === 1 && node.entries[0].key.value === 'Fn::Sub' ? node.entries[0].value : undefined;
  const text = isString(node) ? node.value : isString(sub) ? sub.value.replace(/\$\{[^}]*\}/g, '') : isSeq(sub) && isString(sub.items[0]) ? sub.items[0].value.replace(/\$\{[^}]*\}/g, '') : undefined;
  const found = text === undefined ? [] : [...new Set(text.match(/[^A-Za-z0-9:-]/g) ?? [])];
  if (found.length === 0) return undefined;
  return found.map((character) => (character === ' ' ? 'a space' : `'${character}'`)).join(', ');
}
