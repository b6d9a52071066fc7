import { isScalar, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import { intrinsicName, literalString } from '../support/values';
import { linearPattern } from '../../../patterns/linearRegex';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push, stringValues } from './common';

const PAGE = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-hierarchies.html';

/**
 * Whether the whole value matches the parameter's AllowedPattern (Parameter Store refuses "10,000" for `\d{1,4}`),
 * read with the linear engine; undefined when the pattern uses what that engine does not read (Java-only syntax).
 */
function matchesWhole(pattern: string, value: string): boolean | undefined {
  if (JAVA_ONLY.test(pattern)) return undefined;
  return linearPattern(`^(?:${pattern})$`)?.matchesPart(value);
}

/**
 * Java regex syntax that JavaScript reads otherwise or not at all: class intersection (`[a-z&&[^e]]`), quoting
 * (`\Q…\E`), possessive quantifiers, inline flags, Java character classes and anchors JavaScript lacks.
 */
const JAVA_ONLY = /&&|\\[QEAZzGhHvVRX]|[*+?}]\+|\(\?(?:[a-zA-Z]+-?|-)[a-zA-Z]*[:)]|\\p\{(?:java|In|Is)/;

/**
 * A Value given by a template parameter with a Default and no AllowedValues: the stacks created with the Default
 * fail when it breaks the pattern (a warning: other stacks may be given a value that fits).
 */
function defaultHit(context: CheckContext, parameter: ResourceDeclaration, valueNode: TemplateNode | undefined, pattern: string): CheckHit | undefined {
  const name = intrinsicName(valueNode) === 'Ref' ? literalString(valueOf(valueNode, 'Ref')) : undefined;
  const declaration = name === undefined ? undefined : context.parameter(name);
  const fallback = valueOf(declaration, 'Default');
  if (!declaration || valueOf(declaration, 'AllowedValues') !== undefined || !isScalar(fallback) || fallback.value === null) return undefined;
  const text = String(fallback.value);
  if (text.includes('{{resolve:') || matchesWhole(pattern, text) !== false) return undefined;
  const hit = propertyHit(
    parameter,
    ['Value'],
    `The Default '${text}' of parameter '${name}', which Value of '${parameter.logicalId}' takes, does not match its AllowedPattern ` +
      `${pattern}: a stack created with the Default fails; give '${name}' a Default that matches (and the same AllowedPattern, so CloudFormation refuses a bad value before it deploys)`,
  );
  return hit && { ...hit, severity: 'warning' };
}

/** CX2123: an SSM String parameter whose Value does not match its own AllowedPattern. */
export const ssmParameterPattern: CatalogueCheck = {
  id: 'CX2123',
  title: 'SSM parameter Value that does not match its AllowedPattern',
  topics: ['T21'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote: 'Parameter value, cannot be validated against allowedPattern: \\d{1,4}',
    url: PAGE,
  },
  explanation: {
    what:
      'AllowedPattern is a regular expression Parameter Store checks every value against when the value is written: the whole ' +
      'value must match, or Parameter Store refuses the value and the stack fails with it.',
    exam:
      'AllowedPattern guards a parameter that other stacks and applications read (an instance type, a port, a CIDR): a later ' +
      'update with a bad value is refused instead of breaking its readers.',
    trap: 'the pattern must match the whole value: \\d{1,4} refuses 10000, although its first four digits match.',
  },
  resourceTypes: ['AWS::SSM::Parameter'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const parameter of context.resources('AWS::SSM::Parameter')) {
      const types = stringValues(context, valueOf(parameter.properties, 'Type'));
      const patterns = stringValues(context, valueOf(parameter.properties, 'AllowedPattern'));
      const valueNode = valueOf(parameter.properties, 'Value');
      const values = stringValues(context, valueNode);
      if (!types?.every((type) => type === 'String') || patterns?.length !== 1) continue;
      if (!values || values.length === 0) {
        push(hits, defaultHit(context, parameter, valueNode, patterns[0]));
        continue;
      }
      if (values.some((value) => value.includes('{{resolve:'))) continue;
      const results = values.map((value) => matchesWhole(patterns[0], value));
      if (!results.every((result) => result === false)) continue;
      push(
        hits,
        propertyHit(
          parameter,
          ['Value'],
          `Value ${values.map((value) => `'${value}'`).join(' or ')} of parameter '${parameter.logicalId}' does not match its ` +
            `AllowedPattern ${patterns[0]}: Parameter Store refuses a value the whole pattern does not match`,
        ),
      );
    }
    return hits;
  },
};
