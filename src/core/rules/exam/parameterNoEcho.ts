import type { Finding } from '../../findings';
import { isMap, isScalar, isSeq, isString, valueOf, type MapEntry, type MapNode, type TemplateNode } from '../../model';
import { declaredNames, resourceDeclarations } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry, replaceScalar } from './edits';
import { isDynamicReference, isSecretName } from './secretNames';
import { examFinding, literalBoolean, literalString } from './values';

const EXPLANATION = {
  text:
    'NoEcho: true masks the parameter value as asterisks in describe-stacks, the console and stack events. It does not hide ' +
    'the value anywhere the template puts it in plain text (a Default, Outputs, Metadata, tags). Better still is not to pass ' +
    'the secret at all: a dynamic reference ({{resolve:secretsmanager:…}} or {{resolve:ssm-secure:…}}) lets CloudFormation ' +
    'read it at deploy time.',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html',
  topics: ['T21'],
};

/** Words of a description that says the parameter names a secret rather than holding it. */
const REFERENCE_WORDS = /\barns?\b|\b(name|id|identifier)(\s+\w+){0,3}\s+(of|for)\b|\bsecrets?\s+(name|id)\b|\bkey\s+names\b/i;

/** CodeBuild environment variable types whose value names a secret or parameter that CodeBuild reads at build time. */
const NAMED_VALUE_TYPES = new Set(['SECRETS_MANAGER', 'PARAMETER_STORE']);

/**
 * Parameters that hold no secret by where they go: a CodeBuild variable read as the name of a secret or parameter
 * (Type SECRETS_MANAGER or PARAMETER_STORE), or the input of an AWS Config rule (names of keys, rotation periods).
 */
/** `${Name}` written where a JSON object has its keys. */
const JSON_KEY_VARIABLE = /[{,]\s*"\$\{([\w.]+)\}"\s*:/g;

function notSecretsByUse(template: Template): Set<string> {
  const names = new Set<string>();
  for (const resource of resourceDeclarations(template.root)) {
    // A parameter written as a JSON key of a secret's text (`{"${SecretKey}": "${WebhookUrl}"}`) names a field of the secret.
    if (resource.type === 'AWS::SecretsManager::Secret') {
      const texts = [valueOf(resource.properties, 'SecretString'), valueOf(valueOf(resource.properties, 'GenerateSecretString'), 'SecretStringTemplate')];
      for (const text of texts.flatMap((node) => subTemplates(node))) for (const [, name] of text.matchAll(JSON_KEY_VARIABLE)) names.add(name);
    }
    if (resource.type === 'AWS::Config::ConfigRule') {
      // Every parameter the inputs read, also through Fn::If or Fn::Join (conformance packs write `!If [Has, !Ref Keys, …]`).
      collectRefs(valueOf(resource.properties, 'InputParameters'), names);
      continue;
    }
    // A parameter an IAM policy names as its Resource holds an ARN (or the name inside one: `parameter/${Key}`).
    collectResourceRefs(resource.properties, names);
    if (resource.type !== 'AWS::CodeBuild::Project') continue;
    const variables = valueOf(valueOf(resource.properties, 'Environment'), 'EnvironmentVariables');
    for (const variable of isSeq(variables) ? variables.items : []) {
      const type = literalString(valueOf(variable, 'Type'));
      const referenced = valueOf(valueOf(variable, 'Value'), 'Ref');
      if (type && NAMED_VALUE_TYPES.has(type) && isString(referenced)) names.add(referenced.value);
    }
  }
  return names;
}

/** The parameters a `Resource` or `NotResource` of a policy statement reads, by Ref or inside an Fn::Sub. */
function collectResourceRefs(node: TemplateNode | undefined, into: Set<string>, depth = 0): void {
  if (node === undefined || depth > 16) return;
  if (isSeq(node)) return node.items.forEach((item) => collectResourceRefs(item, into, depth + 1));
  if (!isMap(node)) return;
  for (const entry of node.entries) {
    if (entry.key.value !== 'Resource' && entry.key.value !== 'NotResource') collectResourceRefs(entry.value, into, depth + 1);
    else {
      collectRefs(entry.value, into);
      for (const text of subTemplates(entry.value)) for (const [, name] of text.matchAll(/\$\{([\w:.]+)\}/g)) into.add(name);
    }
  }
}

/** The template strings of the Fn::Sub calls in a value. */
function subTemplates(node: TemplateNode | undefined, depth = 0): string[] {
  if (node === undefined || depth > 12) return [];
  if (isSeq(node)) return node.items.flatMap((item) => subTemplates(item, depth + 1));
  if (!isMap(node)) return [];
  return node.entries.flatMap((entry) => {
    if (entry.key.value !== 'Fn::Sub') return subTemplates(entry.value, depth + 1);
    const template = isSeq(entry.value) ? entry.value.items[0] : entry.value;
    return isString(template) ? [template.value] : [];
  });
}

function collectRefs(node: TemplateNode | undefined, into: Set<string>, depth = 0): void {
  if (node === undefined || depth > 12) return;
  if (isMap(node)) {
    for (const entry of node.entries) {
      if (entry.key.value === 'Ref' && isString(entry.value)) into.add(entry.value.value);
      else collectRefs(entry.value, into, depth + 1);
    }
  } else if (isSeq(node)) for (const item of node.items) collectRefs(item, into, depth + 1);
}

/**
 * A parameter that takes the ARN, name or id of a secret, by what its description, pattern or default
 * says ("Arn for the secret…", "Name of secret…"): passing a reference and resolving the secret at run
 * time is the practice the exam rewards, and a reference is no secret.
 */
function holdsAReference(body: TemplateNode): boolean {
  const described = literalString(valueOf(body, 'Description'));
  const pattern = literalString(valueOf(body, 'AllowedPattern'));
  const given = literalString(valueOf(body, 'Default'));
  // A Default that is an ARN or a Systems Manager parameter path names where the secret is.
  // So does a KMS key alias (`aws/secretsmanager`, `alias/app`): the key that encrypts the secret, not the secret.
  // A placeholder that another tool fills in (`${env:PRIVATE_KEY}`) names where the value comes from.
  return (
    (described !== undefined && REFERENCE_WORDS.test(described)) ||
    /^\^?(arn|s3|https?):/.test(pattern ?? '') ||
    /^arn:|^\/[\w.-]+(\/[\w.-]+)+$|^(alias\/)?aws\/[\w-]+$|^alias\/[\w/.-]+$|^\$\{[^}]+\}$/.test(given ?? '')
  );
}

/** A Default of true/false or yes/no: the parameter is a switch (`CreateSecret: 'True'`), not a secret. */
function isSwitch(body: TemplateNode): boolean {
  const given = valueOf(body, 'Default');
  return isScalar(given) && /^(true|false|yes|no)$/i.test(String(given.value));
}

/**
 * CX4004: a parameter named like a secret whose value CloudFormation shows to anyone who can describe
 * the stack (no NoEcho), whose Default writes the secret into the template itself, or a NoEcho parameter an output shows.
 */
export const parameterNoEchoRule: Rule = {
  id: 'CX4004',
  description: 'Password-like parameter without NoEcho, with the secret as its Default, or a NoEcho parameter shown in an output',
  needsText: ['Parameters'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    let named: Set<string> | undefined;
    for (const parameter of declaredNames(template.root, 'Parameters')) {
      const body = parameter.value;
      if (!isMap(body) || !isSecretName(parameter.key.value)) continue;
      if ((named ??= notSecretsByUse(template)).has(parameter.key.value)) continue;
      if (literalString(valueOf(body, 'Type')) !== 'String') continue;
      // A choice among listed values (true/false, a mode) is not a secret.
      if (valueOf(body, 'AllowedValues') || isSwitch(body) || holdsAReference(body)) continue;
      if (literalBoolean(valueOf(body, 'NoEcho')) !== true) findings.push(withoutNoEcho(template, parameter, body));
      const secretDefault = valueOf(body, 'Default');
      if (isString(secretDefault) && isSecretValue(secretDefault.value, parameter.key.value)) {
        findings.push(
          examFinding({
            ruleId: 'CX4004',
            severity: 'warning',
            message:
              `Parameter '${parameter.key.value}' has the secret as its Default: it is written in the template, in source ` +
              'control and in every copy, whatever NoEcho hides; pass it at deploy time or use a dynamic reference',
            span: secretDefault.span,
            path: ['Parameters', parameter.key.value, 'Default'],
            explanation: EXPLANATION,
          }),
        );
      }
    }
    findings.push(...noEchoOutputs(template));
    return findings;
  },
};

/** Outputs whose Value reads a NoEcho parameter: CloudFormation shows outputs as they are, unmasked. */
function noEchoOutputs(template: Template): Finding[] {
  const hidden = new Set(
    declaredNames(template.root, 'Parameters')
      .filter((parameter) => literalBoolean(valueOf(parameter.value, 'NoEcho')) === true)
      .map((parameter) => parameter.key.value),
  );
  if (hidden.size === 0) return [];
  return declaredNames(template.root, 'Outputs').flatMap((output) => {
    const value = valueOf(output.value, 'Value');
    const read = new Set<string>();
    collectRefs(value, read);
    for (const text of subTemplates(value)) for (const [, name] of text.matchAll(/\$\{([\w:.]+)\}/g)) read.add(name);
    const shown = [...read].find((name) => hidden.has(name));
    if (shown === undefined || value === undefined) return [];
    return [
      examFinding({
        ruleId: 'CX4004',
        severity: 'warning',
        message:
          `Output '${output.key.value}' shows NoEcho parameter '${shown}': CloudFormation does not mask outputs, so anyone who can ` +
          'describe the stack (or import the export) reads the value; remove it from the outputs',
        span: value.span,
        path: ['Outputs', output.key.value, 'Value'],
        explanation: EXPLANATION,
      }),
    ];
  });
}

function withoutNoEcho(template: Template, parameter: MapEntry, body: MapNode): Finding {
  const current = valueOf(body, 'NoEcho');
  const edit = isScalar(current) ? replaceScalar(template, current, true) : insertEntry(template, body, 'NoEcho', true, 'Type');
  return examFinding({
    ruleId: 'CX4004',
    severity: 'warning',
    message:
      `Parameter '${parameter.key.value}' looks like a secret but has no NoEcho: true: its value appears in plain text ` +
      'wherever the stack parameters are shown (console, describe-stacks)',
    span: parameter.key.span,
    path: ['Parameters', parameter.key.value],
    explanation: EXPLANATION,
    fixes: edit ? [{ title: 'Add NoEcho: true', edits: [edit], preferred: true }] : undefined,
  });
}

/** A Default that could be the secret: not empty, not a switch or a sentinel (`Auto`: "a password will be generated"), not a dynamic reference, not a placeholder repeating the parameter's name. */
function isSecretValue(value: string, parameterName: string): boolean {
  const text = value.trim();
  return text !== '' && !/^(true|false|yes|no|auto|none)$/i.test(text) && !isDynamicReference(text) && text.toLowerCase() !== parameterName.toLowerCase();
}
