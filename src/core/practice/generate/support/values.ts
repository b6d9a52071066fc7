/**
 * Values a question may state as facts: written literally, or a parameter's default (which the stem
 * then names). Anything computed at deploy time gives undefined, and the kind asks nothing.
 */
import { isScalar, valueOf, type TemplateNode } from '../../../model';
import type { CheckContext } from '../../../rules/catalogue/support/context';
import { intrinsicName, literalBoolean, literalString } from '../../../rules/exam/values';
import type { ResourceDeclaration } from '../../../sections';

export interface Known<T> {
  value: T;
  /** The parameter whose default gives the value, when it is not literal. */
  parameter?: string;
}

function known(context: CheckContext, node: TemplateNode | undefined): { node: TemplateNode; parameter?: string } | undefined {
  if (node === undefined) return undefined;
  if (isScalar(node)) return { node };
  if (intrinsicName(node) !== 'Ref') return undefined;
  const name = literalString(valueOf(node, 'Ref'));
  const fallback = name === undefined ? undefined : valueOf(context.parameter(name), 'Default');
  return name !== undefined && isScalar(fallback) ? { node: fallback, parameter: name } : undefined;
}

export function knownNumber(context: CheckContext, node: TemplateNode | undefined): Known<number> | undefined {
  const found = known(context, node);
  const text = literalString(found?.node);
  const value = text === undefined || text.trim() === '' ? NaN : Number(text);
  return found && Number.isFinite(value) ? withParameter(value, found.parameter) : undefined;
}

export function knownString(context: CheckContext, node: TemplateNode | undefined): Known<string> | undefined {
  const found = known(context, node);
  const value = literalString(found?.node);
  return found && value !== undefined ? withParameter(value, found.parameter) : undefined;
}

export function knownBoolean(context: CheckContext, node: TemplateNode | undefined): Known<boolean> | undefined {
  const found = known(context, node);
  const value = literalBoolean(found?.node);
  return found && value !== undefined ? withParameter(value, found.parameter) : undefined;
}

function withParameter<T>(value: T, parameter: string | undefined): Known<T> {
  return parameter === undefined ? { value } : { value, parameter };
}

/** "`4`" or "`4` (the default of parameter `Size`)", for stems that state a value. */
export function describeKnown<T>(known: Known<T>): string {
  return known.parameter === undefined ? `\`${String(known.value)}\`` : `\`${String(known.value)}\` (the default of parameter \`${known.parameter}\`)`;
}

/** "`MultiAZ: true`", or "`MultiAZ` `true` (the default of parameter `Ha`)" when a parameter gives it. */
export function settingText<T>(name: string, known: Known<T>): string {
  return known.parameter === undefined ? `\`${name}: ${String(known.value)}\`` : `\`${name}\` ${describeKnown(known)}`;
}

/** "`AppDb` (`AWS::RDS::DBInstance`)". */
export function resourceLabel(resource: ResourceDeclaration): string {
  return resource.type === undefined ? `\`${resource.logicalId}\`` : `\`${resource.logicalId}\` (\`${resource.type}\`)`;
}

export function resourcePath(resource: ResourceDeclaration): string[] {
  return ['Resources', resource.logicalId];
}
