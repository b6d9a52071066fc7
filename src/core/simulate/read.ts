/**
 * Reading deployment settings the way the simulator needs them: a literal, else a parameter's
 * Default, else the service's default (or, for a computed value, the default marked as assumed).
 * Every value read is recorded, so the view can list the settings and where each came from.
 */
import { isScalar, valueOf, type TemplateNode } from '../model';
import type { CheckContext } from '../rules/catalogue/support/context';
import { intrinsicName, literalString } from '../rules/catalogue/support/values';
import type { SimulatedSetting } from './types';

interface Resolved {
  value: string | number | boolean;
  origin: 'template' | 'parameter';
  parameter?: string;
}

/** The scalar a node stands for before deploy time: written literally, or a `Ref` to a parameter with a Default. */
export function resolveScalar(context: CheckContext, node: TemplateNode | undefined): Resolved | undefined {
  if (isScalar(node)) return node.value === null ? undefined : { value: node.value, origin: 'template' };
  if (intrinsicName(node) !== 'Ref') return undefined;
  const name = literalString(valueOf(node, 'Ref'));
  const fallback = name === undefined ? undefined : valueOf(context.parameter(name), 'Default');
  return isScalar(fallback) && fallback.value !== null ? { value: fallback.value, origin: 'parameter', parameter: name } : undefined;
}

export function asNumber(value: string | number | boolean | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function asBoolean(value: string | number | boolean | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return undefined;
}

export interface SettingsReader {
  readonly settings: SimulatedSetting[];
  number(name: string, node: TemplateNode | undefined, fallback: number): number;
  /** undefined (and nothing recorded) when the setting is absent or computed. */
  optionalNumber(name: string, node: TemplateNode | undefined): number | undefined;
  string(name: string, node: TemplateNode | undefined, fallback: string): string;
  optionalString(name: string, node: TemplateNode | undefined): string | undefined;
  boolean(name: string, node: TemplateNode | undefined, fallback: boolean): boolean;
  /** Records a value worked out from others (e.g. a default that depends on another setting). */
  note(name: string, value: string, origin: SimulatedSetting['origin']): void;
}

export function settingsReader(context: CheckContext): SettingsReader {
  const settings: SimulatedSetting[] = [];
  const record = (name: string, value: unknown, origin: SimulatedSetting['origin']) => settings.push({ name, value: String(value), origin });
  function read<T>(name: string, node: TemplateNode | undefined, convert: (value: string | number | boolean) => T | undefined, fallback: T | undefined): T | undefined {
    const resolved = resolveScalar(context, node);
    const value = resolved ? convert(resolved.value) : undefined;
    if (resolved && value !== undefined) {
      record(name, value, resolved.origin);
      return value;
    }
    if (fallback !== undefined) record(name, fallback, node === undefined ? 'default' : 'assumed');
    return fallback;
  }
  return {
    settings,
    number: (name, node, fallback) => read(name, node, asNumber, fallback)!,
    optionalNumber: (name, node) => read(name, node, asNumber, undefined),
    string: (name, node, fallback) => read(name, node, String, fallback)!,
    optionalString: (name, node) => read(name, node, String, undefined),
    boolean: (name, node, fallback) => read(name, node, asBoolean, fallback)!,
    note: record,
  };
}
