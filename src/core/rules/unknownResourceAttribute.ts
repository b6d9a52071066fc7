import { finding, type Finding, type Fix } from '../findings';
import { isSeq, isString, valueOf, type TemplateNode } from '../model';
import { closestName } from '../schema/suggest';
import { hasBrokenSyntax } from '../schema/parseState';
import { removeEntry } from './support/edits';
import { resourceRule, type Rule } from './rule';

/** The keys a resource may have. */
export const RESOURCE_ATTRIBUTES: readonly string[] = [
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'Metadata',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'UpdatePolicy',
  'CreationPolicy',
];

/** Accepted for old templates (custom resources' `Version: "1.0"` in AWS's samples), never offered. */
const LEGACY_RESOURCE_KEYS: readonly string[] = ['Version'];

/**
 * Not documented, but CloudFormation accepts it and ignores it: AWS CodeStar wrote it on every resource
 * of the templates it generated, and AWS's Elastic Beanstalk snippets use it (the CDK reads it as a resource attribute).
 */
const IGNORED_RESOURCE_KEYS: readonly string[] = ['Description'];

/**
 * `Controls` on a Config rule belongs to AWS Config conformance packs (the compliance controls a rule maps
 * to, ConformancePackRuleCompliance.Controls): AWS Config deploys such a template, a plain stack does not.
 */
function isConformancePackKey(key: string, type: string | undefined): boolean {
  return key === 'Controls' && type === 'AWS::Config::ConfigRule';
}

/** What the SAM transform adds: connectors declared on a resource, and opting out of Globals. */
export const SAM_RESOURCE_ATTRIBUTES: readonly string[] = ['Connectors', 'IgnoreGlobals'];

export const unknownResourceAttributeRule: Rule = resourceRule({
  id: 'E3001',
  description: 'Resources may only have the keys CloudFormation knows',
  otherIds: { W3001: 'Resource keys that do nothing in a stack: a Description beside Type, keys the SAM transform drops, a conformance pack\'s Controls' },
  check(resource, template) {
    const body = resource.body;
    // A macro (Fn::Transform) may rewrite the resource; a module has its own keys.
    if (hasBrokenSyntax(template) || !body || body.entries.some((entry) => entry.key.value === 'Fn::Transform') || resource.type?.endsWith('::MODULE')) {
      return [];
    }
    const sam = hasSamTransform(valueOf(template.root, 'Transform'));
    const allowed = sam ? [...RESOURCE_ATTRIBUTES, ...SAM_RESOURCE_ATTRIBUTES] : RESOURCE_ATTRIBUTES;
    // The SAM transform copies only the attributes it knows from its own resource types and drops the
    // rest before CloudFormation sees the template: an unknown key there does nothing, but fails nothing.
    const dropped = sam && resource.type?.startsWith('AWS::Serverless::') === true;
    const findings: Finding[] = [];
    for (const entry of body.entries) {
      const key = entry.key.value;
      if (allowed.includes(key) || LEGACY_RESOURCE_KEYS.includes(key)) continue;
      const suggestion = closestName(key, allowed);
      const ignored = !dropped && IGNORED_RESOURCE_KEYS.includes(key);
      const pack = isConformancePackKey(key, resource.type);
      const message =
        `Unknown resource attribute '${key}'` +
        (dropped ? ': the SAM transform drops it, so it has no effect' : '') +
        (pack ? ': an attribute of AWS Config conformance packs; deploy this template as a conformance pack, not as a stack' : '') +
        (ignored ? ': CloudFormation accepts it on a resource but does nothing with it (a Description property, where the type has one, goes under Properties)' : '') +
        (suggestion && !ignored && !pack ? `. Did you mean '${suggestion}'?` : '');
      const found =
        dropped || ignored || pack
          ? finding('W3001', 'warning', message, entry.key.span, ['Resources', resource.logicalId, key])
          : finding('E3001', 'error', message, entry.key.span, ['Resources', resource.logicalId, key]);
      const fixes: Fix[] = [];
      if (suggestion && !body.entries.some((other) => other.key.value === suggestion)) {
        const newText = template.text.slice(entry.key.span.start, entry.key.span.end).replace(key, suggestion);
        fixes.push({ title: `Change to '${suggestion}'`, edits: [{ span: entry.key.span, newText }], preferred: true });
      }
      const removal = removeEntry(template, body, entry);
      if (removal) fixes.push({ title: `Remove '${key}'`, edits: [removal] });
      if (fixes.length) found.fixes = fixes;
      findings.push(found);
    }
    return findings;
  },
});

export function hasSamTransform(transform: TemplateNode | undefined): boolean {
  if (isString(transform)) return transform.value.startsWith('AWS::Serverless');
  return isSeq(transform) && transform.items.some(hasSamTransform);
}
