import { finding, type Finding } from '../findings';
import { entryOf, isMap, isScalar, isSeq, isString, type MapEntry } from '../model';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

const isFunctionCall = (entry: MapEntry | undefined) =>
  isMap(entry?.value) && entry.value.entries.length === 1 && /^(Ref|Fn::.*)$/.test(entry.value.entries[0].key.value);

/**
 * Outputs: each needs a Value (cfn-lint E6002); an Export needs a Name (E6002) that is a string or a
 * function returning one (E6102); two outputs cannot export the same name (our own X6001:
 * CloudFormation rejects the stack).
 */
export const outputsRule: Rule = {
  id: 'E6002',
  description: 'Outputs need a Value, and exports a unique string Name',
  otherIds: { E6102: 'An export Name must be a string', X6001: 'Export names must be unique in a region' },
  run: (template) => {
    const findings: Finding[] = [];
    const exported = new Map<string, string>();
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
      const key = exportKey(exportName);
      const first = key === undefined ? undefined : exported.get(key);
      if (first) {
        findings.push(finding('X6001', 'error', `Output '${first}' already exports this name: export names must be unique in a region`, exportName.value.span, path));
      } else if (key !== undefined) exported.set(key, name);
    }
    return findings;
  },
};

/** A comparable form of an export name: literal strings and Fn::Sub strings. */
function exportKey(entry: MapEntry): string | undefined {
  if (isString(entry.value)) return entry.value.value;
  if (isMap(entry.value) && entry.value.entries.length === 1 && entry.value.entries[0].key.value === 'Fn::Sub') {
    const sub = entry.value.entries[0].value;
    return isString(sub) ? `Fn::Sub ${sub.value}` : undefined;
  }
  return undefined;
}
