import { finding } from '../findings';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

/** Parameter names (logical IDs) must be alphanumeric. */
export const parameterNamesRule: Rule = {
  id: 'E2003',
  description: 'Parameter names are alphanumeric',
  run: (template) =>
    (sectionOf(template.root, 'Parameters')?.entries ?? [])
      .filter((parameter) => !/^[A-Za-z0-9]+$/.test(parameter.key.value))
      .map((parameter) =>
        finding('E2003', 'error', `Parameter name '${parameter.key.value}' must contain only letters and digits`, parameter.key.span, ['Parameters', parameter.key.value]),
      ),
};
