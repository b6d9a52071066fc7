/** T29: Config rules and remediations that depend on other resources of the template being there first. */
import { entryOf, isMap, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { dependsOnFix, waitsFor } from '../support/dependencies';
import { invokePermissions } from '../support/lambdaPermissions';
import { trustsService } from '../support/policyDocuments';
import { literalString } from '../support/values';

const CONFIG_RULE = 'AWS::Config::ConfigRule';
const REMEDIATION = 'AWS::Config::RemediationConfiguration';
const RULE_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-config-configrule.html';

/** CX2915: AWS Config must be allowed to invoke a custom rule's function before the rule exists. */
export const configRuleLambdaPermission: CatalogueCheck = {
  id: 'CX2915',
  title: 'Custom Lambda Config rule without an invoke permission it waits for',
  topics: ['T29'],
  // No permission at all: PutConfigRule refuses the rule. A permission the rule does not wait for: a warning, set on the hit.
  severity: 'error',
  url: RULE_PAGE,
  rejection: {
    quote: "For PutConfigRule, the Lambda function cannot be invoked. Check the function ARN, and check the function's permissions.",
    url: 'https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigRule.html',
  },
  explanation: {
    what:
      'AWS Config invokes a custom rule\'s Lambda function through the function\'s resource policy: an AWS::Lambda::Permission ' +
      'for config.amazonaws.com. Without it the rule cannot evaluate; and when CloudFormation creates the rule before the ' +
      'permission (no dependency between them), the rule creation can fail because the function cannot be invoked yet.',
    exam: 'custom rules: Lambda function + Lambda::Permission (Principal config.amazonaws.com) + ConfigRule with DependsOn on the permission.',
    trap: 'an IAM role for the function is not what lets Config call it; the resource-based permission on the function is.',
  },
  resourceTypes: [CONFIG_RULE, 'AWS::Lambda::Permission'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(CONFIG_RULE)) {
      const source = valueOf(rule.properties, 'Source');
      if (literalString(valueOf(source, 'Owner')) !== 'CUSTOM_LAMBDA') continue;
      const fn = context.referenced(valueOf(source, 'SourceIdentifier'));
      if (fn?.type !== 'AWS::Lambda::Function') continue;
      const permissions = invokePermissions(context, fn, 'config.amazonaws.com');
      const at = entryOf(source, 'SourceIdentifier')!;
      const base = { span: at.value.span, path: ['Resources', rule.logicalId, 'Properties', 'Source', 'SourceIdentifier'] };
      if (permissions.length === 0) {
        hits.push({
          ...base,
          message: `Config rule '${rule.logicalId}' runs function '${fn.logicalId}', but no AWS::Lambda::Permission lets config.amazonaws.com invoke it: AWS Config refuses the rule (InsufficientPermissionsException)`,
        });
        continue;
      }
      const surely = permissions.filter(({ answer }) => answer === 'yes');
      // A permission that may or may not name this function says nothing about ordering.
      if (surely.length === 0 || permissions.some(({ permission }) => waitsFor(context.template, rule.logicalId, permission.logicalId))) continue;
      const permission = surely[0].permission;
      const fixes = dependsOnFix(context.template, rule, permission.logicalId, `Create the rule after ${permission.logicalId}`);
      hits.push({
        ...base,
        message: `Config rule '${rule.logicalId}' does not depend on '${permission.logicalId}': CloudFormation may create the rule before Config is allowed to invoke '${fn.logicalId}'`,
        severity: 'warning',
        ...(fixes ? { fixes } : {}),
      });
    }
    return hits;
  },
};

/** The resources that need the configuration recorder to exist first, and what each is called in a message. */
const NEED_RECORDER: readonly { type: string; what: string }[] = [
  { type: CONFIG_RULE, what: 'Config rule' },
  { type: 'AWS::Config::DeliveryChannel', what: 'Delivery channel' },
];

/** CX2916: rules and the delivery channel need a configuration recorder; one created in the same stack must come first. */
export const configRuleBeforeRecorder: CatalogueCheck = {
  id: 'CX2916',
  title: 'Config rule or delivery channel that does not wait for the configuration recorder of its template',
  topics: ['T29', 'T33'],
  severity: 'warning',
  url: RULE_PAGE,
  explanation: {
    what:
      'AWS Config rules evaluate what the configuration recorder records, and a managed rule cannot be created in a region ' +
      'without one; a delivery channel cannot be created before a recorder either ("Before you can create a delivery channel, you ' +
      'must create a configuration recorder"). When the same template creates the recorder, a rule or channel with no dependency ' +
      'on it may be created first and fail (NoAvailableConfigurationRecorder).',
    exam:
      'turning on Config from a template: ConfigurationRecorder (with a role), DeliveryChannel (S3 bucket) after it, then rules with ' +
      'DependsOn on the recorder; across accounts deploy this with a StackSet or use conformance packs.',
    scenario: 'enable AWS Config and the required rules in every new account with one template',
  },
  resourceTypes: [...NEED_RECORDER.map((need) => need.type), 'AWS::Config::ConfigurationRecorder'],
  run(context) {
    const recorders = context.resources('AWS::Config::ConfigurationRecorder');
    if (recorders.length === 0) return [];
    const hits: CheckHit[] = [];
    for (const { type, what } of NEED_RECORDER) {
      for (const resource of context.resources(type)) {
        if (recorders.some((recorder) => waitsFor(context.template, resource.logicalId, recorder.logicalId))) continue;
        const fixes = dependsOnFix(context.template, resource, recorders[0].logicalId, `Create it after ${recorders[0].logicalId}`);
        hits.push({
          message: `${what} '${resource.logicalId}' does not depend on the configuration recorder '${recorders[0].logicalId}': CloudFormation may create it first, and it fails without a recorder`,
          span: resource.key.span,
          path: ['Resources', resource.logicalId],
          ...(fixes ? { fixes } : {}),
        });
      }
    }
    return hits;
  },
};

/** CX2917: the automation runs as AutomationAssumeRole, which Systems Manager must be able to assume. */
export const remediationAssumeRole: CatalogueCheck = {
  id: 'CX2917',
  title: 'Remediation whose automation role is missing or not assumable by Systems Manager',
  topics: ['T29', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/config/latest/developerguide/setup-autoremediation.html',
  explanation: {
    what:
      'AWS Config starts the SSM Automation document, and the automation acts with the role passed in its AutomationAssumeRole ' +
      'parameter; that role must trust ssm.amazonaws.com and allow the fix. The AWSConfigRemediation-* documents require the ' +
      'parameter, so without it every remediation attempt fails.',
    exam: 'the remediation role is least privilege for the fix (e.g. s3:PutEncryptionConfiguration), trusted by ssm.amazonaws.com, passed as a StaticValue.',
    trap: 'the role AWS Config itself uses (its service-linked role) does not run the automation\'s steps.',
  },
  resourceTypes: [REMEDIATION, 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const remediation of context.resources(REMEDIATION)) {
      const parameters = valueOf(remediation.properties, 'Parameters');
      const roleParameter = entryOf(parameters, 'AutomationAssumeRole');
      const document = literalString(valueOf(remediation.properties, 'TargetId'));
      if (!roleParameter) {
        if (isMap(parameters) && document?.startsWith('AWSConfigRemediation-')) {
          hits.push({
            message: `Remediation '${remediation.logicalId}' runs ${document} without an AutomationAssumeRole parameter: the document needs the role to act with`,
            span: entryOf(remediation.properties, 'Parameters')!.key.span,
            path: ['Resources', remediation.logicalId, 'Properties', 'Parameters'],
          });
        }
        continue;
      }
      const role = roleOf(context, roleParameter.value);
      if (role?.type !== 'AWS::IAM::Role' || trustsService(role, 'ssm') !== 'no') continue;
      hits.push({
        message: `Remediation '${remediation.logicalId}' passes role '${role.logicalId}' as AutomationAssumeRole, but its trust policy does not let ssm.amazonaws.com assume it`,
        span: roleParameter.key.span,
        path: ['Resources', remediation.logicalId, 'Properties', 'Parameters', 'AutomationAssumeRole'],
      });
    }
    return hits;
  },
};

function roleOf(context: CheckContext, parameter: TemplateNode): ResourceDeclaration | undefined {
  const values = valueOf(valueOf(parameter, 'StaticValue'), 'Values');
  const first = isSeq(values) ? values.items[0] : undefined;
  return context.referenced(first);
}

export const CONFIG_ORDERING_CHECKS: readonly CatalogueCheck[] = [configRuleLambdaPermission, configRuleBeforeRecorder, remediationAssumeRole];
