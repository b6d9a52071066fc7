/** Which resource CloudFormation must create before this one (references and DependsOn). */
import { valueOf } from '../../../model';
import { templateGraph } from '../../../graph/graph';
import type { GraphEdge } from '../../../graph/types';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import type { GenerateContext, QuestionKind } from '../types';

const DEPENDS_ON_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-dependson.html';
const HOW: Readonly<Record<GraphEdge['kind'], string>> = { ref: '`Ref`', getatt: '`Fn::GetAtt`', sub: 'a `${…}` variable of `Fn::Sub`', dependsOn: '`DependsOn`' };

export const creationOrder: QuestionKind = {
  kind: 'creation-order',
  title: 'Which resource must be created before this one',
  topics: ['T09'],
  domain: 'D2',
  needs: [],
  generate(context) {
    const graph = templateGraph(context.template);
    const resources = graph.nodes.filter((node) => node.kind === 'resource' && !hasCondition(context, node.id)).map((node) => node.id);
    const edges = graph.edges.filter((edge) => resources.includes(edge.from) && resources.includes(edge.to));
    return resources.map((id) => questionFor(context, id, resources, edges)).filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, id: string, resources: readonly string[], edges: readonly GraphEdge[]): TemplateQuestion | undefined {
  const direct = edges.find((edge) => edge.from === id);
  if (!direct) return undefined;
  const before = dependenciesOf(id, edges);
  const after = dependentsOf(id, edges);
  // Resources created after it first: related to it, so the most plausible wrong answers.
  const independent = resources.filter((other) => other !== id && !before.has(other)).sort((a, b) => Number(after.has(b)) - Number(after.has(a)));
  return buildQuestion(creationOrder, context, {
    subject: id,
    path: ['Resources', id],
    stem: `CloudFormation creates a new stack from \`${context.fileName}\`. Which resource must it finish creating before it starts to create \`${id}\`?`,
    right: [{ text: `\`${direct.to}\``, why: `\`${id}\` refers to \`${direct.to}\` through ${HOW[direct.kind]}, so CloudFormation creates \`${direct.to}\` first.` }],
    wrong: independent.map((other) => ({
      text: `\`${other}\``,
      why: after.has(other)
        ? `\`${other}\` depends on \`${id}\` (directly or through other resources), so it is created after it.`
        : `\`${id}\` does not depend on \`${other}\`, directly or through other resources: CloudFormation may create them in parallel.`,
    })),
    notes: ['depends-on'],
    url: DEPENDS_ON_PAGE,
  });
}

function hasCondition(context: GenerateContext, id: string): boolean {
  return valueOf(context.checks.resource(id)?.body, 'Condition') !== undefined;
}

/** Everything `id` depends on, directly or through other resources. */
function dependenciesOf(id: string, edges: readonly GraphEdge[]): Set<string> {
  return reachable(id, edges, (edge) => [edge.from, edge.to]);
}

function dependentsOf(id: string, edges: readonly GraphEdge[]): Set<string> {
  return reachable(id, edges, (edge) => [edge.to, edge.from]);
}

function reachable(start: string, edges: readonly GraphEdge[], direction: (edge: GraphEdge) => [string, string]): Set<string> {
  const found = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const edge of edges) {
      const [from, to] = direction(edge);
      if (from === current && !found.has(to)) {
        found.add(to);
        queue.push(to);
      }
    }
  }
  found.delete(start);
  return found;
}
