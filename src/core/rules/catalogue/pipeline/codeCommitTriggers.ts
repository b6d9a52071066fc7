/** CodeCommit repository triggers: the events CodeCommit accepts, and a Lambda target it may invoke. */
import { isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { mentions } from '../support/mentions';
import { literalString } from '../support/values';

const REPOSITORY = 'AWS::CodeCommit::Repository';
const TRIGGER_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codecommit-repository-repositorytrigger.html';
const API_TRIGGER_URL = 'https://docs.aws.amazon.com/codecommit/latest/APIReference/API_RepositoryTrigger.html';
const LAMBDA_TRIGGER_URL = 'https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html';
const VALID_EVENTS = ['all', 'updateReference', 'createReference', 'deleteReference'];

interface Trigger {
  index: number;
  node: TemplateNode;
  path: NodePath;
  name: string;
}

function triggersOf(repository: { logicalId: string; properties?: MapNode }): Trigger[] {
  const triggers = valueOf(repository.properties, 'Triggers');
  if (!isSeq(triggers)) return [];
  return triggers.items.map((node, index) => ({
    index,
    node,
    path: ['Resources', repository.logicalId, 'Properties', 'Triggers', index],
    name: literalString(valueOf(node, 'Name')) ?? `#${index + 1}`,
  }));
}

const EVENTS_EXPLANATION = {
  what:
    'A repository trigger fires on reference events only: updateReference (a push to a branch), createReference, ' +
    'deleteReference, or all of them with "all", which CodeCommit refuses in combination with any other value. Pull ' +
    'request and comment events are not trigger events at all.',
  exam:
    'to notify a team about pull requests, comments or approvals use a notification rule (AWS::CodeStarNotifications::' +
    'NotificationRule) or an EventBridge rule on CodeCommit events; triggers only cover pushes and branch or tag changes.',
  scenario: 'notify the team on Slack or by email whenever a pull request is created in the repository',
  trap: 'triggers, notification rules and EventBridge rules overlap; only notification rules and EventBridge see pull request events.',
};

/** CX0110: "all" combined with other trigger events. */
export const codeCommitTriggerAllEvents: CatalogueCheck = {
  id: 'CX0110',
  title: 'CodeCommit trigger combines "all" with other events',
  topics: ['T01'],
  severity: 'error',
  url: TRIGGER_URL,
  rejection: { quote: 'The valid value "all" cannot be used with any other values.', url: TRIGGER_URL },
  explanation: EVENTS_EXPLANATION,
  resourceTypes: [REPOSITORY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      for (const trigger of triggersOf(repository)) {
        const events = valueOf(trigger.node, 'Events');
        if (!isSeq(events) || events.items.length < 2) continue;
        const all = events.items.findIndex((item) => literalString(item) === 'all');
        if (all < 0) continue;
        hits.push({
          message:
            `Trigger '${trigger.name}' of repository '${repository.logicalId}' lists "all" together with other events: CodeCommit ` +
            'accepts "all" only on its own',
          span: events.items[all].span,
          path: [...trigger.path, 'Events', all],
        });
      }
    }
    return hits;
  },
};

/** CX0111: a trigger event CodeCommit does not know (pull request events among them). */
export const codeCommitTriggerEventName: CatalogueCheck = {
  id: 'CX0111',
  title: 'CodeCommit trigger event that CodeCommit does not accept',
  topics: ['T01'],
  severity: 'error',
  url: API_TRIGGER_URL,
  rejection: { quote: 'Valid Values: all | updateReference | createReference | deleteReference', url: API_TRIGGER_URL },
  explanation: EVENTS_EXPLANATION,
  resourceTypes: [REPOSITORY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      for (const trigger of triggersOf(repository)) {
        const events = valueOf(trigger.node, 'Events');
        if (!isSeq(events)) continue;
        for (const [index, item] of events.items.entries()) {
          const name = literalString(item);
          if (name === undefined || VALID_EVENTS.includes(name)) continue;
          hits.push({
            message:
              `Event '${name}' of trigger '${trigger.name}' on repository '${repository.logicalId}' is not a trigger event: ` +
              `CodeCommit accepts ${VALID_EVENTS.join(', ')}${/pull|comment|approv/i.test(name) ? ' (pull request events need a notification rule or an EventBridge rule)' : ''}`,
            span: item.span,
            path: [...trigger.path, 'Events', index],
          });
        }
      }
    }
    return hits;
  },
};

function lambdaTarget(context: CheckContext, trigger: Trigger) {
  const target = context.referenced(valueOf(trigger.node, 'DestinationArn'));
  return target?.type === 'AWS::Lambda::Function' || target?.type === 'AWS::Serverless::Function' ? target : undefined;
}

/** 'yes' when a Lambda permission lets CodeCommit invoke the function; 'unknown' when one is computed. */
function codeCommitMayInvoke(context: CheckContext, functionId: string): 'yes' | 'no' | 'unknown' {
  let unknown = false;
  for (const permission of context.resources('AWS::Lambda::Permission')) {
    if (!mentions(valueOf(permission.properties, 'FunctionName'), functionId)) continue;
    const principal = literalString(valueOf(permission.properties, 'Principal'));
    if (principal === undefined) unknown = true;
    else if (principal === 'codecommit.amazonaws.com') return 'yes';
  }
  return unknown ? 'unknown' : 'no';
}

/** CX0112: a trigger to a Lambda function that CodeCommit has no permission to invoke. */
export const codeCommitTriggerLambdaPermission: CatalogueCheck = {
  id: 'CX0112',
  title: 'CodeCommit trigger targets a Lambda function that CodeCommit may not invoke',
  topics: ['T01'],
  severity: 'warning',
  url: LAMBDA_TRIGGER_URL,
  explanation: {
    what:
      'CodeCommit invokes a trigger\'s Lambda function with its own service principal, so the function needs a resource-based ' +
      'policy (an AWS::Lambda::Permission with Principal codecommit.amazonaws.com and the repository as SourceArn). The console ' +
      'adds it for you; a template must declare it, or every push event is dropped.',
    exam:
      'resource-based policies are how one service invokes another: EventBridge, S3, SNS and CodeCommit each need an ' +
      'AWS::Lambda::Permission naming their principal, scoped with SourceArn.',
    scenario: 'run a Lambda function that checks every push to the main branch',
  },
  resourceTypes: [REPOSITORY, 'AWS::Lambda::Permission'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      for (const trigger of triggersOf(repository)) {
        const target = lambdaTarget(context, trigger);
        if (!target || codeCommitMayInvoke(context, target.logicalId) !== 'no') continue;
        const destination = valueOf(trigger.node, 'DestinationArn')!;
        hits.push({
          message:
            `Trigger '${trigger.name}' of repository '${repository.logicalId}' invokes function '${target.logicalId}', but no ` +
            'AWS::Lambda::Permission lets codecommit.amazonaws.com invoke it: the trigger never runs the function',
          span: destination.span,
          path: [...trigger.path, 'DestinationArn'],
        });
      }
    }
    return hits;
  },
};
