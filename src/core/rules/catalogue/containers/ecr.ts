/** T16 checks on ECR repositories: lifecycle policy rules, repository policies, tag mutability. */
import { entryOf, nodeAt, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { actionMatches } from '../support/iam';
import { literalString } from '../support/values';
import { asList, field, parsedDocument } from './policyText';

export const REPOSITORY = 'AWS::ECR::Repository';
export const LIFECYCLE_PAGE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html';
const POLICY_EXAMPLES = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html';

export interface Rule {
  priority: unknown;
  tagStatus: unknown;
  selection: unknown;
  index: number;
}

/** The rules of a repository's lifecycle policy, when the template shows them. */
export function lifecycleRules(repository: Parameters<typeof entryOf>[0]): Rule[] | undefined {
  const parsed = parsedDocument(nodeAt(repository, ['LifecyclePolicy', 'LifecyclePolicyText']));
  if (!parsed?.ok) return undefined;
  const rules = field(parsed.value, 'rules');
  if (!Array.isArray(rules)) return undefined;
  return rules.map((rule, index) => {
    const selection = field(rule, 'selection');
    return { priority: field(rule, 'rulePriority'), tagStatus: field(selection, 'tagStatus'), selection, index };
  });
}

/**
 * The highest priority among the rules that select images of the same storage class as `rule`: AWS's
 * own "combining archive and expire rules" example has an any-rule that archives standard images
 * before one that expires archived ones.
 */
function highestOfClass(rules: Rule[], rule: Rule): number {
  const storageClass = storageClassOf(rule);
  return Math.max(...rules.filter((other) => storageClassOf(other) === storageClass).map((other) => other.priority as number));
}

function storageClassOf(rule: Rule): unknown {
  return field(rule.selection, 'storageClass') ?? 'standard';
}

export function lifecycleSpan(repository: { properties?: Parameters<typeof entryOf>[0] }) {
  return nodeAt(repository.properties, ['LifecyclePolicy', 'LifecyclePolicyText'])!.span;
}

/** A lifecycle rule ECR refuses, reported on the policy text (the rule's place inside the JSON is not a template path). */
export function rejectedRule(repository: ResourceDeclaration, rule: Rule, problem: string): CheckHit {
  return {
    message: `Lifecycle rule ${rule.index + 1} of repository '${repository.logicalId}' ${problem}: ECR rejects the policy`,
    span: lifecycleSpan(repository),
    path: ['Resources', repository.logicalId, 'Properties', 'LifecyclePolicy', 'LifecyclePolicyText'],
  };
}

/** CX1610: tag lists that do not fit the tag status. */
export const lifecycleTagStatusLists: CatalogueCheck = {
  id: 'CX1610',
  title: 'ECR lifecycle rule tag lists do not fit its tagStatus',
  topics: ['T16'],
  severity: 'error',
  url: LIFECYCLE_PAGE,
  rejection: {
    quote:
      'If you specify tagged, then you must also specify a tagPrefixList value or a tagPatternList value. If you specify untagged, then you must omit both tagPrefixList and tagPatternList.',
    url: LIFECYCLE_PAGE,
  },
  explanation: {
    what:
      'A lifecycle rule for tagged images says which tags it means (tagPrefixList or tagPatternList); a rule for untagged images has ' +
      'no tags to match. ECR rejects the policy otherwise, and the stack fails.',
    exam: 'typical lifecycle policy: expire untagged images after a few days, keep the last N images tagged with a release prefix.',
  },
  resourceTypes: [REPOSITORY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      for (const rule of lifecycleRules(repository.properties) ?? []) {
        const lists = ['tagPrefixList', 'tagPatternList'].filter((name) => field(rule.selection, name) !== undefined);
        let problem: string | undefined;
        if (rule.tagStatus === 'tagged' && lists.length === 0) problem = 'selects tagged images without tagPrefixList or tagPatternList';
        if (rule.tagStatus === 'untagged' && lists.length > 0) problem = `selects untagged images but sets ${lists.join(' and ')}`;
        if (!problem) continue;
        hits.push(rejectedRule(repository, rule, problem));
      }
    }
    return hits;
  },
};

/** CX1611: rule priorities that repeat, or an any-rule that is not last. */
export const lifecyclePriorities: CatalogueCheck = {
  id: 'CX1611',
  title: 'ECR lifecycle rule priorities repeat, or the tagStatus any rule is not last',
  topics: ['T16'],
  severity: 'error',
  url: LIFECYCLE_PAGE,
  rejection: {
    quote:
      'When you add rules to a lifecycle policy, you must give them each a unique value for rulePriority. A rule with a tagStatus value of any must have the highest value for rulePriority and be evaluated last.',
    url: LIFECYCLE_PAGE,
  },
  explanation: {
    what:
      'ECR evaluates lifecycle rules from the lowest rulePriority to the highest, so each priority must be unique, and a rule for any ' +
      'image must come last or the more specific rules after it would never apply.',
    exam: 'lifecycle rules keep storage costs down without deleting the images still deployed: order them from specific to general.',
  },
  resourceTypes: [REPOSITORY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      const rules = lifecycleRules(repository.properties);
      if (!rules || !rules.every((rule) => typeof rule.priority === 'number')) continue;
      const priorities = rules.map((rule) => rule.priority as number);
      const repeated = priorities.find((priority, index) => priorities.indexOf(priority) !== index);
      const early = rules.find((rule) => rule.tagStatus === 'any' && (rule.priority as number) < highestOfClass(rules, rule));
      const problems = [
        ...(repeated !== undefined ? [`use rulePriority ${repeated} more than once`] : []),
        ...(early ? [`give the tagStatus any rule priority ${early.priority as number}, below ${highestOfClass(rules, early)}: it must be the last rule`] : []),
      ];
      if (problems.length === 0) continue;
      const problem = problems.join(', and ');
      hits.push({
        message: `Lifecycle rules of repository '${repository.logicalId}' ${problem}`,
        span: lifecycleSpan(repository),
        path: ['Resources', repository.logicalId, 'Properties', 'LifecyclePolicy', 'LifecyclePolicyText'],
      });
    }
    return hits;
  },
};

/** CX1612: lifecycle policy text that is not JSON. */
export const lifecycleNotJson: CatalogueCheck = {
  id: 'CX1612',
  title: 'ECR lifecycle policy text is not valid JSON',
  topics: ['T16'],
  severity: 'warning',
  url: LIFECYCLE_PAGE,
  explanation: {
    what:
      'LifecyclePolicyText is a JSON document held as a string (in YAML usually a block scalar or !Sub). Text that does not parse as ' +
      'JSON cannot be read as a lifecycle policy, so ECR cannot apply it when the stack creates or updates the repository.',
    exam: 'write the policy as a YAML block (|) of JSON, or build it with !Sub when it needs parameters.',
  },
  resourceTypes: [REPOSITORY],
  run(context) {
    return context.resources(REPOSITORY).flatMap((repository) => {
      const text = nodeAt(repository.properties, ['LifecyclePolicy', 'LifecyclePolicyText']);
      const parsed = parsedDocument(text);
      if (!parsed || parsed.ok) return [];
      return [
        {
          message: `LifecyclePolicyText of repository '${repository.logicalId}' is not valid JSON (${parsed.reason})`,
          span: text!.span,
          path: ['Resources', repository.logicalId, 'Properties', 'LifecyclePolicy', 'LifecyclePolicyText'],
        },
      ];
    });
  },
};

interface Statement {
  value: unknown;
  index: number;
}

function statements(repository: { properties?: Parameters<typeof entryOf>[0] }): Statement[] {
  const parsed = parsedDocument(valueOf(repository.properties, 'RepositoryPolicyText'));
  if (!parsed?.ok) return [];
  return asList(field(parsed.value, 'Statement')).map((value, index) => ({ value, index }));
}

function principals(statement: unknown): unknown[] {
  const principal = field(statement, 'Principal');
  if (principal === '*') return ['*'];
  return asList(field(principal, 'AWS'));
}

/** CX1613: a repository anyone can pull from. */
export const publicRepositoryPolicy: CatalogueCheck = {
  id: 'CX1613',
  title: 'ECR repository policy allows every principal without a condition',
  topics: ['T16', 'T32'],
  severity: 'warning',
  url: POLICY_EXAMPLES,
  explanation: {
    what:
      'A repository policy statement that allows Principal "*" without a Condition lets any AWS account act on the repository, ' +
      'pulling (or pushing) images with their own credentials.',
    exam: 'cross-account pull is a statement for the account (or organization, with aws:PrincipalOrgID) and the pull actions only: least privilege.',
    scenario: 'let the production account pull images from the shared build account',
  },
  resourceTypes: [REPOSITORY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      for (const statement of statements(repository)) {
        if (field(statement.value, 'Effect') !== 'Allow' || field(statement.value, 'Condition') !== undefined) continue;
        if (!principals(statement.value).includes('*')) continue;
        hits.push({
          message: `Statement ${statement.index + 1} of the repository policy of '${repository.logicalId}' allows every AWS principal ("*") without a condition`,
          span: valueOf(repository.properties, 'RepositoryPolicyText')!.span,
          path: ['Resources', repository.logicalId, 'Properties', 'RepositoryPolicyText'],
        });
      }
    }
    return hits;
  },
};

const PULL_ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];

/** CX1614: a cross-account pull grant that cannot pull. */
export const incompletePullGrant: CatalogueCheck = {
  id: 'CX1614',
  title: 'ECR repository policy grants only part of the image pull actions',
  topics: ['T16'],
  severity: 'warning',
  url: POLICY_EXAMPLES,
  explanation: {
    what:
      'Pulling an image takes ecr:BatchGetImage (the manifest) and ecr:GetDownloadUrlForLayer (the layers), usually with ' +
      'ecr:BatchCheckLayerAvailability; the other account also needs ecr:GetAuthorizationToken in its own IAM policy. A grant with only ' +
      'one of the two pull actions leaves docker pull failing.',
    exam: 'cross-account ECR pull = repository policy for the pull actions + IAM permissions (and GetAuthorizationToken) in the pulling account.',
  },
  resourceTypes: [REPOSITORY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      for (const statement of statements(repository)) {
        if (field(statement.value, 'Effect') !== 'Allow' || field(statement.value, 'NotAction') !== undefined) continue;
        const actions = asList(field(statement.value, 'Action'));
        if (!actions.every((action) => typeof action === 'string')) continue;
        const granted = PULL_ACTIONS.filter((action) => actions.some((pattern) => actionMatches(pattern as string, action)));
        if (granted.length !== 1) continue;
        const missing = PULL_ACTIONS.find((action) => !granted.includes(action))!;
        hits.push({
          message: `Statement ${statement.index + 1} of the repository policy of '${repository.logicalId}' allows ${granted[0]} but not ${missing}: image pulls fail`,
          span: valueOf(repository.properties, 'RepositoryPolicyText')!.span,
          path: ['Resources', repository.logicalId, 'Properties', 'RepositoryPolicyText'],
        });
      }
    }
    return hits;
  },
};

/** CX1615: tags that a push can move to another image. */
export const mutableTags: CatalogueCheck = {
  id: 'CX1615',
  title: 'ECR repository with mutable image tags',
  topics: ['T16'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
  explanation: {
    what:
      'With ImageTagMutability MUTABLE (the default) a push can move a tag such as v1.2 or latest to another image, so the same ' +
      'task definition can run different code over time. IMMUTABLE makes ECR refuse a push that reuses a tag.',
    exam: '"prevent image tags from being overwritten" is ImageTagMutability IMMUTABLE; deploy by immutable tag or digest.',
  },
  resourceTypes: [REPOSITORY],
  run(context) {
    return context.resources(REPOSITORY).flatMap((repository) => {
      if (!repository.properties) return [];
      const mutability = entryOf(repository.properties, 'ImageTagMutability');
      const value = literalString(mutability?.value);
      if (mutability && (value === undefined || value.startsWith('IMMUTABLE'))) return [];
      return [
        {
          message: `Repository '${repository.logicalId}' has mutable image tags${mutability ? '' : ' (the default)'}: a push can move an existing tag to another image`,
          span: mutability?.value.span ?? repository.key.span,
          path: ['Resources', repository.logicalId, 'Properties', 'ImageTagMutability'],
        },
      ];
    });
  },
};

export const ECR_CHECKS: readonly CatalogueCheck[] = [
  lifecycleTagStatusLists,
  lifecyclePriorities,
  lifecycleNotJson,
  publicRepositoryPolicy,
  incompletePullGrant,
  mutableTags,
];
