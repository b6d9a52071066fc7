import type { Finding } from './findings';
import { isSeq, isString, nodeAt, type TemplateNode } from './model';
import { resourceById } from './sections';

const IGNORE_CHECKS = ['Metadata', 'cfn-lint', 'config', 'ignore_checks'];

/**
 * cfn-lint's own way to silence rules, honoured the same way: `Metadata.cfn-lint.config.ignore_checks`
 * at the template's top level applies everywhere, on a resource to that resource's findings.
 * Entries are rule ids or prefixes (`W` silences every warning rule).
 */
export function withoutIgnoredChecks(root: TemplateNode | undefined, findings: Finding[]): Finding[] {
  const global = ignoredAt(root);
  const byResource = new Map<string, string[]>();
  const ignoredIn = (logicalId: string): string[] => {
    let ignored = byResource.get(logicalId);
    if (!ignored) byResource.set(logicalId, (ignored = ignoredAt(resourceById(root, logicalId)?.body)));
    return ignored;
  };
  return findings.filter((found) => {
    if (matches(global, found.ruleId)) return false;
    const [section, logicalId] = found.path ?? [];
    if (section !== 'Resources' || typeof logicalId !== 'string') return true;
    return !matches(ignoredIn(logicalId), found.ruleId);
  });
}

/** The checks ignored in the Metadata of this map (the template's root, or a resource's own map). */
function ignoredAt(map: TemplateNode | undefined): string[] {
  const list = nodeAt(map, IGNORE_CHECKS);
  if (!isSeq(list)) return [];
  return list.items.filter(isString).map((item) => item.value);
}

function matches(ignored: string[], ruleId: string): boolean {
  return ignored.some((entry) => ruleId.startsWith(entry));
}
