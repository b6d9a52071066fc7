import { sectionOf } from '../../../sections';
import { isMap } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { dynamicReferences } from './dynamicReferences';

const PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm.html';

/** Whether an ssm reference's key (`name:version`, the name possibly an ARN) ends with a version number. */
function hasVersion(key: string): boolean {
  const name = key.startsWith('arn:') ? key.slice(key.indexOf(':parameter/') + 1) : key;
  return /:\d+$/.test(name);
}

/** CX2125: an ssm dynamic reference in the Parameters section without a version. */
export const ssmParameterReferenceVersion: CatalogueCheck = {
  id: 'CX2125',
  title: 'ssm dynamic reference in the Parameters section without a version',
  topics: ['T21'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote: 'To use a ssm dynamic reference in the Parameters section of your CloudFormation template, you must include a version number.',
    url: PAGE,
  },
  explanation: {
    what:
      'In Resources and Outputs, {{resolve:ssm:name}} reads the latest version of the parameter. In the Parameters section (a ' +
      "parameter's Default) the reference must name a version, {{resolve:ssm:name:3}}, or CloudFormation refuses the template.",
    exam:
      'to always take the latest value of a Parameter Store entry as a template parameter, use a parameter of type ' +
      'AWS::SSM::Parameter::Value<String> with the parameter name as Default: CloudFormation resolves it at each deployment.',
  },
  // It reads the Parameters section whatever the resources: the type names what such templates usually declare.
  resourceTypes: ['AWS::SSM::Parameter'],
  readsEveryResource: true,
  needsText: ['{{resolve:ssm:'],
  run(context) {
    const hits: CheckHit[] = [];
    const parameters = sectionOf(context.template.root, 'Parameters');
    if (!isMap(parameters)) return hits;
    for (const reference of dynamicReferences(parameters, ['Parameters'])) {
      if (reference.service !== 'ssm' || reference.key.includes('${') || hasVersion(reference.key)) continue;
      hits.push({
        message: `The reference {{resolve:ssm:${reference.key}}} in the Parameters section names no version: write {{resolve:ssm:${reference.key}:VERSION}}, or use a parameter of type AWS::SSM::Parameter::Value<String>`,
        span: reference.node.span,
        path: reference.path,
      });
    }
    return hits;
  },
};
