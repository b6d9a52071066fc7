/**
 * Every catalogue check, by group. Each group (a folder) lists its own checks in its index.ts;
 * ids are CX + the main topic's two digits + a sequence from 10 (CX2310 is a T23 check), so they
 * never meet the first exam rules (CX1001–CX7001).
 */
import type { Rule } from '../rule';
import { DATA_CHECKS } from './data';
import { catalogueRule } from './engine';
import { GOVERNANCE_CHECKS } from './governance';
import { ROUTING_CHECKS } from './routing';
import type { CatalogueCheck } from './types';

export const CATALOGUE_CHECKS: readonly CatalogueCheck[] = [...DATA_CHECKS, ...ROUTING_CHECKS, ...GOVERNANCE_CHECKS];

export const CATALOGUE_RULES: readonly Rule[] = CATALOGUE_CHECKS.map(catalogueRule);
