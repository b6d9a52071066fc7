/**
 * Applies a registry schema to a template value the way CloudFormation validates it: intrinsic
 * values through their known alternatives (alternatives.ts), coerced scalars (scalars.ts), lists,
 * objects and the combination keywords (oneOf, anyOf, allOf, not, if/then/else, requiredXor,
 * requiredOr, dependentRequired, dependentExcluded). Every violation is collected; the caller
 * decides which keywords to report (`type`, `required` and `additional` only steer branches).
 */
import { type MapNode, type NodePath, type SeqNode, type Span, type TemplateNode } from '../../model';
import { alternativesOf, functionOf, literalAlternative, type Alternative, type AlternativeScope } from './alternatives';
import { judgesAnything } from './judging';
import { memberSchema } from './members';
import { exclusiveChoicesGiven, hasObjectKeywords, isNoValueRef, objectKeywordViolations } from './objectKeywords';
import { numberAsWritten } from '../values';
import { keptEntries } from '../../sections';
import { scalarProblem } from './scalars';
import { partialProblem } from './partial';
import { countedItems, repeatedKeys, sameProblem } from './lists';
import { ANY_ARN, identifierFormat, mayBe, mayStillWork, requiresArn } from './returns';
import { givenBy, mismatchMessage, suggestedWay } from './returnedWords';
import type { JsonSchema, SchemaObject, Violation } from './types';

/** Keywords that only tell which form a value takes (the specification rules report them where they apply). */
const BRANCH_STEERING = new Set<Violation['keyword']>(['type', 'required', 'additional', 'not']);

/** Deeper than this the schema or the value is absurd: stop rather than recurse for ever. */
const MAX_DEPTH = 40;

export interface ValidationScope extends AlternativeScope {
  /** The schema `$ref: #/definitions/X` points into. */
  root: SchemaObject;
  /** Told of every scalar judged against a list of allowed values. */
  enumChecked?: (node: TemplateNode) => void;
  /** The template's text, to read a number as it is written (`2.0`, `1.10`, `0x1F`). */
  text?: string;
  /** A null value is a property left out (SAM reads `Role: null` as no Role), not a value of the wrong type. */
  nullIsAbsent?: boolean;
}

export class ConstraintValidator {
  /** How many values known only at deploy time the walk has met (an `if` that meets one decides nothing). */
  private unknownsMet = 0;
  /** How many branches of a combination are being tried: there, `type`, `required` and `additional` decide. */
  private branchesTried = 0;

  constructor(private readonly scope: ValidationScope) {}

  /** Violations of `node` (at `path`, shown at `anchor` when not a scalar) against `schema`. */
  validate(node: TemplateNode, schema: JsonSchema, path: NodePath, anchor: Span, depth = 0): Violation[] {
    const out: Violation[] = [];
    this.collect(node, schema, path, anchor, out, depth);
    return out;
  }

  private collect(node: TemplateNode, schema: JsonSchema, path: NodePath, anchor: Span, out: Violation[], depth: number): void {
    if (!this.judges(schema)) return;
    const literal = literalAlternative(node, path);
    if (literal) return this.check(literal, schema, anchor, out, depth);
    const alternatives = alternativesOf(node, path, this.scope);
    if (!alternatives.some(isChoice)) {
      for (const alternative of alternatives) this.check(alternative, schema, anchor, out, depth);
      return;
    }
    // A parameter's allowed values: a choice that fails is a warning while some stack can deploy, an error when none can.
    const found = alternatives.map((alternative) => {
      const violations: Violation[] = [];
      this.check(alternative, schema, anchor, violations, depth);
      return violations;
    });
    const noneDeploys = alternatives.every(isChoice) && found.every((violations) => violations.length > 0);
    for (const violations of found) for (const violation of violations) out.push(noneDeploys ? { ...violation, choice: undefined } : violation);
  }

  private check(alternative: Alternative, raw: JsonSchema, anchor: Span, out: Violation[], depth: number): void {
    // What a resource gives is known only at deploy time: an `if` or `not` it meets decides nothing.
    if (alternative.kind === 'unknown' || alternative.kind === 'returned' || alternative.kind === 'partial') this.unknownsMet++;
    if (alternative.kind === 'unknown' || alternative.kind === 'absent' || depth > MAX_DEPTH) return;
    if (alternative.kind === 'scalar' && alternative.value === null && this.scope.nullIsAbsent) return;
    const schema = this.resolve(raw);
    if (schema === true) return;
    if (schema === false) {
      if (alternative.kind === 'map' || alternative.kind === 'seq') out.push(this.violation('not', `${nameOf(alternative.path)} is not allowed here`, alternative, anchor));
      else out.push(this.violation('not', `${nameOf(alternative.path)} is not allowed here`, alternative, alternative.node.span));
      return;
    }
    if (alternative.kind === 'scalar') this.checkScalar(alternative, schema, out);
    else if (alternative.kind === 'returned') this.checkReturned(alternative, schema, out);
    else if (alternative.kind === 'partial') this.checkPartial(alternative, schema, out);
    else if (alternative.kind === 'seq') this.checkList(alternative.node, alternative.path, schema, anchor, out, depth);
    else this.checkObject(alternative.node, alternative.path, schema, anchor, out, depth);
    this.checkCombinations(alternative, schema, anchor, out, depth);
  }

  private checkScalar(alternative: Extract<Alternative, { kind: 'scalar' }>, schema: SchemaObject, out: Violation[]): void {
    if (schema.enum !== undefined || schema.const !== undefined) this.scope.enumChecked?.(alternative.node);
    // A sampled Fn::Sub is judged by a pattern or format only: skip the work where the schema has neither.
    if (alternative.sampled && schema.pattern === undefined && schema.format === undefined) return;
    const problem = scalarProblem(alternative.value, schema, nameOf(alternative.path));
    if (!problem || this.passesAsWritten(alternative, schema)) return;
    if (alternative.sampled && problem.keyword !== 'pattern' && problem.keyword !== 'format') return;
    const stated = problem.keyword === 'enum' ? `${problem.message}, not '${problem.value}'` : `${problem.message}${this.booleanWord(alternative, problem.keyword)}`;
    const message = alternative.origin && problem.keyword !== 'type' ? `${stated} (the value comes from ${alternative.origin})` : stated;
    const found = this.violation(problem.keyword, message, alternative, alternative.node.span);
    if (problem.keyword === 'enum') {
      found.allowed = problem.allowed;
      found.value = problem.value;
    }
    if (problem.keyword === 'format') found.format = problem.format;
    if (alternative.choice) found.choice = true;
    if (alternative.origin) found.origin = alternative.origin;
    if (schema.passedTo) found.passedTo = schema.passedTo;
    out.push(found);
  }

  /** A `Ref` or `Fn::GetAtt` of a template resource that gives another identifier than the property's format (a role's name for its ARN). */
  private checkReturned(alternative: Extract<Alternative, { kind: 'returned' }>, schema: SchemaObject, out: Violation[]): void {
    const required = identifierFormat(schema.format) ?? (requiresArn(schema.pattern) ? ANY_ARN : undefined);
    if (required === undefined || mayBe(required, alternative.formats)) return;
    // Services often take a name where the format says ARN (ECS task roles): only the registry's own pattern says it may not.
    if (mayStillWork(alternative.formats, required) && !requiresArn(schema.pattern)) return;
    const found = this.violation('format', mismatchMessage(alternative, nameOf(alternative.path), schema.format ?? required, required), alternative, alternative.node.span);
    found.format = schema.format;
    found.givenBy = alternative.function;
    const way = suggestedWay(alternative, required);
    if (way) found.replacement = { target: alternative.target, ...('attribute' in way ? { attribute: way.attribute } : {}) };
    if (schema.passedTo) found.passedTo = schema.passedTo;
    out.push(found);
  }

  /** Text with holes: what its fixed parts alone make impossible (partial.ts). */
  private checkPartial(alternative: Extract<Alternative, { kind: 'partial' }>, schema: SchemaObject, out: Violation[]): void {
    if (schema.pattern === undefined && schema.maxLength === undefined && schema.enum === undefined) return;
    const problem = partialProblem(alternative, schema, nameOf(alternative.path));
    if (!problem) return;
    const found = this.violation(problem.keyword, problem.message, alternative, alternative.node.span);
    if (problem.keyword === 'enum') found.allowed = problem.allowed;
    if (schema.passedTo) found.passedTo = schema.passedTo;
    out.push(found);
  }

  /** `on`, `yes`, `off` read as a boolean by YAML 1.1, said where a pattern judges the text CloudFormation makes of it. */
  private booleanWord(alternative: Extract<Alternative, { kind: 'scalar' }>, keyword: string): string {
    const { node, value } = alternative;
    if (keyword !== 'pattern' || typeof value !== 'boolean' || node.kind !== 'scalar' || this.scope.text === undefined) return '';
    const written = this.scope.text.slice(node.span.start, node.span.end);
    return /^(true|false)$/i.test(written) ? '' : ` (written ${written}, which YAML reads as the boolean ${String(value)})`;
  }

  /**
   * A number written otherwise than JavaScript prints it (`2.0` reads as 2) may reach the service as
   * its written text, which CloudFormation's JSON keeps: judged both ways, it is wrong only if both fail.
   */
  private passesAsWritten({ node, value, path }: Extract<Alternative, { kind: 'scalar' }>, schema: SchemaObject): boolean {
    const written = typeof value === 'number' && this.scope.text !== undefined ? numberAsWritten(node, this.scope.text) : undefined;
    return written !== undefined && scalarProblem(written, schema, nameOf(path)) === undefined;
  }

  private checkList(node: SeqNode, path: NodePath, schema: SchemaObject, anchor: Span, out: Violation[], depth: number): void {
    if (!this.allows(schema, 'array')) {
      out.push({ keyword: 'type', message: `${nameOf(path)} must not be a list`, span: anchor, path, node });
      return;
    }
    const count = countedItems(node);
    const name = nameOf(path);
    if (count !== undefined && schema.minItems !== undefined && count < schema.minItems) {
      out.push({ keyword: 'items', message: `${name} needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}; it has ${count}`, span: anchor, path, node, passedTo: schema.passedTo });
    }
    if (count !== undefined && schema.maxItems !== undefined && count > schema.maxItems) {
      out.push({ keyword: 'items', message: `${name} takes at most ${schema.maxItems} item${schema.maxItems === 1 ? '' : 's'}; it has ${count}`, span: anchor, path, node, tooMany: true, passedTo: schema.passedTo });
    }
    if (schema.uniqueBy !== undefined) out.push(...repeatedKeys(node, path, name, schema.uniqueBy, schema.passedTo));
    const { items, prefixItems } = schema;
    const each: Violation[] = [];
    if (items !== undefined && this.judges(items)) node.items.forEach((item, index) => this.collect(item, items, [...path, index], item.span, each, depth + 1));
    // Positions hold only when every item is there as written.
    if (prefixItems === undefined || node.items.some((item) => functionOf(item) === 'Fn::If' || isNoValueRef(item))) {
      out.push(...each);
      return;
    }
    const placed: Violation[] = [];
    prefixItems.forEach((prefix, index) => {
      const item = node.items[index];
      if (item !== undefined) this.collect(item, prefix, [...path, index], item.span, placed, depth + 1);
    });
    // A value its position refuses is said once, as its position says it (KeyType must be HASH, not one of HASH, RANGE).
    const said = new Set(placed.map(sameProblem));
    out.push(...each.filter((violation) => !said.has(sameProblem(violation))), ...placed);
  }

  private checkObject(node: MapNode, path: NodePath, schema: SchemaObject, anchor: Span, out: Violation[], depth: number): void {
    if (!this.allows(schema, 'object')) {
      out.push({ keyword: 'type', message: `${nameOf(path)} must not be an object`, span: anchor, path, node });
      return;
    }
    const spliced = node.entries.some((entry) => entry.key.value.startsWith('Fn::Transform') || entry.key.value.startsWith('Fn::ForEach::'));
    // A schema that only combines or requires (an if/then/else branch, a oneOf form of required lists) says nothing of each member.
    const readsMembers = schema.properties !== undefined || schema.patternProperties !== undefined || schema.additionalProperties !== undefined;
    for (const entry of readsMembers ? keptEntries(node) : []) {
      const name = entry.key.value;
      const member = memberSchema(schema, name);
      if (member === undefined) {
        if (!spliced && schema.additionalProperties === false && !name.startsWith('Fn::')) {
          out.push({ keyword: 'additional', message: `${name} is not a property here`, span: entry.key.span, path: [...path, name], node: entry.value });
        }
        continue;
      }
      // Checked before the member's path is made: most members' schemas can report nothing.
      if (this.judges(member)) this.collect(entry.value, member, [...path, name], entry.key.span, out, depth + 1);
    }
    if (!spliced && schema.propertyNames !== undefined) this.checkKeys(node, path, schema.propertyNames, out);
    // Outside a combination's branches `required` only steers: E3003 reports what is missing.
    const steering = this.branchesTried > 0;
    if (!spliced && hasObjectKeywords(schema, steering)) out.push(...objectKeywordViolations(node, path, schema, anchor, steering));
  }

  /** Each key of a map whose keys the service limits (a Lambda environment variable's name). */
  private checkKeys(node: MapNode, path: NodePath, raw: JsonSchema, out: Violation[]): void {
    const schema = this.resolve(raw);
    if (typeof schema !== 'object') return;
    for (const entry of keptEntries(node)) {
      const name = entry.key.value;
      if (name.startsWith('Fn::')) continue;
      const problem = scalarProblem(name, schema, `key of ${nameOf(path)}`);
      if (problem && problem.keyword !== 'type') out.push({ keyword: problem.keyword, message: problem.message, span: entry.key.span, path: [...path, name], node: entry.key, passedTo: schema.passedTo });
    }
  }

  private checkCombinations(alternative: Exclude<Alternative, { kind: 'unknown' | 'absent' }>, schema: SchemaObject, anchor: Span, out: Violation[], depth: number): void {
    if (!schema.allOf && !schema.anyOf && !schema.oneOf && schema.not === undefined && schema.if === undefined) return;
    const span = alternative.kind === 'map' || alternative.kind === 'seq' ? anchor : alternative.node.span;
    for (const member of schema.allOf ?? []) this.check(alternative, member, anchor, out, depth + 1);
    if (schema.anyOf && this.failsEvery(alternative, schema.anyOf, anchor, depth)) this.noForm('anyOf', alternative, schema.anyOf, anchor, span, out, depth);
    if (schema.oneOf && this.failsEvery(alternative, schema.oneOf, anchor, depth)) {
      this.noForm('oneOf', alternative, schema.oneOf, anchor, span, out, depth);
    } else if (schema.oneOf && alternative.kind === 'map') {
      const groups = exclusiveChoicesGiven(alternative.node, schema.oneOf).map((group) => group[0]);
      if (groups.length > 0) out.push(this.violation('oneOf', `Give only one of ${groups.join(' or ')}: ${groups.length === 2 ? 'both are' : 'several are'} given`, alternative, span));
    }
    if (schema.not !== undefined && this.decided(alternative, schema.not, anchor, depth) === false) {
      out.push(this.violation('not', `${nameOf(alternative.path)} has a value or combination that is not allowed`, alternative, span));
    }
    if (schema.if !== undefined) {
      const failed = this.decided(alternative, schema.if, anchor, depth);
      const branch = failed === undefined ? undefined : failed ? schema.else : schema.then;
      if (branch !== undefined) this.check(alternative, branch, anchor, out, depth + 1);
    }
  }

  private failsEvery(alternative: Alternative, branches: readonly JsonSchema[], anchor: Span, depth: number): boolean {
    for (const branch of branches) if (this.branchViolations(alternative, branch, anchor, depth).length === 0) return false;
    return true;
  }

  /** Whether the value fails `test`; undefined where it met a value known only at deploy time (a `not` or an `if` there cannot tell which way it goes). */
  private decided(alternative: Alternative, test: JsonSchema, anchor: Span, depth: number): boolean | undefined {
    const before = this.unknownsMet;
    const failed = this.branchViolations(alternative, test, anchor, depth).length > 0;
    return this.unknownsMet === before ? failed : undefined;
  }

  /** Every violation of one branch, `type`/`required`/`additional` included: they decide which branch a value takes. */
  private branchViolations(alternative: Alternative, branch: JsonSchema, anchor: Span, depth: number): Violation[] {
    const out: Violation[] = [];
    this.branchesTried++;
    try {
      this.check(alternative, branch, anchor, out, depth + 1);
    } finally {
      this.branchesTried--;
    }
    return out;
  }

  /**
   * A value that fits none of the forms. When the forms are told apart by a property of one fixed value
   * (a SAM event's `Type: Kinesis`) and the value names one, it is judged as that form: its values'
   * own violations (a range, a pattern) where it has some, else every reason in one message.
   */
  private noForm(keyword: 'anyOf' | 'oneOf', alternative: Exclude<Alternative, { kind: 'unknown' | 'absent' }>, branches: JsonSchema[], anchor: Span, span: Span, out: Violation[], depth: number): void {
    const named = alternative.kind === 'map' ? this.namedForm(alternative.node, branches) : undefined;
    if (!named) {
      const failures = branches.map((branch) => this.branchViolations(alternative, branch, anchor, depth));
      const found = this.violation(keyword, `${describe(alternative)} matches none of the forms ${nameOf(alternative.path)} accepts${firstReasons(failures)}`, alternative, span);
      // A form that fails only on values a stack may be given otherwise (a parameter's Default) is one some stacks take.
      const byChoice = failures.find((violations) => violations.length > 0 && violations.every((violation) => violation.choice));
      if (byChoice) Object.assign(found, { choice: true, origin: byChoice[0].origin });
      out.push(found);
      return;
    }
    const violations = this.branchViolations(alternative, named.branch, anchor, depth);
    const own = violations.filter((violation) => !BRANCH_STEERING.has(violation.keyword));
    if (own.length > 0) {
      for (const violation of own) out.push({ ...violation, inNamedForm: true });
      return;
    }
    const reasons = [...new Set(violations.map((violation) => violation.message))];
    out.push(this.violation(keyword, `This object does not fit the ${named.key} ${named.value} form of ${nameOf(alternative.path)} (${reasons.join('; ')})`, alternative, span));
  }

  /** The one form whose property `key` has the value the map gives it, where every form fixes that property to one value. */
  private namedForm(node: MapNode, branches: JsonSchema[]): { branch: JsonSchema; key: string; value: string } | undefined {
    const forms = branches.map((branch) => this.resolve(branch));
    const first = forms[0];
    if (typeof first !== 'object' || !first.properties) return undefined;
    for (const key of Object.keys(first.properties)) {
      const fixed = forms.map((form) => (typeof form === 'object' ? fixedValue(form.properties?.[key] && this.resolve(form.properties[key])) : undefined));
      if (fixed.some((value) => value === undefined)) continue;
      const given = node.entries.find((entry) => entry.key.value === key)?.value;
      if (given?.kind !== 'scalar' || typeof given.value !== 'string') return undefined;
      const matching = fixed.flatMap((value, index) => (value === given.value ? [index] : []));
      return matching.length === 1 ? { branch: branches[matching[0]], key, value: given.value } : undefined;
    }
    return undefined;
  }


  /** Whether a value under `schema` can be reported; in a combination's branches `type`, `required` and `additional` decide, so always. */
  private judges(schema: JsonSchema): boolean {
    return this.branchesTried > 0 || judgesAnything(schema, this.scope.root);
  }

  private allows(schema: SchemaObject, type: 'array' | 'object'): boolean {
    if (schema.type === undefined) return true;
    return Array.isArray(schema.type) ? schema.type.includes(type) : schema.type === type;
  }

  /** Follows `$ref`s into the type's definitions (each reference's target kept on it, as the root is always the same). */
  private resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; typeof current === 'object' && current.$ref !== undefined && hops < 20; hops++) {
      current = current.refTarget ??= this.target(current.$ref);
    }
    return current;
  }

  /** The definition `#/definitions/X` names; one it cannot find accepts anything. */
  private target(ref: string): JsonSchema {
    const name = ref.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length) : undefined;
    return (name !== undefined ? this.scope.root.definitions?.[name] : undefined) ?? true;
  }

  private violation(keyword: Violation['keyword'], message: string, alternative: Exclude<Alternative, { kind: 'unknown' | 'absent' }>, span: Span): Violation {
    return { keyword, message, span, path: alternative.path, node: alternative.node };
  }
}

/** Why the closest forms fail: those with the fewest violations first (the form the value was meant to take, most often). */
function firstReasons(failures: Violation[][]): string {
  const reasons = failures
    .filter((violations) => violations.length > 0)
    .sort((a, b) => a.length - b.length)
    .map((violations) => violations[0].message);
  const unique = [...new Set(reasons)].slice(0, 3);
  return unique.length > 0 ? ` (${unique.join('; or ')})` : '';
}

/** The one value a schema allows (`const`, or an `enum` of one), or undefined. */
function fixedValue(schema: JsonSchema | undefined): unknown {
  if (typeof schema !== 'object') return undefined;
  if (schema.const !== undefined) return schema.const;
  return schema.enum?.length === 1 ? schema.enum[0] : undefined;
}

function isChoice(alternative: Alternative): boolean {
  return alternative.kind === 'scalar' && alternative.choice === true;
}

/** The property a path ends at, for messages (list indexes and Fn::If branches skipped). */
export function nameOf(path: NodePath): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === 'string' && segment !== 'Fn::If' && segment !== 'Properties') return segment;
  }
  return 'the value';
}

function describe(alternative: Exclude<Alternative, { kind: 'unknown' | 'absent' }>): string {
  if (alternative.kind === 'scalar') return `'${String(alternative.value)}'`;
  if (alternative.kind === 'returned') return givenBy(alternative);
  if (alternative.kind === 'partial') return 'This text';
  return `This ${alternative.kind === 'seq' ? 'list' : 'object'}`;
}
