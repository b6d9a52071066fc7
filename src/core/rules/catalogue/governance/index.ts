/** Catalogue checks on governance and monitoring (T29–T33). */
import type { CatalogueCheck } from '../types';
import { CONFIG_ORDERING_CHECKS } from './configOrdering';
import { CONFIG_RULE_CHECKS } from './configRules';

export const GOVERNANCE_CHECKS: readonly CatalogueCheck[] = [...CONFIG_RULE_CHECKS, ...CONFIG_ORDERING_CHECKS];
