import { conditionFormula, formulasExclusive, type Formula } from '../conditions';
import { finding, type Finding } from '../findings';
import { isMap, isScalar, isSeq, isString, toPlain, valueOf, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../model';
import { currentSchema } from '../schema/current';
import { hasBrokenSyntax } from '../schema/parseState';
import { functionOf } from '../schema/constraints/alternatives';
import { conditionOfResource, resourcesByType, type ResourceDeclaration } from '../sections';
import type { Rule } from './rule';

const ALWAYS: Formula = { kind: 'constant', value: true };

/**
 * Properties other than the primary identifier that the service holds unique (together, when several), with
 * why; `defaults` stand for properties left out. The finding is placed on the first property.
 */
const ALSO_UNIQUE: Readonly<Record<string, readonly { properties: readonly string[]; defaults?: Readonly<Record<string, string>>; why: string }[]>> = {
  // "Enter a unique domain name for your environment": https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-create-wizard.html
  'AWS::ElasticBeanstalk::Environment': [
    {
      properties: ['CNAMEPrefix'],
      why: 'each environment takes a domain name of its own (prefix.region.elasticbeanstalk.com), so creating the second fails. Give each environment its own prefix; blue/green swaps the CNAMEs after both exist',
    },
  ],
  // CreateNetworkAclEntry: "Each network ACL has a set of numbered ingress rules and a separate set of numbered egress rules."
  // A number used twice in one direction is refused with the error code NetworkAclEntryAlreadyExists.
  // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html
  'AWS::EC2::NetworkAclEntry': [
    {
      properties: ['RuleNumber', 'NetworkAclId', 'Egress'],
      defaults: { Egress: 'false' },
      why: 'a network ACL numbers its ingress rules and its egress rules each in one sequence, and EC2 refuses a number already used in that direction (NetworkAclEntryAlreadyExists), so creating the second fails. Give each rule its own number, leaving gaps (100, 110, 120) for rules added later',
    },
  ],
};
/** Beyond this many values (Fn::If within Fn::If across several properties) a resource is not judged. */
const MAX_VALUES = 64;

/** One value a resource's primary identifier can take, and when. */
interface IdentifierValue {
  key: string;
  shown: string;
  when: Formula;
  resource: ResourceDeclaration;
  path: NodePath;
  node: TemplateNode;
}

/**
 * E3019: two resources of one type whose primary identifier (the properties the registry schema's
 * primaryIdentifier names, where a template sets them all, e.g. a role's RoleName) has the same value
 * where both can exist. The Cloud Control API guide: "The value of this property must be unique for
 * each resource of that type in a given Amazon Web Services account and Amazon Web Services Region":
 * the second resource names the first one, and creating it fails.
 * https://docs.aws.amazon.com/cloudcontrolapi/latest/userguide/resource-identifier.html
 * Intrinsic values count as equal when written the same (a stack resolves them the same way in both
 * places); resources or Fn::If branches under conditions that can never both hold do not clash.
 */
export const primaryIdentifiersRule: Rule = {
  id: 'E3019',
  description: 'Resources of one type must not share the value of their primary identifier',
  run(template) {
    const registry = currentSchema()?.registry;
    if (!registry || !template.root || hasBrokenSyntax(template)) return [];
    const findings: Finding[] = [];
    for (const [type, resources] of resourcesByType(template.root)) {
      if (resources.length < 2) continue;
      const registryType = registry.type(type);
      const identifiers = registryType?.identifiers;
      if (identifiers) {
        const required = typeof registryType.schema === 'object' ? (registryType.schema.required ?? []) : [];
        const advice = identifiers.some((name) => required.includes(name))
          ? 'Make each one different'
          : 'Leave it out to let CloudFormation generate a name, or make each one different';
        const values = resources.flatMap((resource) => identifierValues(template.root!, resource, identifiers));
        findings.push(...clashes(identifiers, values, `they identify an ${type}, so no two may share them (a name is unique in the account and Region, or wider for global names such as IAM's and S3 buckets'), and creating the second fails. ${advice}`));
      }
      for (const { properties, defaults, why } of ALSO_UNIQUE[type] ?? []) {
        findings.push(...clashes(properties, resources.flatMap((resource) => identifierValues(template.root!, resource, properties, defaults)), why));
      }
    }
    return findings;
  },
};

function clashes(identifiers: readonly string[], values: IdentifierValue[], why: string): Finding[] {
  const byKey = new Map<string, IdentifierValue[]>();
  for (const value of values) {
    const same = byKey.get(value.key);
    if (same) same.push(value);
    else byKey.set(value.key, [value]);
  }
  const findings: Finding[] = [];
  for (const same of byKey.values()) {
    for (const value of same) {
      const others = same.filter((other) => other.resource !== value.resource && !formulasExclusive(value.when, other.when));
      const names = [...new Set(others.map((other) => other.resource.logicalId))];
      if (names.length === 0) continue;
      const what =
        identifiers.length === 1
          ? `${identifiers[0]} ${value.shown} is also that of`
          : `${identifiers.slice(0, -1).join(', ')} and ${identifiers.at(-1)} (${value.shown}) are also those of`;
      findings.push(
        finding(
          'E3019',
          'error',
          `${what} ${names.join(', ')}: ${why}`,
          value.node.span,
          value.path,
        ),
      );
    }
  }
  return findings;
}

/** The values the resource's identifier can take, each with the condition under which it does. */
function identifierValues(
  root: TemplateNode,
  resource: ResourceDeclaration,
  identifiers: readonly string[],
  defaults: Readonly<Record<string, string>> = {},
): IdentifierValue[] {
  const condition = conditionOfResource(resource);
  const when = condition !== undefined ? conditionFormula(root, condition) : ALWAYS;
  const properties = valueOf(resource.body, 'Properties');
  if (!properties) return [];
  const base = ['Resources', resource.logicalId, 'Properties'];
  const results: IdentifierValue[] = [];
  for (const variant of variants(root, properties, base, when)) {
    if (!isMap(variant.node)) continue;
    let combos: { parts: string[]; shown: string[]; when: Formula; node?: TemplateNode; path?: NodePath }[] = [{ parts: [], shown: [], when: variant.when }];
    for (const name of identifiers) {
      const value = valueOf(variant.node, name);
      const path = [...variant.path, name];
      if (value === undefined && defaults[name] === undefined) return [];
      const options =
        value === undefined
          ? [{ node: { kind: 'scalar', value: defaults[name], span: variant.node.span, quoted: false } satisfies ScalarNode, path, when: ALWAYS }]
          : variants(root, value, path, ALWAYS).filter((option) => keyOf(option.node) !== undefined);
      combos = combos.flatMap((combo) =>
        options.map((option) => ({
          parts: [...combo.parts, keyOf(option.node)!],
          shown: [...combo.shown, shownOf(option.node)],
          when: and(combo.when, option.when),
          node: combo.node ?? option.node,
          path: combo.path ?? option.path,
        })),
      );
      if (combos.length > MAX_VALUES) return [];
    }
    for (const combo of combos) {
      results.push({ key: combo.parts.join('\u0000'), shown: combo.shown.join(', '), when: combo.when, resource, path: combo.path!, node: combo.node! });
    }
  }
  return results;
}

/** A value with its Fn::If branches taken apart (`Ref AWS::NoValue`: no value), each with its condition. */
function variants(root: TemplateNode, node: TemplateNode, path: NodePath, when: Formula, depth = 0): { node: TemplateNode; path: NodePath; when: Formula }[] {
  const fn = functionOf(node);
  const argument = fn ? (node as MapNode).entries[0].value : undefined;
  if (fn === 'Ref' && isString(argument) && argument.value === 'AWS::NoValue') return [];
  if (fn !== 'Fn::If') return [{ node, path, when }];
  if (depth > 8 || !isSeq(argument) || argument.items.length !== 3 || !isString(argument.items[0])) return [];
  const condition = conditionFormula(root, argument.items[0].value);
  return [
    ...variants(root, argument.items[1], [...path, 'Fn::If', 1], and(when, condition), depth + 1),
    ...variants(root, argument.items[2], [...path, 'Fn::If', 2], and(when, { kind: 'not', operand: condition }), depth + 1),
  ];
}

/** What two values are compared by; undefined for one that cannot be compared (an Fn::If inside it). */
function keyOf(node: TemplateNode): string | undefined {
  if (isScalar(node)) return node.value === null ? undefined : `s:${String(node.value)}`;
  const text = JSON.stringify(toPlain(node));
  return text.includes('"Fn::If"') ? undefined : `j:${text}`;
}

function shownOf(node: TemplateNode): string {
  if (isScalar(node)) return `'${String(node.value)}'`;
  const plain = toPlain(node) as Record<string, unknown> | undefined;
  // The short forms a reader writes: `!Ref Bucket`, `!GetAtt Bucket.Arn`.
  if (plain && typeof plain.Ref === 'string' && Object.keys(plain).length === 1) return `!Ref ${plain.Ref}`;
  const getAtt = plain?.['Fn::GetAtt'];
  if (Array.isArray(getAtt) && getAtt.length === 2 && getAtt.every((part) => typeof part === 'string')) return `!GetAtt ${getAtt.join('.')}`;
  const text = JSON.stringify(plain);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function and(first: Formula, second: Formula): Formula {
  if (first === ALWAYS) return second;
  if (second === ALWAYS) return first;
  return { kind: 'and', operands: [first, second] };
}
