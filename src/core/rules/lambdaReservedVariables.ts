/**
 * E3663: environment variables Lambda sets itself. "The keys for these environment variables are reserved
 * and cannot be set in your function configuration" (the Lambda guide's defined runtime environment
 * variables); the function's create or update fails.
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
import { finding, type Finding } from '../findings';
import { isMap, valueOf, type MapNode, type NodePath, type TemplateNode } from '../model';
import { FUNCTION_TYPES, functionSettings } from './support/functionSettings';
import { isNoValue } from '../schema/values';
import type { Rule } from './rule';

/** The reserved keys, as the Lambda guide lists them. */
const RESERVED = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

export const lambdaReservedVariablesRule: Rule = {
  id: 'E3663',
  description: 'A Lambda function cannot set the environment variables Lambda reserves',
  onlyWith: [...FUNCTION_TYPES],
  run(template) {
    const findings: Finding[] = [];
    for (const { variables, path } of variableMaps(template.root)) {
      for (const entry of variables.entries) {
        // `!Ref AWS::NoValue` removes the key before Lambda sees it.
        if (!RESERVED.has(entry.key.value) || isNoValue(entry.value)) continue;
        const message = `Lambda reserves the environment variable ${entry.key.value} and sets it itself: a function that sets it is not created or updated`;
        findings.push(finding('E3663', 'error', message, entry.key.span, [...path, entry.key.value]));
      }
    }
    return findings;
  },
};

/** Every function's Environment.Variables, and SAM's Globals. */
function variableMaps(root: TemplateNode | undefined): { variables: MapNode; path: NodePath }[] {
  return functionSettings(root, 'Environment').flatMap(({ node, path }) => {
    const variables = valueOf(node, 'Variables');
    return isMap(variables) ? [{ variables, path: [...path, 'Variables'] }] : [];
  });
}
