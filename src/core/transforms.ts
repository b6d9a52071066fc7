import { isMap, isSeq, isString, valueOf, type TemplateNode } from './model';

/**
 * Transforms of AWS's whose effect the analysis models: SAM (its types are checked as written), the
 * language extensions (Fn::ForEach, Fn::Length…), the Secrets Manager rotation and CodeDeploy
 * blue/green hooks. Any other (a macro of one's own, AWS::Include) may rewrite anything.
 */
const MODELLED_TRANSFORMS = new Set([
  'AWS::Serverless-2016-10-31',
  'AWS::LanguageExtensions',
  'AWS::SecretsManager-2020-07-23',
  'AWS::SecretsManager-2024-09-16',
  'AWS::CodeDeployBlueGreen',
]);

/** `Transform: AWS::LanguageExtensions`, alone or in the list of transforms. */
export function declaresLanguageExtensions(root: TemplateNode | undefined): boolean {
  const transform = valueOf(root, 'Transform');
  const names = isSeq(transform) ? transform.items : [transform];
  return names.some((name) => isString(name) && name.value === 'AWS::LanguageExtensions');
}

/**
 * The template names a transform outside those (by name, or as `{Name, Parameters}`): CloudFormation
 * checks what that macro returns, not what is written.
 */
export function hasMacro(root: TemplateNode | undefined): boolean {
  const transform = valueOf(root, 'Transform');
  const names = isSeq(transform) ? transform.items : transform ? [transform] : [];
  return names.some((name) => isMap(name) || (isString(name) && !MODELLED_TRANSFORMS.has(name.value))) || splicesSection(root);
}

/**
 * An `Fn::Transform` written as an entry of a section (`Resources: {'Fn::Transform': {Name: AWS::Include, …}}`)
 * splices in entries the template does not show, so the section as written is not what CloudFormation checks.
 */
function splicesSection(root: TemplateNode | undefined): boolean {
  return isMap(root) && root.entries.some((section) => isMap(section.value) && section.value.entries.some((entry) => entry.key.value === 'Fn::Transform'));
}
