/** T07: instances launched with the instance metadata service answering version 1 requests. */
import { entryOf, isScalar, nodeAt, type NodePath } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

/** Where each resource type keeps its metadata options. */
const HOLDERS: readonly { type: string; path: NodePath }[] = [
  { type: 'AWS::EC2::LaunchTemplate', path: ['LaunchTemplateData', 'MetadataOptions'] },
  { type: 'AWS::EC2::Instance', path: ['MetadataOptions'] },
  { type: 'AWS::AutoScaling::LaunchConfiguration', path: ['MetadataOptions'] },
];

/** CX0721: HttpTokens optional lets IMDSv1 requests (no session token) read the instance's credentials. */
export const metadataServiceV1: CatalogueCheck = {
  id: 'CX0721',
  title: 'Instance, launch template or launch configuration accepts IMDSv1 requests (HttpTokens optional)',
  topics: ['T07', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
  explanation: {
    what:
      'The instance metadata service hands out the credentials of the instance role. With HttpTokens optional it also answers ' +
      'version 1 requests, plain GETs with no session token, which a server-side request forgery (SSRF) flaw in the application ' +
      'can make on an attacker\'s behalf. With HttpTokens required only IMDSv2 is served: each request needs a token obtained ' +
      'with a PUT first.',
    exam: '"protect the instance role credentials from SSRF" is HttpTokens: required (IMDSv2), with HttpPutResponseHopLimit 2 for containers on the instance.',
    scenario: 'a security review requires that instances only accept IMDSv2',
  },
  resourceTypes: HOLDERS.map((holder) => holder.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, path } of HOLDERS) {
      for (const resource of context.resources(type)) {
        const entry = entryOf(nodeAt(resource.properties, path), 'HttpTokens');
        if (!entry || literalString(entry.value) !== 'optional') continue;
        hits.push({
          message: `${type === 'AWS::EC2::Instance' ? `Instance '${resource.logicalId}' has a metadata service that` : `'${resource.logicalId}' launches instances whose metadata service`} answers IMDSv1 requests (HttpTokens optional): an SSRF flaw can read the role's credentials`,
          span: entry.value.span,
          path: ['Resources', resource.logicalId, 'Properties', ...path, 'HttpTokens'],
          ...(isScalar(entry.value) ? { fixes: [{ title: 'Require IMDSv2 tokens', edits: [replaceScalar(context.template, entry.value, 'required')], preferred: true }] } : {}),
        });
      }
    }
    return hits;
  },
};
