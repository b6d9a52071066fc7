/** What parsing left behind that the schema rules must respect. */
import { memoized } from '../memo';
import type { Template } from '../template';

/**
 * Syntax errors leave a partial model (a map cut short looks like missing properties): the schema
 * rules wait until the text parses. Duplicate keys (a warning) leave the model whole.
 */
export function hasBrokenSyntax(template: Template): boolean {
  if (template.parseFindings.length === 0) return false;
  // Read once per template: the per-resource rules ask for every resource (10,000 duplicate keys made it quadratic).
  return memoized(template, readBrokenSyntax);
}

function readBrokenSyntax(template: Template): boolean {
  return template.parseFindings.some((found) => found.ruleId === 'E0000');
}
