/** Wording shared by the schema rules' messages. */
import type { TemplateNode } from '../../model';
import type { ObjectSchema } from '../../schema/schema';

/** `AWS::S3::Bucket` for a resource's Properties, `LifecycleConfiguration (AWS::S3::Bucket)` for a nested type. */
export function objectLabel(schema: ObjectSchema): string {
  if (schema.name === schema.resourceType) return schema.resourceType;
  return `${schema.name.slice(schema.resourceType.length + 1)} (${schema.resourceType})`;
}

/** How a value reads in a message: 'abc', 42, true, a list, a map. */
export function describeNode(node: TemplateNode): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a map';
  if (typeof node.value === 'string') return `'${truncate(node.value)}'`;
  return String(node.value);
}

function truncate(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 40 || line !== text ? `${line.slice(0, 40)}…` : line;
}
