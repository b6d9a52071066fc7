/** T29: AWS Config rules and remediation configurations as AWS Config accepts them. */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type NodePath } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { arnGiven, intrinsicText } from '../support/arns';
import { intrinsicName, isNoValue, literalBoolean, literalString, presenceAt } from '../support/values';
import { REMEDIATION, remediationParameters } from './remediations';

const CONFIG_RULE = 'AWS::Config::ConfigRule';
const RULE_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-config-configrule.html';
const SOURCE_API = 'https://docs.aws.amazon.com/config/latest/APIReference/API_Source.html';
const SCOPE_API = 'https://docs.aws.amazon.com/config/latest/APIReference/API_Scope.html';
const PARAMETER_VALUE_API = 'https://docs.aws.amazon.com/config/latest/APIReference/API_RemediationParameterValue.html';

function sourceOf(rule: ResourceDeclaration): MapNode | undefined {
  const source = valueOf(rule.properties, 'Source');
  return isMap(source) && intrinsicName(source) === undefined ? source : undefined;
}

function sourcePath(rule: ResourceDeclaration, ...rest: string[]): NodePath {
  return ['Resources', rule.logicalId, 'Properties', 'Source', ...rest];
}

/** CX2910: each remediation parameter is either resource-bound or static. */
export const remediationParameterValue: CatalogueCheck = {
  id: 'CX2910',
  title: 'Remediation parameter with both or neither of ResourceValue and StaticValue',
  topics: ['T29'],
  severity: 'error',
  url: PARAMETER_VALUE_API,
  rejection: { quote: 'The value is either a dynamic (resource) value or a static value. You must select either a dynamic value or a static value.', url: PARAMETER_VALUE_API },
  explanation: {
    what:
      'Each parameter of the SSM Automation document gets its value either from the noncompliant resource (ResourceValue with ' +
      'Value RESOURCE_ID) or from a fixed list (StaticValue with Values); AWS Config refuses a parameter with both or neither.',
    exam:
      'automatic remediation = Config rule + RemediationConfiguration (TargetType SSM_DOCUMENT, Automatic true) whose document ' +
      'receives the resource id dynamically and the AutomationAssumeRole statically.',
    scenario: 'noncompliant S3 buckets must be encrypted automatically without operator action',
  },
  resourceTypes: [REMEDIATION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { remediation, entry } of remediationParameters(context)) {
      const given = presenceAt(entry.value, 'ResourceValue');
      if (given === 'maybe' || given !== presenceAt(entry.value, 'StaticValue')) continue;
      const dynamic = given === 'yes';
      hits.push({
        message: `Remediation parameter '${entry.key.value}' of '${remediation.logicalId}' has ${dynamic ? 'both ResourceValue and StaticValue' : 'neither ResourceValue nor StaticValue'}: give exactly one`,
        span: entry.key.span,
        path: ['Resources', remediation.logicalId, 'Properties', 'Parameters', entry.key.value],
      });
    }
    return hits;
  },
};

/** CX2911: managed and custom Lambda rules are identified by SourceIdentifier. */
export const configRuleSourceIdentifier: CatalogueCheck = {
  id: 'CX2911',
  title: 'Config rule of owner AWS or CUSTOM_LAMBDA without SourceIdentifier',
  topics: ['T29'],
  severity: 'error',
  url: RULE_PAGE,
  rejection: { quote: "If you are adding an AWS Config managed rule, you must specify the rule's identifier for the SourceIdentifier key.", url: RULE_PAGE },
  explanation: {
    what:
      'SourceIdentifier says which rule runs: the managed rule\'s identifier (S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED, ' +
      'REQUIRED_TAGS…) for Owner AWS, or the Lambda function ARN for CUSTOM_LAMBDA. Without it AWS Config cannot create the rule.',
    exam:
      'prefer a managed rule when one exists (required-tags, encrypted-volumes, iam-policy-no-statements-with-admin-access, ' +
      's3-bucket-public-read-prohibited); write a custom Lambda or Guard (CUSTOM_POLICY) rule only for what none checks.',
    trap: 'the identifier is the upper-case SOURCE_IDENTIFIER (REQUIRED_TAGS), not the rule\'s console name (required-tags).',
  },
  resourceTypes: [CONFIG_RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(CONFIG_RULE)) {
      const source = sourceOf(rule);
      const owner = literalString(valueOf(source, 'Owner'));
      if (!source || (owner !== 'AWS' && owner !== 'CUSTOM_LAMBDA') || valueOf(source, 'SourceIdentifier') !== undefined) continue;
      hits.push({
        message: `Config rule '${rule.logicalId}' has Owner ${owner} but no SourceIdentifier (${owner === 'AWS' ? 'the managed rule identifier' : 'the Lambda function ARN'})`,
        span: entryOf(source, 'Owner')!.value.span,
        path: sourcePath(rule, 'Owner'),
      });
    }
    return hits;
  },
};

/** CX2912: a Guard policy rule carries its policy. */
export const configRuleCustomPolicyDetails: CatalogueCheck = {
  id: 'CX2912',
  title: 'CUSTOM_POLICY Config rule without CustomPolicyDetails',
  topics: ['T29'],
  severity: 'error',
  url: SOURCE_API,
  rejection: { quote: 'Required when owner is set to CUSTOM_POLICY.', url: SOURCE_API },
  explanation: {
    what:
      'A CUSTOM_POLICY rule evaluates resources with a CloudFormation Guard policy written in the rule itself: ' +
      'CustomPolicyDetails holds the PolicyText and PolicyRuntime (guard-2.x.x). Without it there is nothing to evaluate and the rule is refused.',
    exam: 'Guard custom policy rules need no Lambda function: the lightest way to check a configuration no managed rule covers.',
  },
  resourceTypes: [CONFIG_RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(CONFIG_RULE)) {
      const source = sourceOf(rule);
      if (!source || literalString(valueOf(source, 'Owner')) !== 'CUSTOM_POLICY' || presenceAt(source, 'CustomPolicyDetails') !== 'no') continue;
      hits.push({
        message: `Config rule '${rule.logicalId}' has Owner CUSTOM_POLICY but no CustomPolicyDetails with its Guard policy`,
        span: entryOf(source, 'Owner')!.value.span,
        path: sourcePath(rule, 'Owner'),
      });
    }
    return hits;
  },
};

/** CX2913: managed rules come with their own triggers. */
export const configRuleManagedSourceDetails: CatalogueCheck = {
  id: 'CX2913',
  title: 'Managed Config rule (Owner AWS) with SourceDetails',
  topics: ['T29'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/config/latest/APIReference/API_SourceDetail.html',
  rejection: { quote: 'You can specify the parameter values for SourceDetail only for custom rules.', url: 'https://docs.aws.amazon.com/config/latest/APIReference/API_SourceDetail.html' },
  explanation: {
    what:
      'A managed rule has fixed triggers (configuration changes, periodic, or both); SourceDetails, which lists trigger events, ' +
      'is for custom rules only. For a periodic managed rule set MaximumExecutionFrequency on the rule instead.',
    exam: 'change-triggered rules evaluate when a resource in Scope changes; periodic rules run every 1–24 hours; Scope limits the resource types.',
  },
  resourceTypes: [CONFIG_RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(CONFIG_RULE)) {
      const source = sourceOf(rule);
      const details = entryOf(source, 'SourceDetails');
      if (!source || literalString(valueOf(source, 'Owner')) !== 'AWS' || !details || isNoValue(details.value)) continue;
      if (isSeq(details.value) && details.value.items.length === 0) continue;
      hits.push({
        message: `Managed Config rule '${rule.logicalId}' lists SourceDetails: trigger details are for custom rules only`,
        span: details.key.span,
        path: sourcePath(rule, 'SourceDetails'),
      });
    }
    return hits;
  },
};

/** CX2914: a rule scoped to one resource names its one type; a tag value needs its key. */
export const configRuleScope: CatalogueCheck = {
  id: 'CX2914',
  title: 'Config rule Scope with a resource id but not one resource type, or a TagValue without TagKey',
  topics: ['T29'],
  severity: 'error',
  url: SCOPE_API,
  rejection: {
    quote: 'If you specify a value for TagValue, you must also specify a value for TagKey. … If you specify a resource ID, you must specify one resource type for ComplianceResourceTypes.',
    url: SCOPE_API,
  },
  explanation: {
    what:
      'Scope narrows what a rule evaluates: resource types, one resource (ComplianceResourceId with exactly one type), or a ' +
      'tag (TagKey, optionally TagValue). Inconsistent scopes are refused.',
    exam: 'scope rules to the resource types they check (AWS::S3::Bucket for bucket rules) so evaluations and costs stay small.',
  },
  resourceTypes: [CONFIG_RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(CONFIG_RULE)) {
      const scope = valueOf(rule.properties, 'Scope');
      if (!isMap(scope) || intrinsicName(scope) !== undefined) continue;
      const path: NodePath = ['Resources', rule.logicalId, 'Properties', 'Scope'];
      const types = valueOf(scope, 'ComplianceResourceTypes');
      if (presenceAt(scope, 'ComplianceResourceId') === 'yes' && (types === undefined || (isSeq(types) && types.items.length !== 1))) {
        hits.push({
          message: `Config rule '${rule.logicalId}' scopes to one resource (ComplianceResourceId) but lists ${isSeq(types) ? types.items.length : 'no'} resource types: give exactly one`,
          span: entryOf(scope, 'ComplianceResourceId')!.key.span,
          path: [...path, 'ComplianceResourceId'],
        });
      }
      if (presenceAt(scope, 'TagValue') === 'yes' && presenceAt(scope, 'TagKey') === 'no') {
        hits.push({
          message: `Config rule '${rule.logicalId}' scopes by TagValue without a TagKey`,
          span: entryOf(scope, 'TagValue')!.key.span,
          path: [...path, 'TagValue'],
        });
      }
    }
    return hits;
  },
};

/** CX2918: a remediation that waits for a person. */
export const remediationManual: CatalogueCheck = {
  id: 'CX2918',
  title: 'Config remediation that does not run automatically',
  topics: ['T29'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/config/latest/developerguide/remediation.html',
  explanation: {
    what:
      'Without Automatic: true a remediation action only runs when someone starts it from the console or API for a ' +
      'noncompliant resource; with it, AWS Config runs the SSM Automation document as soon as the rule finds one.',
    exam:
      '"remediate automatically" in a scenario means Automatic true, with MaximumAutomaticAttempts and RetryAttemptSeconds, ' +
      'and an AutomationAssumeRole that allows the fix.',
    scenario: 'security groups that open port 22 to the world must be closed automatically',
  },
  resourceTypes: [REMEDIATION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const remediation of context.resources(REMEDIATION)) {
      const automatic = entryOf(remediation.properties, 'Automatic');
      if (automatic && literalBoolean(automatic.value) !== false) continue;
      hits.push({
        message: `Remediation '${remediation.logicalId}' is not automatic: it runs only when someone starts it for a noncompliant resource`,
        span: automatic ? automatic.value.span : remediation.key.span,
        path: automatic ? ['Resources', remediation.logicalId, 'Properties', 'Automatic'] : ['Resources', remediation.logicalId],
      });
    }
    return hits;
  },
};

/** CX2919: a remediation names its rule by name; the rule's ARN or id names none. */
export const remediationRuleByArn: CatalogueCheck = {
  id: 'CX2919',
  title: 'Config remediation ConfigRuleName given the rule ARN or id instead of its name',
  topics: ['T29'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-config-remediationconfiguration.html',
  explanation: {
    what:
      'ConfigRuleName takes the name of the AWS Config rule. Ref of a Config rule returns that name; Fn::GetAtt Arn and ' +
      'ConfigRuleId return the ARN and the id, which name no rule, so the remediation is not attached to the rule you meant.',
    exam:
      'auto-remediation = a Config rule plus an AWS::Config::RemediationConfiguration with ConfigRuleName !Ref Rule, TargetType ' +
      'SSM_DOCUMENT, Automatic true and an AutomationAssumeRole.',
    trap: 'Fn::GetAtt Rule.Arn reads like the safer choice, but the property wants the name.',
  },
  resourceTypes: [REMEDIATION, CONFIG_RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const remediation of context.resources(REMEDIATION)) {
      const node = valueOf(remediation.properties, 'ConfigRuleName');
      const found = arnGiven(context, node, { attributes: { [CONFIG_RULE]: ['Arn', 'ConfigRuleId'] } });
      if (!node || !found) continue;
      const fix = found.target ? intrinsicText(context.template, node, found.target.logicalId) : undefined;
      hits.push({
        message: `ConfigRuleName of remediation '${remediation.logicalId}' is ${found.written}, not a rule name${found.target ? `: use !Ref ${found.target.logicalId}` : ''}`,
        span: node.span,
        path: ['Resources', remediation.logicalId, 'Properties', 'ConfigRuleName'],
        ...(fix ? { fixes: [{ title: `Use !Ref ${found.target!.logicalId}`, edits: [fix], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};

export const CONFIG_RULE_CHECKS: readonly CatalogueCheck[] = [
  remediationParameterValue,
  configRuleSourceIdentifier,
  configRuleCustomPolicyDetails,
  configRuleManagedSourceDetails,
  configRuleScope,
  remediationManual,
  remediationRuleByArn,
];
