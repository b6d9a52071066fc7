/** T28: StackSets whose permission model, targets and operation preferences CloudFormation accepts. */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type NodePath } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalBoolean, literalNumber, literalString, presenceAt } from '../support/values';

const STACK_SET = 'AWS::CloudFormation::StackSet';
const CREATE_STACK_SET_API = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html';
const TARGETS_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudformation-stackset-deploymenttargets.html';
const PREFERENCES_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudformation-stackset-operationpreferences.html';

function permissionModel(stackSet: ResourceDeclaration): string | undefined {
  return literalString(valueOf(stackSet.properties, 'PermissionModel'));
}


interface TargetsAt {
  stackSet: ResourceDeclaration;
  targets: MapNode;
  path: NodePath;
}

function deploymentTargets(context: CheckContext, model: string): TargetsAt[] {
  const found: TargetsAt[] = [];
  for (const stackSet of context.resources(STACK_SET)) {
    if (permissionModel(stackSet) !== model) continue;
    const groups = valueOf(stackSet.properties, 'StackInstancesGroup');
    (isSeq(groups) ? groups.items : []).forEach((group, index) => {
      const targets = valueOf(group, 'DeploymentTargets');
      if (isMap(targets) && targets.entries.length > 0 && !targets.entries.some((entry) => entry.key.value.startsWith('Fn::'))) {
        found.push({ stackSet, targets, path: ['Resources', stackSet.logicalId, 'Properties', 'StackInstancesGroup', index, 'DeploymentTargets'] });
      }
    });
  }
  return found;
}

/** CX2810: service-managed StackSets need AutoDeployment. */
export const stackSetServiceManagedAutoDeployment: CatalogueCheck = {
  id: 'CX2810',
  title: 'SERVICE_MANAGED StackSet without AutoDeployment',
  topics: ['T28'],
  severity: 'error',
  url: CREATE_STACK_SET_API,
  rejection: { quote: 'Required if the permissions model is SERVICE_MANAGED. (Not used with self-managed permissions.)', url: CREATE_STACK_SET_API },
  explanation: {
    what:
      'With service-managed permissions StackSets deploys through AWS Organizations and must be told whether to follow ' +
      'accounts that join or leave the target OUs: AutoDeployment (Enabled, RetainStacksOnAccountRemoval) is required.',
    exam:
      'the governance baseline answer: a SERVICE_MANAGED StackSet targeting OUs with AutoDeployment enabled, so every new ' +
      'account in the organization gets the stack (Config rules, roles, log buckets) without anyone running a deployment.',
    scenario: 'every new account added to the organization must get the security baseline automatically',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const stackSet of context.resources(STACK_SET)) {
      if (permissionModel(stackSet) !== 'SERVICE_MANAGED' || presenceAt(stackSet.properties, 'AutoDeployment') !== 'no') continue;
      const model = entryOf(stackSet.properties, 'PermissionModel')!;
      const fix = insertEntry(context.template, stackSet.properties!, 'AutoDeployment', { Enabled: true, RetainStacksOnAccountRemoval: false }, 'PermissionModel');
      hits.push({
        message: `StackSet '${stackSet.logicalId}' uses SERVICE_MANAGED permissions without AutoDeployment: CloudFormation requires it for service-managed StackSets`,
        span: model.value.span,
        path: ['Resources', stackSet.logicalId, 'Properties', 'PermissionModel'],
        ...(fix ? { fixes: [{ title: 'Deploy automatically to accounts that join the OUs', edits: [fix], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};

/** CX2811: service-managed StackSets deploy to organizational units. */
export const stackSetServiceManagedTargets: CatalogueCheck = {
  id: 'CX2811',
  title: 'SERVICE_MANAGED StackSet instances without OrganizationalUnitIds',
  topics: ['T28'],
  severity: 'error',
  url: TARGETS_PAGE,
  rejection: { quote: 'You must specify the OrganizationalUnitIds property.', url: TARGETS_PAGE },
  explanation: {
    what:
      'Service-managed StackSets target OUs (or the root) of AWS Organizations; individual Accounts beside the OUs need an ' +
      'AccountFilterType that says how they combine (INTERSECTION, DIFFERENCE), or they are refused (CX2821). Deployment targets ' +
      'with accounts alone are refused.',
    exam: 'organization-wide rollouts name OUs; self-managed StackSets (with your own administration and execution roles) name account ids.',
    trap: 'moving a StackSet from account lists to OUs means changing PermissionModel too, and that replaces the StackSet.',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of deploymentTargets(context, 'SERVICE_MANAGED')) {
      if (presenceAt(at.targets, 'OrganizationalUnitIds') !== 'no') continue;
      hits.push({
        message: `StackSet '${at.stackSet.logicalId}' uses SERVICE_MANAGED permissions but these deployment targets name no OrganizationalUnitIds`,
        span: at.targets.entries[0].key.span,
        path: at.path,
      });
    }
    return hits;
  },
};

/** CX2821: OUs and accounts together need AccountFilterType. */
export const stackSetAccountsWithoutFilter: CatalogueCheck = {
  id: 'CX2821',
  title: 'SERVICE_MANAGED StackSet targets OUs and Accounts without AccountFilterType',
  topics: ['T28'],
  severity: 'error',
  url: TARGETS_PAGE,
  rejection: {
    quote: 'If you specify organizational units (OUs) for OrganizationalUnitIds and use either the Accounts or AccountsUrl property, you must also specify the AccountFilterType property.',
    url: TARGETS_PAGE,
  },
  explanation: {
    what:
      'Beside OrganizationalUnitIds, Accounts (or AccountsUrl) mean nothing alone: AccountFilterType says whether StackSets deploys ' +
      'only to those accounts of the OUs (INTERSECTION) or to the OUs without them (DIFFERENCE). UNION, the API default, is not ' +
      'supported when a StackSet resource is created, and NONE ignores the accounts.',
    exam: 'roll out to an OU but skip the suspended or sandbox accounts in it: OrganizationalUnitIds, Accounts and AccountFilterType: DIFFERENCE.',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of deploymentTargets(context, 'SERVICE_MANAGED')) {
      const accounts = entryOf(at.targets, 'Accounts') ?? entryOf(at.targets, 'AccountsUrl');
      if (!accounts || presenceAt(at.targets, 'OrganizationalUnitIds') !== 'yes' || presenceAt(at.targets, accounts.key.value) !== 'yes') continue;
      if (presenceAt(at.targets, 'AccountFilterType') !== 'no') continue;
      hits.push({
        message: `StackSet '${at.stackSet.logicalId}' targets OrganizationalUnitIds and ${accounts.key.value} without AccountFilterType, which CloudFormation requires to combine them`,
        span: accounts.key.span,
        path: [...at.path, accounts.key.value],
      });
    }
    return hits;
  },
};

/** CX2812: self-managed StackSets deploy to accounts. */
export const stackSetSelfManagedTargets: CatalogueCheck = {
  id: 'CX2812',
  title: 'SELF_MANAGED StackSet instances without Accounts (or with Accounts and AccountsUrl)',
  topics: ['T28'],
  severity: 'error',
  url: TARGETS_PAGE,
  rejection: { quote: 'You must specify either the Accounts or AccountsUrl property, but not both.', url: TARGETS_PAGE },
  explanation: {
    what:
      'Self-managed StackSets deploy to the accounts you list, through the AWSCloudFormationStackSetAdministrationRole in this ' +
      'account and an execution role in each target; organizational units are for service-managed StackSets only.',
    exam:
      'self-managed: you create the administration and execution roles yourself (accounts outside an organization, or no ' +
      'trusted access); service-managed: Organizations creates them and AutoDeployment follows new accounts.',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of deploymentTargets(context, 'SELF_MANAGED')) {
      const given = presenceAt(at.targets, 'Accounts');
      if (given === 'maybe' || given !== presenceAt(at.targets, 'AccountsUrl')) continue;
      const accounts = given === 'yes';
      const ous = entryOf(at.targets, 'OrganizationalUnitIds');
      hits.push({
        message: accounts
          ? `StackSet '${at.stackSet.logicalId}' lists both Accounts and AccountsUrl: give one of them`
          : `StackSet '${at.stackSet.logicalId}' uses SELF_MANAGED permissions but these deployment targets list no Accounts${ous ? ' (OrganizationalUnitIds need SERVICE_MANAGED)' : ''}`,
        span: (ous ?? at.targets.entries[0]).key.span,
        path: ous ? [...at.path, 'OrganizationalUnitIds'] : at.path,
      });
    }
    return hits;
  },
};

/** CX2813: counts and percentages are alternatives. */
export const stackSetPreferencesBoth: CatalogueCheck = {
  id: 'CX2813',
  title: 'StackSet operation preferences give both a count and a percentage',
  topics: ['T28'],
  severity: 'error',
  url: PREFERENCES_PAGE,
  rejection: {
    quote:
      'Conditional: You must specify either FailureToleranceCount or FailureTolerancePercentage, but not both. … ' +
      'Conditional: You must specify either MaxConcurrentCount or MaxConcurrentPercentage, but not both.',
    url: PREFERENCES_PAGE,
  },
  explanation: {
    what:
      'Failure tolerance and maximum concurrency are each given as a count or as a percentage of the target accounts per ' +
      'Region, never both; the operation is refused otherwise.',
    exam:
      'MaxConcurrent* controls how fast a StackSet rolls out, FailureTolerance* how many account failures per Region stop it; ' +
      'a cautious rollout uses low concurrency and zero tolerance, a fast one parallel Regions and higher values.',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const stackSet of context.resources(STACK_SET)) {
      const preferences = valueOf(stackSet.properties, 'OperationPreferences');
      if (!isMap(preferences)) continue;
      for (const [count, percentage] of [['FailureToleranceCount', 'FailureTolerancePercentage'], ['MaxConcurrentCount', 'MaxConcurrentPercentage']]) {
        if (presenceAt(preferences, count) !== 'yes' || presenceAt(preferences, percentage) !== 'yes') continue;
        hits.push({
          message: `StackSet '${stackSet.logicalId}' sets both ${count} and ${percentage}: give only one`,
          span: entryOf(preferences, percentage)!.key.span,
          path: ['Resources', stackSet.logicalId, 'Properties', 'OperationPreferences', percentage],
        });
      }
    }
    return hits;
  },
};

/** CX2814: with strict failure tolerance, concurrency never exceeds tolerance + 1. */
export const stackSetConcurrencyCapped: CatalogueCheck = {
  id: 'CX2814',
  title: 'StackSet MaxConcurrentCount above FailureToleranceCount + 1 under strict failure tolerance',
  topics: ['T28'],
  severity: 'info',
  url: PREFERENCES_PAGE,
  explanation: {
    what:
      'With the default STRICT_FAILURE_TOLERANCE concurrency mode, MaxConcurrentCount is at most one more than ' +
      'FailureToleranceCount: StackSets lowers the concurrency so that failures can never exceed the tolerance.',
    exam:
      'to deploy to many accounts at once, raise FailureToleranceCount as well, or choose ConcurrencyMode ' +
      'SOFT_FAILURE_TOLERANCE, which keeps the concurrency you asked for; RegionConcurrencyType PARALLEL deploys Regions together.',
    trap: 'MaxConcurrentCount 10 with FailureToleranceCount 0 deploys one account at a time.',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const stackSet of context.resources(STACK_SET)) {
      const preferences = valueOf(stackSet.properties, 'OperationPreferences');
      const mode = valueOf(preferences, 'ConcurrencyMode');
      if (!isMap(preferences) || (mode !== undefined && literalString(mode) !== 'STRICT_FAILURE_TOLERANCE')) continue;
      const concurrent = literalNumber(valueOf(preferences, 'MaxConcurrentCount'));
      const tolerance = literalNumber(valueOf(preferences, 'FailureToleranceCount')) ?? (presenceAt(preferences, 'FailureTolerancePercentage') === 'no' ? 0 : undefined);
      if (concurrent === undefined || tolerance === undefined || concurrent <= tolerance + 1) continue;
      hits.push({
        message: `StackSet '${stackSet.logicalId}' asks for MaxConcurrentCount ${concurrent} with FailureToleranceCount ${tolerance}: under strict failure tolerance it deploys to at most ${tolerance + 1} account(s) at a time`,
        span: entryOf(preferences, 'MaxConcurrentCount')!.value.span,
        path: ['Resources', stackSet.logicalId, 'Properties', 'OperationPreferences', 'MaxConcurrentCount'],
      });
    }
    return hits;
  },
};

/** CX2815: automatic deployment switched off. */
export const stackSetAutoDeploymentDisabled: CatalogueCheck = {
  id: 'CX2815',
  title: 'SERVICE_MANAGED StackSet with automatic deployment disabled',
  topics: ['T28', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html',
  explanation: {
    what:
      'With AutoDeployment Enabled false, accounts that join a target OU later get no stack instance until someone updates the ' +
      'StackSet; the baseline silently misses new accounts.',
    exam: 'guardrails and baselines for an organization are service-managed StackSets with automatic deployment enabled.',
    scenario: 'ensure that all current and future accounts in the OU have the same IAM roles and Config rules',
  },
  resourceTypes: [STACK_SET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const stackSet of context.resources(STACK_SET)) {
      const enabled = valueOf(valueOf(stackSet.properties, 'AutoDeployment'), 'Enabled');
      if (permissionModel(stackSet) !== 'SERVICE_MANAGED' || literalBoolean(enabled) !== false) continue;
      hits.push({
        message: `StackSet '${stackSet.logicalId}' does not deploy automatically: accounts that join its OUs later get no stack instance`,
        span: enabled!.span,
        path: ['Resources', stackSet.logicalId, 'Properties', 'AutoDeployment', 'Enabled'],
      });
    }
    return hits;
  },
};

export const STACK_SET_CHECKS: readonly CatalogueCheck[] = [
  stackSetServiceManagedAutoDeployment,
  stackSetServiceManagedTargets,
  stackSetAccountsWithoutFilter,
  stackSetSelfManagedTargets,
  stackSetPreferencesBoth,
  stackSetConcurrencyCapped,
  stackSetAutoDeploymentDisabled,
];
