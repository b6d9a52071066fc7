import { formatOf, hasMacro, isMap, isString, parseTemplate, valueOf, type TemplateNode } from '../core';
import { conditionCanHold } from '../core/conditions';
import type { ComparedFinding } from './compare';

/**
 * Findings of cfn-lint 1.55.1 that are wrong, so that `npm run compare` can also show the figures
 * without them (the README's comparison section says why each is wrong):
 * - E1020 on a `Ref` in `UpdatePolicy.CodeDeployLambdaAliasUpdate` to a resource the template
 *   declares. cfn-lint allows only parameters there, but SAM itself writes `Ref` to the CodeDeploy
 *   application and deployment group it creates, and such templates deploy.
 * - E1001 on the `Hooks` section of a template with the `AWS::CodeDeployBlueGreen` transform, which
 *   reads that section (ECS blue/green deployments through CloudFormation).
 * - Any finding in a file that is not a template (no Resources, no format version, no SAM
 *   transform), such as the error reports SAM writes in place of a template.
 * - Any finding but a syntax error in a template with a macro of its own (or AWS::Include): CloudFormation
 *   checks the template the macro returns, so what the macro rewrites (a `Count` attribute, a made-up
 *   resource type) is not rejected. Ours are warnings there.
 * - E3003, E2531 and E2533 on a resource whose Condition no deployment meets (`!Equals ['true', 'false']`):
 *   CloudFormation never creates it, so nothing checks its properties or its Lambda runtime; widdix's templates
 *   declare such a `Custom::NullResource` without a ServiceToken (a template needs a resource) and deploy, and
 *   SAM's integration tests deploy a python2.7 function under a false condition.
 * - E3001 on a resource-level `Description` (beside Type): CloudFormation accepts it and ignores it; AWS
 *   CodeStar generated templates with one on every resource, and the CDK reads it as a resource attribute.
 * - E3032 on an empty `Tags` list: the handlers send no empty tag list (AWS's own ACM PCA examples have one).
 * - E3014 on an inline security group rule with no source or destination: "the stack launches successfully,
 *   but the rule is not added to the security group" (the SecurityGroupIngress page).
 * - E3006 on a third-party type (`Initech::TPS::Report`): such types are registered in an account, which a
 *   linter cannot see; CloudFormation accepts them where they are registered.
 * - E0000 on a key written twice ("Duplicate found"): validate-template and create-stack accept the
 *   template and keep the last value (aws/aws-cli#2404); ours is W0002, a warning.
 * - E3017 on an SNS topic's KmsMasterKeyId: SNS checks the key only when a message is published, and public
 *   stacks with other values (`aws/sns`, a placeholder) deploy (getmoto/moto PR 3389 describes SNS the same way).
 */
/**
 * Errors of ours that cfn-lint 1.55.1 misses where CloudFormation refuses the template, left out of the figures
 * "without errata" as cfn-lint's wrong findings are: a property written without a value (null), which
 * CloudFormation refuses ("'null' values are not allowed in templates", its validation error) and cfn-lint
 * reports only when the property is required.
 */
export function isCfnLintMiss(finding: ComparedFinding): boolean {
  return finding.ruleId === 'E3012' && / has no value \(null\)/.test(finding.message);
}

export function isCfnLintErratum(finding: ComparedFinding, templateText: string): boolean {
  const template = parseTemplate(templateText, formatOf(undefined, finding.template, templateText));
  if (!template.isTemplate) return true;
  if (finding.ruleId !== 'E0000' && hasMacro(template.root)) return true;
  if (finding.ruleId === 'E0000' && /^Duplicate found /.test(finding.message)) return true;
  if (finding.ruleId === 'E1001' && finding.path?.[0] === 'Hooks' && /AWS::CodeDeployBlueGreen/.test(templateText)) return true;
  const path = finding.path?.map(String) ?? [];
  if (/^(E3003|E2531|E2533)$/.test(finding.ruleId) && path[0] === 'Resources' && neverCreated(template.root, path[1])) return true;
  if (finding.ruleId === 'E3001' && path[0] === 'Resources' && path[2] === 'Description' && path.length === 3) return true;
  if (finding.ruleId === 'E3006' && /does not exist/.test(finding.message) && !/'(AWS|Custom|Alexa)::/.test(finding.message)) return true;
  if (finding.ruleId === 'E3017' && path[3] === 'KmsMasterKeyId' && typeOf(template.root, path[1]) === 'AWS::SNS::Topic') return true;
  if (finding.ruleId === 'E3032' && path.length === 4 && path[3] === 'Tags' && /found: 0$/.test(finding.message)) return true;
  if (finding.ruleId === 'E3014' && /^SecurityGroup(Ingress|Egress)$/.test(path[3] ?? '') && path.length === 5 && /is a required property/.test(finding.message)) return true;
  if (finding.ruleId !== 'E1020' || path[2] !== 'UpdatePolicy' || path[3] !== 'CodeDeployLambdaAliasUpdate') return false;
  const named = /^'([^']+)' is not one of/.exec(finding.message)?.[1];
  return named !== undefined && declaredResources(templateText, finding.template).has(named);
}

function typeOf(root: TemplateNode | undefined, logicalId: string | undefined): string | undefined {
  const type = logicalId === undefined ? undefined : valueOf(valueOf(valueOf(root, 'Resources'), logicalId), 'Type');
  return isString(type) ? type.value : undefined;
}

function declaredResources(text: string, file: string): Set<string> {
  const template = parseTemplate(text, formatOf(undefined, file, text));
  const resources = valueOf(template.root, 'Resources');
  return new Set(isMap(resources) ? resources.entries.map((entry) => entry.key.value) : []);
}

function neverCreated(root: TemplateNode | undefined, logicalId: string | undefined): boolean {
  const condition = valueOf(valueOf(valueOf(root, 'Resources'), logicalId ?? ''), 'Condition');
  return isString(condition) && !conditionCanHold(root, condition.value);
}
