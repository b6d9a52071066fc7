/** Catalogue checks on data stores and secrets (T20–T24). */
import type { CatalogueCheck } from '../types';
import { s3ReplicationVersioning } from './s3ReplicationVersioning';

export const DATA_CHECKS: readonly CatalogueCheck[] = [s3ReplicationVersioning];
