// How cost grows with the size of a template: realistic synthetic templates (synthetic.mjs) of 1,000 to
// 8,000 resources (and 5,000 and 10,000 for the targets), each through the CLI's lint and a fresh
// language server: first diagnostics, re-lint after an edit inside a resource, the graph and the study
// sheet, and the server's peak memory. Linear cost means each doubling at most 2.5 times the time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BenchClient } from './lspClient.mjs';
import { debounceMs } from './server.mjs';
import { figure, median } from './stats.mjs';
import { syntheticTemplate } from './synthetic.mjs';

const DOUBLINGS = [1000, 2000, 4000, 8000];
const SIZES = [1000, 2000, 4000, 5000, 8000, 10000];
const EDITS = 20;
const MAX_RATIO = 2.5;

/** The CLI's lint of one file (reading, analysing, printing JSON) in a process of its own: wall and CPU ms, module loading left out. */
function cliRun(root, file) {
  const script = `
    const cli = require(${JSON.stringify(join(root, 'dist/cli.js'))});
    const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
    const output = { out() {}, err() {} };
    const wall = performance.now(), before = cpu();
    cli.main(['lint', '--format', 'json', ${JSON.stringify(file)}], output).then(() => {
      process.stdout.write(JSON.stringify({ wallMs: performance.now() - wall, cpuMs: cpu() - before }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** Wall ms of an awaited call, and the server's CPU ms over it. */
async function timed(client, run) {
  const cpuBefore = client.cpuMs();
  const started = performance.now();
  const result = await run();
  return { wallMs: performance.now() - started, cpuMs: client.cpuMs() - cpuBefore, result };
}

/** The end of a `Timeout: 60` line (inside a Lambda function) past the middle of the text. */
function middleEditPosition(text) {
  const lines = text.split('\n');
  const line = lines.findIndex((content, index) => index >= lines.length / 2 && content === '      Timeout: 60');
  return { line, character: lines[line].length };
}

async function serverRun(root, uri, text, debounce) {
  const client = new BenchClient(join(root, 'dist/server.js'));
  try {
    await client.initialize();
    const first = await timed(client, () => client.open(uri, 'yaml', text));
    const position = middleEditPosition(text);
    const edits = [];
    const editCpu = client.cpuMs();
    for (let edit = 0; edit < EDITS; edit++) {
      const sent = process.hrtime.bigint();
      const published = await client.insert(uri, position, ' ');
      edits.push(Number(published.arrived - sent) / 1e6 - debounce);
    }
    const relintCpuMs = (client.cpuMs() - editCpu) / EDITS;
    const graph = await timed(client, () => client.request('cfnCoach/graph', { uri, savedText: text }));
    const sheet = await timed(client, () => client.request('cfnCoach/studySheet', { uri, fileName: 'synthetic.yaml' }));
    return {
      firstMs: first.wallMs,
      firstCpuMs: first.cpuMs,
      diagnostics: first.result.diagnostics.length,
      relintMs: median(edits),
      relintCpuMs,
      graphMs: graph.wallMs,
      graphCpuMs: graph.cpuMs,
      graphBytes: JSON.stringify(graph.result).length,
      sheetMs: sheet.wallMs,
      sheetCpuMs: sheet.cpuMs,
      peakMb: client.memory().peakKb / 1024,
    };
  } finally {
    await client.shutdown();
  }
}

/** The largest ratio of a figure between a size and half of it, over 1,000 → 2,000 → 4,000 → 8,000. */
function worstDoubling(runs, pick) {
  let worst = 0;
  for (let i = 1; i < DOUBLINGS.length; i++) worst = Math.max(worst, pick(runs.get(DOUBLINGS[i])) / pick(runs.get(DOUBLINGS[i - 1])));
  return worst;
}

export async function benchScaling({ root }) {
  const debounce = debounceMs(root);
  const dir = mkdtempSync(join(tmpdir(), 'cfn-coach-scaling-'));
  const runs = new Map();
  try {
    for (const size of SIZES) {
      const text = syntheticTemplate(size);
      const file = join(dir, `synthetic-${size}.yaml`);
      writeFileSync(file, text);
      const cli = cliRun(root, file);
      const server = await serverRun(root, pathToFileURL(file).href, text, debounce);
      runs.set(size, { size, bytes: text.length, cli, ...server });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const figures = [...runs.values()].map((run) =>
    figure(`scaling: ${run.size} resources, re-lint after an edit inside a resource (median)`, run.relintMs, 'ms', {
      note:
        `${(run.bytes / 1e6).toFixed(2)} MB; CLI ${run.cli.wallMs.toFixed(0)} ms (${run.cli.cpuMs.toFixed(0)} ms CPU); ` +
        `first diagnostics ${run.firstMs.toFixed(0)} ms (server CPU ${run.firstCpuMs.toFixed(0)} ms, ${run.diagnostics} diagnostics); ` +
        `re-lint CPU ${run.relintCpuMs.toFixed(1)} ms per edit; graph ${run.graphMs.toFixed(0)} ms (CPU ${run.graphCpuMs.toFixed(0)} ms, ` +
        `${(run.graphBytes / 1e6).toFixed(2)} MB answer); study sheet ${run.sheetMs.toFixed(0)} ms (CPU ${run.sheetCpuMs.toFixed(0)} ms); ` +
        `server peak RSS ${run.peakMb.toFixed(0)} MB`,
    }),
  );
  const ratio = (name, pick) =>
    figure(`scaling: ${name}, largest ratio per doubling (1,000 → 8,000 resources, CPU time)`, worstDoubling(runs, pick), '×', { target: MAX_RATIO });
  const at = (size) => runs.get(size);
  figures.push(
    ratio('CLI lint', (run) => run.cli.cpuMs),
    ratio('first diagnostics', (run) => run.firstCpuMs),
    ratio('re-lint after an edit', (run) => run.relintCpuMs),
    ratio('graph', (run) => run.graphCpuMs),
    ratio('study sheet', (run) => run.sheetCpuMs),
    figure('scaling: 1,000 resources, re-lint after an edit inside one resource (median, debounce left out)', at(1000).relintMs, 'ms', { target: 50 }),
    figure('scaling: 5,000 resources, re-lint after an edit inside a resource (median)', at(5000).relintMs, 'ms', { target: 500 }),
    figure('scaling: 5,000 resources, graph request', at(5000).graphMs, 'ms', { target: 3000 }),
    figure('scaling: 5,000 resources, server peak RSS', at(5000).peakMb, 'MB', { target: 600 }),
    figure('scaling: 10,000 resources, first diagnostics', at(10000).firstMs, 'ms', { note: 'the whole analysis of a 2.8 MB template in a fresh server' }),
  );
  return figures;
}
