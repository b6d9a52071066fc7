/** Docker builds in CodeBuild need privileged mode: buildspecs that run docker, and the Docker layer cache. */
import type { Fix } from '../../../findings';
import { entryOf, isScalar, isSeq, valueOf, type MapNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalBoolean, literalString } from '../support/values';
import { CODEBUILD_ENVIRONMENT_URL, environmentOf, inlineBuildSpec, PROJECT, runsDocker } from './codeBuildModel';

/** 'off' when PrivilegedMode is left out or false; 'on' when true; 'unknown' when computed. */
function privilegedMode(environment: MapNode): 'on' | 'off' | 'unknown' {
  const node = valueOf(environment, 'PrivilegedMode');
  if (node === undefined) return 'off';
  const value = literalBoolean(node);
  return value === undefined ? 'unknown' : value ? 'on' : 'off';
}

function privilegedFix(context: CheckContext, environment: MapNode): Fix[] {
  const entry = entryOf(environment, 'PrivilegedMode');
  const edit = entry
    ? isScalar(entry.value) ? replaceScalar(context.template, entry.value, true) : undefined
    : insertEntry(context.template, environment, 'PrivilegedMode', true, 'ComputeType');
  return edit ? [{ title: 'Turn on PrivilegedMode', edits: [edit], preferred: true }] : [];
}

function environmentPath(project: ResourceDeclaration): (string | number)[] {
  return ['Resources', project.logicalId, 'Properties', 'Environment', 'PrivilegedMode'];
}

const LAMBDA_COMPUTE = ['LINUX_LAMBDA_CONTAINER', 'ARM_LAMBDA_CONTAINER'];

/** The curated images with Docker that CodeBuild offered before its standard images (which need PrivilegedMode for docker). */
const RETIRED_DOCKER_IMAGE = 'aws/codebuild/docker:';

/** CX0310: the inline buildspec runs docker but the build container is not privileged. */
export const codeBuildDockerPrivileged: CatalogueCheck = {
  id: 'CX0310',
  title: 'CodeBuild buildspec runs docker without PrivilegedMode',
  topics: ['T03'],
  severity: 'warning',
  url: CODEBUILD_ENVIRONMENT_URL,
  explanation: {
    what:
      'CodeBuild runs the build in a container; docker build, docker push and friends talk to a Docker daemon that only starts ' +
      'when the environment has PrivilegedMode true. Without it the build fails at the first docker command, for example ' +
      '"Cannot connect to the Docker daemon".',
    exam:
      'building a container image and pushing it to ECR from CodeBuild is privileged mode, an ECR login with aws ecr ' +
      'get-login-password, docker build/tag/push, and an imagedefinitions.json (or imageDetail.json) artifact for the ECS deploy.',
    scenario: 'build the Docker image in CodeBuild and push it to Amazon ECR on every commit',
    trap: 'privileged mode is a property of the build environment, not a buildspec setting; and Lambda compute types cannot run Docker at all.',
  },
  resourceTypes: [PROJECT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const buildSpec = inlineBuildSpec(project);
      const environment = environmentOf(project);
      if (!buildSpec || !environment || !runsDocker(buildSpec) || privilegedMode(environment) !== 'off') continue;
      if (LAMBDA_COMPUTE.includes(literalString(valueOf(environment, 'Type')) ?? '')) continue;
      const fixes = privilegedFix(context, environment);
      // The retired aws/codebuild/docker images started their own daemon: there the trouble is the image.
      const image = literalString(valueOf(environment, 'Image')) ?? '';
      const reason = image.startsWith(RETIRED_DOCKER_IMAGE)
        ? `on ${image}, a curated Docker image CodeBuild retired: on a current image (aws/codebuild/standard) docker needs PrivilegedMode true`
        : 'but its environment is not privileged: the build fails because no Docker daemon runs without PrivilegedMode true';
      hits.push({
        message: `The buildspec of project '${project.logicalId}' runs docker, ${reason}`,
        span: (entryOf(environment, 'PrivilegedMode') ?? entryOf(project.properties, 'Environment')!).key.span,
        path: environmentPath(project),
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
    return hits;
  },
};

/** CX0311: the Docker layer cache without privileged mode. */
export const codeBuildDockerCache: CatalogueCheck = {
  id: 'CX0311',
  title: 'CodeBuild Docker layer cache without PrivilegedMode',
  topics: ['T03'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codebuild-project-projectcache.html',
  explanation: {
    what:
      'The LOCAL_DOCKER_LAYER_CACHE mode keeps Docker image layers on the build host between builds. It works only for Docker ' +
      'builds, which need the privileged flag; without PrivilegedMode the cache is never used and docker commands fail.',
    exam:
      'faster container builds come from a local Docker layer cache (same host, short-lived) or an S3 cache for dependencies; ' +
      'both are set on the project, not in the buildspec.',
  },
  resourceTypes: [PROJECT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const modes = valueOf(valueOf(project.properties, 'Cache'), 'Modes');
      const environment = environmentOf(project);
      if (!isSeq(modes) || !environment || privilegedMode(environment) !== 'off') continue;
      const index = modes.items.findIndex((item) => literalString(item) === 'LOCAL_DOCKER_LAYER_CACHE');
      if (index < 0) continue;
      const fixes = privilegedFix(context, environment);
      hits.push({
        message:
          `Project '${project.logicalId}' caches Docker layers (LOCAL_DOCKER_LAYER_CACHE) but its environment is not privileged: ` +
          'the cache needs PrivilegedMode true',
        span: modes.items[index].span,
        path: ['Resources', project.logicalId, 'Properties', 'Cache', 'Modes', index],
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
    return hits;
  },
};
