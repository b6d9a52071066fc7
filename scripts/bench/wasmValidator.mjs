// Per-template lint time, warm, of our core (the CLI bundle's lintText: every rule) and of AWS's WASM
// validator (@aws/cloudformation-validate, a devDependency used only here) over the same corpus
// templates, measured two ways: after a pass over the whole corpus, one run per template (the
// collector's pauses land on whichever template runs then); and each template warmed on itself (two
// unmeasured runs, then the median of five), as when one file is linted again and again while it is
// edited. Theirs is its SchemaValidator (the
// registry-schema checks, its fast path; its Rego rule engine takes 150–300 ms a template warm here,
// too slow to run over the corpus). It reads the file itself; ours is given the text, and the
// reading is timed on our side too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { figure, median, msSince, percentile, skipped } from './stats.mjs';

const require = createRequire(import.meta.url);

export function benchWasmValidator({ root, corpus, templates }) {
  let validate;
  try {
    validate = require('@aws/cloudformation-validate');
  } catch {
    return [skipped('AWS WASM validator comparison', '@aws/cloudformation-validate is not installed')];
  }
  const cli = require(join(root, 'dist/cli.js'));
  const engine = new validate.SchemaValidator();
  try {
    const ours = [];
    const theirs = [];
    for (const pass of [0, 1]) {
      for (const template of templates) {
        const path = join(corpus, template);
        let before = process.hrtime.bigint();
        cli.lintText(readFileSync(path, 'utf8'), template);
        if (pass === 1) ours.push(msSince(before));
        before = process.hrtime.bigint();
        try {
          engine.validate(new validate.TemplateFile(path));
        } catch {
          // A template it cannot read still took its time.
        }
        if (pass === 1) theirs.push(msSince(before));
      }
    }
    const each = eachWarmedOnItself(templates.map((template) => join(corpus, template)), cli, validate, engine);
    return [...comparison('warm after a corpus pass', ours, theirs), ...comparison('each warmed on itself', each.ours, each.theirs)];
  } finally {
    engine.free();
  }
}

/** The median and p99 figures of ours beside theirs: at least 3× faster at the median, no slower at p99. */
function comparison(how, ours, theirs) {
  const ratio = median(theirs) / median(ours);
  return [
    figure(`per template, ${how}: ours, median`, median(ours), 'ms', {
      target: Number((median(theirs) / 3).toPrecision(3)),
      note: `AWS's WASM SchemaValidator ${median(theirs).toFixed(2)} ms: ours ${ratio.toFixed(1)}× faster (target ≥ 3×)`,
    }),
    figure(`per template, ${how}: ours, p99`, percentile(ours, 99), 'ms', {
      target: Number(percentile(theirs, 99).toPrecision(3)),
      note: `target: no slower than AWS's WASM validator's p99 (${percentile(theirs, 99).toFixed(2)} ms)`,
    }),
  ];
}

const UNMEASURED_RUNS = 2;
const MEASURED_RUNS = 5;

/** Per template, for each engine: two runs to warm it on that template, then the median of five. */
function eachWarmedOnItself(paths, cli, validate, engine) {
  const ours = [];
  const theirs = [];
  for (const path of paths) {
    ours.push(warmMedian(() => cli.lintText(readFileSync(path, 'utf8'), path)));
    theirs.push(
      warmMedian(() => {
        try {
          engine.validate(new validate.TemplateFile(path));
        } catch {
          // A template it cannot read still took its time.
        }
      }),
    );
  }
  return { ours, theirs };
}

function warmMedian(run) {
  for (let i = 0; i < UNMEASURED_RUNS; i++) run();
  const times = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const before = process.hrtime.bigint();
    run();
    times.push(msSince(before));
  }
  return median(times);
}
