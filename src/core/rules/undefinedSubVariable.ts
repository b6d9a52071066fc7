import { isMap, isSeq, nodeAt, type NodePath } from '../model';
import { undefinedNameFinding, undefinedReferences } from '../references';
import type { Template } from '../template';
import type { Rule } from './rule';

/**
 * `${Name}` in Fn::Sub that is not a parameter, resource, pseudo parameter or variable of the Sub. In
 * the list form, a name its variable map binds is declared; a map that is not written out (a function
 * that returns it) may bind anything, so such a Sub is left alone.
 */
export const undefinedSubVariableRule: Rule = {
  id: 'E1019',
  needsText: ['Sub'],
  description: 'Fn::Sub variables must be declared',
  run: (template) =>
    undefinedReferences(template, ['sub'])
      .filter((reference) => !reference.subHasVariables || hasWrittenVariableMap(template, reference.path))
      .map((reference) =>
      undefinedNameFinding(
        template,
        reference,
        'E1019',
        'error',
        reference.attribute === undefined
          ? `Fn::Sub variable '${reference.name}' is not a parameter, resource, pseudo parameter or variable of this Fn::Sub`
          : `Fn::Sub variable '${reference.name}.${reference.attribute}' names '${reference.name}', which is not a resource of this template`,
      ),
    ),
};

/** The Sub's variable map is a plain map of keys (no function computes it, no loop writes keys into it). */
function hasWrittenVariableMap(template: Template, path: NodePath): boolean {
  const sub = path.lastIndexOf('Fn::Sub');
  if (sub < 0) return false;
  const list = nodeAt(template.root, path.slice(0, sub + 1));
  // A list of another length is no [string, {variables}] Sub: its shape is the error (function-shapes reports it).
  if (!isSeq(list) || list.items.length !== 2) return false;
  const variables = list.items[1];
  return isMap(variables) && variables.entries.every((entry) => !entry.key.value.startsWith('Fn::') && entry.key.value !== 'Ref');
}
