/** T15 checks on EC2 Image Builder pipelines, infrastructure and distribution. */
import { isString, nodeAt, valueOf, type MapNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { allowsAction } from '../support/iam';
import { cronProblem, cronProblemWords } from '../support/schedules';
import { literalBoolean, literalString } from '../support/values';

const PIPELINE = 'AWS::ImageBuilder::ImagePipeline';
const DISTRIBUTION = 'AWS::ImageBuilder::DistributionConfiguration';
const INFRASTRUCTURE = 'AWS::ImageBuilder::InfrastructureConfiguration';
const CRON_PAGE = 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/cron-expressions.html';
const DISTRIBUTION_PAGE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-imagebuilder-distributionconfiguration.html';

function distributions(resource: ResourceDeclaration): Array<{ node: MapNode; index: number }> {
  const list = valueOf(resource.properties, 'Distributions');
  if (list?.kind !== 'seq') return [];
  return list.items.flatMap((node, index) => (node.kind === 'map' ? [{ node, index }] : []));
}

/** CX1510: an AMI name that is the same for every build. */
export const fixedAmiName: CatalogueCheck = {
  id: 'CX1510',
  title: 'Image Builder AMI name without a build variable',
  topics: ['T15'],
  severity: 'warning',
  url: DISTRIBUTION_PAGE,
  explanation: {
    what:
      'AMI names are unique per account and Region, so an output AMI name without a variable such as {{ imagebuilder:buildDate }} is ' +
      'free only for the first build: every later scheduled or CI build fails when it distributes the image.',
    exam: 'a golden AMI pipeline runs again and again (schedule, new base image, CI); each output needs its own name, and consumers find the latest through an SSM parameter.',
  },
  resourceTypes: [DISTRIBUTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources(DISTRIBUTION)) {
      for (const { node, index } of distributions(resource)) {
        const name = nodeAt(node, ['AmiDistributionConfiguration', 'Name']);
        if (!isString(name) || name.value.includes('{{')) continue;
        hits.push({
          message: `AMI name '${name.value}' of distribution configuration '${resource.logicalId}' is the same for every build: add {{ imagebuilder:buildDate }} so builds after the first do not fail`,
          span: name.span,
          path: ['Resources', resource.logicalId, 'Properties', 'Distributions', index, 'AmiDistributionConfiguration', 'Name'],
        });
      }
    }
    return hits;
  },
};

/** CX1511: a pipeline that ships images it never tested. */
export const imageTestsDisabled: CatalogueCheck = {
  id: 'CX1511',
  title: 'Image Builder pipeline with image tests turned off',
  topics: ['T15'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-imagebuilder-imagepipeline.html',
  explanation: {
    what:
      'With ImageTestsEnabled false, Image Builder distributes the image without launching a test instance and running the test ' +
      'components of the recipe, so a broken golden AMI reaches every account and Region that uses it.',
    exam: 'a golden AMI pipeline builds, tests (test components, Inspector scans) and only then distributes; failing tests stop the distribution.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    return context.resources(PIPELINE).flatMap((pipeline) => {
      const enabled = nodeAt(pipeline.properties, ['ImageTestsConfiguration', 'ImageTestsEnabled']);
      if (literalBoolean(enabled) !== false) return [];
      return [
        {
          message: `Image pipeline '${pipeline.logicalId}' turns image tests off: images are distributed without being tested`,
          span: enabled!.span,
          path: ['Resources', pipeline.logicalId, 'Properties', 'ImageTestsConfiguration', 'ImageTestsEnabled'],
        },
      ];
    });
  },
};

/** CX1512: a schedule expression Image Builder cannot read. */
export const pipelineCronInvalid: CatalogueCheck = {
  id: 'CX1512',
  title: 'Image Builder schedule is not a six-field cron expression',
  topics: ['T15'],
  severity: 'error',
  url: CRON_PAGE,
  rejection: {
    quote: "EC2 Image Builder uses a cron format that consists of six required fields. You can't specify the Day-of-month and Day-of-week fields in the same cron expression.",
    url: CRON_PAGE,
  },
  explanation: {
    what:
      'Image Builder schedules are cron(minutes hours day-of-month month day-of-week year), six fields, with ? in one of day-of-month ' +
      'and day-of-week. Five-field Unix cron (as Auto Scaling uses) or values in both day fields are rejected.',
    exam: 'rebuild the golden AMI weekly: cron(0 0 ? * SUN *) with PipelineExecutionStartCondition EXPRESSION_MATCH_ONLY.',
    trap: 'Auto Scaling scheduled actions take five-field Unix cron; Image Builder and EventBridge take six fields with ?.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const expression = nodeAt(pipeline.properties, ['Schedule', 'ScheduleExpression']);
      if (!isString(expression)) continue;
      const found = cronProblem(expression.value);
      if (!found) continue;
      const problem = cronProblemWords(found, 'Image Builder');
      hits.push({
        message: `Schedule '${expression.value}' of image pipeline '${pipeline.logicalId}' ${problem}`,
        span: expression.span,
        path: ['Resources', pipeline.logicalId, 'Properties', 'Schedule', 'ScheduleExpression'],
      });
    }
    return hits;
  },
};

/** AWS managed policies that let an instance register with Systems Manager (the first three name it; the others allow every SSM action). */
const SSM_MANAGED = /AmazonSSMManagedInstanceCore|EC2InstanceProfileForImageBuilder|AmazonEC2RoleforSSM|\/(AdministratorAccess|PowerUserAccess|AmazonSSMFullAccess)$/;

/** AWS managed policies a build role often has that do not: any other one may, and is not expanded here. */
const WITHOUT_SSM = /\/(CloudWatchAgentServerPolicy|AmazonS3ReadOnlyAccess|AmazonEC2ContainerRegistryReadOnly|AmazonEC2ContainerRegistryPowerUser|AmazonInspector2ManagedCispolicy)$/;

/** CX1513: build instances that cannot reach Systems Manager. */
export const buildInstanceWithoutSsm: CatalogueCheck = {
  id: 'CX1513',
  title: 'Image Builder instance profile role without Systems Manager permissions',
  topics: ['T15', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html',
  explanation: {
    what:
      'Image Builder drives its build and test instances through AWS Systems Manager. Their instance profile role needs ' +
      'AmazonSSMManagedInstanceCore and EC2InstanceProfileForImageBuilder (or equivalent permissions); without them the build times ' +
      'out waiting for the SSM agent.',
    exam: 'a pipeline stuck "verifying the Systems Manager Agent availability" points to the instance profile, or to a subnet without a route to Systems Manager.',
  },
  resourceTypes: [INFRASTRUCTURE, 'AWS::IAM::InstanceProfile', 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const infrastructure of context.resources(INFRASTRUCTURE)) {
      const profileNode = valueOf(infrastructure.properties, 'InstanceProfileName');
      const profile = context.referenced(profileNode);
      if (profile?.type !== 'AWS::IAM::InstanceProfile') continue;
      const roles = valueOf(profile.properties, 'Roles');
      const role = roles?.kind === 'seq' ? context.referenced(roles.items[0]) : undefined;
      if (role?.type !== 'AWS::IAM::Role' || grantsSsm(context, role) !== 'no') continue;
      hits.push({
        message: `Role '${role.logicalId}' of the instance profile of '${infrastructure.logicalId}' has no Systems Manager permissions: Image Builder cannot run its build`,
        span: profileNode!.span,
        path: ['Resources', infrastructure.logicalId, 'Properties', 'InstanceProfileName'],
      });
    }
    return hits;
  },
};

function grantsSsm(context: CheckContext, role: ResourceDeclaration): 'yes' | 'no' | 'unknown' {
  const managed = valueOf(role.properties, 'ManagedPolicyArns');
  let trimmed = role;
  if (managed !== undefined) {
    if (managed.kind !== 'seq') return 'unknown';
    const texts = managed.items.map((item) => literalString(item) ?? literalString(valueOf(item, 'Fn::Sub')));
    if (texts.some((text) => text !== undefined && SSM_MANAGED.test(text))) return 'yes';
    if (texts.some((text) => text === undefined || !text.includes(':aws:policy/') || !WITHOUT_SSM.test(text))) return 'unknown';
    const properties = role.properties!;
    trimmed = { ...role, properties: { ...properties, entries: properties.entries.filter((entry) => entry.key.value !== 'ManagedPolicyArns') } };
  }
  return allowsAction(context, trimmed, 'ssm:UpdateInstanceInformation');
}

/** CX1514: one KMS key of this stack used for AMIs in two Regions. */
export const singleRegionKeyForManyRegions: CatalogueCheck = {
  id: 'CX1514',
  title: 'Image Builder distributes encrypted AMIs to several Regions with one KMS key',
  topics: ['T15', 'T20'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-shared-resources.html',
  explanation: {
    what:
      'KMS keys are Regional: an AMI copied to another Region must be encrypted with a key of that Region. A key this stack creates ' +
      'exists only in the stack\'s Region, so distributions to other Regions cannot use it.',
    exam: 'multi-Region golden AMIs with encryption need a key (or a multi-Region replica key) in every target Region, and target accounts need permission to use it.',
  },
  resourceTypes: [DISTRIBUTION, 'AWS::KMS::Key'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources(DISTRIBUTION)) {
      const regionsByKey = new Map<string, Set<string>>();
      const where = new Map<string, { node: MapNode; index: number }>();
      for (const entry of distributions(resource)) {
        const key = context.referenced(nodeAt(entry.node, ['AmiDistributionConfiguration', 'KmsKeyId']));
        const region = literalString(valueOf(entry.node, 'Region'));
        if (key?.type !== 'AWS::KMS::Key' || region === undefined) continue;
        const regions = regionsByKey.get(key.logicalId) ?? new Set<string>();
        regions.add(region);
        regionsByKey.set(key.logicalId, regions);
        if (regions.size === 2) where.set(key.logicalId, entry);
      }
      for (const [key, entry] of where) {
        hits.push({
          message: `Distribution configuration '${resource.logicalId}' encrypts AMIs for ${[...regionsByKey.get(key)!].join(' and ')} with key '${key}', which exists only in this stack's Region`,
          span: nodeAt(entry.node, ['AmiDistributionConfiguration', 'KmsKeyId'])!.span,
          path: ['Resources', resource.logicalId, 'Properties', 'Distributions', entry.index, 'AmiDistributionConfiguration', 'KmsKeyId'],
        });
      }
    }
    return hits;
  },
};

/** CX1515: a schedule that builds only when something it depends on changed. */
export const scheduleNeedsDependencyUpdates: CatalogueCheck = {
  id: 'CX1515',
  title: 'Image Builder schedule builds only when dependencies have updates',
  topics: ['T15'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-imagebuilder-imagepipeline-schedule.html',
  explanation: {
    what:
      'With PipelineExecutionStartCondition EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE (the default) a scheduled run builds ' +
      'only when the base image or a component matching a version filter has a newer version; EXPRESSION_MATCH_ONLY builds at every ' +
      'matching time, building again from the recipe (a newer parent image, or update components that install the latest patches).',
    exam: '"rebuild the AMI every week with the latest patches" is a schedule with EXPRESSION_MATCH_ONLY (or an update component that patches).',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    return context.resources(PIPELINE).flatMap((pipeline) => {
      const schedule = valueOf(pipeline.properties, 'Schedule');
      const expression = valueOf(schedule, 'ScheduleExpression');
      const condition = valueOf(schedule, 'PipelineExecutionStartCondition');
      // Only the default: a template that names the condition has chosen it.
      if (!expression || condition !== undefined) return [];
      return [
        {
          message: `Image pipeline '${pipeline.logicalId}' runs on its schedule only when a dependency has a newer version (the default start condition): use EXPRESSION_MATCH_ONLY to build every time`,
          span: expression.span,
          path: ['Resources', pipeline.logicalId, 'Properties', 'Schedule', 'PipelineExecutionStartCondition'],
        },
      ];
    });
  },
};

export const IMAGE_BUILDER_CHECKS: readonly CatalogueCheck[] = [
  fixedAmiName,
  imageTestsDisabled,
  pipelineCronInvalid,
  buildInstanceWithoutSsm,
  singleRegionKeyForManyRegions,
  scheduleNeedsDependencyUpdates,
];
