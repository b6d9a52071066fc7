/**
 * What the cursor position asks for: the section, resource and schema path it is under, or the
 * intrinsic function argument it is in. Reads the text around the cursor (YAML indentation, JSON
 * nesting) so it works in half-typed documents; the parsed model supplies resource types.
 */
import { isMap, isSeq, isString, nodeAt, valueOf, type NodePath, type PathSegment, type TemplateNode } from '../model';
import { updateTemplate, type Template } from '../template';
import type { CursorPath } from './cursor';
import { jsonCursor } from './jsonCursor';
import { yamlCursor } from './yamlCursor';

export type ContextKind =
  | { kind: 'topLevelKey' }
  | { kind: 'logicalId' }
  | { kind: 'resourceAttributeKey'; logicalId: string; resourceType?: string }
  /** The value of Type, DeletionPolicy, UpdateReplacePolicy, DependsOn (or one of its items). */
  | { kind: 'resourceAttributeValue'; logicalId: string; attribute: string; resourceType?: string }
  /** A key under Properties; `path` runs from the resource body (['Properties', 'LaunchTemplate']). */
  | { kind: 'propertyKey'; logicalId: string; resourceType: string; path: NodePath }
  | { kind: 'propertyValue'; logicalId: string; resourceType: string; path: NodePath }
  /** Inside UpdatePolicy or CreationPolicy; `path` starts with the attribute's name. */
  | { kind: 'policyKey'; resourceType: string; path: NodePath }
  | { kind: 'policyValue'; resourceType: string; path: NodePath }
  | { kind: 'refTarget'; fromResource?: string }
  /** After `${` in a Fn::Sub string; `start` is where the name starts in the typed text. */
  | { kind: 'subVariable'; fromResource?: string; start: number }
  | { kind: 'getAttResource'; fromResource?: string; shortForm: boolean }
  /** After `Res.` in GetAtt, or `${Res.` in a Sub string (`subDot`: where that dot stands in the typed text). */
  | { kind: 'getAttAttribute'; logicalId: string; subDot?: number }
  /** A new key of a Fn::Sub variable map (`[String, {Var: …}]`). */
  | { kind: 'subMapKey' }
  | { kind: 'condition' }
  | { kind: 'mapping' }
  /** A FindInMap key under `parents`; `anyTopLevelKey` when the top-level key is a function: any second-level key. */
  | { kind: 'mappingKey'; parents: string[]; anyTopLevelKey?: boolean }
  /** A key of a parameter or an output (Type, Default, Value, Export, …). */
  | { kind: 'declarationKey'; section: 'Parameters' | 'Outputs'; name: string }
  | { kind: 'parameterType' }
  /** Where a function can go: after `!` (tag), as a map key (key), or as a whole value (value). */
  | { kind: 'functionName'; form: 'tag' | 'key' | 'value' }
  /** A value of the Transform section. */
  | { kind: 'transformName' }
  /** A key of the template's or a resource's Metadata. */
  | { kind: 'metadataKey'; level: 'template' | 'resource' };

export type CompletionContext = ContextKind & {
  cursor: CursorPath;
  template: Template;
  /** The template to look names up in: when the text does not parse, parsed again with the typed token blanked out. */
  parsed: Template;
};

const CONDITION_FUNCTIONS = new Set(['Fn::And', 'Fn::Or', 'Fn::Not', 'Fn::Equals']);

export function completionContext(template: Template, offset: number): CompletionContext | undefined {
  const cursor = template.format === 'json' ? jsonCursor(template.text, offset) : yamlCursor(template.text, offset);
  if (!cursor) return undefined;
  const parsed = parsedOf(template, cursor);
  const kind = classify(parsed.root, cursor);
  return kind ? { ...kind, cursor, template, parsed } : undefined;
}

/**
 * The YAML parser keeps most of a half-typed document: parse it again (costly on large templates)
 * only when what the cursor is under is missing. A JSON parse error loses more, and parsing is cheap.
 */
function parsedOf(template: Template, cursor: CursorPath): Template {
  if (template.parseFindings.length === 0) return template;
  const [section, name] = cursor.path;
  const holder = section === undefined ? template.root : valueOf(template.root, String(section));
  const holderKept = isMap(holder) && (name === undefined || isMap(valueOf(holder, String(name))));
  if (template.format === 'yaml' && holderKept) return template;
  const { start, end } = cursor.replace;
  const text = template.text.slice(0, start) + ' '.repeat(end - start) + template.text.slice(end);
  const reparsed = updateTemplate(template, text);
  return reparsed.root ? reparsed : template;
}

function isFunctionSegment(segment: PathSegment): segment is string {
  return typeof segment === 'string' && (segment === 'Ref' || segment === 'Condition' || segment.startsWith('Fn::'));
}

function classify(model: TemplateNode | undefined, cursor: CursorPath): ContextKind | undefined {
  const { path } = cursor;
  const inResource = path[0] === 'Resources' && typeof path[1] === 'string' ? path[1] : undefined;
  if (cursor.kind === 'tag') return { kind: 'functionName', form: 'tag' };
  if (cursor.kind === 'key' && path.at(-2) === 'Fn::Sub' && path.at(-1) === 1) return { kind: 'subMapKey' };
  if (cursor.kind !== 'key') {
    const fnIndex = lastFunctionIndex(path);
    if (fnIndex >= 0) {
      const argument = functionArgument(model, cursor, path[fnIndex] as string, path.slice(fnIndex + 1), inResource);
      if (argument !== 'branch') return argument;
    }
  }
  const plain = path.filter((segment, index) => !(segment === 'Fn::If' || (index > 0 && path[index - 1] === 'Fn::If')));
  if (plain[0] === 'Transform' && cursor.kind !== 'key' && plain.length <= 2) return { kind: 'transformName' };
  if (cursor.kind === 'key' && plain.length === 1 && plain[0] === 'Metadata') return { kind: 'metadataKey', level: 'template' };
  if (cursor.kind === 'key' && plain.length === 3 && plain[0] === 'Resources' && plain[2] === 'Metadata') return { kind: 'metadataKey', level: 'resource' };
  switch (plain[0]) {
    case undefined:
      return cursor.kind === 'key' ? { kind: 'topLevelKey' } : undefined;
    case 'Resources':
      return resourceContext(model, cursor, plain, path);
    case 'Outputs':
      return outputContext(cursor, plain);
    case 'Parameters':
      return parameterContext(cursor, plain);
    case 'Conditions':
      return plain.length >= 2 ? { kind: 'functionName', form: cursor.kind === 'key' ? 'key' : 'value' } : undefined;
    default:
      return undefined;
  }
}

/** The last function on the path whose arguments hold the cursor ('Condition' as a resource attribute is not one). */
function lastFunctionIndex(path: NodePath): number {
  for (let index = path.length - 1; index >= 0; index--) {
    if (isFunctionSegment(path[index])) return index;
  }
  return -1;
}

/** The context inside a function's arguments; 'branch' for Fn::If's values, which are the property's. */
function functionArgument(
  model: TemplateNode | undefined,
  cursor: CursorPath,
  name: string,
  rest: NodePath,
  fromResource: string | undefined,
): ContextKind | 'branch' | undefined {
  const index = rest[0];
  switch (name) {
    case 'Ref':
      return rest.length === 0 ? { kind: 'refTarget', fromResource } : undefined;
    case 'Condition':
      return rest.length === 0 ? { kind: 'condition' } : undefined;
    case 'Fn::GetAtt':
      return getAttContext(model, cursor, rest, fromResource);
    case 'Fn::Sub':
      return rest.length === 0 || (rest.length === 1 && rest[0] === 0) ? subVariableContext(cursor, fromResource) : undefined;
    case 'Fn::If':
      if (index === 0 && rest.length === 1) return { kind: 'condition' };
      return rest.length >= 1 ? 'branch' : undefined;
    case 'Fn::FindInMap':
      if (rest.length !== 1) return undefined;
      if (index === 0) return { kind: 'mapping' };
      return index === 1 || index === 2 ? mappingKeyContext(model, cursor, index) : undefined;
    default:
      if (CONDITION_FUNCTIONS.has(name) || rest.length > 0) return { kind: 'functionName', form: 'value' };
      return undefined;
  }
}

function getAttContext(model: TemplateNode | undefined, cursor: CursorPath, rest: NodePath, fromResource: string | undefined): ContextKind | undefined {
  if (rest.length === 0) {
    const dot = cursor.typed.indexOf('.');
    if (dot < 0) return { kind: 'getAttResource', fromResource, shortForm: true };
    return { kind: 'getAttAttribute', logicalId: cursor.typed.slice(0, dot) };
  }
  if (rest.length !== 1) return undefined;
  if (rest[0] === 0) return { kind: 'getAttResource', fromResource, shortForm: false };
  const resource = siblingsOf(model, cursor)[0];
  return rest[0] === 1 && resource ? { kind: 'getAttAttribute', logicalId: resource } : undefined;
}

/** Inside an unclosed `${` of a Sub string (`${!Literal}` is not a variable); after `${Res.`, its attributes. */
function subVariableContext(cursor: CursorPath, fromResource: string | undefined): ContextKind | undefined {
  const open = cursor.typed.lastIndexOf('${');
  const name = open < 0 ? '' : cursor.typed.slice(open + 2);
  if (open < 0 || name.includes('}') || name.startsWith('!')) return undefined;
  const dot = name.indexOf('.');
  if (dot > 0) return { kind: 'getAttAttribute', logicalId: name.slice(0, dot).trim(), subDot: open + 2 + dot };
  return { kind: 'subVariable', fromResource, start: open + 2 };
}

/**
 * The top-level key (index 1) or second-level key (index 2) of a FindInMap. With a function for the
 * top-level key (`!Ref AWS::Region`, the exam's pattern) any top-level key may be chosen: every second-level key.
 */
function mappingKeyContext(model: TemplateNode | undefined, cursor: CursorPath, index: number): ContextKind | undefined {
  const parents = siblingsOf(model, cursor).slice(0, index);
  if (parents.length !== index || parents[0] === undefined) return undefined;
  if (parents.every((parent) => parent !== undefined)) return { kind: 'mappingKey', parents: parents as string[] };
  return index === 2 ? { kind: 'mappingKey', parents: [parents[0]], anyTopLevelKey: true } : undefined;
}

/** The earlier items of the list the cursor is in: from the text on the line, else from the parsed model. */
function siblingsOf(model: TemplateNode | undefined, cursor: CursorPath): (string | undefined)[] {
  if (cursor.siblings.length > 0) return cursor.siblings;
  const list = nodeAt(model, cursor.path.slice(0, -1));
  return isSeq(list) ? list.items.map((item) => (isString(item) ? item.value : undefined)) : [];
}

export function resourceTypeOf(model: TemplateNode | undefined, logicalId: string): string | undefined {
  const type = valueOf(valueOf(valueOf(model, 'Resources'), logicalId), 'Type');
  return isString(type) ? type.value : undefined;
}

function resourceContext(model: TemplateNode | undefined, cursor: CursorPath, plain: NodePath, path: NodePath): ContextKind | undefined {
  const logicalId = plain[1];
  if (plain.length === 1) return cursor.kind === 'key' ? { kind: 'logicalId' } : undefined;
  if (typeof logicalId !== 'string') return undefined;
  const resourceType = resourceTypeOf(model, logicalId);
  const attribute = plain[2];
  if (plain.length === 2) return cursor.kind === 'key' ? { kind: 'resourceAttributeKey', logicalId, resourceType } : undefined;
  if (attribute === 'Properties') {
    if (!resourceType) return undefined;
    const bodyPath = path.slice(path.indexOf('Properties'));
    if (cursor.kind === 'key') return { kind: 'propertyKey', logicalId, resourceType, path: bodyPath };
    return { kind: 'propertyValue', logicalId, resourceType, path: bodyPath };
  }
  if (attribute === 'UpdatePolicy' || attribute === 'CreationPolicy') {
    if (!resourceType) return undefined;
    const policyPath = plain.slice(2);
    return cursor.kind === 'key' || cursor.kind === 'item' ? { kind: 'policyKey', resourceType, path: policyPath } : { kind: 'policyValue', resourceType, path: policyPath };
  }
  if (cursor.kind === 'key') return undefined;
  if (attribute === 'Condition' && plain.length === 3) return { kind: 'condition' };
  const isDependsOnItem = attribute === 'DependsOn' && plain.length === 4;
  if (typeof attribute === 'string' && (plain.length === 3 || isDependsOnItem)) {
    return { kind: 'resourceAttributeValue', logicalId, attribute, resourceType };
  }
  return undefined;
}

function parameterContext(cursor: CursorPath, plain: NodePath): ContextKind | undefined {
  if (plain.length === 2 && cursor.kind === 'key' && typeof plain[1] === 'string') return { kind: 'declarationKey', section: 'Parameters', name: plain[1] };
  return plain.length === 3 && plain[2] === 'Type' && cursor.kind === 'value' ? { kind: 'parameterType' } : undefined;
}

function outputContext(cursor: CursorPath, plain: NodePath): ContextKind | undefined {
  if (plain.length === 2 && cursor.kind === 'key' && typeof plain[1] === 'string') return { kind: 'declarationKey', section: 'Outputs', name: plain[1] };
  if (plain[2] === 'Condition' && plain.length === 3 && cursor.kind !== 'key') return { kind: 'condition' };
  if (plain[2] === 'Value' && plain.length === 3) return { kind: 'functionName', form: cursor.kind === 'key' ? 'key' : 'value' };
  return undefined;
}
