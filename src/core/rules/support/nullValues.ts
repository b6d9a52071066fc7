/**
 * Null values CloudFormation sees as written: it refuses a property written without a value ("'null' values are not
 * allowed in templates", its validation error), which is not a property left out. A template with a Transform is left
 * alone: SAM reads some nulls as a property left out, and a macro may rewrite the rest.
 */
import { isScalar, valueOf, type TemplateNode } from '../../model';
import type { Template } from '../../template';

/** Whether CloudFormation sees this template's nulls as written (no Transform runs first). */
export function refusesNulls(template: Template): boolean {
  return valueOf(template.root, 'Transform') === undefined;
}

export function isNull(node: TemplateNode | undefined): boolean {
  return isScalar(node) && node.value === null;
}
