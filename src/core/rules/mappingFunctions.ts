/**
 * E7001: a mapping value computed by an intrinsic function, `Ref` or a pseudo parameter. CloudFormation reads
 * the Mappings section as literal data ("You can't include parameters, pseudo parameters, or intrinsic functions
 * in the Mappings section": https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/mappings-section-structure.html).
 */
import { finding, type Finding } from '../findings';
import { isMap, isSeq, type NodePath, type TemplateNode } from '../model';
import { keptEntries, sectionOf } from '../sections';
import { hasBrokenSyntax } from '../schema/parseState';
import { intrinsicName } from './exam/values';
import type { Rule } from './rule';

export const mappingFunctionsRule: Rule = {
  id: 'E7001',
  needsText: ['Mappings'],
  description: 'Mapping values are literal: no parameters, pseudo parameters or intrinsic functions',
  run(template) {
    const mappings = sectionOf(template.root, 'Mappings');
    if (!mappings || hasBrokenSyntax(template)) return [];
    const findings: Finding[] = [];
    for (const mapping of keptEntries(mappings)) {
      if (!isMap(mapping.value)) continue;
      for (const top of keptEntries(mapping.value)) {
        if (!isMap(top.value)) continue;
        for (const second of keptEntries(top.value)) {
          collect(second.value, ['Mappings', mapping.key.value, top.key.value, second.key.value], mapping.key.value, findings);
        }
      }
    }
    return findings;
  },
};

/** The functions in a value (a list's items too), reported where each is written. */
function collect(node: TemplateNode, path: NodePath, mapping: string, findings: Finding[]): void {
  if (isSeq(node)) {
    node.items.forEach((item, index) => collect(item, [...path, index], mapping, findings));
    return;
  }
  const name = intrinsicName(node);
  // A macro's Fn::Transform is replaced before CloudFormation reads the section.
  if (!name || name === 'Fn::Transform' || !isMap(node)) return;
  const message =
    `Mapping '${mapping}' computes a value with ${name}: mapping values must be literal strings or lists ` +
    '(no parameters, pseudo parameters or functions); compute the value where the mapping is used, around Fn::FindInMap';
  findings.push(finding('E7001', 'error', message, node.entries[0].key.span, [...path, name]));
}
