/** CodeBuild project settings: secrets in plain environment variables, and a project without source or buildspec. */
import { entryOf, isMap, isSeq, isString, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysOneOf, literalString } from '../support/values';
import { environmentOf, PROJECT } from './codeBuildModel';

const ENV_URL = 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html';
const NO_SOURCE_URL = 'https://docs.aws.amazon.com/codebuild/latest/userguide/no-source.html';
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;

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
    trap: 'a {{resolve:secretsmanager:…}} reference in a PLAINTEXT variable still ends up readable in the project configuration.',
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
        if (!name || !SECRET_NAME.test(name) || !isString(value) || value.value.trim() === '') continue;
        if (type !== undefined && !alwaysOneOf(context, type, ['PLAINTEXT'])) continue;
        hits.push({
          message:
            `Environment variable '${name}' of project '${project.logicalId}' is PLAINTEXT with its value in the template: use ` +
            'Type SECRETS_MANAGER or PARAMETER_STORE so the secret is not stored in the project',
          span: value.span,
          path: ['Resources', project.logicalId, 'Properties', 'Environment', 'EnvironmentVariables', index, 'Value'],
        });
      }
    }
    return hits;
  },
};

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
