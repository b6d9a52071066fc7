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
  if (!isMap(resources)) return false;
  return resources.entries.some((entry) => {
    const type = valueOf(entry.value, 'Type');
    return isString(type) && RESOURCE_TYPE.test(type.value);
  });
}

/**
 * Keys no template has, with no Resources or Globals beside them: a package.json that happens to carry a
 * `Transform` key (an aws-samples CDK project) is no SAM template.
 */
function hasForeignKeys(root: MapNode): boolean {
  if (entryOf(root, 'Resources') || entryOf(root, 'Globals')) return false;
  return root.entries.some((entry) => !(TEMPLATE_SECTIONS as readonly string[]).includes(entry.key.value));
}

function hasServerlessTransform(transform: TemplateNode | undefined): boolean {
  if (isString(transform)) return transform.value.startsWith('AWS::Serverless');
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
