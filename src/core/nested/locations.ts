import { isString, valueOf, type ScalarNode } from '../model';
import { resourceDeclarations, type ResourceDeclaration } from '../sections';
import type { Template } from '../template';

/** Resource types that deploy another template, and the property that says where it is. */
const NESTING_TYPES: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::Serverless::Application': 'Location',
};

/** A nested stack whose template is a file next to the parent (before `aws cloudformation package` uploads it). */
export interface LocalChild {
  resource: ResourceDeclaration;
  /** The path as written: `./network.yaml`, `stacks/db.json`. */
  location: string;
  node: ScalarNode;
}

/**
 * A location with no URL scheme is a local path: `package` (and `sam package`) uploads the file and
 * writes its S3 URL in its place. https://, s3:// and anything else with a scheme is not read, nor a dynamic
 * reference (`{{resolve:ssm:…}}`), which CloudFormation resolves to a URL.
 */
export function isLocalPath(location: string): boolean {
  return location.trim() !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(location) && !location.includes('${') && !location.includes('{{resolve:') && !BUILD_PLACEHOLDER.test(location);
}

/** A build tool's token a publish script replaces with the bucket URL (`__URL__/child.yaml`, `<ARTIFACT_BUCKET>/…`, `%%BUCKET%%/…`). */
const BUILD_PLACEHOLDER = /^(__[A-Za-z0-9_]+__|<[^<>/]+>|%%?[A-Za-z0-9_]+%%?|@[A-Za-z0-9_]+@)(\/|$)/;

/** The nested stacks of a template whose template is a local file, in source order. */
export function localChildren(template: Template): LocalChild[] {
  const children: LocalChild[] = [];
  for (const resource of resourceDeclarations(template.root)) {
    const property = resource.type && NESTING_TYPES[resource.type];
    const node = property ? valueOf(resource.properties, property) : undefined;
    if (isString(node) && isLocalPath(node.value)) children.push({ resource, location: node.value, node });
  }
  return children;
}

/** The distinct local locations a template's nested stacks name: the files its host should read. */
export function localTemplateLocations(template: Template): string[] {
  return [...new Set(localChildren(template).map((child) => child.location))];
}
