import { finding, type Finding } from '../findings';
import { referenceIndex, targetOf, type ReferenceIndex } from '../references';
import type { Rule } from './rule';

/**
 * Resources that depend on each other in a cycle (through Ref, Fn::GetAtt, Fn::Sub or DependsOn):
 * CloudFormation cannot order them. Like cfn-lint, each member of a cycle gets a finding on its key.
 */
export const circularDependenciesRule: Rule = {
  id: 'E3004',
  description: 'Resources must not depend on each other in a cycle',
  run: (template) => {
    const index = referenceIndex(template);
    const graph = dependencyGraph(index);
    const findings: Finding[] = [];
    for (const component of stronglyConnected(graph)) {
      const cyclic = component.length > 1 || graph.get(component[0])?.has(component[0]);
      if (!cyclic) continue;
      for (const member of component) {
        const declaration = index.find('resource', member)!;
        const others = component.length > 1 ? component.length - 1 : 1;
        const message = `Circular dependency: '${member}' depends on ${namesOf(component, member)}, which depend${others > 1 ? '' : 's'} on it`;
        findings.push(finding('E3004', 'error', message, declaration.keySpan, ['Resources', member]));
      }
    }
    return findings;
  },
};

/** Names listed in a message at most: a cycle of thousands would make each message as long as the template. */
const NAMED = 5;

/** The other members of a cycle (the member itself for a resource that depends on itself), the first few by name. */
function namesOf(component: readonly string[], member: string): string {
  const others: string[] = [];
  for (const name of component) {
    if (name !== member && others.length < NAMED) others.push(`'${name}'`);
  }
  if (component.length === 1) return `'${member}'`;
  const more = component.length - 1 - others.length;
  return more > 0 ? `${others.join(', ')} and ${more} more` : others.join(', ');
}

function dependencyGraph(index: ReferenceIndex): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const reference of index.references) {
    if (!reference.fromResource || reference.kind === 'condition' || reference.kind === 'findInMap' || reference.kind === 'mappingKey') continue;
    const target = targetOf(index, reference);
    if (target?.kind !== 'resource') continue;
    const source = index.find('resource', reference.fromResource);
    // The SAM transform moves a serverless resource's properties onto the resources it generates.
    if (!source || source.detail?.startsWith('AWS::Serverless::')) continue;
    let edges = graph.get(reference.fromResource);
    if (!edges) graph.set(reference.fromResource, (edges = new Set()));
    edges.add(target.name);
  }
  return graph;
}

/** Tarjan's algorithm, iterative so deep chains cannot overflow the stack. */
function stronglyConnected(graph: Map<string, Set<string>>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (order.has(start)) continue;
    const work: { node: string; edges: Iterator<string> }[] = [];
    const visit = (node: string) => {
      order.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: (graph.get(node) ?? new Set<string>()).values() });
    };
    visit(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const next = frame.edges.next();
      if (!next.done) {
        if (!order.has(next.value)) visit(next.value);
        else if (onStack.has(next.value)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(next.value)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === order.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component.reverse());
      }
    }
  }
  return components;
}
