import type { PropertySchema } from './schema';
import type { ValueType } from './valueType';

/**
 * A value of the right shape to start from, as text valid in both YAML and JSON: the first
 * allowed value when the property lists them, else "", 0, false, [] or {}.
 */
export function placeholderFor(type: ValueType, property?: PropertySchema): string {
  const allowed = property?.type === type ? property.allowedValues?.[0] : undefined;
  if (allowed !== undefined) return JSON.stringify(allowed);
  switch (type.kind) {
    case 'primitive':
      if (type.name === 'integer' || type.name === 'number') return '0';
      if (type.name === 'boolean') return 'false';
      return type.name === 'json' ? '{}' : '""';
    case 'list':
      return '[]';
    case 'map':
    case 'object':
      return '{}';
    case 'union':
      return placeholderFor(type.types[0]);
  }
}
