/** Lambda SnapStart on a function it cannot serve. */
import { valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { propertyHit, push, resourceHit } from '../data/common';
import { samSetting } from './samModel';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalNumber, literalString } from '../support/values';

const FUNCTION = 'AWS::Lambda::Function';
const SAM_FUNCTION = 'AWS::Serverless::Function';
const VERSION = 'AWS::Lambda::Version';
const ALIAS = 'AWS::Lambda::Alias';
const SNAPSTART_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html';

/** The managed runtimes SnapStart supports: Java 11 and later, Python 3.12 and later, .NET 8 and later. */
function supportsSnapStart(runtime: string): boolean {
  const [, language, version] = /^(java|python3\.|dotnet)(\d+)/.exec(runtime) ?? [];
  if (!language || runtime.startsWith('java8')) return false;
  const minimum = { java: 11, 'python3.': 12, dotnet: 8 }[language] ?? Infinity;
  return Number(version) >= minimum;
}

/** CX1917: SnapStart with an unsupported runtime, EFS, ephemeral storage above 512 MB or provisioned concurrency. */
export const snapStartUnsupported: CatalogueCheck = {
  id: 'CX1917',
  title: 'Lambda SnapStart on a function SnapStart does not support',
  topics: ['T19', 'T18'],
  severity: 'error',
  url: SNAPSTART_URL,
  rejection: {
    quote: 'SnapStart does not support provisioned concurrency, Amazon Elastic File System (Amazon EFS), or ephemeral storage greater than 512 MB.',
    url: SNAPSTART_URL,
  },
  explanation: {
    what:
      'SnapStart initializes a function when a version is published and resumes new execution environments from a snapshot of it. ' +
      'It works only on Java 11 and later, Python 3.12 and later and .NET 8 and later managed runtimes (not other runtimes, ' +
      'OS-only runtimes or container images), and not together with provisioned concurrency, an EFS file system or more than ' +
      '512 MB of ephemeral storage: Lambda refuses such a configuration.',
    exam:
      'cold starts of a latency-sensitive API: SnapStart (on published versions, through an alias) costs nothing extra on Java; ' +
      'provisioned concurrency keeps environments warm for a price and is the answer where SnapStart cannot apply. They are alternatives, not a pair.',
    scenario: 'reduce the cold-start latency of a Java function behind API Gateway without paying for idle capacity',
    trap: 'SnapStart applies to published versions only: calling $LATEST gets no snapshot.',
  },
  resourceTypes: [FUNCTION, SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const fn of context.resources(FUNCTION, SAM_FUNCTION)) {
      const setting = settingOf(context, fn);
      if (literalString(valueOf(setting('SnapStart'), 'ApplyOn')) !== 'PublishedVersions') continue;
      for (const [path, message] of problems(context, fn, setting)) {
        // A setting inherited from Globals has no place on the function: the finding goes on its logical id.
        push(hits, propertyHit(fn, path, `Function '${fn.logicalId}' turns on SnapStart, ${message}`) ?? resourceHit(fn, `Function '${fn.logicalId}' turns on SnapStart, ${message} (its SnapStart comes from Globals)`));
      }
    }
    return hits;
  },
};

/** Each reason SnapStart cannot serve the function: where to show it, and why. */
/** A property of the function; for a SAM function, the one Globals gives it when it sets none. */
function settingOf(context: CheckContext, fn: ResourceDeclaration): (name: string) => TemplateNode | undefined {
  if (fn.type !== SAM_FUNCTION) return (name) => valueOf(fn.properties, name);
  return (name) => samSetting(context, fn, name)?.entry.value;
}

function problems(context: CheckContext, fn: ResourceDeclaration, setting: (name: string) => TemplateNode | undefined): [string[], string][] {
  const found: [string[], string][] = [];
  const runtime = literalString(setting('Runtime'));
  if (runtime !== undefined && !supportsSnapStart(runtime)) {
    found.push([['SnapStart'], `but runtime ${runtime} has no SnapStart (Java 11+, Python 3.12+ and .NET 8+ have)`]);
  }
  if (literalString(setting('PackageType')) === 'Image') found.push([['SnapStart'], 'but SnapStart does not support container images']);
  if (setting('FileSystemConfigs')) found.push([['FileSystemConfigs'], 'which does not support an EFS file system']);
  const ephemeral = literalNumber(valueOf(setting('EphemeralStorage'), 'Size'));
  if (ephemeral !== undefined && ephemeral > 512) found.push([['EphemeralStorage', 'Size'], `which supports at most 512 MB of ephemeral storage, not ${ephemeral}`]);
  const provisioned = provisionedConcurrencyOf(context, fn, setting);
  if (provisioned) found.push([['SnapStart'], `which does not support provisioned concurrency, set ${provisioned}`]);
  return found;
}

/** Where provisioned concurrency is set on the function: on the SAM function, or on a version or alias of it. */
function provisionedConcurrencyOf(context: CheckContext, fn: ResourceDeclaration, setting: (name: string) => TemplateNode | undefined): string | undefined {
  if (fn.type === SAM_FUNCTION) return setting('ProvisionedConcurrencyConfig') ? 'on the function (its alias)' : undefined;
  for (const other of context.resources(VERSION, ALIAS)) {
    if (!valueOf(other.properties, 'ProvisionedConcurrencyConfig')) continue;
    if (context.referenced(valueOf(other.properties, 'FunctionName')) === fn) return `on '${other.logicalId}'`;
  }
  return undefined;
}
