// What the CloudFormation resource specification (@aws-cdk/aws-service-spec, published after the registry
// snapshot of 2026-06-15) knows that the registry schemas do not yet: an allowed value added to a property,
// a property added to an object. Such a template deploys, so the compiled constraints must not refuse it:
// - an enum the spec widens takes the spec's values too;
// - an object the spec gives more properties accepts them: a tagged union (oneOf/anyOf branches of one
//   property each) gains a branch per new property, and exactly-one/at-least-one lists written before the
//   new properties existed (requiredXor, requiredOr) are dropped, since the new property may be the new form.
// Names match: the spec is generated from the registry, so its property types carry the registry's
// definition names.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Rules over a closed list of names, written before the new properties existed: one of them may be the new form. */
const DROPPED_WITH_NEW_PROPERTIES = ['requiredXor', 'requiredOr'];

/** Per resource type: its top-level properties and its property types, each a Map of name → spec property. */
export function specShapes() {
  const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');
  const db = loadAwsServiceSpecSync();
  const shapes = new Map();
  for (const resource of db.all('resource')) {
    const definitions = new Map(db.follow('usesType', resource).map(({ entity }) => [entity.name, new Map(Object.entries(entity.properties))]));
    shapes.set(resource.cloudFormationType, { properties: new Map(Object.entries(resource.properties)), definitions });
  }
  return shapes;
}

/**
 * Widens `schema` (a compiled registry type schema) in place where the spec knows more; returns what changed.
 * `documented` names the allowed values a correction set from the service's documentation (`definition.property`): kept as they are.
 */
export function reconcile(schema, spec, documented = new Set()) {
  const changes = [];
  if (!spec) return changes;
  const definitions = schema.definitions ?? {};
  reconcileObject(schema, spec.properties, '', changes, definitions, documented);
  for (const [name, definition] of Object.entries(definitions)) {
    const properties = spec.definitions.get(name);
    if (properties) reconcileObject(definition, properties, name, changes, definitions, documented);
  }
  return changes;
}

function reconcileObject(object, specProperties, where, changes, definitions, documented) {
  if (!object || typeof object !== 'object') return;
  const known = knownNames(object);
  if (known.size === 0) return;
  const added = [...specProperties.keys()].filter((name) => !known.has(name));
  if (added.length > 0) {
    changes.push(`${where || '(properties)'}: +${added.join(', +')}`);
    if (object.properties) for (const name of added) object.properties[name] = true;
    for (const keyword of ['oneOf', 'anyOf']) {
      if (isUnion(object[keyword])) object[keyword].push(...added.map(unionBranch));
    }
    for (const keyword of DROPPED_WITH_NEW_PROPERTIES) delete object[keyword];
  }
  for (const [name, property] of Object.entries(object.properties ?? {})) {
    if (documented.has(`${where}.${name}`)) continue;
    const allowed = specProperties.get(name)?.type?.allowedValues;
    if (allowed && widenEnum(resolved(property, definitions), allowed)) changes.push(`${where ? `${where}.` : ''}${name} enum`);
  }
}

/** The property names an object schema declares, in `properties` or in the branches of a union. */
function knownNames(object) {
  const names = new Set(Object.keys(object.properties ?? {}));
  for (const keyword of ['oneOf', 'anyOf']) {
    if (isUnion(object[keyword])) for (const branch of object[keyword]) for (const name of Object.keys(branch.properties)) names.add(name);
  }
  return names;
}

/** Branches that each take one closed set of properties (a tagged union: `{Lambda: …}` or `{Http: …}`). */
function isUnion(branches) {
  return Array.isArray(branches) && branches.length > 0 && branches.every((branch) => branch?.additionalProperties === false && branch.properties && Array.isArray(branch.required));
}

function unionBranch(name) {
  return { type: 'object', additionalProperties: false, properties: { [name]: true }, required: [name] };
}

/** The definition a `$ref` names (one level), else the schema itself. */
function resolved(schema, definitions) {
  const name = typeof schema?.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  return name ? definitions[name] : schema;
}

/** Adds the spec's allowed values to an enum (directly on the property or on its list items). */
function widenEnum(property, allowed) {
  const target = Array.isArray(property?.enum) ? property : Array.isArray(property?.items?.enum) ? property.items : undefined;
  if (!target) return false;
  const missing = allowed.filter((value) => !target.enum.some((known) => String(known) === String(value)));
  if (missing.length === 0) return false;
  target.enum = [...target.enum, ...missing];
  return true;
}
