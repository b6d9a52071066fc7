/**
 * Every catalogue check, by group. Each group (a folder) lists its own checks in its index.ts;
 * ids are CX + the main topic's two digits + a sequence from 10 (CX2310 is a T23 check), so they
 * never meet the first exam rules (CX1001–CX7001).
 */
import type { Rule } from '../rule';
import { AUTOSCALING_CHECKS } from './autoscaling';
import { BEANSTALK_CHECKS } from './beanstalk';
import { CONTAINER_CHECKS } from './containers';
import { DATA_CHECKS } from './data';
import { catalogueRule } from './engine';
import { CODEDEPLOY_CHECKS } from './codedeploy';
import { GOVERNANCE_CHECKS } from './governance';
import { ORDERED_PAIR_CHECKS } from './ordered';
import { PIPELINE_CHECKS } from './pipeline';
import { ROUTING_CHECKS } from './routing';
import { SERVERLESS_CHECKS } from './serverless';
import type { CatalogueCheck } from './types';

export const CATALOGUE_CHECKS: readonly CatalogueCheck[] = [
  ...PIPELINE_CHECKS,
  ...CODEDEPLOY_CHECKS,
  ...AUTOSCALING_CHECKS,
  ...BEANSTALK_CHECKS,
  ...CONTAINER_CHECKS,
  ...SERVERLESS_CHECKS,
  ...DATA_CHECKS,
  ...ROUTING_CHECKS,
  ...GOVERNANCE_CHECKS,
  ...ORDERED_PAIR_CHECKS,
];

export const CATALOGUE_RULES: readonly Rule[] = CATALOGUE_CHECKS.map(catalogueRule);
