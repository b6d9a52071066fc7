/**
 * What a template value can be when CloudFormation validates it: the literal itself, each branch of
 * an `Fn::If`, each of a parameter's AllowedValues, the text of an `Fn::Sub` or `Fn::Join` written
 * only of literals. Anything computed at deploy time (`Fn::GetAtt`, `Fn::ImportValue`, a `Ref` to a
 * resource, `{{resolve:…}}`) is unknown and never judged. So is a parameter's Default (a stack may
 * be given another value), and a parameter inside an `Fn::If`, whose condition usually tests the
 * parameter itself (`''` meaning "not set"). An `Fn::If` branch no deployment takes is left out
 * when the scope can tell (`!If [IsLinux, …, !If [IsWindows, …, unknown]]`).
 */
import type { BranchFilter, TakenBranch } from '../../conditions';
import { findInMapValues } from '../../mappingValues';
import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type NodePath, type ScalarNode, type ScalarValue, type SeqNode, type TemplateNode } from '../../model';
import { RETURNS } from './returns';
import { secretReference, type SecretReference } from './secretFields';
import type { PartialText } from './partial';

export type Alternative =
  | { kind: 'map'; node: MapNode; path: NodePath }
  | { kind: 'seq'; node: SeqNode; path: NodePath }
  /** `node` is where to report: the scalar itself, or the Ref / Fn::Sub it comes from. */
  | {
      kind: 'scalar';
      value: ScalarValue;
      node: TemplateNode;
      path: NodePath;
      origin?: string;
      /** A value a stack may be given (a parameter's allowed value other than its Default): others deploy. */
      choice?: boolean;
      /** An `Fn::Sub` whose pseudo parameters stand as samples: only a pattern or format it breaks holds for every account and Region. */
      sampled?: boolean;
    }
  /** `Ref` or `Fn::GetAtt` of a resource of the template: its value is known at deploy time, what it identifies now (returns.ts). */
  | {
      kind: 'returned';
      /** What it gives, as identifier formats (`AWS::IAM::Role.Name`). */
      formats: readonly string[];
      node: TemplateNode;
      path: NodePath;
      function: 'Ref' | 'Fn::GetAtt';
      target: string;
      targetType: string;
      attribute?: string;
    }
  /** Text of fixed parts and values known only at deploy time (partial.ts): some keywords still decide. */
  | ({ kind: 'partial'; node: TemplateNode; path: NodePath } & PartialText)
  | { kind: 'unknown' }
  /** `Ref: AWS::NoValue`: the property is not there. */
  | { kind: 'absent' };

/** The template's parameters, for `Ref`s that resolve to one. */
export interface ParameterLookup {
  (name: string): MapNode | undefined;
}

export interface AlternativeScope {
  parameter: ParameterLookup;
  /** The template's Mappings, for `Fn::FindInMap`; without them a lookup is unknown. */
  mappings?: MapNode;
  /** Which `Fn::If` branches some deployment takes; without it, every branch is. */
  reachable?: BranchFilter;
  /** The resource is not created when every parameter keeps its Default: a Default then reaches it only beside other values. */
  defaultsSkipResource?: boolean;
  /**
   * Whether the Default of a parameter that allows any value is judged (a warning when refused). Not on SAM types, whose
   * transform reads some parameters itself (a DeploymentPreference's `Enabled: !Ref Flag` with the Default 'True').
   */
  judgesDefaults?: boolean;
  /** The type of the template's resource of this logical id; without it, what a resource gives is unknown. */
  resourceType?: (logicalId: string) => string | undefined;
  /** What a secret of the template holds under a key, as the template writes it (secretFields.ts); without it, unknown. */
  secretField?: (reference: SecretReference) => { value: string; secret: string } | undefined;
}

const NO_BRANCHES: readonly TakenBranch[] = [];

const MAX_DEPTH = 12;
const DYNAMIC_REFERENCE = /\{\{\s*resolve:/;

/** `{{resolve:…}}` anywhere in the text (most values have no `{{`: no pattern to run then). */
function isDynamicReference(text: string): boolean {
  return text.includes('{{') && DYNAMIC_REFERENCE.test(text);
}

/** `taken`: the `Fn::If` branches that lead to `node`. */
export function alternativesOf(node: TemplateNode, path: NodePath, scope: AlternativeScope, depth = 0, taken = NO_BRANCHES): Alternative[] {
  if (depth > MAX_DEPTH) return [{ kind: 'unknown' }];
  const literal = literalAlternative(node, path);
  if (literal) return [literal];
  if (isScalar(node)) {
    if (typeof node.value === 'string' && isDynamicReference(node.value)) return secretAlternative(node, node.value, false, path, scope);
    return [{ kind: 'scalar', value: node.value, node, path }];
  }
  const fn = functionOf(node)!;
  const argument = (node as MapNode).entries[0].value;
  switch (fn) {
    case 'Fn::If':
      return ifBranches(argument, path, scope, depth, taken);
    case 'Ref':
      return resourceReturn(node, argument, path, scope) ?? refValues(node, argument, path, scope);
    case 'Fn::GetAtt':
      return attributeReturn(node, argument, path, scope);
    case 'Fn::Sub':
      if (!isString(argument)) return [{ kind: 'unknown' }];
      if (isDynamicReference(argument.value)) return secretAlternative(node, argument.value, true, path, scope);
      return argument.value.includes('${') ? sampledSub(node, argument.value, path) : [{ kind: 'scalar', value: argument.value, node, path }];
    case 'Fn::Join':
      return joinedLiterals(node, argument, path);
    case 'Fn::FindInMap':
      return mappedValues(node, argument, path, scope);
    default:
      return [{ kind: 'unknown' }];
  }
}

/** A dynamic reference to a key a secret of the template is created with (`{"username": "webadmin"}`): that value; else unknown. */
function secretAlternative(node: TemplateNode, text: string, subbed: boolean, path: NodePath, scope: AlternativeScope): Alternative[] {
  const reference = secretReference(text, subbed);
  const known = reference && scope.secretField?.(reference);
  if (!reference || !known) return [{ kind: 'unknown' }];
  return [{ kind: 'scalar', value: known.value, node, path, origin: `the '${reference.key}' key secret '${known.secret}' is created with` }];
}

/**
 * Pseudo parameters whose values have one shape in every account and Region, with a sample of it: an
 * account ID is 12 digits; no Region name is shorter than us-east-1 or has other characters than its.
 */
const SAMPLES: Readonly<Record<string, string>> = {
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'us-east-1',
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

/**
 * An `Fn::Sub` of literal text and those pseudo parameters (`lab-${AWS::AccountId}-${AWS::Region}`), with each
 * written as its sample; text with holes (partial.ts) when it names anything else (`${AWS::StackName}`, a
 * parameter, a resource); unknown when it writes `${!…}` or `${` alone.
 */
function sampledSub(node: TemplateNode, text: string, path: NodePath): Alternative[] {
  const parts: string[] = [];
  const holes: string[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
    if (match[1].startsWith('!')) return [{ kind: 'unknown' }];
    parts.push(text.slice(last, match.index));
    holes.push(match[1].trim());
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  if (parts.some((part) => part.includes('${'))) return [{ kind: 'unknown' }];
  if (!holes.every((name) => Object.hasOwn(SAMPLES, name))) return [{ kind: 'partial', parts, holes: holes.map((name) => `\${${name}}`), node, path }];
  const value = parts.map((part, index) => (index === 0 ? part : SAMPLES[holes[index - 1]] + part)).join('');
  const origin = `Fn::Sub, with ${[...new Set(holes)].map((name) => `${name} as ${SAMPLES[name]}`).join(' and ')}`;
  return [{ kind: 'scalar', value, node, path, origin, sampled: true }];
}

/** What an origin says of a choice a property refuses: the stacks that take it fail. */
const CHOICE_FAILS = ': a stack given that value fails';
const THOSE_FAIL = ': those fail';

/** Where a choice comes from, without what a refused one brings (for a value that is accepted, only discouraged). */
export function originWithoutFailure(origin: string): string {
  for (const consequence of [CHOICE_FAILS, THOSE_FAIL]) if (origin.endsWith(consequence)) return origin.slice(0, -consequence.length);
  return origin;
}

/**
 * The one alternative of a value written out (no function, no `{{`): the value itself. The constraint walk
 * asks for it first, at every property of every resource, without making alternativesOf's list.
 */
export function literalAlternative(node: TemplateNode, path: NodePath): Alternative | undefined {
  if (node.kind === 'scalar') return typeof node.value === 'string' && node.value.includes('{{') ? undefined : { kind: 'scalar', value: node.value, node, path };
  if (node.kind === 'seq') return { kind: 'seq', node, path };
  return functionOf(node) === undefined ? { kind: 'map', node, path } : undefined;
}

/** `Ref`, `Condition` or the `Fn::…` key of a one-entry map. */
export function functionOf(node: TemplateNode): string | undefined {
  if (!isMap(node) || node.entries.length !== 1) return undefined;
  const key = node.entries[0].key.value;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

function ifBranches(argument: TemplateNode, path: NodePath, scope: AlternativeScope, depth: number, taken: readonly TakenBranch[]): Alternative[] {
  if (!isSeq(argument) || argument.items.length !== 3) return [{ kind: 'unknown' }];
  const condition = argument.items[0];
  return [1, 2].flatMap((index) => {
    const branch = isString(condition) ? [...taken, { condition: condition.value, holds: index === 1 }] : taken;
    if (scope.reachable && branch !== taken && !scope.reachable(branch)) return [];
    return alternativesOf(argument.items[index], [...path, 'Fn::If', index], scope, depth + 1, branch);
  });
}

/** `Ref` of a resource of the template whose type's Ref returns.ts knows; undefined when the name is not a resource. */
function resourceReturn(node: TemplateNode, argument: TemplateNode, path: NodePath, scope: AlternativeScope): Alternative[] | undefined {
  const targetType = isString(argument) ? scope.resourceType?.(argument.value) : undefined;
  if (targetType === undefined) return undefined;
  const formats = RETURNS[targetType]?.ref;
  if (!formats) return [{ kind: 'unknown' }];
  return [{ kind: 'returned', formats, node, path, function: 'Ref', target: (argument as ScalarNode).value as string, targetType }];
}

/** `Fn::GetAtt` of an attribute returns.ts knows, of a resource of the template (`[Name, Attribute]` or `Name.Attribute`). */
function attributeReturn(node: TemplateNode, argument: TemplateNode, path: NodePath, scope: AlternativeScope): Alternative[] {
  const parts = isSeq(argument) && argument.items.length === 2 && argument.items.every(isString)
    ? argument.items.map((item) => (item as ScalarNode).value as string)
    : isString(argument) && argument.value.includes('.')
      ? [argument.value.slice(0, argument.value.indexOf('.')), argument.value.slice(argument.value.indexOf('.') + 1)]
      : undefined;
  const targetType = parts ? scope.resourceType?.(parts[0]) : undefined;
  const format = targetType ? RETURNS[targetType]?.attributes?.[parts![1]] : undefined;
  if (!format) return [{ kind: 'unknown' }];
  return [{ kind: 'returned', formats: [format], node, path, function: 'Fn::GetAtt', target: parts![0], targetType: targetType!, attribute: parts![1] }];
}

/** Lists, and SSM parameter types, whose Default names a parameter that holds the value. */
const NOT_A_SCALAR_VALUE = /^(List<|CommaDelimitedList|AWS::SSM::Parameter::)|<List</;

function refValues(node: TemplateNode, argument: TemplateNode, path: NodePath, { parameter, reachable, defaultsSkipResource, judgesDefaults }: AlternativeScope): Alternative[] {
  if (!isString(argument)) return [{ kind: 'unknown' }];
  if (argument.value === 'AWS::NoValue') return [{ kind: 'absent' }];
  if (path.includes('Fn::If')) return [{ kind: 'unknown' }];
  const declaration = parameter(argument.value);
  const type = valueOf(declaration, 'Type');
  if (!declaration || (isString(type) && NOT_A_SCALAR_VALUE.test(type.value))) return [{ kind: 'unknown' }];
  const allowed = valueOf(declaration, 'AllowedValues');
  if (isSeq(allowed) && allowed.items.length > 0 && allowed.items.every(isScalar)) {
    const fallback = valueOf(declaration, 'Default');
    const isDefault = (item: ScalarNode) => isScalar(fallback) && String(fallback.value) === String(item.value);
    // A value other than the Default is a choice: the stacks given it fail (the validator makes it an error when every choice fails).
    // A value under which the resource's Condition cannot hold never reaches it (`KeySpec: !Ref Spec` created only when Spec is not 'none').
    const reaching = allowed.items.filter((item) => !reachable || reachable(NO_BRANCHES, { parameter: argument.value, value: String((item as ScalarNode).value) }));
    if (reaching.length === 0) return [{ kind: 'unknown' }];
    return reaching.map((item) => {
      const value = (item as ScalarNode).value;
      if (isDefault(item as ScalarNode) && !defaultsSkipResource) return { kind: 'scalar' as const, value, node, path, origin: `the Default of parameter '${argument.value}'` };
      if (isDefault(item as ScalarNode)) {
        const origin = `the Default of parameter '${argument.value}', in the stacks whose other parameters create this resource${THOSE_FAIL}`;
        return { kind: 'scalar' as const, value, node, path, origin, choice: true };
      }
      const origin = `one of the AllowedValues of parameter '${argument.value}'${CHOICE_FAILS}`;
      return { kind: 'scalar' as const, value, node, path, origin, choice: true };
    });
  }
  return judgesDefaults ? defaultOnly(node, argument.value, valueOf(declaration, 'Default'), path, { reachable, defaultsSkipResource }) : [{ kind: 'unknown' }];
}

/**
 * A parameter that allows any value, with a Default: the value is unknown, and the Default one a stack may keep. A Default
 * the property refuses is a warning (the stacks that keep it fail, others may pass a value that deploys), never an error.
 */
function defaultOnly(
  node: TemplateNode,
  name: string,
  fallback: TemplateNode | undefined,
  path: NodePath,
  { reachable, defaultsSkipResource }: Pick<AlternativeScope, 'reachable' | 'defaultsSkipResource'>,
): Alternative[] {
  const unknown: Alternative = { kind: 'unknown' };
  if (!isScalar(fallback) || fallback.value === null || defaultsSkipResource) return [unknown];
  // A Default that is a dynamic reference (`{{resolve:ssm:DBName:3}}`) is resolved before the stack uses it.
  if (typeof fallback.value === 'string' && isDynamicReference(fallback.value)) return [unknown];
  if (reachable && !reachable(NO_BRANCHES, { parameter: name, value: String(fallback.value) })) return [unknown];
  const origin = `the Default of parameter '${name}': a stack that keeps it fails`;
  return [unknown, { kind: 'scalar', value: fallback.value, node, path, origin, choice: true }];
}

/**
 * The scalars an `Fn::FindInMap` can return. Inside an `Fn::If` a top-level key from a parameter is
 * unknown, as a `Ref` to the parameter is there (the condition may rule some keys out).
 */
function mappedValues(node: TemplateNode, argument: TemplateNode, path: NodePath, scope: AlternativeScope): Alternative[] {
  const topKey = isSeq(argument) ? argument.items[1] : undefined;
  if (!scope.mappings || (path.includes('Fn::If') && functionOf(topKey ?? node) === 'Ref')) return [{ kind: 'unknown' }];
  const values = findInMapValues(node, { mappings: scope.mappings, parameter: scope.parameter });
  if (!values || !values.every((value) => isScalar(value) && !(typeof value.value === 'string' && isDynamicReference(value.value)))) return [{ kind: 'unknown' }];
  const mapName = isSeq(argument) && isString(argument.items[0]) ? argument.items[0].value : '';
  const origin = `the mapping '${mapName}'`;
  return values.map((value) => ({ kind: 'scalar' as const, value: (value as ScalarNode).value, node, path, origin }));
}

function joinedLiterals(node: TemplateNode, argument: TemplateNode, path: NodePath): Alternative[] {
  if (!isSeq(argument) || argument.items.length !== 2) return [{ kind: 'unknown' }];
  const [delimiter, list] = argument.items;
  if (!isString(delimiter) || !isSeq(list) || list.items.some((item) => isScalar(item) && item.value === null)) return [{ kind: 'unknown' }];
  if (!list.items.every(isScalar)) return joinedWithHoles(node, delimiter.value, list, path);
  const text = list.items.map((item) => String((item as ScalarNode).value)).join(delimiter.value);
  return isDynamicReference(text) ? [{ kind: 'unknown' }] : [{ kind: 'scalar', value: text, node, path }];
}

/** An `Fn::Join` of literals and values known at deploy time (each a hole, shown as `${Name}` or `${Name.Attribute}`). */
function joinedWithHoles(node: TemplateNode, delimiter: string, list: SeqNode, path: NodePath): Alternative[] {
  const parts = [''];
  const holes: string[] = [];
  list.items.forEach((item, index) => {
    if (index > 0) parts[parts.length - 1] += delimiter;
    if (isScalar(item)) {
      parts[parts.length - 1] += String(item.value);
      return;
    }
    holes.push(holeName(item));
    parts.push('');
  });
  return parts.some(isDynamicReference) ? [{ kind: 'unknown' }] : [{ kind: 'partial', parts, holes, node, path }];
}

function holeName(item: TemplateNode): string {
  const fn = functionOf(item);
  const argument = fn === undefined ? undefined : (item as MapNode).entries[0].value;
  if (fn === 'Ref' && isString(argument)) return `\${${argument.value}}`;
  if (fn === 'Fn::GetAtt' && isSeq(argument) && argument.items.every(isString)) return `\${${argument.items.map((part) => (part as ScalarNode).value).join('.')}}`;
  if (fn === 'Fn::GetAtt' && isString(argument)) return `\${${argument.value}}`;
  return `\${${fn ?? 'value'}}`;
}
