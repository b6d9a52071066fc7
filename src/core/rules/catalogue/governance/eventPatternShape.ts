/** T30: event pattern fields whose value is one value instead of a list of values (or a nested object). */
import { isMap, isScalar, isString, type MapNode, type NodePath, type ScalarNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';
import { patterns } from './eventPatterns';

const ARRAYS_PAGE = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/arrays-in-eventbridge-event-patterns.html';

interface ScalarField {
  name: string;
  path: NodePath;
  node: ScalarNode;
}

/** The fields of a pattern written as a template map whose value is a scalar, with their paths. */
function scalarFields(map: MapNode, path: NodePath, found: ScalarField[]): void {
  if (intrinsicName(map) !== undefined) return;
  for (const { key, value } of map.entries) {
    if (isScalar(value)) found.push({ name: key.value, path: [...path, key.value], node: value });
    else if (isMap(value)) scalarFields(value, [...path, key.value], found);
  }
}

/** The same for a pattern written as JSON text: the dotted names of scalar fields. */
function scalarJsonFields(fields: Record<string, unknown>, prefix: string, found: string[]): void {
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || typeof value !== 'object') found.push(`${prefix}${name}`);
    else if (!Array.isArray(value)) scalarJsonFields(value as Record<string, unknown>, `${prefix}${name}.`, found);
  }
}

/** CX3028: every field of an event pattern holds a list of values (or nested fields). */
export const eventPatternScalarField: CatalogueCheck = {
  id: 'CX3028',
  title: 'Event pattern field with one value instead of a list',
  topics: ['T30'],
  severity: 'error',
  url: ARRAYS_PAGE,
  rejection: { quote: 'The value of each field in an event pattern is an array containing one or more values.', url: ARRAYS_PAGE },
  explanation: {
    what:
      'An event pattern has the shape of the events it matches, but each value to match is written in a list: source: [aws.ec2], ' +
      'not source: aws.ec2. EventBridge refuses a pattern with a bare value (InvalidEventPatternException), so the rule is not created.',
    exam:
      'EventBridge rules react to AWS events (a CodePipeline stage failing, an instance stopping, a Config rule turning NON_COMPLIANT): ' +
      'the pattern names source, detail-type and detail fields, each with a list of values to match.',
  },
  resourceTypes: ['AWS::Events::Rule', 'AWS::Serverless::Function', 'AWS::Serverless::StateMachine'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pattern of patterns(context)) {
      const owner = pattern.resource.logicalId;
      if (isMap(pattern.node)) {
        const found: ScalarField[] = [];
        scalarFields(pattern.node, pattern.path, found);
        for (const field of found) {
          hits.push({
            message: `Event pattern field '${field.name}' of '${owner}' holds one value: EventBridge takes a list of values to match ([${String(field.node.value)}])`,
            span: field.node.span,
            path: field.path,
          });
        }
      } else if (isString(pattern.node)) {
        const found: string[] = [];
        try {
          const parsed: unknown = JSON.parse(pattern.node.value);
          if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) scalarJsonFields(parsed as Record<string, unknown>, '', found);
        } catch {
          continue;
        }
        if (found.length > 0) {
          hits.push({
            message: `Event pattern of '${owner}' gives ${found.map((name) => `'${name}'`).join(', ')} one value: EventBridge takes a list of values to match`,
            span: pattern.node.span,
            path: pattern.path,
          });
        }
      }
    }
    return hits;
  },
};

