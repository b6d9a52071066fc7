/** API Gateway REST API deployments and stages written as separate CloudFormation resources. */
import { entryOf, isSeq, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { mentionedNames } from '../support/mentions';
import { intrinsicName, literalString } from '../support/values';

const DEPLOYMENT = 'AWS::ApiGateway::Deployment';
const METHOD = 'AWS::ApiGateway::Method';
const STAGE = 'AWS::ApiGateway::Stage';
const DEPLOYMENT_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-deployment.html';

/** The REST API of this template a resource belongs to (its RestApiId). */
function restApiOf(context: CheckContext, resource: ResourceDeclaration): ResourceDeclaration | undefined {
  const api = context.referenced(valueOf(resource.properties, 'RestApiId'));
  return api?.type === 'AWS::ApiGateway::RestApi' ? api : undefined;
}

/** Methods of this template declared on the API (none when the API is defined by an OpenAPI body). */
function methodsOf(context: CheckContext, api: ResourceDeclaration): ResourceDeclaration[] {
  if (valueOf(api.properties, 'Body') !== undefined || valueOf(api.properties, 'BodyS3Location') !== undefined) return [];
  return context.resources(METHOD).filter((method) => restApiOf(context, method)?.logicalId === api.logicalId);
}

/** Every resource this one waits for: DependsOn and references, followed through the template. */
function dependencies(context: CheckContext, start: ResourceDeclaration): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const resource = queue.pop()!;
    const dependsOn = valueOf(resource.body, 'DependsOn');
    const named = [
      ...mentionedNames(resource.properties),
      ...(isSeq(dependsOn) ? dependsOn.items.map(literalString) : [literalString(dependsOn)]),
    ];
    for (const name of named) {
      const next = name === undefined ? undefined : context.resource(name);
      if (!next || seen.has(next.logicalId)) continue;
      seen.add(next.logicalId);
      queue.push(next);
    }
  }
  return seen;
}

/** CX1910: a deployment that does not wait for the API's methods. */
export const apiDeploymentDependsOnMethods: CatalogueCheck = {
  id: 'CX1910',
  title: 'API Gateway Deployment does not depend on the REST API\'s methods',
  topics: ['T19'],
  severity: 'error',
  url: DEPLOYMENT_URL,
  rejection: {
    quote:
      "If you create an AWS::ApiGateway::RestApi resource and its methods (using AWS::ApiGateway::Method) in the same template as " +
      "your deployment, the deployment must depend on the RestApi's methods.",
    url: DEPLOYMENT_URL,
  },
  explanation: {
    what:
      'A Deployment is a snapshot of the API\'s methods at the moment it is created. Nothing links it to the Method resources, ' +
      'so without DependsOn CloudFormation creates it right after the RestApi, before any method exists, and API Gateway ' +
      'answers "The REST API doesn\'t contain any methods".',
    exam:
      'a REST API in CloudFormation is RestApi + Resources + Methods + Deployment (DependsOn the methods) + Stage; SAM\'s ' +
      'AWS::Serverless::Api writes all of that, including a new deployment whenever the API changes.',
  },
  resourceTypes: [DEPLOYMENT, METHOD],
  run(context) {
    const hits: CheckHit[] = [];
    for (const deployment of context.resources(DEPLOYMENT)) {
      const api = restApiOf(context, deployment);
      const methods = api ? methodsOf(context, api) : [];
      if (methods.length === 0) continue;
      const waitsFor = dependencies(context, deployment);
      if (methods.some((method) => waitsFor.has(method.logicalId))) continue;
      const edit = deployment.body && !entryOf(deployment.body, 'DependsOn')
        ? insertEntry(context.template, deployment.body, 'DependsOn', methods.map((method) => method.logicalId), 'Type')
        : undefined;
      hits.push({
        message:
          `Deployment '${deployment.logicalId}' of REST API '${api!.logicalId}' does not depend on its methods ` +
          `(${methods.map((method) => method.logicalId).join(', ')}): CloudFormation may create it before them and API Gateway ` +
          'rejects a deployment of an API without methods',
        span: deployment.key.span,
        path: ['Resources', deployment.logicalId, 'DependsOn'],
        ...(edit ? { fixes: [{ title: 'Add DependsOn on the methods', edits: [edit], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};

/** CX1911: StageDescription without StageName. */
export const apiStageDescriptionWithoutName: CatalogueCheck = {
  id: 'CX1911',
  title: 'API Gateway Deployment has a StageDescription but no StageName',
  topics: ['T19'],
  severity: 'error',
  url: DEPLOYMENT_URL,
  rejection: { quote: 'To specify a stage description, you must also provide a stage name.', url: DEPLOYMENT_URL },
  explanation: {
    what:
      'StageDescription configures the stage the Deployment creates (logging, throttling, caching, canary, variables); that ' +
      'stage is only created when StageName is given, so a description without a name is refused.',
    exam:
      'stage settings can live on the Deployment (StageName + StageDescription) or, better for canaries and logging, on a ' +
      'separate AWS::ApiGateway::Stage that points at the deployment.',
  },
  resourceTypes: [DEPLOYMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const deployment of context.resources(DEPLOYMENT)) {
      const description = entryOf(deployment.properties, 'StageDescription');
      if (!description || intrinsicName(description.value) !== undefined || entryOf(deployment.properties, 'StageName')) continue;
      hits.push({
        message: `Deployment '${deployment.logicalId}' describes a stage (StageDescription) but names none: StageName is required with it`,
        span: description.key.span,
        path: ['Resources', deployment.logicalId, 'Properties', 'StageName'],
      });
    }
    return hits;
  },
};

/** CX1912: the same stage created twice, by a Deployment's StageName and by a Stage resource. */
export const apiStageCreatedTwice: CatalogueCheck = {
  id: 'CX1912',
  title: 'API Gateway stage created both by a Deployment StageName and by a Stage resource',
  topics: ['T19'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-stage.html',
  explanation: {
    what:
      'A Deployment with StageName creates that stage itself. An AWS::ApiGateway::Stage with the same StageName on the same ' +
      'API then tries to create a stage that already exists, and the stack fails on the conflict.',
    exam:
      'either let the Deployment create the stage, or (to manage canary settings, logging and variables) leave StageName off ' +
      'the Deployment and declare a Stage that references it with DeploymentId.',
  },
  resourceTypes: [DEPLOYMENT, STAGE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const stage of context.resources(STAGE)) {
      const name = literalString(valueOf(stage.properties, 'StageName'));
      const api = restApiOf(context, stage);
      if (name === undefined || !api) continue;
      const twin = context
        .resources(DEPLOYMENT)
        .find((deployment) => restApiOf(context, deployment)?.logicalId === api.logicalId && literalString(valueOf(deployment.properties, 'StageName')) === name);
      if (!twin) continue;
      hits.push({
        message:
          `Stage '${stage.logicalId}' creates stage '${name}' of REST API '${api.logicalId}', which Deployment '${twin.logicalId}' ` +
          'already creates with its StageName: the second create fails because the stage exists',
        span: entryOf(stage.properties, 'StageName')!.value.span,
        path: ['Resources', stage.logicalId, 'Properties', 'StageName'],
      });
    }
    return hits;
  },
};

