// `npm run registry`: compiles the CloudFormation registry schemas (../shared/schemas, or $CFN_SCHEMAS) into the
// compact constraint data the extension ships in src/core/schema/registry/: one file per service
// (`aws-ec2.json` holds every AWS::EC2::* type), loaded when a template first uses the service, and
// `index.json` naming the source, its date and the file of each type. The extension never reads
// ../shared; this script and a test (which compiles again and compares) do.
//
// Kept per type: the JSON-schema keywords the constraint engine applies (src/core/schema/constraints/),
// its definitions, the attributes Fn::GetAtt may read (readOnlyProperties) and the lifecycle of
// retired services. Dropped: what only the registry's own tooling uses (handlers, tagging, identifiers,
// insertionOrder, examples…). Before compiling, scripts/registry-corrections.mjs corrects a schema where the
// service documents otherwise (a narrower schema, a documented limit it lacks), each with its source; after,
// scripts/registry-newer-spec.mjs widens it where the newer resource specification knows more values or properties.
//
// Usage: node scripts/compile-registry.mjs [--check]   (--check: compare with the committed files, write nothing)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corrected, documentedEnums } from './registry-corrections.mjs';
import { reconcile, specShapes } from './registry-newer-spec.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const OUT_DIR = join(root, 'src/core/schema/registry');
export const SOURCE = 'CloudFormation registry schemas, us-east-1, as bundled by cfn-lint (schema update of 2026-06-15), and SAM types from cfn-lint 1.55.1';

/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = new Set(['items', 'not', 'if', 'then', 'else', 'propertyNames', 'additionalProperties']);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYWORDS = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords kept as they are. */
const PLAIN_KEYWORDS = new Set([
  'type', 'required', 'enum', 'enumCaseInsensitive', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties',
  'maxProperties', 'dependencies', 'dependentRequired', 'dependentExcluded', 'requiredXor', 'requiredOr', 'valueDependencies', 'format', '$ref', 'passedTo', 'uniqueBy', 'patternMeaning',
]);

export function schemasDir() {
  return resolve(process.env.CFN_SCHEMAS ?? join(root, '../shared/schemas'));
}

/** A schema with only the keywords the engine reads; `true`/`false` schemas stay as they are. */
export function compact(schema) {
  if (typeof schema === 'boolean') return schema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return true;
  const result = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (PLAIN_KEYWORDS.has(keyword)) result[keyword] = value;
    else if (SCHEMA_KEYWORDS.has(keyword)) result[keyword] = compact(value);
    else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) result[keyword] = value.map(compact);
    else if (SCHEMA_MAP_KEYWORDS.has(keyword) && value && typeof value === 'object') {
      result[keyword] = Object.fromEntries(Object.entries(value).map(([name, member]) => [name, compact(member)]));
    }
  }
  // `format: json` and `type: object` or `string` only says the value may be a document: nothing to check.
  if (result.format === 'json') delete result.format;
  // cfn-lint's schemas write values the service takes in any letter case as a list under enumCaseInsensitive.
  if (Array.isArray(result.enumCaseInsensitive)) {
    result.enum = result.enum ?? result.enumCaseInsensitive;
    result.enumCaseInsensitive = true;
  }
  return result;
}

/** `/properties/Endpoint/Address` → `Endpoint.Address`, as Fn::GetAtt names it. */
function attributeName(pointer) {
  return pointer.replace(/^\/properties\//, '').split('/').join('.');
}

function compileType(raw, shapes, schemaOf) {
  const { definitions, readOnlyProperties = [], primaryIdentifier = [], lifecycle, typeName, ...rest } = corrected(raw, schemaOf);
  const compiled = { schema: compact({ ...rest, definitions }) };
  if (shapes) reconcile(compiled.schema, shapes.get(typeName), documentedEnums(typeName));
  if (!compiled.schema.definitions || Object.keys(compiled.schema.definitions).length === 0) delete compiled.schema.definitions;
  const attributes = readOnlyProperties.map(attributeName).filter((name) => !name.includes('*'));
  if (attributes.length > 0) compiled.attributes = [...new Set(attributes)].sort();
  const identifiers = settableIdentifiers(primaryIdentifier, readOnlyProperties, rest.properties ?? {});
  if (identifiers) compiled.identifiers = identifiers;
  if (lifecycle) compiled.lifecycle = lifecycle;
  return [typeName, compiled];
}

/**
 * The properties that make up the type's primary identifier, when a template sets them all (top-level
 * properties, none read-only): two resources of the type with the same values would be one resource.
 */
function settableIdentifiers(primaryIdentifier, readOnlyProperties, properties) {
  const names = primaryIdentifier.map((pointer) => /^\/properties\/([^/]+)$/.exec(pointer)?.[1]);
  const settable = (name) => name !== undefined && Object.hasOwn(properties, name) && !readOnlyProperties.includes(`/properties/${name}`);
  return names.length > 0 && names.every(settable) ? names : undefined;
}

/** `aws-ec2` for AWS::EC2::Instance. */
export function chunkOf(typeName) {
  return typeName.split('::').slice(0, 2).join('-').toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** Every compiled file, by name, as the text written to disk. */
export function compileRegistry(dir = schemasDir()) {
  const chunks = new Map();
  const types = {};
  // The registry types are widened where the newer resource specification knows more; SAM's are not in it.
  const shapes = specShapes();
  const sources = [[join(dir, 'registry-us-east-1'), shapes], [join(dir, 'sam'), undefined]];
  // As corrected: a value passed to another type is held to that type's limits as the services document them.
  const schemaOf = (typeName) => corrected(JSON.parse(readFileSync(join(dir, 'registry-us-east-1', `${typeName.replaceAll('::', '-')}.json`), 'utf8')), schemaOf);
  for (const [folder, newer] of sources) {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      const [typeName, compiled] = compileType(JSON.parse(readFileSync(join(folder, file), 'utf8')), newer, schemaOf);
      const chunk = chunkOf(typeName);
      types[typeName] = chunk;
      if (!chunks.has(chunk)) chunks.set(chunk, {});
      chunks.get(chunk)[typeName] = compiled;
    }
  }
  const runtimes = JSON.parse(readFileSync(join(dir, 'cfn-lint-data/LmbdRuntimeLifecycle.json'), 'utf8'));
  // IAM services with no resource types: every action of theirs takes Resource "*" (cfn-lint's IAM table).
  const iamPolicies = JSON.parse(readFileSync(join(dir, 'cfn-lint-data/Policies.json'), 'utf8'));
  const iamServicesWithoutResources = Object.keys(iamPolicies).filter((service) => Object.keys(iamPolicies[service].Resources ?? {}).length === 0).sort();
  const files = new Map();
  for (const [name, chunk] of [...chunks].sort(([a], [b]) => (a < b ? -1 : 1))) files.set(`${name}.json`, `${JSON.stringify(chunk)}\n`);
  const index = { source: SOURCE, date: '2026-06-15', types: sortedObject(types), lambdaRuntimes: runtimes, iamServicesWithoutResources };
  files.set('index.json', `${JSON.stringify(index, null, 1)}\n`);
  return files;
}

function sortedObject(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function main() {
  const dir = schemasDir();
  if (!existsSync(join(dir, 'registry-us-east-1'))) {
    console.error(`registry: no schemas at ${dir}; set CFN_SCHEMAS to the folder holding registry-us-east-1/`);
    process.exit(2);
  }
  const files = compileRegistry(dir);
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(([name, text]) => !existsSync(join(OUT_DIR, name)) || readFileSync(join(OUT_DIR, name), 'utf8') !== text);
    const extra = readdirSync(OUT_DIR).filter((name) => !files.has(name));
    if (stale.length + extra.length > 0) {
      console.error(`registry: out of date: ${[...stale.map(([name]) => name), ...extra].join(', ')}; run npm run registry`);
      process.exit(1);
    }
    console.log('registry: up to date');
    return;
  }
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  let bytes = 0;
  for (const [name, text] of files) {
    writeFileSync(join(OUT_DIR, name), text);
    bytes += Buffer.byteLength(text);
  }
  console.log(`registry: ${files.size - 1} service files, ${(bytes / 1e6).toFixed(1)} MB, from ${dir}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
