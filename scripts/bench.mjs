// `npm run bench`: prints each benchmark figure beside its target and writes them all to
// bench-results.json. Figures are measured, not asserted: a missed target is marked MISSED and the
// exit status stays 0. Corpus: $CFN_CORPUS, else ../shared/corpus; without it the corpus figures are skipped.
//   node scripts/bench.mjs [--only corpus,wasm,server,scaling,activation,vscode,sizes]   (run `node scripts/build.mjs` first)
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchActivation, benchVscodeActivation } from './bench/activation.mjs';
import { deploymentTemplates, findCorpus, largestTemplate, readReference, templatesUnder } from './bench/corpusFiles.mjs';
import { benchCorpusLint } from './bench/corpusLint.mjs';
import { benchSizes } from './bench/package.mjs';
import { printTable } from './bench/report.mjs';
import { benchRuleTimes } from './bench/ruleTimes.mjs';
import { benchScaling } from './bench/scaling.mjs';
import { benchWasmValidator } from './bench/wasmValidator.mjs';
import { benchHoverCompletion, benchMemory, benchOpenAndEdit } from './bench/server.mjs';
import { skipped } from './bench/stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const GROUPS = ['corpus', 'wasm', 'server', 'scaling', 'activation', 'vscode', 'sizes'];
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const groups = values.only ? values.only.split(',') : GROUPS;

const corpus = findCorpus();
let setting;
if (corpus) {
  const reference = readReference(corpus);
  const templates = reference ? reference.map((run) => run.template) : templatesUnder(corpus);
  setting = { root, corpus, templates, reference, largest: largestTemplate(corpus, templates), deployment: deploymentTemplates(corpus) };
  console.log(`corpus: ${corpus} (${templates.length} templates; largest ${setting.largest.template})`);
} else {
  console.log(`No corpus at ${process.env.CFN_CORPUS ?? join(root, '../shared/corpus')} (set CFN_CORPUS to a folder of templates): the corpus and server figures are skipped.`);
}
const loadBefore = loadavg()[0];

const figures = [];
/** Runs one bench of a selected group; `withoutCorpus` lists what it would measure, for a bench that needs the corpus. */
async function run(group, bench, withoutCorpus) {
  if (!groups.includes(group)) return;
  if (withoutCorpus && !setting) {
    figures.push(...withoutCorpus.map(([name, target, unit]) => skipped(name, 'no corpus', target, unit)));
    return;
  }
  console.log(`running: ${bench.name}…`);
  figures.push(...(await bench(setting ?? { root })));
}
await run('activation', benchActivation);
await run('server', benchOpenAndEdit, [['server: first diagnostics on opening the largest template', 150, 'ms'], ['server: re-lint after a one-character edit inside a resource', 20, 'ms']]);
await run('server', benchHoverCompletion, [['server: hover and completion latency p99', 10, 'ms']]);
await run('server', benchMemory, [['server: RSS after opening the deployment templates', 150, 'MB']]);
await run('corpus', benchCorpusLint, [['corpus lint, whole corpus', 10, 's'], ['largest template, warm lint', 20, 'ms'], ['corpus lint time / cfn-lint 1.55.1 recorded time']]);
await run('corpus', benchRuleTimes, []);
await run('wasm', benchWasmValidator, [['per template, warm after a corpus pass: ours, median', undefined, 'ms'], ['per template, each warmed on itself: ours, median', undefined, 'ms']]);
// Synthetic templates: no corpus needed.
await run('scaling', benchScaling);
await run('sizes', benchSizes);
// Last: code-server and Chromium take a while to wind down, and would load the machine under the other figures.
await run('vscode', benchVscodeActivation);

const machine = { node: process.version, cpus: cpus().length, loadAverage1m: { before: loadBefore, after: loadavg()[0] } };
printTable(figures, machine);
const results = { date: new Date().toISOString(), machine, corpus: corpus ?? null, figures };
writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('written: bench-results.json');
