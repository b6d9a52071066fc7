/** T29: the one dynamic value AWS Config passes to a remediation document. */
import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { REMEDIATION, remediationParameters } from './remediations';

const RESOURCE_VALUE_API = 'https://docs.aws.amazon.com/config/latest/APIReference/API_ResourceValue.html';

/** CX2920: a ResourceValue whose Value is not RESOURCE_ID (an ARN or name Config does not pass). */
export const remediationResourceValue: CatalogueCheck = {
  id: 'CX2920',
  title: 'Remediation ResourceValue other than RESOURCE_ID',
  topics: ['T29'],
  severity: 'error',
  url: RESOURCE_VALUE_API,
  rejection: { quote: 'Valid Values: RESOURCE_ID', url: RESOURCE_VALUE_API },
  explanation: {
    what:
      'The only value AWS Config hands a remediation document from the noncompliant resource is its resource ID (for a bucket its ' +
      'name, for an instance its i-… id): ResourceValue takes Value RESOURCE_ID and nothing else. A document that needs an ARN ' +
      'must build it, or take a different input.',
    exam:
      'pick an SSM Automation document whose input is the resource ID (AWS-EnableS3BucketEncryption takes BucketName, ' +
      'AWS-StopEC2Instance takes InstanceId) and pass the role and fixed settings as StaticValue.',
    trap: 'RESOURCE_ARN or RESOURCE_NAME look plausible but do not exist: Config refuses the remediation configuration.',
  },
  resourceTypes: [REMEDIATION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { remediation, entry } of remediationParameters(context)) {
      const value = entryOf(valueOf(entry.value, 'ResourceValue'), 'Value');
      const given = literalString(value?.value);
      if (given === undefined || given === 'RESOURCE_ID') continue;
      hits.push({
        message: `Remediation parameter '${entry.key.value}' of '${remediation.logicalId}' asks for ResourceValue '${given}': AWS Config passes only RESOURCE_ID`,
        span: value!.value.span,
        path: ['Resources', remediation.logicalId, 'Properties', 'Parameters', entry.key.value, 'ResourceValue', 'Value'],
      });
    }
    return hits;
  },
};
