import { finding } from '../findings';
import { closestResourceType } from '../schema/suggest';
import additions from '../schema/additions.json';
import { currentSchema } from '../schema/current';
import { resourceRule, type Rule } from './rule';

/**
 * SAM resource types the spec package does not describe yet. They are real (the SAM transform
 * expands them), so they are known types without a property schema.
 */
export const SAM_TYPES_WITHOUT_SCHEMA: readonly string[] = [
  'AWS::Serverless::CapacityProvider',
  'AWS::Serverless::Connector',
  'AWS::Serverless::GraphQLApi',
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-websocketapi.html
  'AWS::Serverless::WebSocketApi',
];

/**
 * Types CloudFormation accepts that no resource schema describes: the CDK's stack metadata, and types
 * AWS documented after the schema snapshots (schema/additions.json).
 */
const TYPES_WITHOUT_SCHEMA: readonly string[] = ['AWS::CDK::Metadata', ...SAM_TYPES_WITHOUT_SCHEMA, ...additions.types.map((added) => added.type)];

/**
 * A custom resource's own type name: "Custom resource type names must begin with Custom:: and can include alphanumeric
 * characters and the following characters: _@-. You can specify a custom resource type name up to a maximum length of
 * 60 characters." (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-customresource.html)
 */
const CUSTOM_NAME = /^Custom::[A-Za-z0-9_@-]{1,52}$/;

function customNameProblem(type: string): string {
  if (type.length > 60) return `Custom resource type '${type}' is ${type.length} characters long: CloudFormation takes at most 60`;
  return `Custom resource type '${type}' may hold only letters, digits and _@- after Custom::`;
}

/** A three-part name outside AWS's namespaces may be a registry extension or a module: not judged. */
const AWS_NAMESPACE = /^(AWS|Alexa)::/i;
const TYPE_SHAPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

export const unknownResourceTypeRule: Rule = resourceRule({
  id: 'E3006',
  description: 'Resource types must exist',
  check(resource, template) {
    const schema = currentSchema();
    const type = resource.type;
    const node = resource.typeNode;
    if (type !== undefined && node && type.startsWith('Custom::') && !CUSTOM_NAME.test(type)) {
      return [finding('E3006', 'error', customNameProblem(type), node.span, ['Resources', resource.logicalId, 'Type'])];
    }
    if (!schema || type === undefined || !node || isKnown(type, schema.hasResourceType(type))) return [];
    const suggestion = closestResourceType(type, schema.resourceTypeNames());
    const message = `Unknown resource type '${type}'` + (suggestion ? `. Did you mean '${suggestion}'?` : '');
    const found = finding('E3006', 'error', message, node.span, ['Resources', resource.logicalId, 'Type']);
    if (suggestion) {
      const newText = template.text.slice(node.span.start, node.span.end).replace(type, suggestion);
      found.fixes = [{ title: `Change to '${suggestion}'`, edits: [{ span: node.span, newText }], preferred: true }];
    }
    return [found];
  },
});

function isKnown(type: string, inSchema: boolean): boolean {
  if (inSchema || type.startsWith('Custom::') || type.endsWith('::MODULE') || TYPES_WITHOUT_SCHEMA.includes(type)) return true;
  return TYPE_SHAPE.test(type) && !AWS_NAMESPACE.test(type);
}
