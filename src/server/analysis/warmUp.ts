import { analyze, parseTemplate, type TemplateFormat } from '../../core';
import { labTemplate, snippetByPrefix } from '../../core/snippets';

/** Lab templates of the resource types most templates use (EC2, Auto Scaling, load balancing, IAM, Lambda), in both formats. */
export const WARM_UP_STEPS: readonly (readonly [prefix: string, format: TemplateFormat])[] = [
  ['cfn-asg-alb', 'yaml'],
  ['cfn-lambda-version-alias', 'yaml'],
  ['cfn-asg-alb', 'json'],
];

/**
 * Runs the rules on a few lab templates, the results thrown away, while the server is still loading
 * its own bundle: the first document's analysis then starts from code V8 has already run and from the
 * schemas those types need, instead of doing both cold. One template per turn of the event loop, so a
 * job that arrives meanwhile waits for one at most.
 */
export function warmUp(steps = WARM_UP_STEPS, done?: () => void): void {
  const [step, ...rest] = steps;
  if (!step) return done?.();
  const snippet = snippetByPrefix(step[0]);
  try {
    if (snippet) analyze(parseTemplate(labTemplate(snippet, step[1]), step[1]));
  } catch {
    // Only a warm-up: a failure shows in the real analysis, where it is reported.
  }
  setImmediate(() => warmUp(rest, done));
}
