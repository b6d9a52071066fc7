// Generates the compact resource schema index in dist/schema/ from @aws-cdk/aws-service-spec.
//
// dist/schema/index.json   { stamp, types: { "AWS::S3::Bucket": "aws-s3", … } }
// dist/schema/<chunk>.json { resources: { <type>: Resource }, propertyTypes: { "<type>.<Name>": PropertyType } }
// One chunk per service (`aws-ec2` holds every AWS::EC2::* type), so the server parses only the
// services a template uses. The shapes are documented in src/core/schema/format.ts.
//
// Usage: node scripts/generate-schema.mjs [--if-stale]
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/schema');
const require = createRequire(import.meta.url);
const specPackage = JSON.parse(readFileSync(require.resolve('@aws-cdk/aws-service-spec/package.json'), 'utf8'));
// Bump FORMAT when the shape of the generated files changes, so stale indexes are rebuilt.
const FORMAT = 1;
const registryDir = join(root, 'src/core/schema/registry');
const registryIndex = JSON.parse(readFileSync(join(registryDir, 'index.json'), 'utf8'));
const additions = JSON.parse(readFileSync(join(root, 'src/core/schema/additions.json'), 'utf8'));
const STAMP = `${specPackage.name}@${specPackage.version}/format-${FORMAT}/registry-${registryIndex.date}/additions-${additionsHash()}`;
// Documentation longer than this is cut at a sentence end: the first paragraph says what matters.
const MAX_DOC = 600;

/** A short hash of additions.json, so that an edit to it rebuilds the index. */
function additionsHash() {
  let hash = 0;
  for (const char of JSON.stringify(additions)) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return (hash >>> 0).toString(36);
}

export function isStale() {
  try {
    const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
    if (index.stamp !== STAMP) return true;
    return statSync(fileURLToPath(import.meta.url)).mtimeMs > statSync(join(outDir, 'index.json')).mtimeMs;
  } catch {
    return true;
  }
}

export function generateSchema() {
  const started = performance.now();
  const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');
  const db = loadAwsServiceSpecSync();
  const chunks = new Map();
  const types = {};
  for (const resource of db.all('resource')) {
    const chunkName = chunkOf(db, resource);
    const chunk = chunks.get(chunkName) ?? { resources: {}, propertyTypes: {} };
    chunks.set(chunkName, chunk);
    types[resource.cloudFormationType] = chunkName;
    addResource(db, resource, chunk);
  }
  addDocumentedSince(chunks, types);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (const [name, chunk] of chunks) bytes += write(`${name}.json`, chunk);
  bytes += write('index.json', { stamp: STAMP, types: sortedObject(types) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`schema: ${Object.keys(types).length} resource types in ${chunks.size} chunks, ${(bytes / 1e6).toFixed(1)} MB, ${seconds} s`);
}

function write(name, value) {
  const text = JSON.stringify(value);
  writeFileSync(join(outDir, name), text);
  return Buffer.byteLength(text);
}

/** `aws-ec2` for AWS::EC2::Instance; from the service the database files the resource under. */
function chunkOf(db, resource) {
  const service = db.incoming('hasResource', resource)[0]?.entity;
  const fallback = resource.cloudFormationType.split('::').slice(0, 2).join('-');
  return (service?.name ?? fallback).toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

function addResource(db, resource, chunk) {
  const typeName = resource.cloudFormationType;
  const typeDefs = db.follow('usesType', resource).map((link) => link.entity);
  const namesById = new Map(typeDefs.map((def) => [def.$id, def.name]));
  const context = { namesById, usesTag: false };
  const entry = {
    ...doc(resource.documentation),
    p: properties(resource.properties, context),
    a: attributes(resource.attributes, context),
  };
  if (resource.cloudFormationTransform) entry.transform = resource.cloudFormationTransform;
  chunk.resources[typeName] = entry;
  for (const def of typeDefs) {
    chunk.propertyTypes[`${typeName}.${def.name}`] = { ...doc(def.documentation), p: properties(def.properties, context) };
  }
  // The spec's built-in tag type: a Key/Value pair, given a name so it is looked up like the others.
  if (context.usesTag && ![...namesById.values()].includes('Tag')) {
    const value = { t: 'string', d: 'The tag value.', ...(tagValueRequired(typeName) ? { r: 1 } : {}) };
    chunk.propertyTypes[`${typeName}.Tag`] = { p: { Key: { t: 'string', r: 1, d: 'The tag key.' }, Value: value } };
  }
}

/** Properties AWS documented after the spec was published (src/core/schema/additions.json). */
function addDocumentedSince(chunks, types) {
  for (const { type, definition, property, spec } of additions.properties) {
    const chunk = chunks.get(types[type]);
    const owner = definition ? chunk?.propertyTypes[`${type}.${definition}`] : chunk?.resources[type];
    if (!owner) throw new Error(`additions.json: ${type}${definition ? `.${definition}` : ''} is not in the spec`);
    owner.p[property] = spec;
  }
}

/**
 * Whether the registry schema's Tag of the type requires a Value: most do, but 65 types (Lambda
 * functions, RDS, load balancers…) take a tag with a key only. A type the registry lacks keeps it required.
 */
function tagValueRequired(typeName) {
  const chunk = registryIndex.types[typeName];
  if (!chunk) return true;
  registryChunks.has(chunk) || registryChunks.set(chunk, JSON.parse(readFileSync(join(registryDir, `${chunk}.json`), 'utf8')));
  const tag = registryChunks.get(chunk)[typeName]?.schema?.definitions?.Tag;
  return !Array.isArray(tag?.required) || tag.required.includes('Value');
}
const registryChunks = new Map();

function properties(props, context) {
  const result = {};
  for (const [name, prop] of Object.entries(props)) {
    if (prop.deprecated === 'IGNORE') continue;
    const entry = { t: typeString(prop.type, context), ...doc(prop.documentation) };
    if (prop.required) entry.r = 1;
    if (prop.causesReplacement === 'yes' || prop.causesReplacement === 'maybe') entry.x = prop.causesReplacement;
    const allowed = allowedValuesOf(prop.type);
    if (allowed) entry.e = allowed;
    if (prop.deprecated === 'WARN') entry.dep = 1;
    if (prop.defaultValue !== undefined) entry.def = String(prop.defaultValue);
    result[name] = entry;
  }
  return result;
}

function attributes(attrs, context) {
  const result = {};
  for (const [name, attr] of Object.entries(attrs)) result[name] = { t: typeString(attr.type, context), ...doc(attr.documentation) };
  return result;
}

/** The compact type grammar: string | integer | number | boolean | json | timestamp | list<T> | map<T> | Name | A|B. */
function typeString(type, context) {
  switch (type.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'json':
      return type.type;
    case 'date-time':
      return 'timestamp';
    case 'tag':
      context.usesTag = true;
      return 'Tag';
    case 'ref': {
      const name = context.namesById.get(type.reference.$ref);
      if (!name) throw new Error(`unresolved type reference ${type.reference.$ref}`);
      return name;
    }
    case 'array':
      return `list<${typeString(type.element, context)}>`;
    case 'map':
      return `map<${typeString(type.element, context)}>`;
    case 'union': {
      const members = type.types.filter((member) => member.type !== 'null').map((member) => typeString(member, context));
      return [...new Set(members)].join('|');
    }
    case 'null':
      return 'json';
    default:
      throw new Error(`unknown spec type ${type.type}`);
  }
}

function allowedValuesOf(type) {
  if ((type.type === 'string' || type.type === 'integer') && type.allowedValues?.length) return type.allowedValues;
  return undefined;
}

function doc(markdown) {
  const text = trimDoc(markdown);
  return text ? { d: text } : {};
}

/** The first paragraph, cut at a sentence end when it is long. */
export function trimDoc(markdown) {
  if (!markdown) return '';
  const first = markdown.trim().split(/\n\s*\n/)[0].trim();
  if (first.length <= MAX_DOC) return first;
  const cut = first.slice(0, MAX_DOC);
  const sentenceEnd = cut.lastIndexOf('. ');
  return sentenceEnd > MAX_DOC / 3 ? cut.slice(0, sentenceEnd + 1) : `${cut.trimEnd()}…`;
}

function sortedObject(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  generateSchema();
}
