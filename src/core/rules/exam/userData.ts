/**
 * Whether the instances of an Auto Scaling group or an EC2 instance can send cfn-signal, judged from
 * the user data and cfn-init metadata this template holds. "unknown" whenever any part is unreadable.
 */
import { isMap, isSeq, isString, nodeAt, toPlain, valueOf, type TemplateNode } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import { intrinsicName, referencedResource } from './values';

export type SignalEvidence = 'signals' | 'never' | 'unknown';

const SIGNAL_PATTERN = /cfn-signal|signal-resource|SignalResource/i;

/**
 * What the launch configuration of `resource` (ASG or instance) says about signalling it. A template
 * with syntax problems (an unknown tag such as a packaging tool's) may hide the script: unknown.
 */
export function signalEvidence(template: Template, resource: ResourceDeclaration): SignalEvidence {
  if (template.parseFindings.length > 0) return 'unknown';
  const sources = launchSources(template.root, resource);
  if (!sources) return 'unknown';
  const texts: string[] = [sourceOf(template.text, valueOf(resource.body, 'Metadata'))];
  for (const source of sources) {
    const text = readableText(source.userData);
    if (text === undefined) return 'unknown';
    texts.push(text, sourceOf(template.text, source.metadata));
  }
  const all = texts.join('\n');
  if (SIGNAL_PATTERN.test(all) && !signalsOnlyWaitHandles(template, all)) return 'signals';
  if (signalledElsewhere(template, resource) || RUNS_FETCHED_SCRIPT.test(all)) return 'unknown';
  // A role that may call SignalResource lets a script or an SDK signal instead of cfn-signal (F5's autoscale templates do).
  if (GRANTS_SIGNAL_RESOURCE.test(template.text)) return 'unknown';
  // A script the user data runs could still signal, but only if it is told which resource to signal:
  // cfn-init and cfn-hup name the resource to read its metadata, which tells nothing about a signal.
  return withoutMetadataReaders(all).includes(resource.logicalId) ? 'unknown' : 'never';
}

/** An IAM action that lets an instance signal through the API: `cloudformation:SignalResource`. */
const GRANTS_SIGNAL_RESOURCE = /cloudformation:SignalResource/i;

/** A script fetched and run (`aws s3 cp s3://…/bootstrap.sh`, `curl … | bash`): it may signal, with the name written inside it. */
const RUNS_FETCHED_SCRIPT = /\b(aws\s+s3\s+cp|curl|wget|Invoke-WebRequest|Read-S3Object|Copy-S3Object)\b[^\n]*\.(sh|bash|ps1|py)\b|\|\s*(sudo\s+)?(ba)?sh\b/i;

/** `cfn-init … --resource Web` and cfn-hup's `path=Resources.Web.Metadata…`: the resource named to read its metadata. */
const METADATA_READERS = /cfn-init[^\n]{0,400}?(?:--resource|-r)["',\s]*[\w-]+|path\s*=\s*Resources\.[\w-]+\.Metadata/g;

function withoutMetadataReaders(text: string): string {
  return text.replace(METADATA_READERS, '');
}

/**
 * Every cfn-signal in the text goes to a wait condition handle (`cfn-signal -e 0 '${Handle}'`), none to a
 * resource: no `--resource`, no SignalResource call, and a handle of this template named.
 */
function signalsOnlyWaitHandles(template: Template, text: string): boolean {
  if (/--resource|\s-r\s|signal-resource|SignalResource/i.test(text.replace(METADATA_READERS, ''))) return false;
  const resources = valueOf(template.root, 'Resources');
  if (!isMap(resources)) return false;
  return resources.entries.some(
    ({ key, value }) => isString(valueOf(value, 'Type')) && (valueOf(value, 'Type') as { value: string }).value === 'AWS::CloudFormation::WaitConditionHandle' && text.includes(key.value),
  );
}

/**
 * Another resource that sends a signal and names this one: an SSM Automation document calling
 * SignalResource, a Lambda function's code, started by the user data or otherwise (Quick Start pattern).
 */
function signalledElsewhere(template: Template, resource: ResourceDeclaration): boolean {
  const resources = valueOf(template.root, 'Resources');
  if (!isMap(resources)) return false;
  return resources.entries.some(({ key, value }) => {
    if (key.value === resource.logicalId) return false;
    const text = sourceOf(template.text, value);
    return SIGNAL_PATTERN.test(text) && text.includes(resource.logicalId);
  });
}

function sourceOf(text: string, node: TemplateNode | undefined): string {
  return node ? text.slice(node.span.start, node.span.end) : '';
}

interface LaunchSource {
  userData: TemplateNode | undefined;
  metadata: TemplateNode | undefined;
}

/** The user data sources of the resource; undefined when one of them is outside this template. */
function launchSources(root: TemplateNode | undefined, resource: ResourceDeclaration): LaunchSource[] | undefined {
  const properties = resource.properties;
  if (!properties) return undefined;
  if (resource.type === 'AWS::EC2::Instance') {
    const template = valueOf(properties, 'LaunchTemplate');
    const own = { userData: valueOf(properties, 'UserData'), metadata: undefined };
    if (!template) return [own];
    const fromTemplate = launchTemplateSource(root, template);
    return fromTemplate && !own.userData ? [fromTemplate] : undefined;
  }
  if (valueOf(properties, 'InstanceId')) return undefined;
  const configuration = valueOf(properties, 'LaunchConfigurationName');
  if (configuration) {
    const target = referencedResource(root, configuration);
    if (target?.type !== 'AWS::AutoScaling::LaunchConfiguration') return undefined;
    return [{ userData: valueOf(target.properties, 'UserData'), metadata: valueOf(target.body, 'Metadata') }];
  }
  const specification =
    valueOf(properties, 'LaunchTemplate') ?? nodeAt(properties, ['MixedInstancesPolicy', 'LaunchTemplate', 'LaunchTemplateSpecification']);
  const fromTemplate = specification ? launchTemplateSource(root, specification) : undefined;
  return fromTemplate ? [fromTemplate] : undefined;
}

function launchTemplateSource(root: TemplateNode | undefined, specification: TemplateNode): LaunchSource | undefined {
  const reference = valueOf(specification, 'LaunchTemplateId') ?? valueOf(specification, 'LaunchTemplateName');
  const target = referencedResource(root, reference);
  if (target?.type !== 'AWS::EC2::LaunchTemplate') return undefined;
  return { userData: nodeAt(target.properties, ['LaunchTemplateData', 'UserData']), metadata: valueOf(target.body, 'Metadata') };
}

/**
 * The text of a user data value with substituted values left as `${Name}`; undefined when the
 * script itself comes from somewhere this template does not show (a parameter, an import, a mapping).
 */
export function readableText(node: TemplateNode | undefined): string | undefined {
  if (node === undefined) return '';
  if (isString(node)) return node.value;
  const name = intrinsicName(node);
  if (!name || !isMap(node)) return undefined;
  const argument = node.entries[0].value;
  switch (name) {
    case 'Fn::Base64':
      return readableText(argument);
    case 'Fn::Sub':
      return subText(argument);
    case 'Fn::Join':
      return joinText(argument);
    case 'Fn::If':
      return ifText(argument);
    default:
      return undefined;
  }
}

function subText(argument: TemplateNode): string | undefined {
  if (isString(argument)) return argument.value;
  if (!isSeq(argument) || !isString(argument.items[0])) return undefined;
  const variables = argument.items[1];
  const values = isMap(variables) ? variables.entries.map((entry) => valueText(entry.value) ?? '') : [];
  return [argument.items[0].value, ...values].join('\n');
}

function joinText(argument: TemplateNode): string | undefined {
  if (!isSeq(argument) || !isString(argument.items[0]) || !isSeq(argument.items[1])) return undefined;
  const parts: string[] = [];
  for (const item of argument.items[1].items) {
    const text = valueText(item);
    if (text === undefined) return undefined;
    parts.push(text);
  }
  return parts.join(argument.items[0].value);
}

function ifText(argument: TemplateNode): string | undefined {
  if (!isSeq(argument) || argument.items.length !== 3) return undefined;
  const whenTrue = readableText(argument.items[1]);
  const whenFalse = readableText(argument.items[2]);
  return whenTrue === undefined || whenFalse === undefined ? undefined : `${whenTrue}\n${whenFalse}`;
}

/** A piece of a Join or a Sub variable: literal text, or a Ref/GetAtt shown by what it names. */
function valueText(node: TemplateNode): string | undefined {
  const name = intrinsicName(node);
  if ((name === 'Ref' || name === 'Fn::GetAtt') && isMap(node)) return '${' + JSON.stringify(toPlain(node.entries[0].value)) + '}';
  return readableText(node);
}
