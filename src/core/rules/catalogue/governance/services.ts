/** T33: services to recognise by purpose, set up so that they do their job (Macie, GuardDuty, Service Catalog, Organizations). */
import { entryOf, isScalar, isSeq, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalBoolean, literalString } from '../support/values';

/** CX3311: a Macie session that is paused discovers nothing. */
export const macieSessionPaused: CatalogueCheck = {
  id: 'CX3311',
  title: 'Macie session created paused',
  topics: ['T33'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/macie/latest/user/what-is-macie.html',
  explanation: {
    what:
      'Amazon Macie discovers sensitive data (personal data, credentials, financial data) in S3 and evaluates bucket security; a ' +
      'session with Status PAUSED runs no discovery jobs and produces no findings.',
    exam:
      '"find PII in S3 buckets" is Macie; "threats from logs" is GuardDuty; "software vulnerabilities" is Inspector. Route their ' +
      'findings through EventBridge or Security Hub to notify or remediate.',
    scenario: 'identify S3 objects that contain personally identifiable information across the organization',
  },
  resourceTypes: ['AWS::Macie::Session'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const session of context.resources('AWS::Macie::Session')) {
      const status = entryOf(session.properties, 'Status');
      if (!status || literalString(status.value) !== 'PAUSED' || !isScalar(status.value)) continue;
      hits.push({
        message: `Macie session '${session.logicalId}' is created with Status PAUSED: it discovers no sensitive data until enabled`,
        span: status.value.span,
        path: ['Resources', session.logicalId, 'Properties', 'Status'],
        fixes: [{ title: 'Enable the Macie session', edits: [replaceScalar(context.template, status.value, 'ENABLED')], preferred: true }],
      });
    }
    return hits;
  },
};

/** CX3312: a GuardDuty detector that is switched off detects nothing. */
export const guardDutyDisabled: CatalogueCheck = {
  id: 'CX3312',
  title: 'GuardDuty detector created disabled',
  topics: ['T33'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html',
  explanation: {
    what:
      'GuardDuty analyses CloudTrail events, VPC Flow Logs and DNS logs (and optionally S3, EKS, runtime and malware protection) ' +
      'for threats; a detector with Enable false produces no findings.',
    exam:
      'recognise the services: GuardDuty = threat detection from logs; Inspector = vulnerability scanning of EC2, ECR images and ' +
      'Lambda; Macie = sensitive data in S3; Security Hub = aggregated findings and standards; Config = configuration compliance.',
    scenario: 'detect compromised instances and unusual API calls across all accounts',
  },
  resourceTypes: ['AWS::GuardDuty::Detector'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const detector of context.resources('AWS::GuardDuty::Detector')) {
      const enable = entryOf(detector.properties, 'Enable');
      if (!enable || literalBoolean(enable.value) !== false || !isScalar(enable.value)) continue;
      hits.push({
        message: `GuardDuty detector '${detector.logicalId}' is created with Enable false: it analyses nothing and produces no findings`,
        span: enable.value.span,
        path: ['Resources', detector.logicalId, 'Properties', 'Enable'],
        fixes: [{ title: 'Enable the detector', edits: [replaceScalar(context.template, enable.value, true)], preferred: true }],
      });
    }
    return hits;
  },
};

const CREATE_DETECTOR = 'https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html';

/** CX3321: EKS Runtime Monitoring and Runtime Monitoring both listed among a detector's features. */
export const guardDutyRuntimeFeaturesBoth: CatalogueCheck = {
  id: 'CX3321',
  title: 'GuardDuty detector with both EKS_RUNTIME_MONITORING and RUNTIME_MONITORING features',
  topics: ['T33'],
  severity: 'error',
  url: CREATE_DETECTOR,
  rejection: {
    quote: 'Specifying both EKS Runtime Monitoring (EKS_RUNTIME_MONITORING) and Runtime Monitoring (RUNTIME_MONITORING) will cause an error.',
    url: CREATE_DETECTOR,
  },
  explanation: {
    what:
      'Runtime Monitoring (RUNTIME_MONITORING) covers EKS, ECS on Fargate and EC2 and replaces the older EKS Runtime Monitoring ' +
      'feature; a detector takes one of the two, and GuardDuty refuses a request naming both.',
    exam: 'GuardDuty is threat detection from logs and runtime events; its findings go to EventBridge for automated response.',
  },
  resourceTypes: ['AWS::GuardDuty::Detector'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const detector of context.resources('AWS::GuardDuty::Detector')) {
      const features = valueOf(detector.properties, 'Features');
      if (!isSeq(features)) continue;
      const names = features.items.map((feature) => literalString(valueOf(feature, 'Name')));
      const eks = names.indexOf('EKS_RUNTIME_MONITORING');
      if (eks < 0 || !names.includes('RUNTIME_MONITORING')) continue;
      hits.push({
        message: `GuardDuty detector '${detector.logicalId}' lists both EKS_RUNTIME_MONITORING and RUNTIME_MONITORING: GuardDuty takes one; RUNTIME_MONITORING (with its EKS_ADDON_MANAGEMENT setting) covers EKS`,
        span: features.items[eks].span,
        path: ['Resources', detector.logicalId, 'Properties', 'Features', eks],
      });
    }
    return hits;
  },
};

/** CX3313: a portfolio nobody is given access to. */
export const serviceCatalogPortfolioWithoutPrincipals: CatalogueCheck = {
  id: 'CX3313',
  title: 'Service Catalog portfolio with products but no principal association',
  topics: ['T33'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/servicecatalog/latest/adminguide/catalogs_portfolios_users.html',
  explanation: {
    what:
      'End users see a Service Catalog portfolio\'s products only when their IAM user, group or role is associated with it ' +
      '(AWS::ServiceCatalog::PortfolioPrincipalAssociation). Sharing the portfolio with another account lets that account\'s ' +
      'Service Catalog administrator import it and associate their own users; only a share to an organization or OU with principal ' +
      'sharing on lets recipient users whose role names match the portfolio\'s IAM_PATTERN associations use it directly.',
    exam:
      'Service Catalog lets users launch approved CloudFormation products without broad IAM permissions: portfolio + products + ' +
      'principal association + a launch constraint role that provisions on their behalf.',
    scenario: 'developers must be able to launch only approved, pre-configured environments without administrator permissions',
  },
  resourceTypes: ['AWS::ServiceCatalog::Portfolio', 'AWS::ServiceCatalog::PortfolioPrincipalAssociation'],
  run(context) {
    const hits: CheckHit[] = [];
    const associated = (type: string, portfolio: string) =>
      context.resources(type).some((association) => context.referenced(valueOf(association.properties, 'PortfolioId'))?.logicalId === portfolio);
    const unknown = context
      .resources('AWS::ServiceCatalog::PortfolioPrincipalAssociation', 'AWS::ServiceCatalog::PortfolioShare')
      .some((association) => context.referenced(valueOf(association.properties, 'PortfolioId')) === undefined);
    if (unknown) return [];
    for (const portfolio of context.resources('AWS::ServiceCatalog::Portfolio')) {
      if (!associated('AWS::ServiceCatalog::PortfolioProductAssociation', portfolio.logicalId)) continue;
      if (associated('AWS::ServiceCatalog::PortfolioPrincipalAssociation', portfolio.logicalId) || associated('AWS::ServiceCatalog::PortfolioShare', portfolio.logicalId)) continue;
      hits.push({
        message: `Portfolio '${portfolio.logicalId}' has products but no principal association or share: no end user can see or launch them`,
        span: portfolio.key.span,
        path: ['Resources', portfolio.logicalId],
      });
    }
    return hits;
  },
};

/** CX3314: an SCP attached to no root, OU or account restricts nobody. */
export const scpWithoutTargets: CatalogueCheck = {
  id: 'CX3314',
  title: 'Service control policy attached to no target',
  topics: ['T33', 'T32'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
  explanation: {
    what:
      'A service control policy limits the maximum permissions of the accounts it is attached to (through TargetIds: the root, ' +
      'OUs or accounts). Created without targets it restricts nobody.',
    exam:
      'AWS Organizations with SCPs is the guardrail across accounts ("no account may leave the organization, disable CloudTrail ' +
      'or use unapproved Regions"); SCPs never grant permissions and do not affect the management account.',
    trap: 'an SCP Allow list replaces the default FullAWSAccess only where it is attached; detaching FullAWSAccess without another Allow denies everything.',
  },
  resourceTypes: ['AWS::Organizations::Policy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources('AWS::Organizations::Policy')) {
      if (literalString(valueOf(policy.properties, 'Type')) !== 'SERVICE_CONTROL_POLICY') continue;
      const targets = valueOf(policy.properties, 'TargetIds');
      if (targets !== undefined && !(targets.kind === 'seq' && targets.items.length === 0)) continue;
      hits.push({
        message: `Service control policy '${policy.logicalId}' has no TargetIds: it is attached to no root, OU or account and restricts nobody`,
        span: policy.key.span,
        path: ['Resources', policy.logicalId, 'Properties', 'TargetIds'],
      });
    }
    return hits;
  },
};

export const SERVICE_CHECKS: readonly CatalogueCheck[] = [macieSessionPaused, guardDutyDisabled, guardDutyRuntimeFeaturesBoth, serviceCatalogPortfolioWithoutPrincipals, scpWithoutTargets];
