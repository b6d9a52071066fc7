/** T32: properties that take a role's ARN, given `Ref` of the role (its name). */
import { valueOf, type NodePath } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from '../data/common';
import { refForArn } from '../data/refForArn';

/** Where a resource names its service role by ARN only (the API takes no role name there). */
const ROLE_ARN_PLACES: readonly { type: string; path: NodePath }[] = [
  { type: 'AWS::Lambda::Function', path: ['Role'] },
  { type: 'AWS::Serverless::Function', path: ['Role'] },
  { type: 'AWS::CodeDeploy::DeploymentGroup', path: ['ServiceRoleArn'] },
  { type: 'AWS::CodePipeline::Pipeline', path: ['RoleArn'] },
  { type: 'AWS::StepFunctions::StateMachine', path: ['RoleArn'] },
];

/** CX3216: a role ARN given Ref of the role, which returns its name. */
export const roleArnGivenName: CatalogueCheck = {
  id: 'CX3216',
  title: 'Service role given Ref of the role (its name) where the ARN is required',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html',
  explanation: {
    what:
      'Ref of an AWS::IAM::Role returns the role name; Fn::GetAtt Role.Arn returns its ARN. A Lambda function\'s Role, a ' +
      'CodeDeploy ServiceRoleArn, a pipeline\'s or a state machine\'s RoleArn take the ARN, and the service refuses a bare name, ' +
      'so the resource fails to create.',
    exam: 'each service assumes its own role (trust policy with its service principal), named by ARN; least privilege scopes what that role may do.',
    scenario: 'give the deployment group a service role CodeDeploy can assume',
    trap: 'Ref differs by type: a role gives its name, an SNS topic its ARN, a bucket its name; check each type\'s return values.',
  },
  resourceTypes: ROLE_ARN_PLACES.map((place) => place.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, path } of ROLE_ARN_PLACES) {
      for (const resource of context.resources(type)) {
        const found = refForArn(context, valueOf(resource.properties, String(path[0])));
        if (!found || found.target.type !== 'AWS::IAM::Role') continue;
        const message = `${String(path[0])} of '${resource.logicalId}' is Ref ${found.target.logicalId}, which returns ${found.gives}, not its ARN: use !GetAtt ${found.target.logicalId}.${found.arn}`;
        push(hits, propertyHit(resource, path, message));
      }
    }
    return hits;
  },
};
