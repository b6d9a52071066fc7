/** The registry-constraint violations outside the resources' own Properties, shared by the constraint rules. */
import { memoized } from '../../memo';
import type { Template } from '../../template';
import { globalsConstraintViolations } from './globals';
import { loopConstraintViolations } from './loops';
import type { Violation } from './types';

/** A SAM template's Globals, then the bodies of Fn::ForEach loops; gathered once per template. */
export function violationsOutsideResources(template: Template): readonly Violation[] {
  return memoized(template, gathered);
}

function gathered(template: Template): readonly Violation[] {
  const globals = globalsConstraintViolations(template);
  const loops = loopConstraintViolations(template);
  return globals.length === 0 ? loops : loops.length === 0 ? globals : [...globals, ...loops];
}
