/**
 * Parameters named in `Metadata.AWS::CloudFormation::Interface`, which orders and labels them in the
 * console: each entry of `ParameterGroups[].Parameters` and each key of `ParameterLabels`. "A list of
 * case-sensitive parameter logical IDs to include in the group. Parameters must already be defined in the
 * `Parameters` section of the template." (AWS::CloudFormation::Interface ParameterGroup, user guide)
 */
import { isMap, isSeq, isString, valueOf, type NodePath, type ScalarNode, type TemplateNode } from '../model';
import type { Template } from '../template';
import { CollectedReference } from './collectedReference';
import type { Reference } from './types';

export const INTERFACE_KEY = 'AWS::CloudFormation::Interface';
const INTERFACE_PATH: NodePath = ['Metadata', INTERFACE_KEY];

/** The parameter names the console interface metadata refers to, groups first, then labels. */
export function interfaceReferences(template: Template): Reference[] {
  const metadata = valueOf(valueOf(template.root, 'Metadata'), INTERFACE_KEY);
  if (!isMap(metadata)) return [];
  const source = { template };
  const reference = (node: ScalarNode & { value: string }, path: NodePath) =>
    new CollectedReference('interfaceParameter', node.value, node, [...INTERFACE_PATH, ...path], INTERFACE_KEY, source, { start: 0, end: node.value.length });
  return [...groupParameters(metadata).map(({ node, path }) => reference(node, path)), ...labelKeys(metadata).map(({ node, path }) => reference(node, path))];
}

interface NamedNode {
  node: ScalarNode & { value: string };
  path: NodePath;
}

function groupParameters(metadata: TemplateNode | undefined): NamedNode[] {
  const groups = valueOf(metadata, 'ParameterGroups');
  if (!isSeq(groups)) return [];
  return groups.items.flatMap((group, groupIndex) => {
    const parameters = valueOf(group, 'Parameters');
    if (!isSeq(parameters)) return [];
    return parameters.items.flatMap((item, index): NamedNode[] =>
      isString(item) ? [{ node: item, path: ['ParameterGroups', groupIndex, 'Parameters', index] }] : [],
    );
  });
}

function labelKeys(metadata: TemplateNode | undefined): NamedNode[] {
  const labels = valueOf(metadata, 'ParameterLabels');
  if (!isMap(labels)) return [];
  return labels.entries.map((entry) => ({ node: entry.key, path: ['ParameterLabels', entry.key.value] }));
}
