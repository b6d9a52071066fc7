import { finding, NO_FINDINGS, type Finding } from '../findings';
import { isMap, isScalar, isSeq, isString, valueOf, type TemplateNode } from '../model';
import { isFunctionKey, visitOtherFunctionCalls, visitResourceFunctionCalls, type FunctionCall, type FunctionCallVisitor } from '../references';
import type { Template } from '../template';
import { INTRINSIC_FUNCTIONS } from '../intrinsics';
import { declaresLanguageExtensions } from '../transforms';
import { closestName } from '../schema/suggest';
import { resourceRule, type Rule } from './rule';

type Check = (node: TemplateNode | undefined) => boolean;

const isFunction: Check = (node) =>
  isMap(node) && node.entries.length === 1 && (node.entries[0].key.value === 'Ref' || node.entries[0].key.value.startsWith('Fn::'));
const isStringLike: Check = (node) => isString(node) || isFunction(node);
const isScalarLike: Check = (node) => (isScalar(node) && node.value !== null) || isFunction(node);
const isListLike: Check = (node) => isSeq(node) || isFunction(node);
const isPlainMap: Check = (node) => isMap(node) && !isFunction(node);
const isIndex: Check = (node) =>
  isFunction(node) || (isScalar(node) && node.value !== null && node.value !== '' && Number.isInteger(Number(node.value)));
const anything: Check = () => true;
/** Fn::Cidr's count: "Valid range is between 1 and 256" (the function's reference page). */
const isCidrCount: Check = (node) => isFunction(node) || (isScalar(node) && node.value !== null && node.value !== '' && Number.isInteger(Number(node.value)) && Number(node.value) >= 1 && Number(node.value) <= 256);

/**
 * How a function's argument must look: a single value (`value`), or a list whose items are checked
 * one by one (`items`, with `rest` for items past the listed ones), between `min` and `max` long.
 */
interface Shape {
  ruleId: string;
  expects: string;
  value?: (argument: TemplateNode, extended: boolean) => boolean;
  items?: Check[];
  rest?: Check;
  min?: number;
  max?: number;
}

/** cfn-lint's ids for each function's shape check, and the shapes CloudFormation accepts. */
const SHAPES: Record<string, Shape> = {
  Ref: { ruleId: 'E1020', expects: 'a name', value: (a, extended) => isString(a) || (extended && isFunction(a)) },
  'Fn::GetAtt': {
    ruleId: 'E1010',
    expects: "'Resource.Attribute' or [Resource, Attribute]",
    value: (a, extended) =>
      (isString(a) && /^[^.]+\..+/.test(a.value)) ||
      (isSeq(a) && a.items.length === 2 && (isString(a.items[0]) || (extended && isFunction(a.items[0]))) && isStringLike(a.items[1])),
  },
  'Fn::Sub': { ruleId: 'E1019', expects: 'a string, or [string, {variables}]', value: (a) => isString(a) || (isSeq(a) && a.items.length === 2 && isString(a.items[0]) && isPlainMap(a.items[1])) },
  'Fn::Join': { ruleId: 'E1022', expects: '[delimiter, [values]]', items: [isString, isListLike] },
  'Fn::Select': { ruleId: 'E1017', expects: '[index, [values]]', items: [isIndex, isListLike] },
  'Fn::Split': { ruleId: 'E1018', expects: '[delimiter, string]', items: [isString, isStringLike] },
  'Fn::If': { ruleId: 'E1028', expects: '[condition name, value if true, value if false]', items: [isString, anything, anything] },
  'Fn::Equals': { ruleId: 'E8003', expects: 'two values to compare', items: [isScalarLike, isScalarLike] },
  'Fn::And': { ruleId: 'E8004', expects: 'a list of 2 to 10 conditions', items: [], rest: anything, min: 2, max: 10 },
  'Fn::Or': { ruleId: 'E8006', expects: 'a list of 2 to 10 conditions', items: [], rest: anything, min: 2, max: 10 },
  'Fn::Not': { ruleId: 'E8005', expects: 'a list of one condition', items: [anything] },
  'Fn::FindInMap': { ruleId: 'E1011', expects: '[MapName, TopLevelKey, SecondLevelKey]', items: [isStringLike, isScalarLike, isScalarLike] },
  'Fn::GetAZs': { ruleId: 'E1015', expects: "one Region name: a string, '' or !Ref AWS::Region (not a list)", value: (a) => isString(a) || isFunction(a) },
  'Fn::Base64': { ruleId: 'E1021', expects: 'a string', value: isStringLike },
  'Fn::Cidr': { ruleId: 'E1024', expects: '[ipBlock, count (1 to 256), cidrBits]', items: [isStringLike, isCidrCount, isScalarLike] },
  'Fn::ImportValue': { ruleId: 'E1016', expects: 'an export name', value: isStringLike },
  'Fn::GetStackOutput': {
    ruleId: 'E1033',
    expects: 'an object with StackName and OutputName, and optionally Region and RoleArn',
    value: (a) => isPlainMap(a) && hasOnly(a, STACK_OUTPUT_KEYS) && isStringLike(valueOf(a, 'StackName')) && isStringLike(valueOf(a, 'OutputName')),
  },
};

const STACK_OUTPUT_KEYS = ['StackName', 'OutputName', 'Region', 'RoleArn'];

/** A map with no keys but these, each holding a string or a function. */
function hasOnly(node: TemplateNode, keys: readonly string[]): boolean {
  return isMap(node) && node.entries.every((entry) => keys.includes(entry.key.value) && isStringLike(entry.value));
}

/** With language extensions, Fn::FindInMap takes a 4th argument: {DefaultValue: …}. */
const FIND_IN_MAP_WITH_DEFAULT: Shape = { ...SHAPES['Fn::FindInMap'], items: [isStringLike, isScalarLike, isScalarLike], rest: isPlainMap, min: 3, max: 4 };

/** Functions that exist only with `Transform: AWS::LanguageExtensions`, with cfn-lint's ids. */
const LANGUAGE_EXTENSIONS: Record<string, string> = { 'Fn::ForEach': 'E1032', 'Fn::Length': 'E1030', 'Fn::ToJsonString': 'E1031' };

/** What each finding id of this rule checks, for reports that describe findings by id (SARIF). */
const FUNCTION_SHAPE_DESCRIPTIONS: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.entries(SHAPES).map(([name, shape]) => [shape.ruleId, `${name} takes ${shape.expects}`]),
  ...Object.entries(LANGUAGE_EXTENSIONS).map(([name, ruleId]) => [ruleId, `${name} needs 'Transform: AWS::LanguageExtensions'`]),
  ['E1001', 'Only the intrinsic functions CloudFormation supports'],
]);

/**
 * Intrinsic functions must have the arguments CloudFormation accepts. Its findings carry cfn-lint's id
 * for each function (E1022 for Fn::Join…), so the rule has an id of its own that no finding uses.
 */
export const functionShapesRule: Rule = resourceRule({
  id: 'function-shapes',
  description: 'Intrinsic functions take a fixed shape of arguments',
  otherIds: FUNCTION_SHAPE_DESCRIPTIONS,
  check(resource, template) {
    if (isFunctionKey(resource.logicalId)) return [];
    const extended = hasLanguageExtensions(template);
    return problemsOfAll((visit) => visitResourceFunctionCalls(resource.entry, visit), extended);
  },
  rest(template) {
    const extended = hasLanguageExtensions(template);
    return problemsOfAll((visit) => visitOtherFunctionCalls(template, visit), extended);
  },
});

function hasLanguageExtensions(template: Template): boolean {
  return declaresLanguageExtensions(template.root);
}

/** Every function CloudFormation knows (the Rules section's included): any other `Fn::` key fails the template. */
const KNOWN_FUNCTIONS = new Set([...INTRINSIC_FUNCTIONS, 'Condition']);

/**
 * CloudFormation answers an `Fn::` key it does not know with "Template format error: Encountered
 * unsupported function" (the intrinsic function reference lists those it supports).
 */
function unknownFunction(call: FunctionCall): Finding {
  // Compared without the Fn:: prefix, which would make every name look close.
  const bare = (name: string) => name.replace(/^Fn::/, '');
  const near = closestName(bare(call.name), INTRINSIC_FUNCTIONS.map(bare));
  const suggestion = INTRINSIC_FUNCTIONS.find((name) => name.startsWith(call.name)) ?? INTRINSIC_FUNCTIONS.find((name) => near !== undefined && bare(name) === near);
  const hint = suggestion ? `. Did you mean ${suggestion}?` : '';
  const message = `${call.name} is no intrinsic function CloudFormation supports: it rejects the template${hint}`;
  return finding('E1001', 'error', message, call.keySpan, [...call.path]);
}

/** Fn::Transform runs a macro that replaces the value before CloudFormation reads it. */
const isMacro: Check = (node) => isMap(node) && node.entries.length === 1 && node.entries[0].key.value === 'Fn::Transform';

function problemsOfAll(visitCalls: (visit: FunctionCallVisitor) => void, extended: boolean): Finding[] {
  const findings: Finding[] = [];
  visitCalls((call) => {
    const problems = problemsOf(call, extended);
    if (problems.length > 0) findings.push(...problems);
  });
  return findings;
}

function problemsOf(call: FunctionCall, extended: boolean): readonly Finding[] {
  if (isMacro(call.argument)) return NO_FINDINGS;
  const extension = LANGUAGE_EXTENSIONS[call.name];
  if (extension) {
    if (extended) return NO_FINDINGS;
    const message = `${call.name} needs 'Transform: AWS::LanguageExtensions' at the top of the template`;
    return [finding(extension, 'error', message, call.keySpan, [...call.path])];
  }
  // Rain (AWS's CloudFormation CLI) replaces its own Fn::Rain:: directives before it deploys, as `package` does local paths.
  if (!KNOWN_FUNCTIONS.has(call.name) && !call.name.startsWith('Fn::Rain::')) return [unknownFunction(call)];
  // A DefaultValue no longer needs the language extensions transform (the FindInMap enhancements page says so).
  const shape = call.name === 'Fn::FindInMap' ? FIND_IN_MAP_WITH_DEFAULT : SHAPES[call.name];
  if (!shape) return NO_FINDINGS;
  if (call.name === 'Fn::If' && call.path[0] === 'Conditions') return [ifInConditions(call)];
  if (call.name === 'Fn::ImportValue' && call.path[0] === 'Conditions') return [importInConditions(call)];
  if (shape.value) return shape.value(call.argument, extended) ? NO_FINDINGS : [wrongShape(call, shape)];
  const items = shape.items ?? [];
  const argument = call.argument;
  const min = shape.min ?? items.length;
  const max = shape.max ?? items.length;
  if (!isSeq(argument) || argument.items.length < min || argument.items.length > max) return [wrongShape(call, shape)];
  const outOfBounds = call.name === 'Fn::Select' ? selectOutOfBounds(call, argument.items) : undefined;
  if (outOfBounds) return [outOfBounds];
  let found: Finding[] | undefined;
  for (let index = 0; index < argument.items.length; index++) {
    const item = argument.items[index];
    const check = items[index] ?? shape.rest ?? anything;
    if (check(item)) continue;
    const message = `${call.name} takes ${shape.expects}: argument ${index + 1} is not valid here`;
    (found ??= []).push(finding(shape.ruleId, 'error', message, item.span, [...call.path, index]));
  }
  return found ?? NO_FINDINGS;
}

function wrongShape(call: FunctionCall, shape: Shape): Finding {
  return finding(shape.ruleId, 'error', `${call.name} takes ${shape.expects}`, call.keySpan, [...call.path]);
}

/**
 * "Currently, CloudFormation supports the Fn::If intrinsic function in the metadata attribute, update
 * policy attribute, and property values in the Resources section and Outputs sections of a template."
 * A condition picks between conditions with Fn::And, Fn::Or and Fn::Not instead.
 */
function ifInConditions(call: FunctionCall): Finding {
  const message = 'Fn::If is not supported in the Conditions section (only in resource properties, Metadata, UpdatePolicy and Outputs): combine conditions with Fn::And, Fn::Or and Fn::Not';
  return finding('E1028', 'error', message, call.keySpan, [...call.path]);
}

/**
 * CloudFormation answers "Template error: Cannot use Fn::ImportValue in Conditions.": conditions are
 * evaluated from the parameters, mappings and pseudo parameters alone.
 */
function importInConditions(call: FunctionCall): Finding {
  const message = 'Fn::ImportValue cannot be used in the Conditions section ("Cannot use Fn::ImportValue in Conditions"): pass the value in as a parameter, or read it with Fn::ImportValue where a resource property needs it';
  return finding('E1016', 'error', message, call.keySpan, [...call.path]);
}

/**
 * "Fn::Select doesn't check for null values or if the index is out of bounds of the array. Both
 * conditions will result in a stack error": an index past the end of a list written out.
 */
function selectOutOfBounds(call: FunctionCall, items: readonly TemplateNode[]): Finding | undefined {
  const [index, list] = items;
  if (!isScalar(index) || !isSeq(list) || list.items.some((item) => isMap(item) && isForEachLike(item))) return undefined;
  const position = Number(index.value);
  if (!Number.isInteger(position) || position < list.items.length) return undefined;
  const message = `Fn::Select picks item ${position} of a list of ${list.items.length} (items count from 0): the index is out of bounds and the stack fails`;
  return finding('E1017', 'error', message, index.span, [...call.path, 0]);
}

/** A list item that a language-extension loop may expand into several. */
function isForEachLike(item: TemplateNode): boolean {
  return isMap(item) && item.entries.some((entry) => entry.key.value.startsWith('Fn::ForEach::'));
}
