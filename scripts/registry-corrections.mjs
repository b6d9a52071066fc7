// Where the registry schemas differ from what the services document, corrected before compiling (by
// scripts/compile-registry.mjs). The entries are data (registry-corrections.json): each names the page it
// rests on (`source`), and for a constraint it adds, the sentence saying the service refuses other values
// (`quote`), or why the schema is corrected (`why`):
// - `schema`: the property's schema as the service accepts it (the schema is narrower than the service);
// - `add`: keywords for a limit the service documents and the schema lacks;
// - `allowTogether`: a dependentExcluded pair the service accepts (it ignores the second property);
// - `atMostOne`: a definition's requiredXor the service enforces only one way (none given is accepted);
// - `exclude`: dependentExcluded entries the service enforces and the schema lacks;
// - `requireWith`: dependentRequired entries the service enforces and the schema lacks (a replication rule's
//   Filter needs its Priority and DeleteMarkerReplication);
// - `when`: properties the service requires or refuses when another has one of some values
//   (`{property, in, default?, require?, exclude?, allow?}`, compiled to the engine's valueDependencies; `allow`
//   lists the values another property may take then).
// - `lifecycle`: the status and date of a retired service, where the bundled date differs from AWS's notice (null:
//   a type the retirement does not touch, such as Pinpoint's messaging channels);
// - `conditional`: a JSON-schema `if`/`then`/`else` added to the type (or definition), for a limit that
//   holds only without some property (a Lambda Timeout above 900 seconds needs a capacity provider);
// - `sameAs`: the registry type whose property of the same name this one is passed to unchanged (a SAM
//   function's Runtime is its AWS::Lambda::Function's): its schema replaces this one's.
// - `addProperties`: properties the service takes that the schema leaves out (name → schema), where it refuses no others;
// - `uniqueBy`: a list property whose items must each give a different value to the key named (WAF rule priorities).
// `definition` names the definitions entry holding the property; without it, the type's own properties.

import { readFileSync } from 'node:fs';

export const CORRECTIONS = JSON.parse(readFileSync(new URL('./registry-corrections.json', import.meta.url), 'utf8'));

/**
 * The allowed values the corrections of a type set from the service's documentation, as `definition.property`
 * (`.property` for the type's own): the newer specification must not widen them again (it still lists
 * values the service retired, such as an Aurora global database's `aurora`).
 */
export function documentedEnums(typeName) {
  return new Set(
    CORRECTIONS.filter((correction) => correction.type === typeName && correction.add?.enum !== undefined).map(
      (correction) => `${correction.definition ?? ''}.${correction.property}`,
    ),
  );
}

/**
 * `Tags: []` is accepted: the resource handlers send no tags when the list is empty (ACM PCA's
 * `if (!tags.isEmpty())`), though 54 schemas copy the API's `minItems: 1` onto the property.
 */
function emptyTagsAccepted(raw) {
  const tags = raw.properties?.Tags;
  if (tags && typeof tags === 'object' && tags.minItems === 1) delete tags.minItems;
}

/**
 * The object schema a correction applies to: the type's own, a `definitions` entry named by `definition`,
 * or, where the schema writes an object inline, the property path `definition` gives (`properties/HealthCheckConfig`).
 */
function targetOf(raw, correction) {
  const { definition } = correction;
  let target = raw;
  if (definition?.startsWith('properties/')) for (const name of definition.split('/').slice(1)) target = target?.properties?.[name];
  else if (definition) target = raw.definitions?.[definition];
  if (!target) throw new Error(`registry correction: ${correction.type} has no ${definition}`);
  return target;
}

/**
 * The raw registry schema with the corrections for its type applied (in place); `schemaOf` gives
 * another type's raw schema, for `sameAs`.
 */
export function corrected(raw, schemaOf = () => undefined) {
  emptyTagsAccepted(raw);
  for (const correction of CORRECTIONS) {
    if (raw.typeName !== correction.type) continue;
    if (correction.atMostOne) {
      const definition = raw.definitions?.[correction.definition];
      const names = definition?.requiredXor;
      if (!names) throw new Error(`registry correction: ${correction.type} ${correction.definition} has no requiredXor`);
      delete definition.requiredXor;
      // Each name excludes those after it: two given are reported once.
      definition.dependentExcluded = Object.fromEntries(names.slice(0, -1).map((name, index) => [name, names.slice(index + 1)]));
      continue;
    }
    if (correction.lifecycle === null) {
      delete raw.lifecycle;
      continue;
    }
    if (correction.lifecycle) {
      raw.lifecycle = { ...raw.lifecycle, ...correction.lifecycle };
      continue;
    }
    if (correction.exclude) {
      const target = targetOf(raw, correction);
      target.dependentExcluded = { ...target.dependentExcluded, ...correction.exclude };
      continue;
    }
    if (correction.requireWith) {
      const target = targetOf(raw, correction);
      target.dependentRequired = { ...target.dependentRequired, ...correction.requireWith };
      continue;
    }
    if (correction.when) {
      const target = targetOf(raw, correction);
      if (!target.properties?.[correction.when.property]) throw new Error(`registry correction: ${correction.type} ${correction.definition ?? ''} has no ${correction.when.property}`);
      target.valueDependencies = [...(target.valueDependencies ?? []), correction.when];
      continue;
    }
    if (correction.addProperties) {
      const target = targetOf(raw, correction);
      target.properties = { ...target.properties, ...correction.addProperties };
      continue;
    }
    if (correction.conditional) {
      const target = targetOf(raw, correction);
      target.allOf = [...(target.allOf ?? []), correction.conditional];
      continue;
    }
    if (correction.allowTogether) {
      const [name, other] = correction.allowTogether;
      const excluded = raw.dependentExcluded?.[name];
      if (excluded) raw.dependentExcluded[name] = excluded.filter((candidate) => candidate !== other);
      continue;
    }
    const properties = targetOf(raw, correction).properties;
    if (!properties?.[correction.property]) throw new Error(`registry correction: ${correction.type} has no ${correction.definition ?? ''}.${correction.property}`);
    if (correction.sameAs) {
      properties[correction.property] = passedTo(schemaOf(correction.sameAs), correction);
      continue;
    }
    if (correction.uniqueBy) {
      properties[correction.property] = { ...properties[correction.property], uniqueBy: correction.uniqueBy };
      continue;
    }
    properties[correction.property] = correction.schema ?? { ...properties[correction.property], ...correction.add };
  }
  return raw;
}

/**
 * The property's schema in the type it is passed to, self-contained: its `$ref`s into that type's definitions
 * are written out (a `$ref` would point into this type). A definition that contains itself is refused.
 */
function passedTo(other, correction) {
  const schema = other?.properties?.[correction.property];
  if (!schema) throw new Error(`registry correction: ${correction.sameAs} has no ${correction.property}`);
  const { description, ...constraints } = schema;
  // Marked at every level, so that a violation says whose service checks it (SAM's own schema lags SAM; this one does not).
  return marked(inlined(structuredClone(constraints), other.definitions ?? {}, correction, []), correction.sameAs);
}

function inlined(schema, definitions, correction, trail) {
  if (Array.isArray(schema)) return schema.map((item) => inlined(item, definitions, correction, trail));
  if (!schema || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    if (trail.includes(name) || !definitions[name]) throw new Error(`registry correction: ${correction.sameAs} ${correction.property} cannot be written out at ${name}`);
    const { $ref, ...beside } = schema;
    const { description, ...target } = definitions[name];
    return inlined({ ...structuredClone(target), ...beside }, definitions, correction, [...trail, name]);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'enum' || key === 'required' ? value : inlined(value, definitions, correction, trail)]));
}

function marked(schema, typeName) {
  if (Array.isArray(schema)) return schema.map((item) => marked(item, typeName));
  if (!schema || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'enum' || key === 'required' || key === 'properties' ? value : marked(value, typeName)]));
  if (copy.properties) copy.properties = Object.fromEntries(Object.entries(copy.properties).map(([name, member]) => [name, marked(member, typeName)]));
  if (typeof copy.type === 'string' || Array.isArray(copy.type) || copy.properties || copy.items) copy.passedTo = typeName;
  return copy;
}
