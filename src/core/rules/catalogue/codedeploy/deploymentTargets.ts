/** Which instances an EC2/on-premises deployment group selects by tags. */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName, literalBoolean, literalString } from '../support/values';
import { GROUP } from './deploymentGroupModel';

const TAG_SET_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-ec2tagset.html';
const TAGGING_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-tagging.html';

function isLiteralValue(node: TemplateNode | undefined): boolean {
  return node !== undefined && intrinsicName(node) === undefined;
}

/** CX0410: Ec2TagFilters and Ec2TagSet on one deployment group. */
export const codeDeployTagFiltersAndSet: CatalogueCheck = {
  id: 'CX0410',
  title: 'Deployment group sets both Ec2TagFilters and Ec2TagSet',
  topics: ['T04'],
  severity: 'error',
  url: TAG_SET_URL,
  rejection: { quote: 'EC2TagSet cannot be used in the same template as EC2TagFilter.', url: TAG_SET_URL },
  explanation: {
    what:
      'A deployment group selects EC2 instances either with Ec2TagFilters (an instance matching any filter is in) or with ' +
      'Ec2TagSet (tag groups that must all match); CodeDeploy accepts one or the other, not both.',
    exam:
      'in-place deployments to a standalone fleet find instances by tags: a single list of filters is OR, a tag set of up to ' +
      'three groups is AND between groups (for example Environment=prod AND Role=web).',
    trap: 'to require two tags at once you need Ec2TagSet with two groups; two entries in Ec2TagFilters select instances with either tag.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const filters = entryOf(group.properties, 'Ec2TagFilters');
      const set = entryOf(group.properties, 'Ec2TagSet');
      if (!filters || !set || !isLiteralValue(filters.value) || !isLiteralValue(set.value)) continue;
      hits.push({
        message: `Deployment group '${group.logicalId}' sets both Ec2TagFilters and Ec2TagSet: CodeDeploy accepts only one way to select instances`,
        span: set.key.span,
        path: ['Resources', group.logicalId, 'Properties', 'Ec2TagSet'],
      });
    }
    return hits;
  },
};

interface Tag {
  key: string;
  value: string;
}

/** Literal tags an instance of this resource gets at launch; undefined when some are computed. */
function launchTags(context: CheckContext, resource: ResourceDeclaration): Tag[] | undefined {
  if (resource.type === 'AWS::EC2::Instance') return literalTags(valueOf(resource.properties, 'Tags'));
  const tags = valueOf(resource.properties, 'Tags');
  const own = literalTags(tags, (tag) => literalBoolean(valueOf(tag, 'PropagateAtLaunch')) === true);
  const template = context.referenced(valueOf(valueOf(resource.properties, 'LaunchTemplate'), 'LaunchTemplateId'));
  const specifications = template ? valueOf(valueOf(template.properties, 'LaunchTemplateData'), 'TagSpecifications') : undefined;
  if (specifications === undefined) return own;
  if (!isSeq(specifications) || !own) return undefined;
  const fromTemplate = specifications.items
    .filter((item) => literalString(valueOf(item, 'ResourceType')) === 'instance')
    .map((item) => literalTags(valueOf(item, 'Tags')));
  return fromTemplate.every((list) => list !== undefined) ? [...own, ...fromTemplate.flat() as Tag[]] : undefined;
}

/** The logical ids of the Auto Scaling groups a deployment group names in AutoScalingGroups. */
function claimedGroups(context: CheckContext, group: ResourceDeclaration): string[] {
  const groups = valueOf(group.properties, 'AutoScalingGroups');
  if (!isSeq(groups)) return [];
  return groups.items.flatMap((item) => context.referenced(item)?.logicalId ?? []);
}

function literalTags(node: TemplateNode | undefined, keep: (tag: MapNode) => boolean = () => true): Tag[] | undefined {
  if (node === undefined) return [];
  if (!isSeq(node)) return undefined;
  const tags: Tag[] = [];
  for (const item of node.items) {
    const key = literalString(valueOf(item, 'Key'));
    const value = literalString(valueOf(item, 'Value'));
    if (!isMap(item) || key === undefined || value === undefined) return undefined;
    if (keep(item)) tags.push({ key, value });
  }
  return tags;
}

function matches(filter: MapNode, tags: Tag[]): boolean | undefined {
  const key = valueOf(filter, 'Key');
  const value = valueOf(filter, 'Value');
  const keyText = literalString(key);
  const valueText = literalString(value);
  if ((key !== undefined && keyText === undefined) || (value !== undefined && valueText === undefined)) return undefined;
  const type = literalString(valueOf(filter, 'Type')) ?? (keyText !== undefined && valueText !== undefined ? 'KEY_AND_VALUE' : keyText !== undefined ? 'KEY_ONLY' : 'VALUE_ONLY');
  return tags.some(
    (tag) =>
      (type === 'VALUE_ONLY' || tag.key === keyText) && (type === 'KEY_ONLY' || tag.value === valueText),
  );
}

/** CX0411: the group's tag filters select none of the instances this template launches. */
export const codeDeployTagFiltersMatchNothing: CatalogueCheck = {
  id: 'CX0411',
  title: 'Deployment group tag filters match none of the template\'s instances',
  topics: ['T04'],
  severity: 'warning',
  url: TAGGING_URL,
  explanation: {
    what:
      'CodeDeploy deploys to the instances whose tags match the group\'s Ec2TagFilters at the time of the deployment. Tag keys ' +
      'and values are case-sensitive; when no instance matches, the deployment has no targets and fails.',
    exam:
      'in-place deployments to standalone EC2 instances are targeted by tags (Name, Environment, Application); the instances ' +
      'also need the CodeDeploy agent and an instance profile that can read the revision from S3.',
    scenario: 'deploy the new revision to every production web server tagged Environment=Production',
    trap: 'an Auto Scaling group propagates a tag to its instances only with PropagateAtLaunch true.',
  },
  resourceTypes: [GROUP, 'AWS::EC2::Instance', 'AWS::AutoScaling::AutoScalingGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    // A group another deployment group deploys is not this group's fleet: the tag filters may target instances outside the stack.
    const claimed = new Set(context.resources(GROUP).flatMap((group) => claimedGroups(context, group)));
    const fleet = context.resources('AWS::EC2::Instance', 'AWS::AutoScaling::AutoScalingGroup').filter((resource) => !claimed.has(resource.logicalId));
    if (fleet.length === 0) return hits;
    const tagLists = fleet.map((resource) => launchTags(context, resource));
    if (tagLists.some((tags) => tags === undefined)) return hits;
    for (const group of context.resources(GROUP)) {
      const filters = entryOf(group.properties, 'Ec2TagFilters');
      if (!filters || !isSeq(filters.value) || valueOf(group.properties, 'AutoScalingGroups') !== undefined) continue;
      const results = filters.value.items.flatMap((filter) => tagLists.map((tags) => (isMap(filter) ? matches(filter, tags!) : undefined)));
      if (results.length === 0 || results.some((result) => result !== false)) continue;
      hits.push({
        message:
          `The Ec2TagFilters of deployment group '${group.logicalId}' match none of the instances this template launches: the ` +
          'deployment finds no instances (tags are case-sensitive)',
        span: filters.key.span,
        path: ['Resources', group.logicalId, 'Properties', 'Ec2TagFilters'],
      });
    }
    return hits;
  },
};
