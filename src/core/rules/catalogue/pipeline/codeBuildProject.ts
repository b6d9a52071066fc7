/** CodeBuild project settings: secrets in plain environment variables, and a project without source or buildspec. */
import { entryOf, isMap, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysGiven, alwaysOneOf, intrinsicName, literalBoolean, literalString, neverOneOf } from '../support/values';
import { environmentOf, PROJECT } from './codeBuildModel';
import { isSecretName } from '../../exam/secretNames';

const ENV_URL = 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html';
const NO_SOURCE_URL = 'https://docs.aws.amazon.com/codebuild/latest/userguide/no-source.html';

/** CX0314: a secret-looking PLAINTEXT environment variable with its value written in the template. */
export const codeBuildPlaintextSecret: CatalogueCheck = {
  id: 'CX0314',
  title: 'CodeBuild environment variable holds a secret as PLAINTEXT',
  topics: ['T03', 'T21'],
  severity: 'warning',
  url: ENV_URL,
  explanation: {
    what:
      'PLAINTEXT environment variables are stored in the project and shown to anyone who can view it in the console or call ' +
      'BatchGetProjects, including values CloudFormation resolved from a dynamic reference. Type PARAMETER_STORE or ' +
      'SECRETS_MANAGER makes CodeBuild fetch the value at build time with the service role instead.',
    exam:
      'secrets for builds (registry passwords, API tokens) live in Secrets Manager or Parameter Store SecureString and reach the ' +
      'build as PARAMETER_STORE / SECRETS_MANAGER variables or the buildspec env section; the service role needs read access ' +
      'and kms:Decrypt.',
    scenario: 'the Docker Hub password must not be visible to developers who can view the build project',
    trap:
      'a {{resolve:secretsmanager:…}} reference or a NoEcho parameter in a PLAINTEXT variable still ends up readable in the project ' +
      'configuration: NoEcho masks the value in CloudFormation, not in CodeBuild.',
  },
  resourceTypes: [PROJECT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const variables = valueOf(environmentOf(project), 'EnvironmentVariables');
      if (!isSeq(variables)) continue;
      for (const [index, variable] of variables.items.entries()) {
        const name = literalString(valueOf(variable, 'Name'));
        const type = valueOf(variable, 'Type');
        const value = valueOf(variable, 'Value');
        if (!name || !value) continue;
        if (type !== undefined && !alwaysOneOf(context, type, ['PLAINTEXT'])) continue;
        // A NoEcho parameter is a secret whatever the variable is called; CloudFormation hides it, the project does not.
        const hidden = noEchoParameter(context, value);
        // A name, path or ARN of a parameter or secret (`DB_PASSWORD_PARAMETER_NAME`, `arn:…:secret:…`) is what a build looks up: no secret.
        const written = isString(value) && value.value.trim() !== '' && !value.value.startsWith('arn:') && isSecretName(name);
        if (!hidden && !written) continue;
        hits.push({
          message: hidden
            ? `Environment variable '${name}' of project '${project.logicalId}' is PLAINTEXT with the value of NoEcho parameter ` +
              `'${hidden}': NoEcho hides it in CloudFormation only, the project stores and shows it; use Type SECRETS_MANAGER or PARAMETER_STORE`
            : `Environment variable '${name}' of project '${project.logicalId}' is PLAINTEXT with its value in the template: use ` +
              'Type SECRETS_MANAGER or PARAMETER_STORE so the secret is not stored in the project',
          span: value.span,
          path: ['Resources', project.logicalId, 'Properties', 'Environment', 'EnvironmentVariables', index, 'Value'],
        });
      }
    }
    return hits;
  },
};

/** The name of the NoEcho parameter the value is a `Ref` to. */
function noEchoParameter(context: CheckContext, value: TemplateNode): string | undefined {
  if (intrinsicName(value) !== 'Ref') return undefined;
  const name = literalString(valueOf(value, 'Ref'));
  const parameter = name === undefined ? undefined : context.parameter(name);
  const noEcho = valueOf(parameter, 'NoEcho');
  return noEcho !== undefined && (literalBoolean(noEcho) === true || literalString(noEcho)?.toLowerCase() === 'true') ? name : undefined;
}

/** CX0315: a NO_SOURCE project without an inline buildspec. */
export const codeBuildNoSourceBuildSpec: CatalogueCheck = {
  id: 'CX0315',
  title: 'CodeBuild project of source type NO_SOURCE without a BuildSpec',
  topics: ['T03'],
  severity: 'error',
  url: NO_SOURCE_URL,
  rejection: {
    quote:
      'When your source type is NO_SOURCE, you cannot specify a buildspec file because your project does not have a source. ' +
      'Instead, you must specify a YAML-formatted buildspec string in the buildspec attribute',
    url: NO_SOURCE_URL,
  },
  explanation: {
    what:
      'Without a source there is no buildspec.yml to read, so a NO_SOURCE project must carry the whole buildspec inline in ' +
      'Source.BuildSpec; CodeBuild refuses the project otherwise.',
    exam:
      'a buildspec lives in the source root (buildspec.yml), in another file named by BuildSpec, or inline in the project; ' +
      'NO_SOURCE projects (scheduled jobs, pipeline helpers) can only use the inline form.',
  },
  resourceTypes: [PROJECT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const source = valueOf(project.properties, 'Source');
      const type = valueOf(source, 'Type');
      if (!isMap(source) || type === undefined || !alwaysOneOf(context, type, ['NO_SOURCE'])) continue;
      if (entryOf(source, 'BuildSpec') !== undefined) continue;
      hits.push({
        message: `Project '${project.logicalId}' has no source (NO_SOURCE) and no BuildSpec: CodeBuild needs the buildspec inline`,
        span: type.span,
        path: ['Resources', project.logicalId, 'Properties', 'Source', 'BuildSpec'],
      });
    }
    return hits;
  },
};

const COMPUTE_API = 'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectEnvironment.html';
const LAMBDA_COMPUTE = ['BUILD_LAMBDA_1GB', 'BUILD_LAMBDA_2GB', 'BUILD_LAMBDA_4GB', 'BUILD_LAMBDA_8GB', 'BUILD_LAMBDA_10GB'];
const LAMBDA_ENVIRONMENTS = ['LINUX_LAMBDA_CONTAINER', 'ARM_LAMBDA_CONTAINER'];

/** CX0316: a Lambda compute type on an environment type that is not a Lambda one. */
export const codeBuildLambdaComputeType: CatalogueCheck = {
  id: 'CX0316',
  title: 'CodeBuild Lambda compute type on a non-Lambda environment type',
  topics: ['T03'],
  severity: 'error',
  url: COMPUTE_API,
  rejection: {
    quote: 'BUILD_LAMBDA_1GB: Use up to 1 GiB memory for builds. Only available for environment type LINUX_LAMBDA_CONTAINER and ARM_LAMBDA_CONTAINER.',
    url: COMPUTE_API,
  },
  explanation: {
    what:
      'CodeBuild runs BUILD_LAMBDA_* compute types on AWS Lambda, which only the LINUX_LAMBDA_CONTAINER and ARM_LAMBDA_CONTAINER ' +
      'environment types (with a Lambda image such as aws/codebuild/amazonlinux-x86_64-lambda-standard) provide; with ' +
      'LINUX_CONTAINER or another EC2 type CodeBuild refuses the project.',
    exam:
      'Lambda compute starts builds in seconds and needs no queue, but it cannot run Docker (no privileged mode), has no ' +
      'local caching and a 15-minute limit: container image builds stay on EC2 compute (BUILD_GENERAL1_*).',
    scenario: 'speed up short build and test jobs that do not build container images',
    trap: 'the compute type and the environment type change together: a Lambda compute type needs a Lambda environment type and image.',
  },
  resourceTypes: [PROJECT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const environment = environmentOf(project);
      const compute = valueOf(environment, 'ComputeType');
      const type = valueOf(environment, 'Type');
      if (!compute || !alwaysGiven(compute) || !alwaysOneOf(context, compute, LAMBDA_COMPUTE)) continue;
      if (!type || !alwaysGiven(type) || !neverOneOf(context, type, LAMBDA_ENVIRONMENTS)) continue;
      hits.push({
        message:
          `Project '${project.logicalId}' uses a Lambda compute type with environment type ${literalString(type) ?? 'that is not a Lambda one'}: ` +
          'CodeBuild accepts BUILD_LAMBDA_* only with LINUX_LAMBDA_CONTAINER or ARM_LAMBDA_CONTAINER (and a Lambda image)',
        span: compute.span,
        path: ['Resources', project.logicalId, 'Properties', 'Environment', 'ComputeType'],
      });
    }
    return hits;
  },
};

const ARTIFACTS_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codebuild-project-artifacts.html';

/** CX0317: CODEPIPELINE is the type of a project's main artifacts only. */
export const codeBuildSecondaryPipelineArtifact: CatalogueCheck = {
  id: 'CX0317',
  title: 'CodeBuild secondary artifact of type CODEPIPELINE',
  topics: ['T03', 'T02'],
  severity: 'error',
  url: ARTIFACTS_PAGE,
  rejection: { quote: 'The CODEPIPELINE type is not supported for secondaryArtifacts.', url: ARTIFACTS_PAGE },
  explanation: {
    what:
      'In a pipeline, CodeBuild hands its main artifacts (Artifacts with Type CODEPIPELINE) to CodePipeline, which names the output ' +
      'artifacts of the action. Secondary artifacts are stored by CodeBuild itself, in S3, and cannot be of type CODEPIPELINE.',
    exam:
      'a build action with several outputs lists them as the action\'s OutputArtifacts; the buildspec names each one in secondary-artifacts, ' +
      'and the project keeps Artifacts Type CODEPIPELINE.',
  },
  resourceTypes: [PROJECT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const secondary = valueOf(project.properties, 'SecondaryArtifacts');
      if (!isSeq(secondary)) continue;
      secondary.items.forEach((artifact, index) => {
        const type = isMap(artifact) ? valueOf(artifact, 'Type') : undefined;
        if (!type || !alwaysOneOf(context, type, ['CODEPIPELINE'])) return;
        hits.push({
          message: `Secondary artifact ${index + 1} of CodeBuild project '${project.logicalId}' has Type CODEPIPELINE: secondary artifacts go to S3 (Type S3) or nowhere (NO_ARTIFACTS)`,
          span: type.span,
          path: ['Resources', project.logicalId, 'Properties', 'SecondaryArtifacts', index, 'Type'],
        });
      });
    }
    return hits;
  },
};
