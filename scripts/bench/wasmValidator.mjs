// Per-template lint time, warm, of our core (the CLI bundle's lintText: every rule) and of AWS's WASM
// validator (@aws/cloudformation-validate, a devDependency used only here: its CEL rule engine, 303
// rules with the registry-schema checks) over the same corpus templates, each engine alone, measured
// two ways: after a pass over the whole corpus, one run per template per pass (three passes, the
// median of a template's three runs; the collector's pauses land on whichever template runs then);
// and each template warmed on itself (two unmeasured runs, then the median of five), as when one
// file is linted again and again while it is edited. Theirs reads the file itself; so does ours, and
// the reading is timed. Theirs runs in a worker thread stopped after RUN_LIMIT_MS on one template (a
// few corpus templates take it minutes, then make it fail): such a template counts as RUN_LIMIT_MS, a
// lower bound. The whole comparison runs ROUNDS times; each engine's round with the lower median counts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { figure, median, msSince, percentile, skipped } from './stats.mjs';

const require = createRequire(import.meta.url);
const RUN_LIMIT_MS = 3000;
/**
 * The comparison is made this many times, ours then theirs, and each engine's better round counts: this
 * machine's speed drifts by up to half over minutes, which one round (ours, then theirs) reads as a
 * difference between the engines.
 */
const ROUNDS = 2;
const PASS = { unmeasured: 0, measured: 1 };
const EACH = { unmeasured: 2, measured: 5 };
/** A warming pass over the corpus, three measured passes, then each template warmed on itself. */
const PHASES = [{ unmeasured: 1, measured: 0 }, PASS, PASS, PASS, EACH];

export async function benchWasmValidator({ root, corpus, templates }) {
  try {
    require.resolve('@aws/cloudformation-validate');
  } catch {
    return [skipped('AWS WASM validator comparison', '@aws/cloudformation-validate is not installed')];
  }
  const paths = templates.map((template) => join(corpus, template));
  const cli = require(join(root, 'dist/cli.js'));
  const ours = [];
  const theirs = [];
  const overLimit = [];
  for (let round = 0; round < ROUNDS; round++) {
    const oursNow = new Times(paths.length);
    runPhases(paths, (path) => cli.lintText(readFileSync(path, 'utf8'), path), (phase, index, times) => oursNow.record(phase, index, times));
    ours.push(oursNow);
    const theirsNow = new Times(paths.length, RUN_LIMIT_MS);
    await runPhasesInWorker(paths, overLimit, (phase, index, times) => theirsNow.record(phase, index, times));
    theirs.push(theirsNow);
  }
  const note = `; each engine's better of ${ROUNDS} rounds${overLimit.length ? `; ${overLimit.length} template(s) took theirs over ${RUN_LIMIT_MS / 1000} s a run (or failed) and count as ${RUN_LIMIT_MS / 1000} s` : ''}`;
  return [
    ...comparison('warm after a corpus pass', betterRound(ours, (times) => times.pass()), betterRound(theirs, (times) => times.pass()), note),
    ...comparison('each warmed on itself', betterRound(ours, (times) => times.each()), betterRound(theirs, (times) => times.each()), note),
  ];
}

/** Of an engine's rounds, the per-template times of the one with the lower median. */
function betterRound(rounds, timesOf) {
  return rounds.map(timesOf).reduce((better, times) => (median(times) < median(better) ? times : better));
}

/** Per template: its runs in each measured pass, and its median when warmed on itself. */
class Times {
  constructor(count, fill) {
    this.passes = PHASES.map(() => new Array(count).fill(fill));
  }
  record(phase, index, times) {
    if (times.length > 0) this.passes[phase][index] = median(times);
  }
  pass() {
    const measured = PHASES.flatMap((phase, index) => (phase === PASS ? [this.passes[index]] : []));
    return measured[0].map((_, template) => median(measured.map((times) => times[template])));
  }
  each() {
    return this.passes[PHASES.indexOf(EACH)];
  }
}

/** The median and p99 figures of ours beside theirs: at least 3× faster at the median, no slower at p99. */
function comparison(how, ours, theirs, note) {
  const ratio = median(theirs) / median(ours);
  return [
    figure(`per template, ${how}: ours, median`, median(ours), 'ms', {
      target: Number((median(theirs) / 3).toPrecision(3)),
      note: `AWS's WASM validator ${median(theirs).toFixed(2)} ms: ours ${ratio.toFixed(1)}× faster (target ≥ 3×)${note}`,
    }),
    figure(`per template, ${how}: ours, p99`, percentile(ours, 99), 'ms', {
      target: Number(percentile(theirs, 99).toPrecision(3)),
      note: `target: no slower than AWS's WASM validator's p99 (${percentile(theirs, 99).toFixed(2)} ms)`,
    }),
  ];
}

/** Our side of wasmWorker.mjs's loop, in this thread. */
function runPhases(paths, lint, record) {
  PHASES.forEach(({ unmeasured, measured }, phase) => {
    paths.forEach((path, index) => {
      for (let i = 0; i < unmeasured; i++) lint(path);
      const times = [];
      for (let i = 0; i < measured; i++) {
        const before = process.hrtime.bigint();
        lint(path);
        times.push(msSince(before));
      }
      record(phase, index, times);
    });
  });
}

/** Their side, restarted after a template over the limit; `skip` lists those (by index), found in an earlier round or now. */
async function runPhasesInWorker(paths, skip, record) {
  let from = { phase: 0, index: 0 };
  while (from) from = await runWorker(paths, skip, from, record);
}

/**
 * Resolves with where to start again when a template runs over the limit or makes the engine fail (a
 * wasm trap leaves the module unusable: a new worker loads a new one), undefined when the worker is done.
 */
function runWorker(paths, skip, from, record) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./wasmWorker.mjs', import.meta.url), { workerData: { paths, phases: PHASES, skip, from } });
    let timer;
    let current;
    const skipCurrent = () => {
      skip.push(current.index);
      resolve({ phase: current.phase, index: current.index + 1 });
      void worker.terminate();
    };
    worker.on('message', ({ phase, index, runs, times }) => {
      clearTimeout(timer);
      if (times) {
        current = undefined;
        return record(phase, index, times);
      }
      current = { phase, index };
      timer = setTimeout(skipCurrent, RUN_LIMIT_MS * runs);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      if (current) skipCurrent();
      else reject(error);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}
