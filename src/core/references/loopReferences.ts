/** How a reference written in a Fn::ForEach body is checked (see forEach.ts for the transform). */
import { isMap, isString, valueOf, type ScalarNode, type TemplateNode } from '../model';
import { substituteLoopItems, type LoopScope } from './forEach';
import type { Reference } from './types';

/**
 * Puts the loop items of one copy of the body into a reference's name (and mapping key parents):
 * - 'skip': the name is a loop identifier (`Ref: Id`, `${Id}`: the item itself) or holds an unknown item;
 * - 'generated': the name depends on an item, so it is not written as such in the source (no navigation,
 *   no exact span);
 * - 'plain': the name is the same in every copy.
 */
export function placeInLoop(reference: Reference, scope: LoopScope): 'skip' | 'generated' | 'plain' {
  if ((reference.kind === 'ref' || reference.kind === 'sub') && scope.has(reference.name)) return 'skip';
  const name = substituteLoopItems(reference.name, scope);
  const parents = reference.parents?.map((parent) => substituteLoopItems(parent, scope));
  if (name === undefined || parents?.includes(undefined)) return 'skip';
  reference.inLoop = true;
  const changed = name !== reference.name || parents?.some((parent, i) => parent !== reference.parents![i]);
  if (!changed) return 'plain';
  reference.name = name;
  if (parents) reference.parents = parents as string[];
  reference.exact = false;
  return 'generated';
}

/**
 * `{Fn::Sub: 'Subnet${Id}'}` as the argument of Ref or Fn::GetAtt in a loop body: once the transform
 * writes the items in, no variable is left and the string is the name. Undefined when variables remain.
 */
export function subbedNameText(argument: TemplateNode, scope: LoopScope): (ScalarNode & { value: string }) | undefined {
  if (!isMap(argument) || argument.entries.length !== 1) return undefined;
  const text = valueOf(argument, 'Fn::Sub');
  if (!isString(text)) return undefined;
  const name = substituteLoopItems(text.value, scope);
  return name !== undefined && name.includes('${') ? undefined : text;
}
