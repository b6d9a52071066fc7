import { entryOf } from '../../../model';
/** SAM gradual deployments: provisioned concurrency needs the alias, and the preference's type. */
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName, literalBoolean, literalString } from '../support/values';
import { SAM_FUNCTION, SAM_GRADUAL_URL, SAM_PREFERENCE_URL, samPreference, samSetting } from './samModel';

const SAM_FUNCTION_URL = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html';
const PREDEFINED = [
  'Canary10Percent5Minutes',
  'Canary10Percent10Minutes',
  'Canary10Percent15Minutes',
  'Canary10Percent30Minutes',
  'Linear10PercentEvery1Minute',
  'Linear10PercentEvery2Minutes',
  'Linear10PercentEvery3Minutes',
  'Linear10PercentEvery10Minutes',
  'AllAtOnce',
];

/** CX1810: ProvisionedConcurrencyConfig without AutoPublishAlias. */
export const samProvisionedConcurrencyAlias: CatalogueCheck = {
  id: 'CX1810',
  title: 'SAM function sets ProvisionedConcurrencyConfig without AutoPublishAlias',
  topics: ['T18'],
  severity: 'error',
  url: SAM_FUNCTION_URL,
  rejection: {
    quote: 'ProvisionedConcurrencyConfig can be specified only if the AutoPublishAlias is set. Otherwise, an error results.',
    url: SAM_FUNCTION_URL,
  },
  explanation: {
    what:
      'Provisioned concurrency is allocated to a published version or an alias, never to $LATEST. SAM puts it on the alias that ' +
      'AutoPublishAlias creates, so without AutoPublishAlias there is nothing to attach it to and the SAM transform fails.',
    exam:
      'cold starts for a latency-sensitive function are removed with provisioned concurrency on an alias (optionally scaled ' +
      'with Application Auto Scaling), which also keeps working while CodeDeploy shifts the alias between versions.',
    scenario: 'the API must respond without cold-start delays right after a deployment',
  },
  resourceTypes: [SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    let globalReported = false;
    for (const func of context.resources(SAM_FUNCTION)) {
      const config = samSetting(context, func, 'ProvisionedConcurrencyConfig');
      if (!config || intrinsicName(config.entry.value) !== undefined || samSetting(context, func, 'AutoPublishAlias')) continue;
      if (config.global && globalReported) continue;
      globalReported ||= config.global;
      hits.push({
        message:
          `Function '${func.logicalId}' has ProvisionedConcurrencyConfig but no AutoPublishAlias: SAM can only put provisioned ` +
          'concurrency on the alias it publishes, and the transform fails',
        span: config.entry.key.span,
        path: config.path,
      });
    }
    return hits;
  },
};

/** CX1811: all traffic moves to the new version at once. */
export const samAllAtOnce: CatalogueCheck = {
  id: 'CX1811',
  title: 'SAM DeploymentPreference shifts all traffic at once (AllAtOnce)',
  topics: ['T18'],
  severity: 'info',
  url: SAM_PREFERENCE_URL,
  explanation: {
    what:
      'AllAtOnce moves the alias to the new version in one step: hooks and alarms can still roll it back, but every request ' +
      'already goes to the new code when a problem shows. Canary… sends 10% first for a few minutes; Linear… adds 10% at a ' +
      'fixed interval.',
    exam:
      '"limit the impact of a faulty release" or "test with a small share of production traffic first" points to a canary ' +
      'or linear deployment preference with alarms; AllAtOnce only fits development stages.',
    scenario: 'release the new Lambda version to 10% of users first and roll back automatically on errors',
  },
  resourceTypes: [SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const func of context.resources(SAM_FUNCTION)) {
      const preference = samPreference(context, func);
      const type = preference?.value('Type');
      const name = literalString(type);
      if (!preference || (name !== 'AllAtOnce' && name !== 'CodeDeployDefault.LambdaAllAtOnce')) continue;
      const path = preference.pathOf('Type');
      if (reported.has(path.join('/'))) continue;
      reported.add(path.join('/'));
      hits.push({
        message: `Function '${func.logicalId}' deploys new versions AllAtOnce: all traffic moves at the same time instead of a canary or linear shift`,
        span: type!.span,
        path,
      });
    }
    return hits;
  },
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The predefined type a misspelt Type was meant to be. */
function nearestPredefined(name: string): string | undefined {
  const lower = name.toLowerCase();
  // A shortened unit (`Canary10Percent10Min`) is a prefix of the name it means.
  return PREDEFINED.find((candidate) => candidate.toLowerCase() === lower || distance(candidate.toLowerCase(), lower) <= 2 || (lower.length >= 15 && candidate.toLowerCase().startsWith(lower)));
}

/** CX1812: a Type that is a near miss of a predefined one. */
export const samPreferenceTypeTypo: CatalogueCheck = {
  id: 'CX1812',
  title: 'SAM DeploymentPreference Type is a misspelt predefined configuration',
  topics: ['T18'],
  severity: 'warning',
  url: SAM_GRADUAL_URL,
  explanation: {
    what:
      'SAM turns the predefined types (Canary10Percent5Minutes, Linear10PercentEvery1Minute, AllAtOnce…) into ' +
      'CodeDeployDefault.Lambda… configurations and passes any other value through as the name of a custom deployment ' +
      'configuration. A near miss is therefore looked up as a custom configuration that does not exist, and CodeDeploy refuses ' +
      'the deployment group.',
    exam:
      'the predefined Lambda configurations are Canary10Percent5/10/15/30Minutes, Linear10PercentEvery1/2/3/10Minute(s) and ' +
      'AllAtOnce; anything else needs an AWS::CodeDeploy::DeploymentConfig with a TrafficRoutingConfig.',
  },
  resourceTypes: [SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    const custom = new Set(context.resources('AWS::CodeDeploy::DeploymentConfig').map((config) => literalString(entryOf(config.properties, 'DeploymentConfigName')?.value)));
    const reported = new Set<string>();
    for (const func of context.resources(SAM_FUNCTION)) {
      const preference = samPreference(context, func);
      const type = preference?.value('Type');
      const name = literalString(type);
      if (!preference || name === undefined || PREDEFINED.includes(name) || name.startsWith('CodeDeployDefault.') || custom.has(name)) continue;
      const nearest = nearestPredefined(name);
      const path = preference.pathOf('Type');
      if (!nearest || reported.has(path.join('/'))) continue;
      reported.add(path.join('/'));
      hits.push({
        message:
          `DeploymentPreference Type '${name}' of function '${func.logicalId}' is not a predefined configuration (did you mean ` +
          `'${nearest}'?): SAM passes it on as the name of a custom configuration that does not exist`,
        span: type!.span,
        path,
        fixes: [{ title: `Change to ${nearest}`, edits: [{ span: type!.span, newText: context.template.format === 'json' ? JSON.stringify(nearest) : nearest }], preferred: true }],
      });
    }
    return hits;
  },
};

/** CX1823: a DeploymentPreference written but turned off. */
export const samPreferenceDisabled: CatalogueCheck = {
  id: 'CX1823',
  title: 'SAM DeploymentPreference with alarms or hooks turned off (Enabled false)',
  topics: ['T18'],
  severity: 'warning',
  url: SAM_PREFERENCE_URL,
  explanation: {
    what:
      'With Enabled false, SAM creates no CodeDeploy application or deployment group for the function: each deployment moves the ' +
      'alias to the new version at once, and the preference\'s Type, Alarms and Hooks are ignored.',
    exam:
      'safe Lambda releases are a DeploymentPreference (Canary or Linear) with alarms that roll back and hooks that test the new ' +
      'version; turn it off only in a development stage, through a parameter or condition rather than a literal false.',
    trap: 'the alarms and hooks stay in the template and look protective, but nothing runs them.',
  },
  resourceTypes: [SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const func of context.resources(SAM_FUNCTION)) {
      const preference = entryOf(func.properties, 'DeploymentPreference');
      const enabled = preference && entryOf(preference.value, 'Enabled');
      // Hook functions turn their own preference off, as SAM's docs show; only a preference with alarms or hooks looks protective.
      if (!enabled || literalBoolean(enabled.value) !== false) continue;
      if (!entryOf(preference.value, 'Alarms') && !entryOf(preference.value, 'Hooks')) continue;
      hits.push({
        message: `The DeploymentPreference of function '${func.logicalId}' is turned off (Enabled false): new versions take all traffic at once, and its alarms and hooks never run`,
        span: enabled.value.span,
        path: ['Resources', func.logicalId, 'Properties', 'DeploymentPreference', 'Enabled'],
      });
    }
    return hits;
  },
};
