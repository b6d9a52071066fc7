/** What a `Ref` or `Fn::GetAtt` of a template resource gives, in words, for the format violations of returns.ts. */
import type { Alternative } from './alternatives';
import { FORMATS } from './formats';
import { ANY_ARN, RETURNS, wayToGive } from './returns';

type Returned = Extract<Alternative, { kind: 'returned' }>;

/** `Ref Role` or `Fn::GetAtt Role.Arn`. */
export function givenBy(returned: Returned): string {
  return returned.function === 'Ref' ? `Ref ${returned.target}` : `Fn::GetAtt ${returned.target}.${returned.attribute}`;
}

const KINDS: Readonly<Record<string, string>> = {
  Arn: 'ARN',
  Id: 'ID',
  Name: 'name',
  Url: 'URL',
  AliasName: 'alias name',
  DomainName: 'domain name',
  StreamArn: 'stream ARN',
};

/** "the name of AWS::IAM::Role 'Role'": the kind of identifier a format names, of the target. */
function identifierWords(format: string, target: string): string {
  const dot = format.lastIndexOf('.');
  const kind = format.slice(dot + 1);
  return `the ${KINDS[kind] ?? kind} of ${format.slice(0, dot)} '${target}'`;
}

/** What a value of the required format is, in words (the registry's identifier formats, or the format's own name). */
function requiredWords(format: string, required: string): string {
  if (required === ANY_ARN) return 'an ARN (its registry pattern begins with arn:)';
  const known = FORMATS[format];
  if (known) return known.short ?? known.description;
  const dot = required.lastIndexOf('.');
  const kind = required.slice(dot + 1);
  return `the ${KINDS[kind] ?? kind} of an ${required.slice(0, dot)}`;
}

/** The part of a format before its last dot: `AWS::IAM::Role` of `AWS::IAM::Role.Arn`. */
function typeOf(format: string): string {
  return format.slice(0, format.lastIndexOf('.'));
}

/** Whether `Ref` of the target gives an identifier of the type `required` names (the right resource, the wrong identifier). */
function sameKind(returned: Returned, required: string): boolean {
  return (RETURNS[returned.targetType]?.ref ?? []).some((format) => typeOf(format) === typeOf(required));
}

/**
 * How the same resource gives what the property takes (`Ref`, or an attribute); undefined when it does not, or is of
 * another kind than the property names (a VPC's default group is no answer to a security group ID).
 */
export function suggestedWay(returned: Returned, required: string): { ref: true } | { attribute: string } | undefined {
  return required === ANY_ARN || sameKind(returned, required) ? wayToGive(returned.targetType, required) : undefined;
}

/** "RoleArn takes an IAM role ARN (…), but Ref Role gives the name of AWS::IAM::Role 'Role': use !GetAtt Role.Arn". */
export function mismatchMessage(returned: Returned, name: string, format: string, required: string): string {
  const given = returned.formats.length === 1 ? identifierWords(returned.formats[0], returned.target) : `an identifier of ${returned.targetType} '${returned.target}'`;
  const way = suggestedWay(returned, required);
  const instead = way === undefined ? '' : 'ref' in way ? `: use !Ref ${returned.target}` : `: use !GetAtt ${returned.target}.${way.attribute}`;
  return `${name} takes ${requiredWords(format, required)}, but ${givenBy(returned)} gives ${given}${instead}`;
}
