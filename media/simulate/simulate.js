// The deployment view: draws the timelines the extension sends (src/core/simulate) as SVG, step by
// step: capacity in service (old and new), instances launched but not yet serving, traffic on the new
// version, what each step waits for, and where a failure leads. No libraries, nothing remote.
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const chart = $('chart');
  const summary = $('summary');
  const problems = $('problems');
  const details = $('details');
  const about = $('about');
  const tabs = $('timelines');
  const resourceSelect = /** @type {HTMLSelectElement} */ ($('resource'));
  const fleetInput = /** @type {HTMLInputElement} */ ($('fleet'));
  const fleetSource = $('fleet-source');
  const fleetReset = /** @type {HTMLButtonElement} */ ($('fleet-reset'));

  const COLUMN_MIN = 84;
  const CAPACITY_HEIGHT = 150;
  const TRAFFIC_HEIGHT = 60;
  const LANE_GAP = 28;
  const LEFT = 44;

  let result = null;
  let timelineIndex = 0;
  let selectedStep = 0;
  let fleetTimer;
  /** The result last drawn, as sent: the same result again (the answer to 'ready') keeps the view and its focus as they are. */
  let drawn;

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'deployment') {
      const text = JSON.stringify(event.data.result);
      if (text === drawn) return;
      drawn = text;
      const previous = result && result.selected;
      result = event.data.result;
      if (!result || result.selected !== previous) timelineIndex = 0;
      render();
    }
  });
  resourceSelect.addEventListener('change', () => vscode.postMessage({ type: 'select', resource: resourceSelect.value }));
  fleetInput.addEventListener('input', () => {
    clearTimeout(fleetTimer);
    fleetTimer = setTimeout(() => {
      const size = Number(fleetInput.value);
      if (fleetInput.value !== '' && Number.isInteger(size) && size >= 0 && size <= 1000) vscode.postMessage({ type: 'fleet', size });
    }, 250);
  });
  fleetReset.addEventListener('click', () => vscode.postMessage({ type: 'fleet', size: null }));
  vscode.postMessage({ type: 'ready' });

  function render() {
    chart.replaceChildren();
    problems.replaceChildren();
    details.replaceChildren();
    about.replaceChildren();
    tabs.replaceChildren();
    if (!result) {
      summary.textContent = 'This file is not a CloudFormation template.';
      resourceSelect.replaceChildren();
      return;
    }
    renderResources();
    const timelines = result.timelines || [];
    if (timelines.length === 0) {
      summary.textContent = 'No resource of this template has deployment settings the simulator understands (Auto Scaling groups, CodeDeploy, SAM functions, Lambda aliases, ECS services, Elastic Beanstalk environments).';
      return;
    }
    if (timelineIndex >= timelines.length) timelineIndex = 0;
    renderTabs(timelines);
    const timeline = timelines[timelineIndex];
    if (selectedStep >= timeline.steps.length) selectedStep = Math.max(0, timeline.steps.length - 1);
    summary.textContent = `${timeline.title}: ${timeline.summary}. Duration: ${formatBounds(timeline.duration)}${timeline.lowestInService !== undefined ? `, lowest in service ${timeline.lowestInService}` : ''}.`;
    renderFleet(timeline);
    renderProblems(timeline);
    chart.append(drawTimeline(timeline));
    renderDetails(timeline);
    renderAbout(timeline);
  }

  function renderResources() {
    resourceSelect.replaceChildren(
      ...result.resources.map((resource) => {
        const option = document.createElement('option');
        option.value = resource.logicalId;
        option.textContent = `${resource.logicalId} (${resource.type})`;
        option.selected = resource.logicalId === result.selected;
        return option;
      }),
    );
    resourceSelect.disabled = result.resources.length === 0;
  }

  function renderTabs(timelines) {
    timelines.forEach((timeline, index) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(index === timelineIndex));
      tab.tabIndex = index === timelineIndex ? 0 : -1;
      tab.textContent = timeline.title;
      tab.addEventListener('click', () => {
        timelineIndex = index;
        selectedStep = 0;
        render();
      });
      tab.addEventListener('keydown', (event) => {
        const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : undefined;
        if (next === undefined || next < 0 || next >= timelines.length) return;
        event.preventDefault();
        timelineIndex = next;
        selectedStep = 0;
        render();
        /** @type {HTMLElement | null} */ (tabs.querySelector('[aria-selected="true"]'))?.focus();
      });
      tabs.append(tab);
    });
    tabs.hidden = timelines.length < 2;
  }

  function renderFleet(timeline) {
    const fleet = timeline.fleet;
    fleetInput.disabled = !fleet;
    fleetReset.disabled = !fleet || fleet.origin !== 'view';
    if (!fleet) {
      fleetInput.value = '';
      fleetSource.textContent = 'Traffic only: no fleet to size.';
      return;
    }
    if (document.activeElement !== fleetInput) fleetInput.value = String(fleet.size);
    const origins = { template: 'from', parameter: 'from', default: 'the default:', assumed: 'assumed:', view: '' };
    const parameter = fleet.parameter ? ` (Default of parameter ${fleet.parameter})` : '';
    fleetSource.textContent = fleet.origin === 'view' ? 'chosen here' : `${origins[fleet.origin]} ${fleet.source}${parameter}`;
  }

  function renderProblems(timeline) {
    for (const problem of timeline.problems) {
      const item = document.createElement('li');
      item.textContent = problem.rules.length > 0 ? `${problem.message} (${problem.rules.join(', ')})` : problem.message;
      problems.append(item);
    }
  }

  /** Column widths: every step gets a minimum, the rest is shared by how long each may last. */
  function columnWidths(steps) {
    const nominal = steps.map((step) => Math.max(0, (step.end.max ?? step.end.min) - (step.start.max ?? step.start.min)));
    const total = nominal.reduce((sum, seconds) => sum + seconds, 0);
    const room = Math.max(0, Math.min(900, steps.length * 60));
    return nominal.map((seconds) => COLUMN_MIN + (total > 0 ? (room * seconds) / total : room / steps.length));
  }

  function drawTimeline(timeline) {
    const steps = timeline.steps;
    const widths = columnWidths(steps);
    const hasCapacity = steps.some((step) => step.inService || step.running);
    const hasTraffic = steps.some((step) => step.traffic);
    const top = 16;
    const capacityTop = top;
    const trafficTop = capacityTop + (hasCapacity ? CAPACITY_HEIGHT + LANE_GAP : 0);
    const waitsTop = trafficTop + (hasTraffic ? TRAFFIC_HEIGHT + LANE_GAP : 0);
    const failureTop = waitsTop + 34;
    const endsTop = failureTop + 34;
    const height = endsTop + 26;
    const width = LEFT + widths.reduce((sum, w) => sum + w, 0) + 12;
    const peak = Math.max(1, ...steps.map((step) => Math.max(total(step.inService), total(step.running))), timeline.fleet ? timeline.fleet.size : 0);
    const svg = element('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': timeline.title });
    if (hasCapacity) svg.append(axis(capacityTop, CAPACITY_HEIGHT, peak, timeline.unit === 'tasks' ? 'tasks' : 'instances', width));
    if (hasTraffic) svg.append(axis(trafficTop, TRAFFIC_HEIGHT, 100, '% new', width));
    svg.append(label(8, waitsTop + 14, 'waits', 'lane-label'), label(8, failureTop + 16, 'if it fails', 'lane-label'), label(8, endsTop + 14, 'done by', 'lane-label'));
    let x = LEFT;
    steps.forEach((step, index) => {
      const w = widths[index];
      const column = element('g', { class: `step${index === selectedStep ? ' selected' : ''}`, tabindex: index === selectedStep ? '0' : '-1', role: 'button', 'data-index': String(index), 'aria-label': stepLabel(step, index, steps.length) });
      column.append(element('rect', { class: 'column', x, y: 2, width: w - 4, height: height - 4, rx: 3 }));
      if (hasCapacity) drawCapacity(column, step, x, w, capacityTop, peak);
      if (hasTraffic && step.traffic) drawTraffic(column, step, x, w, trafficTop);
      drawWaits(column, step, x, w, waitsTop);
      drawFailure(column, step, x, w, failureTop);
      column.append(label(x + w / 2, endsTop + 14, step.end.max === undefined ? (step.end.min > 0 ? `≥ ${formatSeconds(step.end.min)}` : 'open') : formatSeconds(step.end.max), 'column-label'));
      const title = element('title');
      title.textContent = `${index + 1}. ${step.title}\nEnds ${formatBounds(step.end)}`;
      column.append(title);
      column.addEventListener('click', () => select(index));
      column.addEventListener('keydown', (event) => onStepKey(event, index, steps.length));
      svg.append(column);
      x += w;
    });
    return svg;
  }

  function drawCapacity(column, step, x, w, top, peak) {
    const scale = (count) => (count / peak) * CAPACITY_HEIGHT;
    const base = top + CAPACITY_HEIGHT;
    const barX = x + 10;
    const barW = w - 24;
    let y = base;
    const serving = step.inService || { old: 0, new: 0 };
    for (const [kind, count] of [['old', serving.old], ['new', serving.new]]) {
      if (count <= 0) continue;
      const h = scale(count);
      y -= h;
      column.append(element('rect', { class: `bar ${kind}`, x: barX, y, width: barW, height: h, 'data-count': String(count) }));
      if (h >= 14) column.append(label(barX + barW / 2, y + h / 2 + 4, String(count), 'bar-label'));
    }
    const pending = step.running ? Math.max(0, total(step.running) - total(serving)) : 0;
    if (pending > 0) {
      const h = scale(pending);
      column.append(element('rect', { class: 'bar pending', x: barX, y: y - h, width: barW, height: h }));
      if (h >= 14) column.append(label(barX + barW / 2, y - h / 2 + 4, `+${pending}`, 'bar-label pending-label'));
    }
    column.append(label(x + w / 2, base + 16, `${total(serving)} in service`, 'column-label'));
  }

  function drawTraffic(column, step, x, w, top) {
    const h = (step.traffic.new / 100) * TRAFFIC_HEIGHT;
    column.append(element('rect', { class: 'traffic-track', x: x + 10, y: top, width: w - 24, height: TRAFFIC_HEIGHT }));
    column.append(element('rect', { class: 'traffic', x: x + 10, y: top + TRAFFIC_HEIGHT - h, width: w - 24, height: h }));
    column.append(label(x + w / 2, top + TRAFFIC_HEIGHT + 14, `${step.traffic.new}% new`, 'column-label'));
  }

  function drawWaits(column, step, x, w, top) {
    const text = step.waits.length === 0 ? '—' : step.waits.map((wait) => (wait.seconds ? formatBounds(wait.seconds) : wait.kind)).join(' + ');
    const node = label(x + w / 2, top + 14, text, `wait${step.waits.length === 0 ? ' none' : ''}`);
    node.setAttribute('data-room', String(w - 12));
    column.append(node);
  }

  function drawFailure(column, step, x, w, top) {
    column.append(element('path', { class: 'failure-arrow', d: `M ${x + w / 2} ${top - 6} L ${x + w / 2} ${top + 4}` }));
    column.append(element('rect', { class: 'failure', x: x + 10, y: top + 4, width: w - 24, height: 16, rx: 3 }));
    column.append(label(x + w / 2, top + 16, '✕ failure', 'failure-label'));
  }

  function axis(top, height, peak, unit, width) {
    const group = element('g', { class: 'axis' });
    group.append(element('line', { x1: LEFT, y1: top + height, x2: width - 8, y2: top + height }));
    group.append(label(LEFT - 6, top + 10, String(peak), 'axis-label'), label(LEFT - 6, top + height, '0', 'axis-label'), label(8, top - 4, unit, 'lane-label'));
    return group;
  }

  function onStepKey(event, index, count) {
    const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: count - 1 };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(index);
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(Math.min(count - 1, Math.max(0, moves[event.key])));
  }

  function select(index) {
    selectedStep = index;
    render();
    /** @type {HTMLElement | null} */ (chart.querySelector(`.step[data-index="${index}"]`))?.focus();
  }

  function renderDetails(timeline) {
    const step = timeline.steps[selectedStep];
    if (!step) return;
    const heading = document.createElement('h2');
    heading.textContent = `Step ${selectedStep + 1} of ${timeline.steps.length}: ${step.title}`;
    const facts = document.createElement('dl');
    const add = (term, value) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      facts.append(dt, dd);
    };
    add('When', `starts ${formatRange(step.start)} in, done ${formatRange(step.end)} in`);
    if (step.inService) add('In service (lowest)', `${step.inService.old} old, ${step.inService.new} new`);
    if (step.running) add('Running (highest)', `${step.running.old} old, ${step.running.new} new`);
    if (step.traffic) add('Traffic', `${step.traffic.old}% old, ${step.traffic.new}% new`);
    add('Waits for', step.waits.length === 0 ? 'nothing the template sets' : step.waits.map((wait) => `${wait.text}${wait.seconds ? ` (${formatBounds(wait.seconds)})` : ''}`).join('; '));
    add('If it fails', step.onFailure);
    details.append(heading, facts);
  }

  function renderAbout(timeline) {
    const notes = document.createElement('ul');
    for (const note of timeline.notes) {
      const item = document.createElement('li');
      item.textContent = note;
      notes.append(item);
    }
    const settings = document.createElement('p');
    settings.textContent = timeline.settings.length > 0 ? `Settings: ${timeline.settings.map((setting) => `${setting.name} ${setting.value}${setting.origin === 'template' ? '' : ` (${setting.origin})`}`).join(', ')}.` : '';
    const links = document.createElement('p');
    if (timeline.decidingRange) {
      const reveal = document.createElement('button');
      reveal.type = 'button';
      reveal.textContent = 'Go to the setting';
      reveal.addEventListener('click', () => vscode.postMessage({ type: 'reveal', ...timeline.decidingRange.start }));
      links.append(reveal, ' ');
    }
    const page = document.createElement('a');
    page.href = timeline.url;
    page.textContent = 'AWS documentation';
    links.append(page);
    about.append(notes, settings, links);
  }

  function stepLabel(step, index, count) {
    const parts = [`Step ${index + 1} of ${count}: ${step.title}`];
    if (step.inService) parts.push(`${step.inService.old} old and ${step.inService.new} new in service`);
    if (step.traffic) parts.push(`${step.traffic.new}% of traffic on the new version`);
    return parts.join('. ');
  }

  function total(split) {
    return split ? split.old + split.new : 0;
  }

  function formatSeconds(seconds) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const rest = Math.round(seconds % 60);
    const parts = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '', rest ? `${rest} s` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0 s';
  }

  function formatBounds(bounds) {
    if (bounds.max === undefined) return bounds.min > 0 ? `at least ${formatSeconds(bounds.min)}` : 'not bounded by the template';
    if (bounds.max === bounds.min) return formatSeconds(bounds.min);
    if (bounds.min === 0) return `up to ${formatSeconds(bounds.max)}`;
    return `${formatSeconds(bounds.min)} to ${formatSeconds(bounds.max)}`;
  }

  /** "10 min", "0 s to 10 min", "5 min or later". */
  function formatRange(bounds) {
    if (bounds.max === undefined) return `${formatSeconds(bounds.min)} or later`;
    return bounds.max === bounds.min ? formatSeconds(bounds.min) : `${formatSeconds(bounds.min)} to ${formatSeconds(bounds.max)}`;
  }

  function label(x, y, text, className) {
    const node = element('text', { x, y, class: className });
    node.textContent = text;
    return node;
  }

  function element(name, attributes = {}) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  }
})();
