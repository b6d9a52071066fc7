// The template graph webview: draws what the extension sends (nodes already placed) as SVG and
// tells the extension which node the user chose. No libraries, nothing remote.
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const root = /** @type {HTMLElement} */ (document.getElementById('graph'));
  const summary = /** @type {HTMLElement} */ (document.getElementById('summary'));
  const EDGE_NAMES = { ref: 'Ref', getatt: 'Fn::GetAtt', sub: 'Fn::Sub', dependsOn: 'DependsOn' };

  /** The graph last drawn, as sent: the same graph again (the answer to 'ready', a refresh that changed nothing) is not redrawn. */
  let drawn;

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'graph') update(event.data.graph);
  });
  // One listener on the element that outlives every redraw: a click is never lost to a node being replaced.
  root.addEventListener('click', (event) => {
    const node = event.target instanceof Element ? event.target.closest('.node') : null;
    if (node) reveal(node.getAttribute('data-id'), false);
  });
  root.addEventListener('keydown', (event) => {
    const node = event.target instanceof Element ? event.target.closest('.node') : null;
    if (node && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      reveal(node.getAttribute('data-id'), true);
    }
  });
  vscode.postMessage({ type: 'ready' });

  function update(graph) {
    const text = JSON.stringify(graph);
    if (text === drawn) return;
    drawn = text;
    const focused = document.activeElement instanceof Element ? document.activeElement.closest('.node') : null;
    render(graph);
    const id = focused?.getAttribute('data-id');
    if (id) [...root.querySelectorAll(/** @type {'g'} */ ('.node'))].find((node) => node.getAttribute('data-id') === id)?.focus();
  }

  function render(graph) {
    root.replaceChildren();
    if (!graph) {
      summary.textContent = 'This file is not a CloudFormation template.';
      return;
    }
    summary.textContent = summaryOf(graph);
    const svg = element('svg', { width: graph.width, height: graph.height, viewBox: `0 0 ${graph.width} ${graph.height}`, role: 'group' });
    svg.append(arrowMarkers());
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const edges = element('g', { class: 'edges' });
    const pairs = new Map();
    for (const edge of graph.edges) {
      const key = `${edge.from}\u0000${edge.to}`;
      pairs.set(key, [...(pairs.get(key) || []), edge]);
    }
    for (const group of pairs.values()) {
      group.forEach((edge, i) => {
        const from = byId.get(edge.from);
        const to = byId.get(edge.to);
        if (from && to) edges.append(edgePath(edge, from, to, (i - (group.length - 1) / 2) * 8));
      });
    }
    const nodes = element('g', { class: 'nodes' });
    for (const node of graph.nodes) nodes.append(nodeGroup(node));
    svg.append(edges, nodes);
    root.append(svg);
    fitLabels(svg);
  }

  /** A label the layout's estimate made too wide for its node (an unusual font) is narrowed to fit, never cut. */
  function fitLabels(svg) {
    for (const text of svg.querySelectorAll('.node text.name, .node text.type')) {
      const room = Number(text.getAttribute('data-room'));
      if (room > 0 && text.getComputedTextLength() > room) {
        text.setAttribute('textLength', String(room));
        text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
      }
    }
  }

  const EFFECT_NAMES = { replaces: 'replaced', 'may replace': 'may be replaced', creates: 'new', blocked: 'type changed (update rejected)' };

  function summaryOf(graph) {
    const resources = graph.nodes.filter((node) => node.kind === 'resource').length;
    const counts = `${resources} resource${resources === 1 ? '' : 's'}, ${graph.edges.length} reference${graph.edges.length === 1 ? '' : 's'}.`;
    if (!graph.compared) return `${counts} Untitled: nothing saved to compare with.`;
    const changes = graph.nodes.filter((node) => node.change).map((node) => node.change.effect);
    if (changes.length === 0) return `${counts} No unsaved change replaces a resource.`;
    const parts = Object.keys(EFFECT_NAMES)
      .map((effect) => [changes.filter((one) => one === effect).length, EFFECT_NAMES[effect]])
      .filter(([count]) => count > 0)
      .map(([count, name]) => `${count} ${name}`);
    return `${counts} Compared with the saved file: ${parts.join(', ')}.`;
  }

  function nodeGroup(node) {
    const change = node.change;
    const classes = ['node', node.kind];
    if (change) classes.push(change.effect === 'may replace' ? 'may-replace' : change.effect);
    const label = [node.id, node.type, change ? changeText(change) : ''].filter(Boolean).join(' — ');
    const group = element('g', {
      class: classes.join(' '),
      tabindex: '0',
      role: 'button',
      'aria-label': label,
      'data-id': node.id,
      transform: `translate(${node.x},${node.y})`,
    });
    const title = element('title');
    title.textContent = [node.id, node.type, change ? changeText(change) : ''].filter(Boolean).join('\n');
    const box = element('rect', { width: node.width, height: node.height, rx: node.kind === 'parameter' ? node.height / 2 : 4 });
    const room = node.width - 12;
    const name = element('text', { class: 'name', x: node.width / 2, y: 18, 'data-room': room });
    name.textContent = node.id;
    const type = element('text', { class: 'type', x: node.width / 2, y: 34, 'data-room': room });
    type.textContent = node.kind === 'parameter' ? `Parameter ${node.type || ''}`.trim() : node.type || '';
    group.append(title, box, name, type);
    if (change) group.append(badge(node, change));
    return group;
  }

  function badge(node, change) {
    const text = element('text', { class: 'badge', x: node.width - 4, y: -4 });
    text.textContent = { replaces: 'replaces', 'may replace': 'may replace', creates: 'new', blocked: 'type change' }[change.effect];
    return text;
  }

  function changeText(change) {
    if (change.reason === 'type') {
      return `The type changed from ${change.previousType || '(none)'}: CloudFormation rejects an update that changes a resource's type; a new type needs a new logical ID.`;
    }
    if (change.reason === 'added') {
      return change.renamedFrom
        ? `New logical ID (was ${change.renamedFrom}?): CloudFormation creates a new resource, then deletes ${change.renamedFrom} unless its DeletionPolicy retains it.`
        : 'New logical ID: CloudFormation creates this resource.';
    }
    const lines = change.properties.map((property) => `${property.path} (${property.effect === 'replaces' ? 'requires replacement' : 'may require replacement'})`);
    return `${change.effect === 'replaces' ? 'Replaced' : 'May be replaced'} compared with the saved file: ${lines.join(', ')}.`;
  }

  /**
   * Dependents sit below what they depend on: from the top of `from`, through the route's passages,
   * to the bottom of `to`. Edges of several kinds between the same two nodes are drawn side by side.
   */
  function edgePath(edge, from, to, offset) {
    const start = { x: from.x + from.width / 2 + offset, y: from.y };
    const end = { x: to.x + to.width / 2 + offset, y: to.y + to.height };
    let d = `M ${start.x} ${start.y}`;
    let current = start;
    for (let i = 0; i + 1 < edge.points.length; i += 2) {
      const bottom = { x: edge.points[i].x + offset, y: edge.points[i].y };
      const top = { x: edge.points[i + 1].x + offset, y: edge.points[i + 1].y };
      d += ` ${curve(current, bottom)} L ${top.x} ${top.y}`;
      current = top;
    }
    d += ` ${curve(current, end)}`;
    const path = element('path', {
      class: `edge ${edge.kind}`,
      d,
      'marker-end': `url(#arrow-${edge.kind})`,
      'data-from': edge.from,
      'data-to': edge.to,
      'data-kind': edge.kind,
    });
    const title = element('title');
    title.textContent = `${edge.from} → ${edge.to} (${EDGE_NAMES[edge.kind]})`;
    path.append(title);
    return path;
  }

  /** Leaves `p` upwards and reaches `q` from below. */
  function curve(p, q) {
    const bend = Math.max(16, Math.abs(p.y - q.y) / 2);
    return `C ${p.x} ${p.y - bend}, ${q.x} ${q.y + bend}, ${q.x} ${q.y}`;
  }

  function arrowMarkers() {
    const defs = element('defs');
    for (const kind of Object.keys(EDGE_NAMES)) {
      const marker = element('marker', { id: `arrow-${kind}`, class: `arrow ${kind}`, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' });
      marker.append(element('path', { d: 'M 0 0 L 10 5 L 0 10 z' }));
      defs.append(marker);
    }
    return defs;
  }

  /** `focus`: the editor takes the keyboard focus (Enter); a click leaves it here, as the Outline view does. */
  function reveal(id, focus) {
    vscode.postMessage(focus ? { type: 'reveal', id, focus: true } : { type: 'reveal', id });
  }

  function element(name, attributes = {}) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  }
})();
