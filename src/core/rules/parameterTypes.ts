import { finding, type Finding } from '../findings';
import { entryOf, isMap, isString } from '../model';
import { isDocumentedParameterType, isSsmValueType } from '../parameterTypes';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

/** Parameter Type must be one CloudFormation knows (E2002); SSM value types outside the documented ones warn (W2002). */
export const parameterTypesRule: Rule = {
  id: 'E2002',
  needsText: ['Parameters'],
  description: 'Parameters have a valid Type',
  otherIds: { W2002: 'SSM parameter types should be documented ones' },
  run: (template) => {
    const findings: Finding[] = [];
    for (const parameter of sectionOf(template.root, 'Parameters')?.entries ?? []) {
      const typeEntry = entryOf(parameter.value, 'Type');
      if (!isMap(parameter.value) || !typeEntry || !isString(typeEntry.value)) continue;
      const type = typeEntry.value.value;
      const path = ['Parameters', parameter.key.value, 'Type'];
      if (isDocumentedParameterType(type)) continue;
      if (isSsmValueType(type)) {
        findings.push(finding('W2002', 'warning', `'${type}' is not a documented SSM parameter type`, typeEntry.value.span, path));
      } else {
        findings.push(finding('E2002', 'error', `'${type}' is not a parameter type CloudFormation accepts`, typeEntry.value.span, path));
      }
    }
    return findings;
  },
};
