import { entryOf, isMap, isSeq, isString, valueOf, type MapNode, type TemplateNode } from './model';
import { TEMPLATE_SECTIONS } from './sections';

/** AWS's types, custom resources, and third-party registry types and modules (`AwsCommunity::Time::Sleep`). */
const RESOURCE_TYPE = /^(AWS|Custom|Alexa)::|^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(::MODULE)?$/;

/**
 * A file is a CloudFormation template when its content says so: a template
 * format version, a SAM transform, or a Resources map holding typed resources.
 * Kubernetes manifests, package.json or workflows never match.
 */
export function isTemplateModel(root: TemplateNode | undefined): boolean {
  if (!isMap(root)) return false;
  if (entryOf(root, 'AWSTemplateFormatVersion')) return true;
  if (hasServerlessTransform(valueOf(root, 'Transform')) && !hasForeignKeys(root)) return true;
  const resources = valueOf(root, 'Resources');
  if (!isMap(resources) || isIotProvisioningTemplate(root, resources)) return false;
  return resources.entries.some((entry) => {
    const type = valueOf(entry.value, 'Type');
    return isString(type) && RESOURCE_TYPE.test(type.value);
  });
}

/**
 * A template still being written: a Resources map whose resources have no Type yet, and no top-level key a
 * template does not have (`Resources:` then `  Bucket:` then `    Type: ` in a new file). Completion
 * answers there; lint waits until the file is a template.
 */
export function isTemplateInTheMaking(root: TemplateNode | undefined): boolean {
  if (!isMap(root) || !isMap(valueOf(root, 'Resources'))) return false;
  if (!root.entries.every((entry) => (TEMPLATE_SECTIONS as readonly string[]).includes(entry.key.value))) return false;
  // A scalar is a key being typed under the logical ID (`Bucket:` then `    Ty`).
  return (valueOf(root, 'Resources') as MapNode).entries.every((entry) => entry.value === undefined || entry.value.kind === 'map' || entry.value.kind === 'scalar');
}

const IOT_PROVISIONING_TYPES = ['AWS::IoT::Thing', 'AWS::IoT::Certificate', 'AWS::IoT::Policy'];

/**
 * An AWS IoT provisioning template (`aws iot register-thing`, fleet provisioning): Parameters and
 * Resources like a CloudFormation template, but only things, certificates and policies, with keys
 * CloudFormation does not have (OverrideSettings, a thing's ThingGroups or ThingTypeName, a certificate's
 * CertificateId, attributes written straight under AttributePayload where CloudFormation nests them in Attributes).
 */
function isIotProvisioningTemplate(root: MapNode, resources: MapNode): boolean {
  if (entryOf(root, 'DeviceConfiguration')) return true;
  const bodies = resources.entries.map((entry) => entry.value);
  if (bodies.length === 0 || !bodies.every((body) => IOT_PROVISIONING_TYPES.includes(String((valueOf(body, 'Type') as { value?: unknown })?.value)))) return false;
  return bodies.some((body) => {
    const properties = valueOf(body, 'Properties');
    return (
      entryOf(body, 'OverrideSettings') !== undefined ||
      ['ThingGroups', 'ThingTypeName', 'BillingGroup', 'CertificateId'].some((name) => entryOf(properties, name) !== undefined) ||
      hasProvisioningAttributes(valueOf(properties, 'AttributePayload'))
    );
  });
}

function hasProvisioningAttributes(payload: TemplateNode | undefined): boolean {
  return isMap(payload) && payload.entries.some((entry) => entry.key.value !== 'Attributes');
}

/**
 * Keys no template has, with no Resources or Globals beside them: a package.json that happens to carry a
 * `Transform` key (an aws-samples CDK project) is no SAM template.
 */
function hasForeignKeys(root: MapNode): boolean {
  if (entryOf(root, 'Resources') || entryOf(root, 'Globals')) return false;
  return root.entries.some((entry) => !(TEMPLATE_SECTIONS as readonly string[]).includes(entry.key.value));
}

/** SAM's transform, or the language extensions (a template of Fn::ForEach loops has no Type written out). */
function hasServerlessTransform(transform: TemplateNode | undefined): boolean {
  if (isString(transform)) return transform.value.startsWith('AWS::Serverless') || transform.value === 'AWS::LanguageExtensions';
  if (isSeq(transform)) return transform.items.some(hasServerlessTransform);
  return false;
}

const TEXT_SIGNS = [
  /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m,
  /["']?Type["']?\s*:\s*["']?(AWS|Custom)::[A-Za-z0-9]+::/,
  /["']?Transform["']?\s*:\s*["']?AWS::Serverless/,
];

/** For text too broken (or too large) to parse into a map: the same signs, found by pattern. */
export function looksLikeTemplateText(text: string): boolean {
  const head = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (!/["']?Resources["']?\s*:/.test(head) && !TEXT_SIGNS[0].test(head)) return false;
  return TEXT_SIGNS.some((sign) => sign.test(head));
}

/**
 * Whether the line where parsing failed holds a renderer's syntax: a Jinja block tag (`{% set … %}`, as formica and
 * Sceptre sources start), an ERB tag, or a bare `{{ expression }}` as a value (not a `{{resolve:…}}` reference). Such
 * a file is source a tool renders into a template before CloudFormation sees it, not a broken template.
 */
export function failsOnRenderedSyntax(text: string, errorOffset: number): boolean {
  const lineStart = text.lastIndexOf('\n', errorOffset - 1) + 1;
  const lineEnd = text.indexOf('\n', errorOffset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return JINJA_BLOCK.test(line) || ERB_TAG.test(line) || BARE_EXPRESSION.test(line);
}

const JINJA_BLOCK = /\{%-?\s*(?:if|for|set|from|import|include|macro|block|extends|raw|else|elif|endif|endfor|endmacro|endblock|endset)\b/;
const ERB_TAG = /<%[=-]?\s/;
const BARE_EXPRESSION = /:[ \t]+\{\{(?!\s*resolve:)[^{}\n]+\}\}/;
