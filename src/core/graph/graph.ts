import { referenceIndex, targetOf, type Declaration, type Reference } from '../references';
import type { Template } from '../template';
import type { EdgeKind, GraphEdge, GraphNode, TemplateGraph } from './types';

const EDGE_KINDS: ReadonlySet<string> = new Set<EdgeKind>(['ref', 'getatt', 'dependsOn', 'sub']);

/**
 * Resources and how they refer to each other (Ref, Fn::GetAtt, DependsOn, Fn::Sub variables), plus the
 * parameters resources refer to. References from Outputs, pseudo parameters and names the template does
 * not declare make no edge.
 */
export function templateGraph(template: Template): TemplateGraph {
  const index = referenceIndex(template);
  const resources = index.declarations.filter((declaration) => declaration.kind === 'resource');
  const resourceIds = new Set(resources.map((resource) => resource.name));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const referencedParameters = new Set<string>();
  for (const reference of index.references) {
    const edge = edgeOf(reference, targetOf(index, reference));
    if (!edge || !resourceIds.has(edge.from)) continue;
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(edge);
    if (!resourceIds.has(edge.to)) referencedParameters.add(edge.to);
  }
  const parameters = index.declarations.filter(
    (declaration) => declaration.kind === 'parameter' && referencedParameters.has(declaration.name),
  );
  return { nodes: [...uniqueById(resources), ...uniqueById(parameters)].map(nodeOf), edges };
}

function edgeOf(reference: Reference, target: Declaration | undefined): GraphEdge | undefined {
  if (!target || !reference.fromResource || !EDGE_KINDS.has(reference.kind)) return undefined;
  if (target.kind !== 'resource' && target.kind !== 'parameter') return undefined;
  if (target.name === reference.fromResource) return undefined;
  return { from: reference.fromResource, to: target.name, kind: reference.kind as EdgeKind };
}

/** A duplicated key is a parse error; the graph keeps the first, as the reference index does. */
function uniqueById(declarations: Declaration[]): Declaration[] {
  const seen = new Set<string>();
  return declarations.filter((declaration) => !seen.has(declaration.name) && seen.add(declaration.name));
}

function nodeOf(declaration: Declaration): GraphNode {
  const node: GraphNode = {
    id: declaration.name,
    kind: declaration.kind === 'parameter' ? 'parameter' : 'resource',
    span: declaration.nameSpan,
  };
  if (declaration.detail !== undefined) node.type = declaration.detail;
  return node;
}
