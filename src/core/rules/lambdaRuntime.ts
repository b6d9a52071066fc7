import { today } from '../clock';
import { reachableBranches } from '../conditions';
import { finding, type Severity } from '../findings';
import { currentSchema } from '../schema/current';
import { alternativesOf, originWithoutFailure, type Alternative } from '../schema/constraints/alternatives';
import type { RuntimeLifecycle } from '../schema/registry';
import { parameterDeclaration, sectionOf } from '../sections';
import type { Rule } from './rule';
import { functionSettings } from './support/functionSettings';


/**
 * Lambda runtimes past their deprecation (AWS's runtime table, dated): once function updates are
 * blocked CloudFormation can neither create nor update the function (E2533); once creation is
 * blocked it cannot create one (E2531); a deprecated runtime still deploys, with no more patches (W2531).
 */
export const lambdaRuntimeRule: Rule = {
  id: 'E2533',
  needsText: ['Runtime'],
  description: 'Lambda runtimes whose function creation and updates are blocked',
  otherIds: {
    E2531: 'Lambda runtimes whose function creation is blocked',
    W2531: 'Lambda runtimes past their deprecation date',
  },
  run(template) {
    const registry = currentSchema()?.registry;
    if (!registry || !template.root) return [];
    const base = { parameter: (name: string) => parameterDeclaration(template.root, name), mappings: sectionOf(template.root, 'Mappings') };
    return functionSettings(template.root, 'Runtime').flatMap(({ node, path, condition }) => {
      const scope = { ...base, reachable: reachableBranches(template.root, condition) };
      // A parameter's AllowedValues give one Ref several runtimes: one finding per verdict, naming them all.
      const byVerdict = new Map<string, { verdict: Verdict; runtimes: string[]; alternative: ScalarAlternative }>();
      const alternatives = alternativesOf(node, path, scope);
      for (const alternative of alternatives) {
        if (alternative.kind !== 'scalar' || typeof alternative.value !== 'string') continue;
        const lifecycle = registry.lambdaRuntime(alternative.value);
        const verdict = lifecycle && verdictOf(alternative.value, lifecycle);
        if (!verdict) continue;
        const key = `${verdict.id}\0${alternative.node.span.start}\0${alternative.choice === true}`;
        const group = byVerdict.get(key);
        if (group) group.runtimes.push(alternative.value);
        else byVerdict.set(key, { verdict, runtimes: [alternative.value], alternative });
      }
      // A runtime a stack may be given, beside others that deploy, fails only the stacks given it; when every choice is blocked, every stack fails.
      const choices = alternatives.filter((alternative) => alternative.kind === 'scalar' && alternative.choice);
      const noneDeploys = choices.length === alternatives.length && choices.every((alternative) => blocked(alternative, registry));
      return [...byVerdict.values()].map(({ verdict, runtimes, alternative }) =>
        finding(verdict.id, alternative.choice && !noneDeploys ? 'warning' : verdict.severity, messageOf(verdict, runtimes, alternative.origin), alternative.node.span, alternative.path),
      );
    });
  },
};

type Verdict = { id: 'E2533' | 'E2531' | 'W2531'; severity: Severity; message: string };
type ScalarAlternative = Extract<Alternative, { kind: 'scalar' }>;

const SEVERAL: Record<Verdict['id'], string> = {
  E2533: 'Lambda no longer creates or updates functions on runtimes',
  E2531: 'Lambda no longer creates functions on runtimes',
  W2531: 'Runtimes deprecated, with no more security patches:',
};

/** Whether Lambda refuses to create a function on this runtime. */
function blocked(alternative: Alternative, registry: { lambdaRuntime(name: string): RuntimeLifecycle | undefined }): boolean {
  if (alternative.kind !== 'scalar' || typeof alternative.value !== 'string') return false;
  const lifecycle = registry.lambdaRuntime(alternative.value);
  return lifecycle !== undefined && verdictOf(alternative.value, lifecycle)?.severity === 'error';
}

function messageOf(verdict: Verdict, runtimes: string[], written: string | undefined): string {
  // A deprecated runtime still deploys: where the value comes from, without the failure a refused value brings.
  const origin = verdict.id === 'W2531' && written ? originWithoutFailure(written) : written;
  if (runtimes.length === 1) return origin ? `${verdict.message} (the value comes from ${origin})` : verdict.message;
  return `${SEVERAL[verdict.id]} ${runtimes.join(', ')} (each is ${origin ?? 'a value it may take'})`;
}

function verdictOf(runtime: string, lifecycle: RuntimeLifecycle): Verdict | undefined {
  const now = today();
  const reached = (date: string | null) => date !== null && date <= now;
  const successor = lifecycle.successor ? `; move to ${lifecycle.successor}` : '';
  if (reached(lifecycle['update-block'])) {
    return { id: 'E2533', severity: 'error', message: `Lambda no longer creates or updates functions on runtime ${runtime}: updates are blocked since ${lifecycle['update-block']}${successor}` };
  }
  if (reached(lifecycle['create-block'])) {
    return { id: 'E2531', severity: 'error', message: `Lambda no longer creates functions on runtime ${runtime} (blocked since ${lifecycle['create-block']}; updates end ${lifecycle['update-block'] ?? 'later'})${successor}` };
  }
  if (reached(lifecycle.deprecated)) {
    const block = lifecycle['create-block'] ? `; creating functions on it will be blocked from ${lifecycle['create-block']}` : '';
    return { id: 'W2531', severity: 'warning', message: `Runtime ${runtime} is deprecated since ${lifecycle.deprecated} and gets no more security patches${block}${successor}` };
  }
  return undefined;
}

/** The Runtime of every function, and the SAM Globals one. */

