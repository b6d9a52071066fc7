import { parseTemplate } from '../../core';
import { layoutGraph, replacementDiff, templateGraph, type ResourceChange } from '../../core/graph';
import { GRAPH_REQUEST, type GraphNodeView, type GraphParams, type GraphResult } from '../../shared/protocol';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** The template graph of an open document, laid out, with what its unsaved changes would replace. */
export const graphFeature: Feature = {
  capabilities: {},
  register({ connection, templateOf }) {
    connection.onRequest(GRAPH_REQUEST, ({ uri, savedText }: GraphParams): GraphResult | null => {
      const open = templateOf(uri);
      if (!open?.template.isTemplate) return null;
      const { template } = open;
      const graph = templateGraph(template);
      const layout = layoutGraph(graph);
      const saved = savedText === undefined ? undefined : parseTemplate(savedText, template.format);
      const changes = new Map<string, ResourceChange>(
        (saved ? replacementDiff(saved, template) : []).map((change) => [change.logicalId, change]),
      );
      const placements = new Map(layout.nodes.map((placement) => [placement.id, placement]));
      const nodes = graph.nodes.map((node): GraphNodeView => {
        const { x, y, width, height } = placements.get(node.id)!;
        const view: GraphNodeView = { id: node.id, kind: node.kind, range: toRange(node.span, template.lines), x, y, width, height };
        if (node.type !== undefined) view.type = node.type;
        const change = node.kind === 'resource' ? changes.get(node.id) : undefined;
        if (change) view.change = change;
        return view;
      });
      const routes = new Map(layout.routes.map((route) => [`${route.from}\u0000${route.to}`, route.points]));
      const edges = graph.edges.map((edge) => ({ ...edge, points: routes.get(`${edge.from}\u0000${edge.to}`) ?? [] }));
      return { nodes, edges, width: layout.width, height: layout.height, compared: saved !== undefined };
    });
  },
};
