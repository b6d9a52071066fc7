/** T09 checks on what cfn-signal and cfn-init are told: which resource, which stack, which Region. */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { helperCalls, initMetadata, literalName, scriptSources, type HelperCall, type ScriptSource } from '../support/helperScripts';
import { attributeAt, literalBoolean } from '../support/values';
import { GROUP, launchTemplateOf, launchTemplateSpecifications } from './groups';

const CREATION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html';
const SIGNAL_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/cfn-signal.html';
const INIT_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/cfn-init.html';

/** Whether a --stack value names this stack (`${AWS::StackName}`, a Join of `Ref AWS::StackName`, …). */
function namesThisStack(call: HelperCall): boolean {
  const stack = call.options.get('stack');
  return stack !== undefined && /AWS::Stack(Name|Id)/.test(stack);
}

/** cfn-signal calls that signal a resource of this stack (not a wait condition URL). */
function resourceSignals(calls: HelperCall[]): HelperCall[] {
  return calls.filter((call) => call.tool === 'cfn-signal' && (call.options.has('resource') || call.options.has('stack')));
}

/** The resources whose user data and cfn-init metadata configure the instances of `resource`. */
function launchOwners(context: CheckContext, resource: ResourceDeclaration): ResourceDeclaration[] | undefined {
  if (resource.type === 'AWS::EC2::Instance') {
    const specification = valueOf(resource.properties, 'LaunchTemplate');
    if (!specification) return [resource];
    const template = launchTemplateOf(context, specification);
    return template ? [resource, template] : undefined;
  }
  if (valueOf(resource.properties, 'InstanceId') !== undefined) return undefined;
  const configuration = valueOf(resource.properties, 'LaunchConfigurationName');
  if (configuration !== undefined) {
    const target = context.referenced(configuration);
    return target?.type === 'AWS::AutoScaling::LaunchConfiguration' ? [target] : undefined;
  }
  const owners: ResourceDeclaration[] = [];
  for (const { node } of launchTemplateSpecifications(resource)) {
    const template = launchTemplateOf(context, node);
    if (!template) return undefined;
    owners.push(template);
  }
  return owners.length > 0 ? owners : undefined;
}

function waitsForSignals(resource: ResourceDeclaration): boolean {
  if (attributeAt(resource, 'CreationPolicy', 'ResourceSignal') !== undefined) return true;
  return literalBoolean(attributeAt(resource, 'UpdatePolicy', 'AutoScalingRollingUpdate', 'WaitOnResourceSignals')) === true;
}

/** CX0914: the instances signal some other resource than the one waiting for them. */
export const signalNamesOtherResource: CatalogueCheck = {
  id: 'CX0914',
  title: 'cfn-signal names another resource than the one waiting for the signals, or none',
  topics: ['T09'],
  severity: 'error',
  url: CREATION_PAGE,
  rejection: {
    quote:
      "If the resource receives a failure signal or doesn't receive the specified number of signals before the timeout period expires, " +
      'the resource creation fails and CloudFormation rolls the stack back.',
    url: CREATION_PAGE,
  },
  explanation: {
    what:
      'cfn-signal --resource takes the logical ID of the resource that has the CreationPolicy (or the rolling update with ' +
      'WaitOnResourceSignals): for an Auto Scaling group, the group, not its launch template. Signals sent to another name never ' +
      'reach the waiting resource, which fails when its timeout ends.',
    exam: 'the classic bootstrap is cfn-init … --resource <LaunchTemplate or Instance> then cfn-signal -e $? … --resource <Group or Instance>.',
    trap: 'cfn-init reads the metadata of the launch template, cfn-signal signals the group: the two --resource values differ.',
  },
  resourceTypes: [GROUP, 'AWS::EC2::Instance'],
  run(context) {
    const hits: CheckHit[] = [];
    // A function or script elsewhere in the template may send the signal through the API instead.
    if (context.mentions(/signal[-_]?resource/i)) return hits;
    const sources = scriptSources(context);
    for (const resource of context.resources(GROUP, 'AWS::EC2::Instance')) {
      if (!waitsForSignals(resource)) continue;
      const owners = launchOwners(context, resource);
      if (!owners) continue;
      const mine = sources.filter((source) => owners.includes(source.owner));
      if (mine.length === 0 || mine.some((source) => source.text === undefined)) continue;
      const signals = mine.flatMap((source) => resourceSignals(helperCalls(source.text!)).map((call) => ({ source, call })));
      if (signals.length === 0) {
        const lost = unaddressedSignal(mine);
        if (lost) hits.push(lostSignalHit(resource, lost));
        continue;
      }
      const names = signals.map(({ call }) => (namesThisStack(call) ? literalName(call.options.get('resource')) : undefined));
      if (names.some((name) => name === undefined || name === resource.logicalId)) continue;
      const { source } = signals[0];
      const named = names[0]!;
      const what = context.resource(named) ? `'${named}'` : `'${named}', which is not a resource of this template`;
      // Only a rolling update waits when there is no CreationPolicy: the stack is created, and its next such update fails.
      const when = attributeAt(resource, 'CreationPolicy', 'ResourceSignal') !== undefined ? 'fails when its timeout ends' : 'its next rolling update fails when PauseTime ends';
      hits.push({
        message:
          `The instances of '${resource.logicalId}' run cfn-signal --resource ${what}, but '${resource.logicalId}' is the resource ` +
          `waiting for the signals: it never receives them and ${when}`,
        span: source.node.span,
        path: source.path,
      });
    }
    return hits;
  },
};

/** A cfn-signal call of these scripts that names no stack and resource, and no wait condition URL, when every call is such. */
function unaddressedSignal(sources: ScriptSource[]): ScriptSource | undefined {
  for (const source of sources) {
    const calls = helperCalls(source.text!).filter((call) => call.tool === 'cfn-signal');
    if (calls.length > 0 && calls.every((call) => call.positional.length === 0 && !call.options.has('url'))) return source;
  }
  return undefined;
}

function lostSignalHit(resource: ResourceDeclaration, source: ScriptSource): CheckHit {
  return {
    message:
      `cfn-signal in ${describeSource(source)} names no --stack and --resource (in cfn-signal, -s is --success and -r is --reason): ` +
      `the signal reaches no resource, and '${resource.logicalId}' fails when its timeout ends`,
    span: source.node.span,
    path: source.path,
  };
}

/** CX0915: helper scripts that fall back to the us-east-1 endpoint. */
export const helperScriptWithoutRegion: CatalogueCheck = {
  id: 'CX0915',
  title: 'cfn-init or cfn-signal called without --region',
  topics: ['T09'],
  severity: 'warning',
  url: SIGNAL_PAGE,
  explanation: {
    what:
      'The helper scripts call the CloudFormation endpoint of the Region given with --region, and us-east-1 when it is missing. In a ' +
      'stack in any other Region, cfn-init then finds no metadata and cfn-signal no stack, so the bootstrap fails and the CreationPolicy times out.',
    exam: 'pass --region ${AWS::Region} (and --stack ${AWS::StackName}) so that the same template works in every Region of a multi-Region deployment.',
    scenario: 'the stack works in us-east-1 but times out waiting for signals when deployed to eu-west-1',
  },
  resourceTypes: ['AWS::EC2::LaunchTemplate', 'AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const source of scriptSources(context)) {
      if (source.text === undefined) continue;
      const calls = helperCalls(source.text).filter(
        (call) => namesThisStack(call) && (call.tool === 'cfn-init' || call.options.has('resource')),
      );
      const missing = [...new Set(calls.filter((call) => !call.options.has('region') && !call.options.has('url')).map((call) => call.tool))];
      if (missing.length === 0) continue;
      hits.push({
        message:
          `${missing.join(' and ')} in ${describeSource(source)} ${missing.length > 1 ? 'have' : 'has'} no --region: the helper scripts then ` +
          'call us-east-1, and fail in a stack in any other Region',
        span: source.node.span,
        path: source.path,
      });
    }
    return hits;
  },
};

function describeSource(source: ScriptSource): string {
  return source.path.includes('Metadata') ? `the cfn-init metadata of '${source.owner.logicalId}'` : `the user data of '${source.owner.logicalId}'`;
}

/** CX0916: cfn-init pointed at metadata that does not exist. */
export const initNamesMissingMetadata: CatalogueCheck = {
  id: 'CX0916',
  title: 'cfn-init names a resource or config set without AWS::CloudFormation::Init metadata',
  topics: ['T09'],
  severity: 'warning',
  url: INIT_PAGE,
  explanation: {
    what:
      'cfn-init reads the AWS::CloudFormation::Init metadata of the resource given with --resource and runs the config sets given ' +
      'with --configsets (or the config key). A name without that metadata, or a config set the metadata does not define, makes ' +
      'cfn-init fail, and cfn-signal -e $? then reports the failure.',
    exam: 'cfn-init installs packages, files and services declared in metadata; cfn-hup re-runs it when the metadata changes on a stack update.',
  },
  resourceTypes: ['AWS::EC2::LaunchTemplate', 'AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const source of scriptSources(context)) {
      if (source.text === undefined) continue;
      const problems = new Set<string>();
      for (const call of helperCalls(source.text)) {
        if (call.tool !== 'cfn-init' || !namesThisStack(call)) continue;
        const name = literalName(call.options.get('resource'));
        if (name === undefined) continue;
        const problem = initProblem(context, name, call.options.get('configsets'));
        if (problem) problems.add(problem);
      }
      for (const problem of problems) {
        hits.push({ message: `cfn-init in ${describeSource(source)} ${problem}`, span: source.node.span, path: source.path });
      }
    }
    return hits;
  },
};

function initProblem(context: CheckContext, name: string, configSets: string | undefined): string | undefined {
  const target = context.resource(name);
  if (!target) return `reads the metadata of '${name}', which is not a resource of this template`;
  const init = initMetadata(target);
  if (init === undefined) return `reads the metadata of '${name}', which has no AWS::CloudFormation::Init`;
  const sets = valueOf(init, 'configSets');
  if (configSets === undefined || !/^[\w,-]+$/.test(configSets) || sets === undefined || sets.kind !== 'map') return undefined;
  const declared = new Set(sets.entries.map((entry) => entry.key.value));
  const unknown = configSets.split(',').filter((set) => set !== '' && !declared.has(set));
  return unknown.length > 0 ? `runs config set ${unknown.map((set) => `'${set}'`).join(', ')}, which the metadata of '${name}' does not define` : undefined;
}
