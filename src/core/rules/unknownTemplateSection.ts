import { finding, type Finding, type Fix } from '../findings';
import { isMap, isScalar, isSeq, isString, valueOf, type TemplateNode } from '../model';
import { closestName } from '../schema/suggest';
import { TEMPLATE_SECTIONS } from '../sections';
import { hasBrokenSyntax } from '../schema/parseState';
import { removeEntry } from './support/edits';
import type { Rule } from './rule';

/** The one template format version there is. */
const FORMAT_VERSION = '2010-09-09';

export const unknownTemplateSectionRule: Rule = {
  id: 'E1001',
  description: 'Top-level keys must be template sections',
  run(template) {
    const root = template.root;
    if (!isMap(root) || hasBrokenSyntax(template)) return [];
    // Hooks is the section of CodeDeploy blue/green deployments, read by that transform.
    const sections: readonly string[] = hasTransform(valueOf(root, 'Transform'), 'AWS::CodeDeployBlueGreen')
      ? [...TEMPLATE_SECTIONS, 'Hooks']
      : TEMPLATE_SECTIONS;
    const findings: Finding[] = [];
    for (const entry of root.entries) {
      const key = entry.key.value;
      if (sections.includes(key)) continue;
      const suggestion = closestName(key, sections);
      const message = `Unknown template section '${key}'` + (suggestion ? `. Did you mean '${suggestion}'?` : '');
      const found = finding('E1001', 'error', message, entry.key.span, [key]);
      const fixes: Fix[] = [];
      if (suggestion && !root.entries.some((other) => other.key.value === suggestion)) {
        const newText = template.text.slice(entry.key.span.start, entry.key.span.end).replace(key, suggestion);
        fixes.push({ title: `Change to '${suggestion}'`, edits: [{ span: entry.key.span, newText }], preferred: true });
      }
      const removal = removeEntry(template, root, entry);
      if (removal) fixes.push({ title: `Remove '${key}'`, edits: [removal] });
      if (fixes.length) found.fixes = fixes;
      findings.push(found);
    }
    const version = valueOf(root, 'AWSTemplateFormatVersion');
    if (version && !(isScalar(version) && String(version.value) === FORMAT_VERSION)) {
      const message = `AWSTemplateFormatVersion must be '${FORMAT_VERSION}', the only version there is`;
      findings.push(finding('E1001', 'error', message, version.span, ['AWSTemplateFormatVersion']));
    }
    return findings;
  },
};

function hasTransform(transform: TemplateNode | undefined, name: string): boolean {
  if (isString(transform)) return transform.value === name;
  return isSeq(transform) && transform.items.some((item) => hasTransform(item, name));
}
