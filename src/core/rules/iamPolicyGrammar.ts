/**
 * The statement grammar IAM and the services with resource policies enforce on a policy document
 * written in the template (a map; a JSON string or anything computed is left alone):
 * - "The Effect element is required … Valid values for Effect are Allow and Deny. The Effect value is
 *   case sensitive." (reference_policies_elements_effect);
 * - "You cannot use the Principal element in an identity-based policy." and "You must use the Principal
 *   element in resource-based policies." (reference_policies_elements_principal; a role's trust policy is
 *   one);
 * - "You cannot use the NotPrincipal element in an IAM identity-based policy nor in an IAM role trust policy."
 *   (reference_policies_elements_notprincipal); NotPrincipal with Allow, which the page calls "not supported",
 *   is a warning: services may not refuse it, and it grants to everyone else.
 * - "IAM supports the following Version element values: 2012-10-17 … 2008-10-17" (reference_policies_elements_version);
 * - IAM's own policies (identity and trust) take Sids of letters and digits, each once (reference_policies_elements_sid);
 * - an action is `*` or `service:action`, and a Condition's keys are condition operators (reference_policies_elements_action,
 *   reference_policies_elements_condition_operators);
 * - a statement has one action block, one resource block and at most one principal block: `("Action" | "NotAction")`,
 *   `("Resource" | "NotResource")`, `("Principal" | "NotPrincipal")` in the policy grammar (reference_policies_grammar);
 * - a service principal is a service's domain name (sqs.amazonaws.com, reference_policies_elements_principal): IAM
 *   refuses one it does not know with MalformedPolicyDocument "Invalid principal in policy".
 * E3510 identity policies, E3512 resource policies, E3530 trust policies, as cfn-lint numbers them.
 */
import { finding, type Finding } from '../findings';
import { entryOf, isSeq, isString, valueOf, type MapNode, type NodePath, type TemplateNode } from '../model';
import type { Template } from '../template';
import { statementsOf } from './catalogue/support/policyDocuments';
import { resourceRule, type Rule } from './rule';
import { POLICY_DOCUMENTS, type PolicyKind } from './support/policyDocumentPlaces';

const RULE_OF: Record<PolicyKind, string> = { identity: 'E3510', resource: 'E3512', trust: 'E3530', scp: 'E3510' };
const KIND_NAME: Record<PolicyKind, string> = {
  identity: 'an identity-based policy',
  resource: 'a resource-based policy',
  trust: 'a role trust policy',
  scp: 'a service control policy',
};
/** Why a statement names no principal: "The following table summarizes the policy elements that you can use in SCPs" lists none. */
const NO_PRINCIPAL_BECAUSE: Record<'identity' | 'scp', string> = {
  identity: 'the principal is the identity the policy is attached to',
  scp: 'an SCP applies to every principal of the accounts it is attached to, and Organizations takes no Principal element in it',
};
const EFFECTS = ['Allow', 'Deny'];

export const iamPolicyGrammarRule: Rule = resourceRule({
  id: 'E3510',
  description: 'IAM identity policy statements: Effect Allow or Deny, no Principal',
  otherIds: {
    E3512: 'Resource policy statements: Effect Allow or Deny, a Principal, NotPrincipal only with Deny',
    E3530: 'Role trust policy statements: Effect Allow or Deny, a Principal, no NotPrincipal',
  },
  onlyWith: Object.keys(POLICY_DOCUMENTS),
  check: (resource, template) => {
    const places = resource.type ? POLICY_DOCUMENTS[resource.type] : undefined;
    if (!places || !resource.properties) return [];
    if (resource.type === 'AWS::Organizations::Policy' && !isServiceControlPolicy(valueOf(resource.properties, 'Type'))) return [];
    const found: Finding[] = [];
    for (const { path, kind } of places) {
      for (const { document, at } of documentsAt(resource.properties, path, ['Resources', resource.logicalId, 'Properties'])) {
        found.push(...versionFindings(document, at, kind));
        const statements = statementsOf(document, at, resource);
        for (const { statement, path: statementPath } of statements) found.push(...statementFindings(template, statement, statementPath, kind));
        if (kind === 'identity' || kind === 'trust') found.push(...sidFindings(statements, RULE_OF[kind]));
      }
    }
    return found;
  },
});

/** The documents at `path` ('*' steps into every item of a list), with where each is. */
function documentsAt(node: TemplateNode, path: readonly string[], at: NodePath): Array<{ document: TemplateNode; at: NodePath }> {
  if (path.length === 0) return [{ document: node, at }];
  const [step, ...rest] = path;
  if (step === '*') return isSeq(node) ? node.items.flatMap((item, index) => documentsAt(item, rest, [...at, index])) : [];
  const next = valueOf(node, step);
  return next === undefined ? [] : documentsAt(next, rest, [...at, step]);
}

/** "IAM supports the following Version element values: 2012-10-17 … 2008-10-17" (reference_policies_elements_version). */
const VERSIONS = ['2012-10-17', '2008-10-17'];

function versionFindings(document: TemplateNode, at: NodePath, kind: PolicyKind): Finding[] {
  const version = entryOf(document, 'Version');
  if (!version || !isString(version.value) || VERSIONS.includes(version.value.value)) return [];
  const message = `Version '${version.value.value}' is not a policy language version: policies take 2012-10-17 (or the older 2008-10-17)`;
  return [finding(RULE_OF[kind], 'error', message, version.value.span, [...at, 'Version'])];
}

function statementFindings(template: Template, statement: MapNode, path: NodePath, kind: PolicyKind): Finding[] {
  const ruleId = RULE_OF[kind];
  const found: Finding[] = [];
  const effect = entryOf(statement, 'Effect');
  const firstKey = statement.entries[0]?.key.span ?? statement.span;
  if (!effect) found.push(finding(ruleId, 'error', 'This policy statement has no Effect: IAM requires Effect Allow or Deny', firstKey, path));
  else if (isString(effect.value) && !EFFECTS.includes(effect.value.value)) found.push(effectFinding(template, ruleId, effect.value, [...path, 'Effect']));
  found.push(...actionFindings(statement, path, ruleId), ...conditionFindings(statement, path, ruleId), ...pairFindings(statement, path, ruleId));
  const principal = entryOf(statement, 'Principal');
  const notPrincipal = entryOf(statement, 'NotPrincipal');
  if (kind === 'identity' || kind === 'scp') {
    for (const entry of [principal, notPrincipal]) {
      if (entry) found.push(finding(ruleId, 'error', `${entry.key.value} is not allowed in ${KIND_NAME[kind]}: ${NO_PRINCIPAL_BECAUSE[kind]}`, entry.key.span, [...path, entry.key.value]));
    }
    return found;
  }
  found.push(...servicePrincipalFindings(template, principal?.value, path, ruleId));
  if (!principal && !notPrincipal) found.push(finding(ruleId, 'error', `This statement of ${KIND_NAME[kind]} has no Principal: say who the statement allows or denies`, firstKey, path));
  if (notPrincipal && kind === 'trust') found.push(finding(ruleId, 'error', 'NotPrincipal is not allowed in a role trust policy: name the principals that may assume the role', notPrincipal.key.span, [...path, 'NotPrincipal']));
  else if (notPrincipal && isString(effect?.value) && effect.value.value === 'Allow') {
    // "Not supported" by IAM; whether each service refuses such a resource policy is not documented, and it
    // would allow everyone but the principals named: a warning.
    found.push(finding(ruleId, 'warning', 'NotPrincipal with Effect Allow allows everyone except the principals named; IAM supports NotPrincipal only with Deny', notPrincipal.key.span, [...path, 'NotPrincipal']));
  }
  return found;
}

/** Elements the policy grammar lets a statement give one of, never both. */
const EITHER_OR: readonly (readonly [string, string])[] = [['Action', 'NotAction'], ['Resource', 'NotResource'], ['Principal', 'NotPrincipal']];

function pairFindings(statement: MapNode, path: NodePath, ruleId: string): Finding[] {
  const found: Finding[] = [];
  for (const [element, negated] of EITHER_OR) {
    const second = entryOf(statement, negated);
    if (!second || !entryOf(statement, element)) continue;
    const message = `A policy statement takes ${element} or ${negated}, not both: the policy grammar gives each statement one of them, and the policy is refused as malformed`;
    found.push(finding(ruleId, 'error', message, second.key.span, [...path, negated]));
  }
  return found;
}

/**
 * A service principal is a domain name: service-name.amazonaws.com, a Regional or other partition's form, or a few
 * others (alexa-appkit.amazon.com), all with dots. A bare name is none, and IAM refuses a service principal it does not
 * know with MalformedPolicyDocument "Invalid principal in policy" (as for "SERVICE":"tagging.amazonaws.com" in
 * hashicorp/terraform issue 35086).
 */
function servicePrincipalFindings(template: Template, principal: TemplateNode | undefined, statementPath: NodePath, ruleId: string): Finding[] {
  const service = principal?.kind === 'map' ? entryOf(principal, 'Service')?.value : undefined;
  if (service === undefined) return [];
  const found: Finding[] = [];
  const items = isSeq(service) ? service.items : [service];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isString(item) || item.value.includes('.') || item.value.trim() === '') continue;
    // Paths are made only for a finding: most statements name their services rightly.
    const at = isSeq(service) ? [...statementPath, 'Principal', 'Service', index] : [...statementPath, 'Principal', 'Service'];
    found.push(notServicePrincipal(template, item, at, ruleId));
  }
  return found;
}

function notServicePrincipal(template: Template, item: TemplateNode & { value: string }, at: NodePath, ruleId: string): Finding {
  const meant = `${item.value.trim().toLowerCase()}.amazonaws.com`;
  const found = finding(ruleId, 'error', `'${item.value}' is not a service principal: a service is named by its domain, service-name.amazonaws.com (${meant}), and the policy is refused (IAM and S3 answer "Invalid principal in policy")`, item.span, at);
  if (/^[a-z0-9-]+$/i.test(item.value.trim())) {
    const newText = template.text.slice(item.span.start, item.span.end).replace(item.value, meant);
    found.fixes = [{ title: `Change to '${meant}'`, edits: [{ span: item.span, newText }], preferred: true }];
  }
  return found;
}

/**
 * "The Sid element supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)." and "In IAM, the Sid
 * value must be unique within a JSON policy." (reference_policies_elements_sid): IAM's own policies, not other services'.
 */
const SID = /^[A-Za-z0-9]*$/;

function sidFindings(statements: ReadonlyArray<{ statement: MapNode; path: NodePath }>, ruleId: string): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const { statement, path } of statements) {
    const sid = entryOf(statement, 'Sid')?.value;
    // An empty Sid is no identifier: AWS's own templates repeat "Sid": "" across statements.
    if (!isString(sid) || sid.value === '') continue;
    if (!SID.test(sid.value)) found.push(finding(ruleId, 'error', `Sid '${sid.value}' is not one IAM takes: a Sid in an IAM policy holds only letters (A-Z, a-z) and digits`, sid.span, [...path, 'Sid']));
    else if (seen.has(sid.value)) found.push(finding(ruleId, 'error', `Sid '${sid.value}' is already the Sid of another statement of this policy: IAM requires each Sid to be unique within a policy`, sid.span, [...path, 'Sid']));
    seen.add(sid.value);
  }
  return found;
}

/**
 * "You specify a value using a service namespace as an action prefix (iam, ec2, sqs, sns, s3, etc.) followed by the name of
 * the action to allow or deny." (reference_policies_elements_action): an action is `*` or `service:action`.
 */
const ACTION_KEYS = ['Action', 'NotAction'];

function actionFindings(statement: MapNode, path: NodePath, ruleId: string): Finding[] {
  const found: Finding[] = [];
  for (const key of ACTION_KEYS) {
    const value = entryOf(statement, key)?.value;
    if (value === undefined) continue;
    const items = isSeq(value) ? value.items : [value];
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (!isString(item) || item.value === '*' || item.value.includes(':')) continue;
      const at = isSeq(value) ? [...path, key, index] : [...path, key];
      found.push(finding(ruleId, 'error', `${key} '${item.value}' names no service: an action is written service:action (such as s3:GetObject), or * for every action`, item.span, at));
    }
  }
  return found;
}

/** The condition operators of the policy language (reference_policies_elements_condition_operators), in lower case. */
const OPERATORS = new Set(
  [
    ...['Equals', 'NotEquals', 'EqualsIgnoreCase', 'NotEqualsIgnoreCase', 'Like', 'NotLike'].map((name) => `String${name}`),
    ...['Equals', 'NotEquals', 'LessThan', 'LessThanEquals', 'GreaterThan', 'GreaterThanEquals'].flatMap((name) => [`Numeric${name}`, `Date${name}`]),
    'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike',
  ].map((name) => name.toLowerCase()),
);

/**
 * Whether a Condition key is an operator: one of the list, with IfExists after any but Null ("You can add IfExists to the
 * end of any condition operator name except the Null condition operator") and ForAllValues: or ForAnyValue: before it.
 */
function isOperator(name: string): boolean {
  const bare = name.replace(/^(ForAllValues|ForAnyValue):/i, '').toLowerCase();
  return bare === 'null' || OPERATORS.has(bare) || (bare.endsWith('ifexists') && OPERATORS.has(bare.slice(0, -'ifexists'.length)));
}

function conditionFindings(statement: MapNode, path: NodePath, ruleId: string): Finding[] {
  const condition = entryOf(statement, 'Condition')?.value;
  if (!condition || condition.kind !== 'map') return [];
  return condition.entries
    .filter((entry) => !entry.key.value.startsWith('Fn::') && entry.key.value !== 'Ref' && !isOperator(entry.key.value))
    .map((entry) => finding(ruleId, 'error', `'${entry.key.value}' is not a condition operator (StringEquals, StringLike, ArnLike, Bool, NumericLessThan…, with IfExists or ForAnyValue:/ForAllValues: where needed)`, entry.key.span, [...path, 'Condition', entry.key.value]));
}

function effectFinding(template: Template, ruleId: string, node: TemplateNode & { value: string }, path: NodePath): Finding {
  const found = finding(ruleId, 'error', `Effect must be Allow or Deny, written exactly so (it is case sensitive), not '${node.value}'`, node.span, path);
  const meant = EFFECTS.find((effect) => effect.toLowerCase() === node.value.trim().toLowerCase());
  if (meant) {
    const newText = template.text.slice(node.span.start, node.span.end).replace(node.value, meant);
    found.fixes = [{ title: `Change to '${meant}'`, edits: [{ span: node.span, newText }], preferred: true }];
  }
  return found;
}

function isServiceControlPolicy(type: TemplateNode | undefined): boolean {
  return isString(type) && type.value === 'SERVICE_CONTROL_POLICY';
}
