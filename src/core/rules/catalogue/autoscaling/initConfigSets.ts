/** T09: the config sets of AWS::CloudFormation::Init metadata, against the config keys and config sets it declares. */
import { isMap, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { initMetadata } from '../support/helperScripts';
import { intrinsicName, literalString } from '../support/values';

const INIT_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-init.html';
const OWNERS = ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::AutoScaling::AutoScalingGroup'];

/** A config set's entries: config key names, or `{ConfigSet: name}` for another config set; undefined where one is computed. */
function entriesOf(set: TemplateNode): { node: TemplateNode; key?: string; set?: string }[] | undefined {
  const items = isSeq(set) ? set.items : [set];
  const entries: { node: TemplateNode; key?: string; set?: string }[] = [];
  for (const item of items) {
    const key = literalString(item);
    const nested = isMap(item) && intrinsicName(item) === undefined ? literalString(valueOf(item, 'ConfigSet')) : undefined;
    if (key === undefined && nested === undefined) return undefined;
    entries.push({ node: item, key, set: nested });
  }
  return entries;
}

/** CX0918: a config set that lists a config key, or names a config set, the metadata does not declare. */
export const initConfigSetUnknownEntry: CatalogueCheck = {
  id: 'CX0918',
  title: 'cfn-init config set lists a config key or config set the metadata does not declare',
  topics: ['T09'],
  severity: 'warning',
  url: INIT_PAGE,
  explanation: {
    what:
      'In AWS::CloudFormation::Init metadata, configSets maps each config set to the config keys cfn-init runs, in order; an entry ' +
      '{ConfigSet: name} runs another config set. A name the metadata does not declare makes cfn-init fail on the instance, and with ' +
      'cfn-signal -e $? the CreationPolicy or rolling update fails the stack.',
    exam: 'config sets order the bootstrap (install, then configure, then start services) and let cfn-hup re-run part of it after a metadata update.',
    trap: 'config keys and config sets are case sensitive, and the default config set runs only the config key named config.',
  },
  resourceTypes: OWNERS,
  run(context) {
    const hits: CheckHit[] = [];
    for (const owner of context.resources(...OWNERS)) {
      const init = initMetadata(owner);
      const sets = valueOf(init, 'configSets');
      if (!isMap(init) || !isMap(sets)) continue;
      const keys = new Set(init.entries.map((entry) => entry.key.value).filter((name) => name !== 'configSets'));
      const setNames = new Set(sets.entries.map((entry) => entry.key.value));
      for (const set of sets.entries) {
        for (const entry of entriesOf(set.value) ?? []) {
          const missing = entry.key !== undefined && !keys.has(entry.key) ? `config key '${entry.key}'` : entry.set !== undefined && !setNames.has(entry.set) ? `config set '${entry.set}'` : undefined;
          if (missing) hits.push(hitOf(owner, set.key.value, missing, entry.node, init));
        }
      }
    }
    return hits;
  },
};

function hitOf(owner: ResourceDeclaration, set: string, missing: string, node: TemplateNode, init: MapNode): CheckHit {
  const declared = init.entries.map((entry) => entry.key.value).filter((name) => name !== 'configSets');
  return {
    message: `Config set '${set}' of the cfn-init metadata of '${owner.logicalId}' runs ${missing}, which the metadata does not declare (config keys: ${declared.join(', ') || 'none'}): cfn-init fails on the instance`,
    span: node.span,
    path: ['Resources', owner.logicalId, 'Metadata', 'AWS::CloudFormation::Init', 'configSets', set],
  };
}
