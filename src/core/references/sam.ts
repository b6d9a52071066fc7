/**
 * Resources the SAM transform generates and templates may refer to (see "Generated AWS CloudFormation
 * resources for AWS SAM" in the SAM developer guide). Their logical IDs start with the logical ID of
 * the serverless resource they come from (`MyFunctionRole`, `MyFunctionAliaslive`, `MyApiProdStage`,
 * `MyFunctionMyEventPermission`), or are shared implicit ones (`ServerlessRestApi`, `ServerlessHttpApi`,
 * their stages and deployments, the CodeDeploy application and role). `MyFunction.Alias` and
 * `MyFunction.Version` are SAM's referenceable properties.
 * CloudFormation modules (types ending in `::MODULE`) likewise add resources named after the module
 * (`MyModuleBucket`), which templates refer to as `MyModuleBucket` or `MyModule.Bucket`.
 */
import type { ReferenceIndex } from './referenceIndex';

const IMPLICIT_PREFIXES = ['ServerlessRestApi', 'ServerlessHttpApi'];
const IMPLICIT_NAMES = new Set(['ServerlessDeploymentApplication', 'CodeDeployServiceRole']);

export function isGeneratedName(index: ReferenceIndex, name: string): boolean {
  if (index.isSam && (IMPLICIT_NAMES.has(name) || IMPLICIT_PREFIXES.some((prefix) => name.startsWith(prefix)))) return true;
  const dot = name.indexOf('.');
  const base = dot < 0 ? name : name.slice(0, dot);
  return index.declarations.some(
    (declaration) =>
      declaration.kind === 'resource' &&
      isGenerator(index, declaration.detail) &&
      base.startsWith(declaration.name) &&
      (base !== declaration.name || dot >= 0),
  );
}

function isGenerator(index: ReferenceIndex, type: string | undefined): boolean {
  if (!type) return false;
  return type.endsWith('::MODULE') || (index.isSam && type.startsWith('AWS::Serverless::'));
}
