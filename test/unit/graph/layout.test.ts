import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutGraph, nodeWidth, type GraphEdge, type TemplateGraph } from '../../../src/core/graph';

const SPAN = { start: 0, end: 0 };

function graphOf(ids: string[], edges: [string, string][]): TemplateGraph {
  return {
    nodes: ids.map((id) => ({ id, kind: 'resource' as const, type: 'AWS::SNS::Topic', span: SPAN })),
    edges: edges.map(([from, to]): GraphEdge => ({ from, to, kind: 'ref' })),
  };
}

const layersOf = (graph: TemplateGraph) => {
  const layout = layoutGraph(graph);
  const rows: string[][] = [];
  for (const node of [...layout.nodes].sort((a, b) => a.x - b.x)) (rows[node.layer] ??= []).push(node.id);
  return rows;
};

describe('layoutGraph', () => {
  it('puts each node one layer below the deepest node it depends on (longest path)', () => {
    // App -> Db -> Subnet -> Vpc, and App -> Vpc directly: App still goes below Db.
    assert.deepEqual(layersOf(graphOf(['App', 'Db', 'Subnet', 'Vpc'], [['App', 'Db'], ['Db', 'Subnet'], ['Subnet', 'Vpc'], ['App', 'Vpc']])), [
      ['Vpc'],
      ['Subnet'],
      ['Db'],
      ['App'],
    ]);
  });

  it('routes an edge that crosses layers through a passage beside the nodes of each layer it crosses', () => {
    const layout = layoutGraph(graphOf(['App', 'Db', 'Subnet', 'Vpc'], [['App', 'Db'], ['Db', 'Subnet'], ['Subnet', 'Vpc'], ['App', 'Vpc']]));
    assert.deepEqual(layout.routes.at(-1), {
      from: 'App',
      to: 'Vpc',
      points: [{ x: 166, y: 276 }, { x: 166, y: 232 }, { x: 166, y: 168 }, { x: 166, y: 124 }],
    });
    const db = layout.nodes.find((node) => node.id === 'Db')!;
    assert.deepEqual([db.x, db.x + db.width, layout.width], [16, 134, 186]);
  });

  it('orders a layer by the barycenter of the neighbours above, so edges do not cross', () => {
    // In source order B comes before A, and the edges A->X1 and B->X2 would cross.
    const graph = graphOf(['X1', 'X2', 'B', 'A'], [['A', 'X1'], ['B', 'X2']]);
    assert.deepEqual(layersOf(graph), [['X1', 'X2'], ['A', 'B']]);
  });

  it('places nodes in centred rows with fixed gaps and reports the size', () => {
    const layout = layoutGraph(graphOf(['Top', 'Left', 'Right'], [['Left', 'Top'], ['Right', 'Top']]));
    const width = nodeWidth('Top', 'AWS::SNS::Topic');
    assert.equal(width, 118);
    assert.deepEqual(layout, {
      nodes: [
        { id: 'Top', layer: 0, x: 89, y: 16, width: 118, height: 44 },
        { id: 'Left', layer: 1, x: 16, y: 124, width: 118, height: 44 },
        { id: 'Right', layer: 1, x: 162, y: 124, width: 118, height: 44 },
      ],
      routes: [
        { from: 'Left', to: 'Top', points: [] },
        { from: 'Right', to: 'Top', points: [] },
      ],
      width: 296,
      height: 184,
    });
  });

  it('survives a dependency cycle', () => {
    assert.deepEqual(layersOf(graphOf(['A', 'B'], [['A', 'B'], ['B', 'A']])), [['B'], ['A']]);
  });

  it('lays out an empty graph as nothing', () => {
    assert.deepEqual(layoutGraph({ nodes: [], edges: [] }), { nodes: [], routes: [], width: 0, height: 0 });
  });
});

describe('node widths', () => {
  it('make room for the type line the webview draws, "Parameter" and all, for a parameter', () => {
    const type = 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>';
    const layout = layoutGraph({ nodes: [{ id: 'AmiId', kind: 'parameter', type, span: SPAN }], edges: [] });
    assert.equal(layout.nodes[0].width, nodeWidth('AmiId', `Parameter ${type}`));
    assert.ok(layout.nodes[0].width > nodeWidth('AmiId', type));
  });
});
