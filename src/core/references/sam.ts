/**
 * Resources the SAM transform generates and templates may refer to (see "Generated AWS CloudFormation
 * resources for AWS SAM" in the SAM developer guide): a function's role (`MyFunctionRole`), the
 * version and alias of `AutoPublishAlias` (`MyFunctionVersion640128d35d`, `MyFunctionAliaslive`),
 * its CodeDeploy deployment group, function URL and event invoke config, and the resources of each
 * of its events, named after the event (`MyFunctionMyQueueEvent`, `MyFunctionMyTopicPermission`);
 * an API's stages and deployments; shared implicit ones (`ServerlessRestApi`, `ServerlessHttpApi`,
 * the CodeDeploy application and role). `MyFunction.Alias` and `MyFunction.Version` are SAM's
 * referenceable properties. A name that merely starts with a function's logical ID is not one of
 * them: a misspelled `Ref` to a hook function must still be reported.
 * CloudFormation modules (types ending in `::MODULE`) add resources named after the module
 * (`MyModuleBucket`), which templates refer to as `MyModuleBucket` or `MyModule.Bucket`.
 */
import { memoized } from '../memo';
import { isMap, isString, valueOf } from '../model';
import type { ReferenceIndex } from './referenceIndex';
import type { Declaration } from './types';

const IMPLICIT_PREFIXES = ['ServerlessRestApi', 'ServerlessHttpApi'];
/** Shared resources SAM names itself: CodeDeploy's, and a SHARED usage plan's (ServerlessUsagePlan, ServerlessApiKey, ServerlessUsagePlanKey). */
const IMPLICIT_NAMES = new Set(['ServerlessDeploymentApplication', 'CodeDeployServiceRole', 'ServerlessUsagePlan', 'ServerlessApiKey', 'ServerlessUsagePlanKey']);

/** What SAM appends to a resource's logical ID, per type; `events` also allows `<EventName>` and anything after it. */
const SUFFIXES: Readonly<Record<string, { fixed: RegExp; events: boolean }>> = {
  'AWS::Serverless::Function': { fixed: /^(Role|Version[0-9a-fA-F]*|Alias\w+|DeploymentGroup|Url|UrlPublicPermissions|EventInvokeConfig\w*)$/, events: true },
  'AWS::Serverless::StateMachine': { fixed: /^(Role|Version[0-9a-fA-F]*|Alias\w+|DeploymentGroup)$/, events: true },
  'AWS::Serverless::LayerVersion': { fixed: /^[0-9a-fA-F]+$/, events: false },
  'AWS::Serverless::SimpleTable': { fixed: /^$/, events: false },
  'AWS::Serverless::Application': { fixed: /^$/, events: false },
};

export function isGeneratedName(index: ReferenceIndex, name: string): boolean {
  if (index.isSam && (IMPLICIT_NAMES.has(name) || IMPLICIT_PREFIXES.some((prefix) => name.startsWith(prefix)))) return true;
  if (index.isSam && memoized(index, namedQueues).has(name)) return true;
  return generatorOf(index, name) !== undefined;
}

/**
 * The declared resource that generates this name (`MyFunction` for `MyFunctionRole` and `MyFunction.Alias`,
 * `MyModule` for `MyModule.Bucket`); of two that could, the longer logical ID. A rename of the generator
 * renames the name's prefix.
 */
export function generatorOf(index: ReferenceIndex, name: string): Declaration | undefined {
  const dot = name.indexOf('.');
  const base = dot < 0 ? name : name.slice(0, dot);
  let found: Declaration | undefined;
  for (const declaration of memoized(index, generators)) {
    if (!base.startsWith(declaration.name)) continue;
    const generated = base === declaration.name ? dot >= 0 && dottedAllowed(declaration, name.slice(dot + 1)) : suffixAllowed(declaration, base.slice(declaration.name.length));
    if (generated && (!found || declaration.name.length > found.name.length)) found = declaration;
  }
  return found;
}

/** The resources whose logical IDs prefix names they generate, found once per index. */
function generators(index: ReferenceIndex): Declaration[] {
  return index.declarations.filter((declaration) => declaration.kind === 'resource' && isGenerator(index, declaration.detail));
}

/**
 * SAM's referenceable properties of a function or state machine (`MyFunction.Alias`, and the destinations an
 * EventInvokeConfig creates); a module, an API and the newer SAM types are not limited here.
 */
const DOTTED: Readonly<Record<string, ReadonlySet<string>>> = {
  'AWS::Serverless::Function': new Set(['Alias', 'Version', 'DestinationTopic', 'DestinationQueue']),
  'AWS::Serverless::StateMachine': new Set(['Alias', 'Version']),
};

function dottedAllowed(declaration: Declaration, property: string): boolean {
  const allowed = declaration.detail ? DOTTED[declaration.detail] : undefined;
  return !allowed || allowed.has(property);
}

function suffixAllowed(declaration: Declaration, suffix: string): boolean {
  const rule = declaration.detail ? SUFFIXES[declaration.detail] : undefined;
  // Modules, APIs and the newer SAM types name what they add in more ways: any suffix.
  if (!rule) return true;
  if (rule.fixed.test(suffix)) return true;
  return rule.events && eventNames(declaration).some((event) => suffix.startsWith(event));
}

/**
 * The dead-letter queues SAM creates under a name the template gives: an event's
 * `DeadLetterConfig: {Type: SQS, QueueLogicalId: MyDlq}` ("The custom name of the dead letter queue that AWS SAM creates").
 */
function namedQueues(index: ReferenceIndex): Set<string> {
  const names = new Set<string>();
  for (const declaration of memoized(index, generators)) {
    const events = valueOf(valueOf(declaration.entry.value, 'Properties'), 'Events');
    for (const event of isMap(events) ? events.entries : []) {
      const name = valueOf(valueOf(valueOf(event.value, 'Properties'), 'DeadLetterConfig'), 'QueueLogicalId');
      if (isString(name)) names.add(name.value);
    }
  }
  return names;
}

function eventNames(declaration: Declaration): string[] {
  const events = valueOf(valueOf(declaration.entry.value, 'Properties'), 'Events');
  return isMap(events) ? events.entries.map((entry) => entry.key.value) : [];
}

function isGenerator(index: ReferenceIndex, type: string | undefined): boolean {
  if (!type) return false;
  return type.endsWith('::MODULE') || (index.isSam && type.startsWith('AWS::Serverless::'));
}
