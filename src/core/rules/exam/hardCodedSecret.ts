import type { Finding } from '../../findings';
import { isMap, isSeq, isString, type NodePath, type ScalarNode, type TemplateNode } from '../../model';
import { resourceRule, type Rule } from '../rule';
import { isDynamicReference, isSecretName, isSecretProperty } from './secretNames';
import { examFinding } from './values';

interface Hit {
  key: string;
  value: ScalarNode & { value: string };
  path: NodePath;
}

/** CX4005: a password or secret written into the template as text. */
export const hardCodedSecretRule: Rule = resourceRule({
  id: 'CX4005',
  description: 'Hard-coded password or secret in a resource property',
  check(resource): Finding[] {
    if (!resource.properties) return [];
    const hits: Hit[] = [];
    collect(resource.properties, ['Resources', resource.logicalId, 'Properties'], hits, resource.type === NESTED_STACK);
    return hits.map((hit) =>
      examFinding({
        ruleId: 'CX4005',
        severity: 'warning',
        message:
          `'${hit.key}' of '${resource.logicalId}' is written in the template as plain text: anyone who can read the ` +
          'template or the stack sees it',
        span: hit.value.span,
        path: hit.path,
        explanation: {
          text:
            'Keep secrets out of templates: store them in Secrets Manager (or as an SSM SecureString) and write a dynamic ' +
            'reference instead, such as `{{resolve:secretsmanager:MyDbSecret:SecretString:password}}`, which CloudFormation ' +
            'resolves at deploy time without storing the value. For a new database, let Secrets Manager generate the password ' +
            '(GenerateSecretString, or ManageMasterUserPassword on RDS) and rotate it.',
          url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html',
          topics: ['T21'],
        },
      }),
    );
  },
});

const NESTED_STACK = 'AWS::CloudFormation::Stack';

/**
 * Walks every property value; `path` is one array pushed and popped on the way, copied only for a hit. `nestedStack`: the
 * resource is a nested stack, whose Parameters are named by the child template (`DBPassword`).
 */
function collect(node: TemplateNode, path: (string | number)[], hits: Hit[], nestedStack = false): void {
  if (isSeq(node)) {
    for (let index = 0; index < node.items.length; index++) {
      path.push(index);
      collect(node.items[index], path, hits);
      path.pop();
    }
  }
  if (!isMap(node)) return;
  const pair = namedPair(node);
  if (pair) {
    path.push(pair.valueKey);
    hits.push({ key: pair.name, value: pair.value, path: [...path] });
    path.pop();
    return;
  }
  // The keys of a function's environment Variables, and of a nested stack's Parameters, are names the template chooses:
  // `STRIPE_SECRET_KEY` says what it holds.
  const last = path.length > 0 ? path[path.length - 1] : undefined;
  const chosenNames = last === 'Variables' || (nestedStack && last === 'Parameters' && path.length === 4);
  for (const entry of node.entries) {
    const key = entry.key.value;
    if (key === 'Ref' || key.startsWith('Fn::')) continue;
    const value = entry.value;
    path.push(key);
    if ((isSecretProperty(key) || (chosenNames && isSecretName(key))) && isString(value) && isPlainSecret(value.value)) hits.push({ key, value, path: [...path] });
    else collect(value, path, hits, nestedStack);
    path.pop();
  }
}

/**
 * A setting written as a name and a value, such as an Elastic Beanstalk environment property
 * `{Namespace, OptionName: DB_PASSWORD, Value: …}`, an ECS container variable `{Name: API_TOKEN, Value: …}` or a
 * StackSet parameter `{ParameterKey: DbPassword, ParameterValue: …}`, whose name says it holds a secret and whose
 * value is written as text. Maps with a Type (CodeBuild variables, whose Value may be a Parameter Store name; CX0314
 * reads those) are left alone.
 */
function namedPair(node: TemplateNode): { name: string; value: ScalarNode & { value: string }; valueKey: string } | undefined {
  if (!isMap(node)) return undefined;
  // One look at the keys (this runs on every map of every resource): most maps hold no Value at all.
  let nameNode: TemplateNode | undefined;
  let valueNode: TemplateNode | undefined;
  let valueKey = 'Value';
  for (const entry of node.entries) {
    const key = entry.key.value;
    if (key === 'Type') return undefined;
    // The last Value, the one CloudFormation keeps; the first OptionName or Name.
    if (key === 'Value' || key === 'ParameterValue') {
      valueNode = entry.value;
      valueKey = key;
    } else if (key === 'OptionName' || key === 'Name' || key === 'ParameterKey') nameNode ??= entry.value;
  }
  if (!isString(nameNode) || !isString(valueNode)) return undefined;
  const name = nameNode.value;
  const value = valueNode;
  if (!isSecretName(name) || !isPlainSecret(value.value) || value.value.startsWith('arn:')) return undefined;
  return { name, value, valueKey };
}

function isPlainSecret(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !isDynamicReference(text) && !/^(true|false)$/i.test(text) && !isEmptyDocument(text) && !PLACEHOLDER_WORD.test(trimmed) && !PLACEHOLDER.test(trimmed);
}

/**
 * A word that says there is no value yet (`SecretString: empty`, filled in after the stack is created): it
 * reveals nothing. A weak value such as `changeme` or `password` is a secret anyone can read, and stays reported.
 */
const PLACEHOLDER_WORD = /^(empty|none|null|nil|n\/a|placeholder|dummy|tbd|todo|unset|undefined)$/i;
/** A value that says it is to be replaced (`<Fixer API key>`) or made up (`DUMMYEXAMPLEKEY`, AWS's `...EXAMPLEKEY` doc keys). */
const PLACEHOLDER = /^<[^<>]*>$|example|dummy/i;

/** `{}`, `[]` or a JSON document with no text or number in it: a placeholder the application fills in later. */
function isEmptyDocument(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  try {
    return !hasLeafValue(JSON.parse(trimmed));
  } catch {
    return false;
  }
}

function hasLeafValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasLeafValue);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasLeafValue);
  return value !== null && value !== '';
}
