/** Completions from the resource schema: resource types, property names (required first) and property values. */
import { isMap, nodeAt, type NodePath } from '../model';
import { runtimeStatus } from '../schema/runtimeStatus';
import { currentSchema, documentationUrlOf, resolveResourcePath, type ObjectSchema, type PropertySchema, type ValueType } from '../schema';
import type { Completion } from './index';
import type { CompletionContext } from './context';
import { functionCompletions } from './functionCompletions';
import { childParameterKeys, childParameterValues, passesParameters } from './nestedCompletions';
import { keyItem, valueItem, type Skeleton } from './items';
import { propertyMarkdown, propertySummary } from './propertyDocs';

const CUSTOM_RESOURCE = 'AWS::CloudFormation::CustomResource';

/** The type whose schema describes `type`: custom resources share one. */
export function schemaTypeOf(type: string): string {
  return type.startsWith('Custom::') ? CUSTOM_RESOURCE : type;
}

export function resourceTypeCompletions(context: CompletionContext): Completion[] {
  const schema = currentSchema();
  if (!schema) return [];
  const items = schema.resourceTypeNames().map((name) => valueItem(context, name, 'resourceType'));
  const json = context.template.format === 'json';
  const custom = valueItem(context, 'Custom::', 'resourceType', {
    detail: 'A custom resource: a Lambda function or SNS topic (ServiceToken) does the work',
    sortText: '~',
  });
  return [...items, { ...custom, insertText: json ? '"Custom::${1:Name}"' : 'Custom::${1:Name}', isSnippet: true }];
}

type PropertyContext = Extract<CompletionContext, { kind: 'propertyKey' | 'propertyValue' }>;

export function propertyKeyCompletions(context: PropertyContext): Completion[] {
  const schema = currentSchema();
  if (!schema) return [];
  const resolved = resolveResourcePath(schema, schemaTypeOf(context.resourceType), context.path);
  if (!resolved) return [];
  if (!resolved.object) {
    if (resolved.type.kind === 'object') return [];
    // Beside a parameter already passed, a function name would be a parameter called Ref.
    return [...childParameterKeys(context), ...(passesParameters(context) ? [] : functionCompletions(context, 'key'))];
  }
  return propertyItems(context, resolved.object);
}

export function propertyValueCompletions(context: PropertyContext): Completion[] {
  const schema = currentSchema();
  if (!schema) return [];
  const resolved = resolveResourcePath(schema, schemaTypeOf(context.resourceType), context.path);
  if (!resolved) return [];
  // `- ` in a list of objects starts the first key of an item.
  if (context.cursor.kind === 'item' && resolved.object) return propertyItems(context, resolved.object);
  const values = resolved.property ? scalarValues(context, resolved.type, resolved.property) : [];
  return [...values, ...childParameterValues(context), ...functionCompletions(context, 'value')];
}

function propertyItems(context: PropertyContext, object: ObjectSchema): Completion[] {
  const present = presentKeys(context, ['Resources', context.logicalId, ...context.path]);
  const url = documentationUrlOf(object.resourceType, object.name === object.resourceType ? undefined : object.name.slice(object.resourceType.length + 1));
  return [...object.properties.values()]
    .filter((property) => !present.has(property.name))
    .map((property) => {
      const skeleton = skeletonOf(property.type, usableValues(property.allowedValues));
      return keyItem(context, property.name, 'property', skeleton, {
        detail: propertySummary(property),
        documentation: propertyMarkdown(property, url),
        sortText: `${property.required ? 0 : 1}${property.deprecated ? 1 : 0}_${property.name}`,
        retrigger: skeleton.shape === 'list' || skeleton.shape === 'map',
      });
    });
}

/** Keys already in the map at `path`, except the one being typed. */
export function presentKeys(context: CompletionContext, path: NodePath): Set<string> {
  const map = nodeAt(context.parsed.root, path);
  if (!isMap(map)) return new Set();
  const { start, end } = context.cursor.replace;
  return new Set(map.entries.filter((entry) => !(entry.key.span.start <= end && start <= entry.key.span.end)).map((entry) => entry.key.value));
}

function scalarValues(context: CompletionContext, type: ValueType, property: PropertySchema): Completion[] {
  const element = type.kind === 'list' ? type.element : type.kind === 'union' ? type.types[0] : type;
  if (element.kind !== 'primitive') return [];
  if (element.name === 'boolean') return ['true', 'false'].map((value) => valueItem(context, value, 'value', { sortText: `0_${value}` }, true));
  const registry = currentSchema()?.registry;
  return (property.allowedValues ?? []).flatMap((value) => {
    // Lambda runtimes: none Lambda no longer creates functions on; deprecated ones last, marked.
    const status = typeof value === 'string' ? runtimeStatus(registry?.lambdaRuntime(value)) : 'current';
    if (status === 'blocked') return [];
    const details = status === 'deprecated' ? { detail: `Deprecated runtime: no more security patches`, sortText: `1_${value}`, deprecated: true } : { detail: `Allowed value of ${property.name}`, sortText: `0_${value}` };
    return [valueItem(context, String(value), 'value', details, typeof value === 'number')];
  });
}

/** The allowed values worth offering as snippet choices: no Lambda runtime Lambda refuses, deprecated ones last. */
function usableValues(allowed: readonly (string | number)[] | undefined): (string | number)[] | undefined {
  if (!allowed) return undefined;
  const registry = currentSchema()?.registry;
  const statusOf = (value: string | number) => (typeof value === 'string' ? runtimeStatus(registry?.lambdaRuntime(value)) : 'current');
  const usable = allowed.filter((value) => statusOf(value) !== 'blocked');
  return [...usable.filter((value) => statusOf(value) === 'current'), ...usable.filter((value) => statusOf(value) === 'deprecated')];
}

/** What a key's insertion starts its value with, by the property's type. */
export function skeletonOf(type: ValueType, allowedValues?: readonly (string | number)[]): Skeleton {
  switch (type.kind) {
    case 'union':
      return skeletonOf(type.types[0], allowedValues);
    case 'list':
      return { shape: 'list' };
    case 'map':
    case 'object':
      return { shape: 'map' };
    case 'primitive':
      if (type.name === 'json') return { shape: 'map' };
      if (type.name === 'boolean') return { shape: 'number', choices: ['true', 'false'] };
      if (type.name === 'integer' || type.name === 'number') return { shape: 'number' };
      return allowedValues?.length ? { shape: 'string', choices: allowedValues.map(String) } : { shape: 'string' };
  }
}
