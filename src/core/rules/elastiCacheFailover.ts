import { conditionFormula, formulasExclusive, type Formula } from '../conditions';
import { finding, type Finding } from '../findings';
import { isMap, isScalar, isSeq, isString, valueOf, type TemplateNode } from '../model';
import { resourceById, resourceDeclarations, type ResourceDeclaration } from '../sections';
import type { Rule } from './rule';

const GROUP = 'AWS::ElastiCache::ReplicationGroup';
const PARAMETER_GROUP = 'AWS::ElastiCache::ParameterGroup';
const ALWAYS: Formula = { kind: 'constant', value: true };

/** A value a property takes, and the condition under which it takes it (Fn::If branch by branch). */
interface Branch {
  node: TemplateNode;
  when: Formula;
}

/**
 * E3026 (cfn-lint's id): a replication group ElastiCache refuses. The CloudFormation reference says
 * "AutomaticFailoverEnabled must be enabled for Redis (cluster mode enabled) replication groups" and, of
 * NumCacheClusters, "If AutomaticFailoverEnabled is true, the value of this parameter must be at least 2".
 * Conditions are followed: a clash is reported only when the two values can be chosen in the same deployment.
 */
export const elastiCacheFailoverRule: Rule = {
  id: 'E3026',
  description: 'ElastiCache replication groups: automatic failover for cluster mode, and at least 2 cache clusters with it',
  onlyWith: [GROUP],
  run(template) {
    const root = template.root;
    const findings: Finding[] = [];
    for (const group of resourceDeclarations(root)) {
      if (group.type !== GROUP || !group.properties) continue;
      const path = ['Resources', group.logicalId, 'Properties'];
      const failover = branchesOf(root, valueOf(group.properties, 'AutomaticFailoverEnabled'));
      const cluster = clusterModeBranches(root, group);
      for (const off of failover.filter((branch) => booleanOf(branch.node) === false)) {
        if (!cluster.some((on) => !formulasExclusive(on.when, off.when))) continue;
        findings.push(
          finding(
            'E3026',
            'error',
            `Replication group '${group.logicalId}' runs in cluster mode but sets AutomaticFailoverEnabled to false: ElastiCache requires automatic failover for cluster mode enabled replication groups`,
            off.node.span,
            [...path, 'AutomaticFailoverEnabled'],
          ),
        );
      }
      if (numberOf(valueOf(group.properties, 'NumNodeGroups')) !== undefined && numberOf(valueOf(group.properties, 'NumNodeGroups'))! > 1) continue;
      const on = failover.filter((branch) => booleanOf(branch.node) === true);
      for (const count of branchesOf(root, valueOf(group.properties, 'NumCacheClusters'))) {
        const clusters = numberOf(count.node);
        if (clusters === undefined || clusters >= 2 || !on.some((branch) => !formulasExclusive(branch.when, count.when))) continue;
        findings.push(
          finding(
            'E3026',
            'error',
            `Replication group '${group.logicalId}' enables automatic failover with NumCacheClusters ${clusters}: ElastiCache needs at least 2 (a primary and a replica to fail over to)`,
            count.node.span,
            [...path, 'NumCacheClusters'],
          ),
        );
      }
    }
    return findings;
  },
};

/** The values a node takes: each branch of an Fn::If (nested too) with its condition; absent nodes take none. */
function branchesOf(root: TemplateNode | undefined, node: TemplateNode | undefined, when: Formula = ALWAYS, depth = 0): Branch[] {
  if (!node) return [];
  const condition = ifCondition(node);
  if (!condition || depth > 8) return [{ node, when }];
  const [name, whenTrue, whenFalse] = condition;
  const formula = conditionFormula(root, name);
  return [
    ...branchesOf(root, whenTrue, and(when, formula), depth + 1),
    ...branchesOf(root, whenFalse, and(when, { kind: 'not', operand: formula }), depth + 1),
  ];
}

function ifCondition(node: TemplateNode): [string, TemplateNode, TemplateNode] | undefined {
  if (!isMap(node) || node.entries.length !== 1 || node.entries[0].key.value !== 'Fn::If') return undefined;
  const argument = node.entries[0].value;
  if (!isSeq(argument) || argument.items.length !== 3 || !isString(argument.items[0])) return undefined;
  return [argument.items[0].value, argument.items[1], argument.items[2]];
}

function and(first: Formula, second: Formula): Formula {
  return first === ALWAYS ? second : { kind: 'and', operands: [first, second] };
}

/**
 * When the group runs in cluster mode: ClusterMode enabled, a default parameter group of cluster mode
 * (`….cluster.on`), or a parameter group of the template whose parameters set `cluster-enabled: yes`.
 */
function clusterModeBranches(root: TemplateNode | undefined, group: ResourceDeclaration): Branch[] {
  const explicit = branchesOf(root, valueOf(group.properties, 'ClusterMode')).filter((branch) => textOf(branch.node)?.toLowerCase() === 'enabled');
  const fromGroup = branchesOf(root, valueOf(group.properties, 'CacheParameterGroupName')).flatMap((branch) => {
    const name = textOf(branch.node);
    if (name !== undefined) return name.endsWith('.cluster.on') ? [branch] : [];
    const parameters = referencedParameterGroup(root, branch.node);
    return branchesOf(root, parameters, branch.when).flatMap((set) =>
      branchesOf(root, valueOf(set.node, 'cluster-enabled'), set.when).filter((value) => textOf(value.node)?.toLowerCase() === 'yes'),
    );
  });
  return [...explicit, ...fromGroup];
}

/** The `Properties` of the parameter group a `Ref` names, when the template declares it. */
function referencedParameterGroup(root: TemplateNode | undefined, node: TemplateNode): TemplateNode | undefined {
  const ref = isMap(node) && node.entries.length === 1 && node.entries[0].key.value === 'Ref' ? node.entries[0].value : undefined;
  if (!isString(ref)) return undefined;
  const target = resourceById(root, ref.value);
  return target?.type === PARAMETER_GROUP ? valueOf(target.properties, 'Properties') : undefined;
}

function textOf(node: TemplateNode): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

function booleanOf(node: TemplateNode): boolean | undefined {
  const text = textOf(node)?.toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

function numberOf(node: TemplateNode | undefined): number | undefined {
  const text = node ? textOf(node) : undefined;
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}
