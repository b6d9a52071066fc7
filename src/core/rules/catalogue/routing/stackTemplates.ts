/** T28: nested stack templates, StackSet templates with IAM resources, and retained resources with fixed names. */
import { entryOf, isString, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName, literalString } from '../support/values';
import { importsOwnExport } from './ownExports';

const STACK_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-stack.html';
const CREATE_STACK_SET_API = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html';

/** The literal text a URL starts with (a string, or the text of Fn::Sub before its first variable). */
function literalPrefix(node: TemplateNode | undefined): string | undefined {
  if (isString(node)) return node.value;
  if (intrinsicName(node) === 'Fn::Sub') {
    const text = valueOf(node, 'Fn::Sub');
    if (isString(text)) return text.value.split('${')[0];
  }
  return undefined;
}

/**
 * S3 endpoints: an `s3` label under the domain of an AWS partition (commercial, China, European Sovereign
 * Cloud, and the isolated Regions).
 */
const S3_HOST = /(^|\.)s3[.-]([a-z0-9-]+\.)*(amazonaws\.com(\.cn)?|amazonaws\.eu|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;

/** Why a nested stack's TemplateURL cannot be fetched by CloudFormation, if it surely cannot. */
function badTemplateUrl(url: string): string | undefined {
  if (/^s3:\/\//i.test(url)) return 'an s3:// URI; CloudFormation needs the https:// URL of the object';
  if (/^http:\/\//i.test(url)) return 'an http:// URL; the S3 location must start with https://';
  const match = /^https:\/\/([^/$]+)\//i.exec(url);
  // A host built by a dynamic reference ({{resolve:ssm:/app/bucket}}.s3…) is known only at deploy time, and one holding a
  // build tool's placeholder (s3.<REGION_TOKEN>.amazonaws.com, %%REGION%%) is filled in before the template is deployed.
  if (!match || /\{\{|[<>%]/.test(match[1])) return undefined;
  const host = match[1].toLowerCase();
  if (/(^|\.)s3-website[.-]/.test(host)) return `${host}, an S3 static website endpoint; CloudFormation needs the object's https URL on the S3 endpoint`;
  return S3_HOST.test(host) ? undefined : `${host}, which is not Amazon S3`;
}

/** CX2816: nested stack templates come from S3 over https. */
export const nestedStackTemplateUrl: CatalogueCheck = {
  id: 'CX2816',
  title: 'Nested stack TemplateURL that is not an https URL of an S3 object',
  topics: ['T28'],
  severity: 'error',
  url: STACK_PAGE,
  rejection: {
    quote: "The URL must point to a template (max size: 1 MB) that's located in an Amazon S3 bucket. The location for an Amazon S3 bucket must start with https://.",
    url: STACK_PAGE,
  },
  explanation: {
    what:
      'CloudFormation fetches a nested stack\'s template from Amazon S3 by its https:// object URL; a template on another web ' +
      'server, an s3:// URI or plain http is refused when the parent stack is created.',
    exam:
      'nested stacks reuse common components (VPC, ALB, database) as child templates: `aws cloudformation package` uploads local ' +
      'child templates to S3 and rewrites TemplateURL to their https URLs before deploy.',
    trap: 'a local path such as ./network.yaml is fine before `package`, but deploying the unpackaged template fails.',
  },
  resourceTypes: ['AWS::CloudFormation::Stack'],
  run: (context) => templateUrlHits(context, 'AWS::CloudFormation::Stack', 'Nested stack', 'nested templates'),
};

/** CX2824: a StackSet's template comes from S3 over https (or a Systems Manager document). */
export const stackSetTemplateUrl: CatalogueCheck = {
  id: 'CX2824',
  title: 'StackSet TemplateURL that is not an https URL of an S3 object',
  topics: ['T28'],
  severity: 'error',
  url: CREATE_STACK_SET_API,
  rejection: {
    quote:
      "The URL must point to a template (maximum size: 1 MB) that's located in an Amazon S3 bucket or a Systems Manager document. " +
      'The location for an Amazon S3 bucket must start with https://. S3 static website URLs are not supported.',
    url: CREATE_STACK_SET_API,
  },
  explanation: {
    what:
      'StackSets reads the template it deploys to every account and Region from an Amazon S3 object (its https:// URL) or a Systems ' +
      'Manager document; a template on another web server, an s3:// URI or plain http is refused.',
    exam:
      'StackSets deploy one template to many accounts and Regions (a baseline of Config rules, roles, GuardDuty): keep the template ' +
      'in S3, or write it inline with TemplateBody.',
  },
  resourceTypes: ['AWS::CloudFormation::StackSet'],
  run: (context) => templateUrlHits(context, 'AWS::CloudFormation::StackSet', 'StackSet', 'StackSet templates'),
};

function templateUrlHits(context: CheckContext, type: string, what: string, templates: string): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const stack of context.resources(type)) {
    const entry = entryOf(stack.properties, 'TemplateURL');
    const prefix = literalPrefix(entry?.value);
    const reason = prefix === undefined ? undefined : badTemplateUrl(prefix);
    if (!entry || !reason) continue;
    hits.push({
      message: `${what} '${stack.logicalId}' loads its template from ${reason}: CloudFormation reads ${templates} from S3 over https`,
      span: entry.value.span,
      path: ['Resources', stack.logicalId, 'Properties', 'TemplateURL'],
      // Older samples deploy nested stacks from http:// S3 URLs: the https rule is the API's, not known to be enforced there.
      ...(/^http:\/\//i.test(prefix!) ? { severity: 'warning' as const } : {}),
    });
  }
  return hits;
}

/** CX2817: a StackSet whose inline template creates IAM resources must acknowledge them. */
export const stackSetIamCapabilities: CatalogueCheck = {
  id: 'CX2817',
  title: 'StackSet template with IAM resources but no IAM capability',
  topics: ['T28', 'T32'],
  severity: 'error',
  url: CREATE_STACK_SET_API,
  rejection: { quote: "If you don't specify either of these capabilities, CloudFormation returns an InsufficientCapabilities error.", url: CREATE_STACK_SET_API },
  explanation: {
    what:
      'A template that creates IAM users, roles, groups, policies, instance profiles or access keys must be deployed with ' +
      'CAPABILITY_IAM (or CAPABILITY_NAMED_IAM when it names them); a StackSet passes its Capabilities to every stack instance.',
    exam:
      'capabilities acknowledge that a deployment changes permissions: CAPABILITY_IAM, CAPABILITY_NAMED_IAM for custom names, ' +
      'CAPABILITY_AUTO_EXPAND for macros and nested applications (SAM).',
  },
  resourceTypes: ['AWS::CloudFormation::StackSet'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const stackSet of context.resources('AWS::CloudFormation::StackSet')) {
      const body = entryOf(stackSet.properties, 'TemplateBody');
      const text = literalPrefix(body?.value) === undefined ? undefined : templateText(body!.value);
      if (!body || text === undefined || !/AWS::IAM::(Role|User|Group|Policy|ManagedPolicy|InstanceProfile|AccessKey|UserToGroupAddition)\b/.test(text)) continue;
      const capabilities = valueOf(stackSet.properties, 'Capabilities');
      if (capabilities !== undefined && !isListOf(capabilities, [])) {
        const granted = listStrings(capabilities);
        if (granted === undefined || granted.some((name) => name === 'CAPABILITY_IAM' || name === 'CAPABILITY_NAMED_IAM')) continue;
      }
      hits.push({
        message: `StackSet '${stackSet.logicalId}' deploys a template with IAM resources without CAPABILITY_IAM or CAPABILITY_NAMED_IAM in Capabilities: the operation fails with InsufficientCapabilities`,
        span: body.key.span,
        path: ['Resources', stackSet.logicalId, 'Properties', 'TemplateBody'],
      });
    }
    return hits;
  },
};

function templateText(node: TemplateNode): string | undefined {
  if (isString(node)) return node.value;
  const text = valueOf(node, 'Fn::Sub');
  return isString(text) ? text.value : undefined;
}

function listStrings(node: TemplateNode): string[] | undefined {
  if (node.kind !== 'seq') return undefined;
  const names = node.items.map(literalString);
  return names.every((name) => name !== undefined) ? (names as string[]) : undefined;
}

function isListOf(node: TemplateNode, names: string[]): boolean {
  const items = listStrings(node);
  return items !== undefined && items.length === names.length;
}

/** The property that names each kind of resource, for resources people often retain. */
const NAME_PROPERTIES: Record<string, string> = {
  'AWS::S3::Bucket': 'BucketName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::RDS::DBInstance': 'DBInstanceIdentifier',
  'AWS::RDS::DBCluster': 'DBClusterIdentifier',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::ECR::Repository': 'RepositoryName',
  'AWS::SecretsManager::Secret': 'Name',
  'AWS::Kinesis::Stream': 'Name',
};

/** CX2818: a retained resource keeps its name, so the next stack that wants that name fails. */
export const retainedFixedName: CatalogueCheck = {
  id: 'CX2818',
  title: 'Resource with DeletionPolicy Retain and a fixed physical name',
  topics: ['T28', 'T20'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
  explanation: {
    what:
      'DeletionPolicy Retain keeps the resource when the stack is deleted (or the resource is removed from it). It keeps its ' +
      'name too, so creating the stack again with the same name fails ("already exists") until the old resource is deleted, ' +
      'renamed, or imported into the new stack.',
    exam:
      'Retain (and Snapshot for databases) protects data from stack deletion; resource import (a change set of type IMPORT) ' +
      'brings a retained resource back under CloudFormation. Let CloudFormation generate names where you can.',
    trap: 'a custom name also blocks any update that needs a replacement: CloudFormation cannot create the new resource under the same name.',
  },
  resourceTypes: Object.keys(NAME_PROPERTIES),
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources(...Object.keys(NAME_PROPERTIES))) {
      const property = NAME_PROPERTIES[resource.type!];
      const name = entryOf(resource.properties, property);
      if (!name || !isString(name.value) || literalString(valueOf(resource.body, 'DeletionPolicy')) !== 'Retain') continue;
      hits.push({
        message: `'${resource.logicalId}' is retained on deletion and always named '${name.value.value}': a new stack cannot create it again while the retained one exists`,
        span: name.value.span,
        path: ['Resources', resource.logicalId, 'Properties', property],
      });
    }
    return hits;
  },
};

export const STACK_TEMPLATE_CHECKS: readonly CatalogueCheck[] = [nestedStackTemplateUrl, stackSetTemplateUrl, stackSetIamCapabilities, retainedFixedName, importsOwnExport];
