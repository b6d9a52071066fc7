/** What a CodeBuild project's template says about its build: the inline buildspec, environment and role. */
import { isMap, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../types';
import { mentionedNames, templateText } from '../support/mentions';

export const PROJECT = 'AWS::CodeBuild::Project';

/** The inline buildspec text; undefined when there is none, it is computed, or it names a file in the source. */
export function inlineBuildSpec(project: ResourceDeclaration): string | undefined {
  const text = templateText(valueOf(valueOf(project.properties, 'Source'), 'BuildSpec'));
  // a buildspec file path is one line; an inline buildspec has phases
  return text !== undefined && /\n/.test(text) && /phases\s*:/.test(text) ? text : undefined;
}

const DOCKER_COMMAND = /(^|[\s;&|`(])docker(-compose)?\s+(build|push|login|run|tag|buildx|compose|pull)\b/m;

export function runsDocker(buildSpec: string): boolean {
  return DOCKER_COMMAND.test(buildSpec);
}

export function pushesImage(buildSpec: string): boolean {
  return /(^|[\s;&|`(])docker\s+(push|buildx\s+build[^\n]*--push)\b/m.test(buildSpec);
}

export function environmentOf(project: ResourceDeclaration): MapNode | undefined {
  const environment = valueOf(project.properties, 'Environment');
  return isMap(environment) ? environment : undefined;
}

/** The IAM role of this template the project runs as, if its ServiceRole names one. */
export function serviceRole(context: CheckContext, project: ResourceDeclaration): ResourceDeclaration | undefined {
  const role = context.referenced(valueOf(project.properties, 'ServiceRole'));
  return role?.type === 'AWS::IAM::Role' ? role : undefined;
}

/** Whether the buildspec or the project's environment variables point at Amazon ECR. */
export function targetsEcr(context: CheckContext, project: ResourceDeclaration, buildSpec: string): boolean {
  if (/dkr\.ecr|ecr\s+get-login|ecr-public/.test(buildSpec)) return true;
  const variables: TemplateNode | undefined = valueOf(environmentOf(project), 'EnvironmentVariables');
  return [...mentionedNames(variables)].some((name) => context.resource(name)?.type === 'AWS::ECR::Repository');
}

export const CODEBUILD_DOCKER_URL = 'https://docs.aws.amazon.com/codebuild/latest/userguide/sample-docker.html';
export const CODEBUILD_ENVIRONMENT_URL =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codebuild-project-environment.html';
