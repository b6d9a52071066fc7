import { entryOf, isMap, isScalar, isSeq, toPlain, valueOf, type MapNode, type TemplateNode } from '../model';
import { findInMapValues } from '../mappingValues';
import { sectionOf } from '../sections';
import type { Formula } from './types';

const opaque = (node: TemplateNode | undefined): Formula => ({ kind: 'opaque', key: JSON.stringify(toPlain(node) ?? null) });

/**
 * The formula of condition `name` of a template: `Condition` references are followed (a cycle or
 * an undeclared name becomes an opaque fact), everything the logic cannot read is opaque.
 */
export function conditionFormula(root: TemplateNode | undefined, name: string): Formula {
  const conditions = sectionOf(root, 'Conditions');
  const mappings = sectionOf(root, 'Mappings');
  // Each condition is read once and shared wherever it is named: a chain naming the next condition twice
  // is a graph of its own size, not a tree twice as large at each step.
  const read = new Map<string, Formula>();
  const reading = new Set<string>();
  const byName = (conditionName: string): Formula => {
    const known = read.get(conditionName);
    if (known) return known;
    const body = entryOf(conditions, conditionName)?.value;
    if (!body || reading.has(conditionName)) return { kind: 'opaque', key: `Condition ${conditionName}` };
    reading.add(conditionName);
    const formula = formulaOf(body, byName, mappings);
    reading.delete(conditionName);
    read.set(conditionName, formula);
    return formula;
  };
  return byName(name);
}

function formulaOf(node: TemplateNode, byName: (name: string) => Formula, mappings: MapNode | undefined): Formula {
  if (!isMap(node) || node.entries.length !== 1) return opaque(node);
  const [{ key, value }] = node.entries;
  const operands = isSeq(value) ? value.items : undefined;
  switch (key.value) {
    case 'Condition':
      return isScalar(value) && typeof value.value === 'string' ? byName(value.value) : opaque(node);
    case 'Fn::Not':
      return operands?.length === 1 ? { kind: 'not', operand: formulaOf(operands[0], byName, mappings) } : opaque(node);
    case 'Fn::And':
    case 'Fn::Or':
      if (!operands || operands.length === 0) return opaque(node);
      return { kind: key.value === 'Fn::And' ? 'and' : 'or', operands: operands.map((operand) => formulaOf(operand, byName, mappings)) };
    case 'Fn::Equals':
      return operands?.length === 2 ? equalsOf(operands[0], operands[1], node, mappings) : opaque(node);
    default:
      return opaque(node);
  }
}

function equalsOf(left: TemplateNode, right: TemplateNode, node: TemplateNode, mappings: MapNode | undefined): Formula {
  const [leftText, rightText] = [literalOf(left, mappings), literalOf(right, mappings)];
  if (leftText !== undefined && rightText !== undefined) return { kind: 'constant', value: leftText === rightText };
  const [leftRef, rightRef] = [refOf(left), refOf(right)];
  if (leftRef !== undefined && rightText !== undefined) return { kind: 'equals', ref: leftRef, literal: rightText };
  if (rightRef !== undefined && leftText !== undefined) return { kind: 'equals', ref: rightRef, literal: leftText };
  return opaque(node);
}

/**
 * CloudFormation compares strings: a number or a YAML boolean is compared as its text. An `Fn::FindInMap`
 * of three literal keys is the value it finds (a mapping is fixed when the template is written).
 */
function literalOf(node: TemplateNode, mappings: MapNode | undefined): string | undefined {
  if (isScalar(node)) return node.value !== null ? String(node.value) : undefined;
  // Only a literal top-level key names one entry (findInMapValues checks the mapping and the second key).
  const args = valueOf(node, 'Fn::FindInMap');
  if (!isSeq(args) || !isScalar(args.items[1])) return undefined;
  const [found] = findInMapValues(node, { mappings, parameter: () => undefined }) ?? [];
  return isScalar(found) && found.value !== null ? String(found.value) : undefined;
}

function refOf(node: TemplateNode): string | undefined {
  if (!isMap(node) || node.entries.length !== 1 || node.entries[0].key.value !== 'Ref') return undefined;
  const target = node.entries[0].value;
  return isScalar(target) && typeof target.value === 'string' ? target.value : undefined;
}
