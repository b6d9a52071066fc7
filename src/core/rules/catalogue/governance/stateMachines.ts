/**
 * T33: Step Functions state machines whose Amazon States Language definition names states that do
 * not exist (StartAt, Next, Default, Catch). Definitions written as a map or as a literal JSON string
 * are read; anything computed (a name with `${…}` in it included) is left alone.
 */
import { isMap, isString, nodeAt, toPlain, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { CheckContext } from '../support/context';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

export const STATE_MACHINE = 'AWS::StepFunctions::StateMachine';
/** State machines whose definition the checks read: SAM's passes its Definition on to the one it creates. */
export const STATE_MACHINE_TYPES: readonly string[] = [STATE_MACHINE, 'AWS::Serverless::StateMachine'];
const STRUCTURE_PAGE = 'https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html';

export type Plain = Record<string, unknown>;

interface BadName {
  /** Path inside the definition, e.g. ['States', 'Check', 'Next']. */
  inner: NodePath;
  name: string;
  field: string;
}

export function isObject(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Names that point to a state missing from the (sub-)machine at `base`. */
function badNames(machine: Plain, base: NodePath): BadName[] {
  const states = isObject(machine.States) ? machine.States : undefined;
  if (!states) return [];
  const names = new Set(Object.keys(states));
  const found: BadName[] = [];
  const check = (value: unknown, inner: NodePath, field: string) => {
    // `${…}` is filled in before Step Functions reads the definition (Fn::Sub, DefinitionSubstitutions).
    if (typeof value === 'string' && !names.has(value) && !value.includes('${')) found.push({ inner, name: value, field });
  };
  check(machine.StartAt, [...base, 'StartAt'], 'StartAt');
  for (const [stateName, state] of Object.entries(states)) {
    if (!isObject(state)) continue;
    const at: NodePath = [...base, 'States', stateName];
    check(state.Next, [...at, 'Next'], 'Next');
    check(state.Default, [...at, 'Default'], 'Default');
    for (const list of ['Choices', 'Catch'] as const) {
      const items = state[list];
      if (Array.isArray(items)) items.forEach((item, index) => isObject(item) && check(item.Next, [...at, list, index, 'Next'], `${list}[${index}].Next`));
    }
    if (Array.isArray(state.Branches)) state.Branches.forEach((branch, index) => isObject(branch) && found.push(...badNames(branch, [...at, 'Branches', index])));
    for (const nested of ['Iterator', 'ItemProcessor'] as const) {
      if (isObject(state[nested])) found.push(...badNames(state[nested], [...at, nested]));
    }
  }
  return found;
}

/** The definition as plain data, and whether positions inside it map to template nodes. */
function definitionOf(properties: TemplateNode | undefined): { plain: Plain; node: TemplateNode; mapped: boolean; property: string } | undefined {
  const definition = valueOf(properties, 'Definition');
  if (isMap(definition) && intrinsicName(definition) === undefined) {
    const plain = toPlain(definition);
    return isObject(plain) ? { plain, node: definition, mapped: true, property: 'Definition' } : undefined;
  }
  const text = valueOf(properties, 'DefinitionString');
  if (text === undefined) return undefined;
  const raw = isString(text) ? text.value : intrinsicName(text) === 'Fn::Sub' ? literalSub(text) : undefined;
  if (raw === undefined) return undefined;
  try {
    const plain: unknown = JSON.parse(raw);
    return isObject(plain) ? { plain, node: text, mapped: false, property: 'DefinitionString' } : undefined;
  } catch {
    return undefined;
  }
}

function literalSub(node: TemplateNode): string | undefined {
  const argument = valueOf(node, 'Fn::Sub');
  return isString(argument) ? argument.value : undefined;
}

/** CX3310: StartAt and every transition must name a state of the same machine. */
export const stateMachineUnknownState: CatalogueCheck = {
  id: 'CX3310',
  title: 'State machine definition that transitions to a state it does not define',
  topics: ['T33'],
  severity: 'error',
  url: STRUCTURE_PAGE,
  rejection: { quote: 'A string that must exactly match (is case sensitive) the name of one of the state objects.', url: STRUCTURE_PAGE },
  explanation: {
    what:
      'StartAt, Next, Default and Catch targets must name, exactly and case-sensitively, a state of the same machine (or of ' +
      'the same Parallel branch or Map processor). Step Functions validates the definition when the state machine is created ' +
      'and rejects it (InvalidDefinition).',
    exam:
      'Step Functions orchestrates multi-step workflows with retries, error catching, parallel branches and human approval ' +
      '(callbacks); it is the answer for "coordinate several Lambda functions and handle failures" rather than chaining functions.',
    trap: 'a state inside a Parallel branch cannot transition to a state outside it: branches are separate machines.',
  },
  resourceTypes: [...STATE_MACHINE_TYPES],
  run: (context) =>
    definitionHits(
      context,
      (definition) => badNames(definition, []),
      (machine, bad) =>
        `${bad.field} of state machine '${machine}' names '${bad.name}', which is not a state of ${bad.inner.length > 2 && bad.inner.includes('Branches') ? 'its branch' : 'the machine'}: Step Functions rejects the definition`,
    ),
};

/**
 * A hit for each place `find` reports inside each state machine's definition: at the place itself when the
 * definition is a map in the template, else at the whole definition (a JSON string).
 */
export function definitionHits<Place extends { inner: NodePath }>(
  context: CheckContext,
  find: (definition: Plain) => Place[],
  say: (machine: string, place: Place) => string,
): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const machine of context.resources(...STATE_MACHINE_TYPES)) {
    const definition = definitionOf(machine.properties);
    if (!definition) continue;
    const base: NodePath = ['Resources', machine.logicalId, 'Properties', definition.property];
    for (const place of find(definition.plain)) {
      const node = definition.mapped ? nodeAt(definition.node, place.inner) : undefined;
      hits.push({ message: say(machine.logicalId, place), span: (node ?? definition.node).span, path: node ? [...base, ...place.inner] : base });
    }
  }
  return hits;
}
