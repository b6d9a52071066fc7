import { finding, type Finding } from '../findings';
import { entryOf, isMap, isString } from '../model';
import { isDocumentedParameterType, isSsmValueType } from '../parameterTypes';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

/**
 * CloudFormation's list of Systems Manager parameter types it does not support: a SecureString, alone or in a list
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-supplied-parameter-types.html).
 */
const SECURE_STRING_TYPE = /^AWS::SSM::Parameter::Value<\s*(List<\s*)?SecureString\s*>?\s*>$/;

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
      if (SECURE_STRING_TYPE.test(type)) {
        const message = `'${type}' is not a parameter type CloudFormation supports: a SecureString parameter cannot be a template parameter; read it where it is used with a {{resolve:ssm-secure:…}} dynamic reference`;
        findings.push(finding('E2002', 'error', message, typeEntry.value.span, path));
      } else if (isSsmValueType(type)) {
        findings.push(finding('W2002', 'warning', `'${type}' is not a documented SSM parameter type`, typeEntry.value.span, path));
      } else {
        findings.push(finding('E2002', 'error', `'${type}' is not a parameter type CloudFormation accepts`, typeEntry.value.span, path));
      }
    }
    return findings;
  },
};
