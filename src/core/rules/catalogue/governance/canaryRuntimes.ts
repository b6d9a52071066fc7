/** T31: CloudWatch Synthetics canaries on a runtime version Synthetics no longer creates canaries on. */
import { propertyHit, push, stringValues } from '../data/common';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyAt } from '../support/values';

const PAGE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Runtime_Support_Policy.html';

/**
 * The deprecated versions of each runtime family, from the deprecation table of PAGE (read 2026-12-07):
 * every version up to and including `through` (the table's newest rows: syn-python-selenium-5.1 on
 * 2026-02-03, syn-nodejs-puppeteer-7.0 on 2026-01-22). Playwright and Java runtimes have none.
 */
const DEPRECATED_THROUGH: Readonly<Record<string, readonly [number, number]>> = {
  'syn-nodejs-puppeteer': [7, 0],
  'syn-python-selenium': [5, 1],
};
/** The runtimes named before the language-framework convention, all deprecated. */
const OLDEST = /^syn-(?:1\.0|nodejs-2\.\d+)(?:-beta)?$/;
const VERSIONED = /^(syn-[a-z]+-[a-z]+)-(\d+)\.(\d+)(?:-beta)?$/;

/** Whether Synthetics lists this runtime version as deprecated. */
export function isDeprecatedCanaryRuntime(version: string): boolean {
  if (OLDEST.test(version)) return true;
  const parts = VERSIONED.exec(version);
  const through = parts ? DEPRECATED_THROUGH[parts[1]] : undefined;
  if (!parts || !through) return false;
  const [major, minor] = [Number(parts[2]), Number(parts[3])];
  return major < through[0] || (major === through[0] && minor <= through[1]);
}

/** CX3131: a canary on a deprecated Synthetics runtime version. */
export const canaryDeprecatedRuntime: CatalogueCheck = {
  id: 'CX3131',
  title: 'Synthetics canary on a deprecated runtime version',
  topics: ['T31'],
  severity: 'error',
  url: PAGE,
  rejection: { quote: "You can't create canaries using deprecated runtime versions.", url: PAGE },
  explanation: {
    what:
      'A canary runs on a Synthetics runtime version (syn-nodejs-puppeteer-…, syn-python-selenium-…, syn-nodejs-playwright-…), ' +
      'a Lambda runtime plus the Synthetics library and a browser. When a part of it loses support, Synthetics deprecates the ' +
      'version: canaries already on it keep running, but no new canary can be created on it, so a stack that creates one fails.',
    exam:
      'synthetic monitoring of an endpoint is a canary whose SuccessPercent metric feeds an alarm; keeping it on a supported ' +
      'runtime is part of operating it (Synthetics emails 60 days before a runtime it uses is deprecated).',
    trap: 'copying an old template or blog post brings its old runtime version with it: deploying it in a new account or Region fails.',
  },
  resourceTypes: ['AWS::Synthetics::Canary'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const canary of context.resources('AWS::Synthetics::Canary')) {
      const versions = stringValues(context, propertyAt(canary, 'RuntimeVersion'));
      const deprecated = versions?.filter(isDeprecatedCanaryRuntime) ?? [];
      if (deprecated.length === 0) continue;
      const every = deprecated.length === versions!.length;
      const hit = propertyHit(
        canary,
        ['RuntimeVersion'],
        `Canary '${canary.logicalId}' ${every ? 'runs' : 'can run'} on ${deprecated.join(' or ')}, a deprecated Synthetics runtime version: ` +
          'Synthetics no longer creates canaries on it; move to the newest version of its family',
      );
      push(hits, hit && !every ? { ...hit, severity: 'warning' } : hit);
    }
    return hits;
  },
};
