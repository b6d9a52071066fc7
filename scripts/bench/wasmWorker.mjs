// Runs AWS's WASM validator over templates in a worker thread, so that the bench can stop a run that
// takes too long (a few corpus templates take it minutes, then trap) by terminating the worker. It runs the
// phases it is given from `from` ({ phase, index }: where a stopped worker left off), each phase
// { unmeasured, measured } runs per template, and posts { phase, index, runs } before a template
// (so the parent can arm its timer) and { phase, index, times } after it.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const validate = require('@aws/cloudformation-validate');

const { paths, phases, skip, from } = workerData;
// The CEL engine: the faster of its two rule engines, which per its README give identical diagnostics.
const engine = new validate.CelEngine();

/** Throws when the engine fails (on this corpus, a wasm trap after minutes): the parent then starts a new worker. */
function validateOnce(path) {
  const before = process.hrtime.bigint();
  engine.validateStandard(new validate.TemplateFile(path));
  return Number(process.hrtime.bigint() - before) / 1e6;
}

for (let phase = from.phase; phase < phases.length; phase++) {
  const { unmeasured, measured } = phases[phase];
  for (let index = phase === from.phase ? from.index : 0; index < paths.length; index++) {
    if (skip.includes(index)) continue;
    parentPort.postMessage({ phase, index, runs: unmeasured + measured });
    for (let i = 0; i < unmeasured; i++) validateOnce(paths[index]);
    const times = [];
    for (let i = 0; i < measured; i++) times.push(validateOnce(paths[index]));
    parentPort.postMessage({ phase, index, times });
  }
}
engine.free();
