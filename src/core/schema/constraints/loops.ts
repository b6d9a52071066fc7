/**
 * The registry constraints of the resources a `Fn::ForEach` loop writes out, judged on the loop body as
 * written: a value that holds the loop's `${Identifier}` (or `&{Identifier}`) placeholder is left alone,
 * since each copy gets its own; everything else is the same in every copy, so a problem there is in each.
 */
import { isScalar } from '../../model';
import { memoized } from '../../memo';
import { loopResourceDeclarations, type LoopResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Violation } from './types';
import { resourceConstraintPass } from './walk';

const PLACEHOLDER = /[$&]\{/;

export function loopConstraintViolations(template: Template): readonly Violation[] {
  return memoized(template, loopPass);
}

function loopPass(template: Template): Violation[] {
  return loopResourceDeclarations(template.root).flatMap((resource) =>
    resourceConstraintPass(template, resource)
      .violations.filter((violation) => !holdsPlaceholder(violation))
      .map((violation) => ({ ...violation, path: loopPath(resource, violation.path) })),
  );
}

function holdsPlaceholder(violation: Violation): boolean {
  const { node } = violation;
  return isScalar(node) && typeof node.value === 'string' && PLACEHOLDER.test(node.value);
}

/** `Resources/${Name}Queue/…` as it is written: under the loop's key and its third item. */
function loopPath(resource: LoopResourceDeclaration, path: Violation['path']): Violation['path'] {
  return ['Resources', resource.loopKey, 2, ...path.slice(1)];
}
