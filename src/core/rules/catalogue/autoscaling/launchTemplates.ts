/** T07 checks on launch templates and the versions groups use. */
import type { TextEdit } from '../../../findings';
import { entryOf, isScalar, nodeAt, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { alwaysPresent, GROUP, launchTemplateOf, launchTemplateSpecifications, listItems, propertyPath } from './groups';
import { literalString } from '../support/values';

const LT_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-launchtemplatedata.html';
const SPEC_PAGE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-autoscalinggroup-launchtemplatespecification.html';

/** CX0711: `$Latest` / `$Default` as the launch template version of a group. */
export const launchTemplateVersionKeyword: CatalogueCheck = {
  id: 'CX0711',
  title: 'Auto Scaling group names its launch template version as $Latest or $Default',
  topics: ['T07', 'T09'],
  severity: 'error',
  url: SPEC_PAGE,
  rejection: {
    quote: 'Specifying $Latest or $Default for the template version number is not supported.',
    url: SPEC_PAGE,
  },
  explanation: {
    what:
      'The EC2 Auto Scaling API accepts $Latest and $Default, but CloudFormation does not: the group must name a version number. ' +
      'Fn::GetAtt on the launch template gives LatestVersionNumber or DefaultVersionNumber.',
    exam:
      'with Version: !GetAtt LaunchTemplate.LatestVersionNumber, every change to the launch template is a change to the group, so ' +
      'its UpdatePolicy (rolling or replacing update) rolls the new version out; a fixed keyword would hide the change from CloudFormation.',
    scenario: 'a new AMI in the launch template must reach the running instances with the next stack update',
    trap: 'the version keywords work in the console and the CLI, which is why they end up in templates.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      for (const { node, path } of launchTemplateSpecifications(group)) {
        const version = valueOf(node, 'Version');
        const keyword = literalString(version);
        if (!isScalar(version) || (keyword !== '$Latest' && keyword !== '$Default')) continue;
        const template = launchTemplateOf(context, node);
        const attribute = keyword === '$Latest' ? 'LatestVersionNumber' : 'DefaultVersionNumber';
        const edit = template ? getAttEdit(context, version, template.logicalId, attribute) : undefined;
        hits.push({
          message:
            `Auto Scaling group '${group.logicalId}' uses launch template version ${keyword}: CloudFormation needs a version number ` +
            `(use Fn::GetAtt ${template?.logicalId ?? '<LaunchTemplate>'}.${attribute})`,
          span: version.span,
          path: propertyPath(group, ...path, 'Version'),
          ...(edit ? { fixes: [{ title: `Use !GetAtt ${template!.logicalId}.${attribute}`, edits: [edit], preferred: true }] } : {}),
        });
      }
    }
    return hits;
  },
};

function getAttEdit(context: CheckContext, node: TemplateNode, logicalId: string, attribute: string): TextEdit {
  const newText =
    context.template.format === 'json'
      ? JSON.stringify({ 'Fn::GetAtt': [logicalId, attribute] })
      : `!GetAtt ${logicalId}.${attribute}`;
  return { span: node.span, newText };
}

/**
 * CX0712: a launch template with network interfaces and instance-level security groups. A warning: EC2
 * stores the launch template as written and refuses only the launches from it (the reference: "If you
 * specify a network interface, you must specify any security groups as part of the network interface
 * instead."), and an Auto Scaling group that launches nothing is still created.
 */
export const launchTemplateInterfaceSecurityGroups: CatalogueCheck = {
  id: 'CX0712',
  title: 'Launch template sets security groups beside its network interfaces',
  topics: ['T07'],
  severity: 'warning',
  url: LT_PAGE,
  explanation: {
    what:
      'When LaunchTemplateData lists NetworkInterfaces, the security groups belong in each interface (Groups); SecurityGroupIds or ' +
      'SecurityGroups beside them make every launch from the template fail, so the Auto Scaling group never reaches its desired capacity.',
    exam:
      'launch templates are not fully validated when they are created: a bad combination shows up only when the group launches ' +
      'instances, as failed scaling activities in the group history.',
    scenario: 'the Auto Scaling group stays at zero instances and its activity history shows failed launches',
    trap: 'the stack creates the launch template without complaint; the failure comes later, from the group.',
  },
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const template of context.resources('AWS::EC2::LaunchTemplate')) {
      const data = valueOf(template.properties, 'LaunchTemplateData');
      const interfaces = listItems(valueOf(data, 'NetworkInterfaces'));
      if (!interfaces || interfaces.length === 0) continue;
      for (const name of ['SecurityGroupIds', 'SecurityGroups']) {
        const groups = valueOf(data, name);
        if (!alwaysPresent(groups) || listItems(groups)?.length === 0) continue;
        hits.push({
          message:
            `Launch template '${template.logicalId}' has NetworkInterfaces and ${name}: put the security groups in the network ` +
            "interface's Groups instead, or every launch from this template fails (EC2 checks this only at launch)",
          span: groups!.span,
          path: propertyPath(template, 'LaunchTemplateData', name),
        });
      }
    }
    return hits;
  },
};

const REQUIREMENTS_EXPLANATION = {
  what:
    'InstanceRequirements asks EC2 to choose instance types by attributes (vCPUs, memory); InstanceType names one type. A launch ' +
    'template or a mixed instances override takes one or the other.',
  exam:
    'attribute-based instance type selection belongs to mixed instances groups (with Spot, many types keep capacity available); ' +
    'a fixed InstanceType suits a single-type group.',
  scenario: 'use any current instance type with 2 vCPUs and 4 GiB to keep Spot capacity available',
};
const OVERRIDES_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html';

/** CX0713: a mixed instances override with an instance type and attribute-based instance requirements at once. */
export const instanceTypeWithRequirements: CatalogueCheck = {
  id: 'CX0713',
  title: 'Mixed instances override sets both InstanceType and InstanceRequirements',
  topics: ['T07'],
  severity: 'error',
  url: OVERRIDES_PAGE,
  rejection: { quote: "If you specify InstanceRequirements, you can't specify InstanceType.", url: OVERRIDES_PAGE },
  explanation: REQUIREMENTS_EXPLANATION,
  resourceTypes: [GROUP],
  run(context) {
    return context.resources(GROUP).flatMap(overrideHits);
  },
};

/** CX0718: a launch template with both; EC2 stores it and refuses the launches (a warning, as CX0712). */
export const launchTemplateTypeWithRequirements: CatalogueCheck = {
  id: 'CX0718',
  title: 'Launch template sets both InstanceType and InstanceRequirements',
  topics: ['T07'],
  severity: 'warning',
  url: LT_PAGE,
  explanation: { ...REQUIREMENTS_EXPLANATION, trap: 'the stack creates the launch template without complaint; launches from it fail later.' },
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  run(context) {
    return context.resources('AWS::EC2::LaunchTemplate').flatMap((template) => {
      const data = valueOf(template.properties, 'LaunchTemplateData');
      const hit = bothTypeAndRequirements(data, `Launch template '${template.logicalId}'`, propertyPath(template, 'LaunchTemplateData'), ', or every launch from it fails');
      return hit ? [hit] : [];
    });
  },
};

function overrideHits(group: ResourceDeclaration): CheckHit[] {
  const overrides = listItems(nodeAt(group.properties, ['MixedInstancesPolicy', 'LaunchTemplate', 'Overrides'])) ?? [];
  return overrides.flatMap((override, index) => {
    const path = propertyPath(group, 'MixedInstancesPolicy', 'LaunchTemplate', 'Overrides', index);
    const hit = bothTypeAndRequirements(override, `Override ${index + 1} of Auto Scaling group '${group.logicalId}'`, path);
    return hit ? [hit] : [];
  });
}

function bothTypeAndRequirements(map: TemplateNode | undefined, who: string, path: Array<string | number>, consequence = ''): CheckHit | undefined {
  const type = valueOf(map, 'InstanceType');
  const requirements = valueOf(map, 'InstanceRequirements');
  if (!alwaysPresent(type) || !alwaysPresent(requirements)) return undefined;
  return {
    message: `${who} sets both InstanceType and InstanceRequirements: keep one of them${consequence}`,
    span: entryOf((map as MapNode), 'InstanceRequirements')!.key.span,
    path: [...path, 'InstanceRequirements'],
  };
}
