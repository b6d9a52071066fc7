/** Where a Lambda runtime stands today, by the lifecycle dates of the compiled registry data. */
import { today } from '../clock';
import type { RuntimeLifecycle } from './registry';

export type RuntimeStatus = 'current' | 'deprecated' | 'blocked';

/** `blocked` once Lambda refuses to create functions on it, `deprecated` once it gets no more patches. */
export function runtimeStatus(lifecycle: RuntimeLifecycle | undefined): RuntimeStatus {
  if (!lifecycle) return 'current';
  const now = today();
  const reached = (date: string | null) => date !== null && date <= now;
  if (reached(lifecycle['create-block']) || reached(lifecycle['update-block'])) return 'blocked';
  return reached(lifecycle.deprecated) ? 'deprecated' : 'current';
}
