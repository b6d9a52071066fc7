import { finding, type Finding } from '../findings';
import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type TemplateNode } from '../model';
import { visitOtherFunctionCalls, type FunctionCall } from '../references/functionCalls';
import { parameterDeclaration } from '../sections';
import { hasBrokenSyntax } from '../schema/parseState';
import type { Template } from '../template';
import type { Rule } from './rule';

/**
 * W8003: `Fn::Equals` of a parameter with a literal its AllowedValues do not hold. CloudFormation compares
 * the two as text, letter case included, so the comparison is false in every stack: a condition built on
 * it never (or, under Fn::Not, always) holds, and what it guards never (or always) deploys.
 */
export const impossibleEqualsRule: Rule = {
  id: 'W8003',
  needsText: ['Equals'],
  description: 'Fn::Equals compares a parameter with a value its AllowedValues do not hold (always false)',
  run: (template) => (hasBrokenSyntax(template) ? [] : impossibleComparisons(template)),
};

function impossibleComparisons(template: Template): Finding[] {
  const findings: Finding[] = [];
  visitOtherFunctionCalls(template, (call) => {
    if (call.name !== 'Fn::Equals' || (call.section !== 'Conditions' && call.section !== 'Rules')) return;
    const found = comparisonProblem(template, call);
    if (found) findings.push(found);
  });
  return findings;
}

function comparisonProblem(template: Template, call: FunctionCall): Finding | undefined {
  if (!isSeq(call.argument) || call.argument.items.length !== 2) return undefined;
  const [first, second] = call.argument.items;
  const parameter = refName(first) ?? refName(second);
  const literal = refName(first) !== undefined ? second : first;
  if (parameter === undefined || !isScalar(literal) || literal.value === null || typeof literal.value === 'object') return undefined;
  const declaration = parameterDeclaration(template.root, parameter);
  const type = valueOf(declaration, 'Type');
  // An SSM parameter type's AllowedValues limit the Parameter Store key; Ref gives the value stored under it.
  if (isString(type) && type.value.startsWith('AWS::SSM::Parameter::')) return undefined;
  const allowed = allowedValues(declaration);
  const compared = String(literal.value);
  if (!allowed || allowed.some((value) => sameValue(value, compared))) return undefined;
  const sameButCase = allowed.find((value) => value.toLowerCase() === compared.toLowerCase());
  const hint = sameButCase !== undefined ? ` (letter case counts: '${sameButCase}' is allowed, not '${compared}')` : '';
  const message = `Parameter '${parameter}' can never be '${compared}' (its AllowedValues are ${allowed.map((value) => `'${value}'`).join(', ')}), so this Fn::Equals is false in every stack${hint}`;
  return finding('W8003', 'warning', message, literal.span, [...call.path, literal === first ? 0 : 1]);
}

/** Equal as text, or as numbers where YAML may have rewritten one (`1.0` read as 1). */
function sameValue(allowed: string, compared: string): boolean {
  if (allowed === compared) return true;
  const number = Number(compared);
  return compared.trim() !== '' && allowed.trim() !== '' && Number.isFinite(number) && number === Number(allowed);
}

/** The parameter a `Ref` names (pseudo parameters have no AllowedValues and are left out by the caller's look-up). */
function refName(node: TemplateNode): string | undefined {
  if (!isMap(node) || node.entries.length !== 1 || node.entries[0].key.value !== 'Ref') return undefined;
  const target = node.entries[0].value;
  return isString(target) ? target.value : undefined;
}

/** A parameter's AllowedValues as the text CloudFormation compares, when every one is a literal. */
function allowedValues(declaration: MapNode | undefined): string[] | undefined {
  const allowed = valueOf(declaration, 'AllowedValues');
  if (!isSeq(allowed) || allowed.items.length === 0) return undefined;
  const values: string[] = [];
  for (const item of allowed.items) {
    if (!isScalar(item) || item.value === null || typeof item.value === 'object') return undefined;
    values.push(String(item.value));
  }
  return values;
}
