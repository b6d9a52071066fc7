// The bundled language server (dist/server.js) over stdio, timed from the client's side: first
// diagnostics on opening the largest template, re-lint after a one-character edit, hover and
// completion latency, and memory after opening the deployment templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languageIdOf } from './corpusFiles.mjs';
import { BenchClient } from './lspClient.mjs';
import { figure, median, msSince, percentile } from './stats.mjs';

const EDITS = 60;
// The first edits after opening run while V8 is still optimising the parser and rules: reported apart.
const EARLY_EDITS = 15;
const LINES_PER_TEMPLATE = 150;
const LATENCY_TEMPLATES = 4;

/** The debounce the server waits after an edit, read from its source so the figure follows it. */
export function debounceMs(root) {
  const source = readFileSync(join(root, 'src/server/validation.ts'), 'utf8');
  return Number(/export const DEBOUNCE_MS = (\d+)/.exec(source)[1]);
}

function documentOf(corpus, template) {
  const text = readFileSync(join(corpus, template), 'utf8');
  return { uri: pathToFileURL(join(corpus, template)).href, languageId: languageIdOf(template, text), text };
}

async function withServer(root, run) {
  const client = new BenchClient(join(root, 'dist/server.js'));
  try {
    await client.initialize();
    return await run(client);
  } finally {
    await client.shutdown();
  }
}

export async function benchOpenAndEdit({ root, corpus, largest }) {
  const debounce = debounceMs(root);
  return withServer(root, async (client) => {
    const { uri, languageId, text } = documentOf(corpus, largest.template);
    const cpuBeforeOpen = client.cpuMs();
    const sent = process.hrtime.bigint();
    const first = await client.open(uri, languageId, text);
    const firstMs = Number(first.arrived - sent) / 1e6;
    const firstCpuMs = client.cpuMs() - cpuBeforeOpen;
    // A space at the end of a line: the text stays a valid template, so every rule runs again.
    const timeEdits = async (position) => {
      const times = [];
      const cpuBefore = client.cpuMs();
      for (let edit = 0; edit < EDITS; edit++) {
        const before = process.hrtime.bigint();
        const published = await client.insert(uri, position, ' ');
        times.push(Number(published.arrived - before) / 1e6 - debounce);
      }
      return { times, cpuMs: (client.cpuMs() - cpuBefore) / EDITS };
    };
    const inside = await timeEdits(endOfMiddleLine(text));
    const firstLine = await timeEdits({ line: 0, character: text.split('\n')[0].replace(/\r$/, '').length });
    return [
      figure('server: didOpen of the largest template -> first diagnostics', firstMs, 'ms', {
        target: 150,
        note: `fresh server, ${largest.template}, ${first.diagnostics.length} diagnostics`,
      }),
      figure('server: CPU time of that first analysis', firstCpuMs, 'ms', {
        target: 150,
        note: 'server process user + system CPU from didOpen to the diagnostics (/proc, 10 ms resolution)',
      }),
      figure('server: re-lint after a one-character edit inside a resource (median)', median(inside.times), 'ms', {
        target: 20,
        note: `didChange -> publishDiagnostics minus the ${debounce} ms debounce, ${EDITS} edits at the end of line ${endOfMiddleLine(text).line + 1}, max ${Math.max(...inside.times).toFixed(1)} ms`,
      }),
      figure(`server: the same, first ${EARLY_EDITS} edits after opening (median)`, median(inside.times.slice(0, EARLY_EDITS)), 'ms', {
        note: 'while V8 is still optimising the code the edits run (the figure above includes them)',
      }),
      figure('server: CPU time per re-lint inside a resource (mean)', inside.cpuMs, 'ms', {
        target: 20,
        note: `server process CPU over the ${EDITS} edits / ${EDITS} (/proc): applying the edit, re-parsing the edited entry, every rule, publishing`,
      }),
      figure('server: re-lint after a one-character edit on the first line (median)', median(firstLine.times), 'ms', {
        note: `outside every entry, so the whole template is parsed again; ${EDITS} edits, max ${Math.max(...firstLine.times).toFixed(1)} ms, server CPU ${firstLine.cpuMs.toFixed(1)} ms each`,
      }),
    ];
  });
}

/** The end of the first line past the middle of the template that holds a `key: value` inside a resource. */
function endOfMiddleLine(text) {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const line = lines.findIndex((content, index) => index >= lines.length / 2 && /^ {4,}[A-Za-z][\w]*: \S/.test(content));
  return { line, character: lines[line].length };
}

/** Positions on a spread of lines: the middle of each line's first word, and its end. */
function positionsIn(text) {
  const lines = text.split('\n');
  const step = Math.max(1, Math.floor(lines.length / LINES_PER_TEMPLATE));
  const positions = [];
  for (let line = 0; line < lines.length; line += step) {
    const content = lines[line].replace(/\r$/, '');
    const word = /[A-Za-z][\w:.-]*/.exec(content);
    if (!word) continue;
    positions.push({ line, character: word.index + Math.floor(word[0].length / 2) });
    positions.push({ line, character: content.length });
  }
  return positions;
}

async function timeRequests(client, method, uri, positions) {
  const times = [];
  for (const position of positions) {
    const before = process.hrtime.bigint();
    await client.request(method, { textDocument: { uri }, position });
    times.push(msSince(before));
  }
  return times;
}

export async function benchHoverCompletion({ root, corpus, deployment }) {
  const chosen = [...deployment]
    .map((template) => ({ template, text: readFileSync(join(corpus, template), 'utf8') }))
    .sort((a, b) => b.text.length - a.text.length)
    .slice(0, LATENCY_TEMPLATES)
    .map((entry) => entry.template);
  return withServer(root, async (client) => {
    const hover = [];
    const completion = [];
    const first = [];
    const serverCpuMs = { hover: 0, completion: 0 };
    for (const template of chosen) {
      const { uri, languageId, text } = documentOf(corpus, template);
      await client.open(uri, languageId, text);
      const positions = positionsIn(text);
      first.push(...(await timeRequests(client, 'textDocument/hover', uri, positions.slice(0, 1))));
      first.push(...(await timeRequests(client, 'textDocument/completion', uri, positions.slice(0, 1))));
      let cpuBefore = client.cpuMs();
      hover.push(...(await timeRequests(client, 'textDocument/hover', uri, positions)));
      serverCpuMs.hover += client.cpuMs() - cpuBefore;
      cpuBefore = client.cpuMs();
      completion.push(...(await timeRequests(client, 'textDocument/completion', uri, positions)));
      serverCpuMs.completion += client.cpuMs() - cpuBefore;
    }
    const note = (times) =>
      `${times.length} requests over ${chosen.length} deployment templates (${chosen.map((t) => t.split('/').pop()).join(', ')}), round trip over stdio; max ${Math.max(...times).toFixed(1)} ms`;
    return [
      figure('server: hover latency p50', median(hover), 'ms'),
      figure('server: hover latency p99', percentile(hover, 99), 'ms', { target: 10, note: note(hover) }),
      figure('server: completion latency p50', median(completion), 'ms'),
      figure('server: completion latency p99', percentile(completion, 99), 'ms', { target: 10, note: note(completion) }),
      figure('server: CPU time per hover (mean)', serverCpuMs.hover / hover.length, 'ms', { note: 'server process CPU over all hovers / their number (/proc)' }),
      figure('server: CPU time per completion (mean)', serverCpuMs.completion / completion.length, 'ms', { note: 'server process CPU over all completions / their number (/proc)' }),
      figure('server: first hover/completion after open (max)', Math.max(...first), 'ms', { note: 'not in the percentiles above' }),
    ];
  });
}

export async function benchMemory({ root, corpus, deployment }) {
  return withServer(root, async (client) => {
    const opened = deployment.map((template) => {
      const { uri, languageId, text } = documentOf(corpus, template);
      return client.open(uri, languageId, text);
    });
    await Promise.all(opened);
    const { rssKb, peakKb } = client.memory();
    return [
      figure(`server: RSS after opening the ${deployment.length} deployment templates`, rssKb / 1024, 'MB', {
        target: 150,
        note: `VmRSS once every template's diagnostics arrived; peak (VmHWM) ${(peakKb / 1024).toFixed(0)} MB`,
      }),
    ];
  });
}
