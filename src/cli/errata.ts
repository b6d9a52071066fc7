import { formatOf, isMap, parseTemplate, valueOf } from '../core';
import type { ComparedFinding } from './compare';

/**
 * Findings of cfn-lint 1.55.1 that are wrong, so that `npm run compare` can also show the figures
 * without them (the README's comparison section says why each is wrong). One kind so far: E1020 on a
 * `Ref` in `UpdatePolicy.CodeDeployLambdaAliasUpdate` to a resource the template declares. cfn-lint
 * allows only parameters there, but SAM itself writes `Ref` to the CodeDeploy application and
 * deployment group it creates, and such templates deploy.
 */
export function isCfnLintErratum(finding: ComparedFinding, templateText: string): boolean {
  const path = finding.path?.map(String) ?? [];
  if (finding.ruleId !== 'E1020' || path[2] !== 'UpdatePolicy' || path[3] !== 'CodeDeployLambdaAliasUpdate') return false;
  const named = /^'([^']+)' is not one of/.exec(finding.message)?.[1];
  return named !== undefined && declaredResources(templateText, finding.template).has(named);
}

function declaredResources(text: string, file: string): Set<string> {
  const template = parseTemplate(text, formatOf(undefined, file, text));
  const resources = valueOf(template.root, 'Resources');
  return new Set(isMap(resources) ? resources.entries.map((entry) => entry.key.value) : []);
}
