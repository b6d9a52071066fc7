/** Catalogue checks on Elastic Beanstalk: platform, option settings and deployment policies (T13–T14). */
import type { CatalogueCheck } from '../types';
import { DEPLOYMENT_POLICY_CHECKS } from './deploymentPolicies';
import { environmentWithoutInstanceProfile, invalidOptionValue, triggerWithoutMeasure, unknownOption } from './optionChecks';
import { configurationTemplateSource, environmentPlatformTwice } from './platformSources';
import { environmentTierPair } from './tiers';
import { environmentBasicHealth } from './healthReporting';

export const BEANSTALK_CHECKS: readonly CatalogueCheck[] = [
  environmentPlatformTwice,
  configurationTemplateSource,
  unknownOption,
  invalidOptionValue,
  triggerWithoutMeasure,
  environmentWithoutInstanceProfile,
  environmentTierPair,
  environmentBasicHealth,
  ...DEPLOYMENT_POLICY_CHECKS,
];
