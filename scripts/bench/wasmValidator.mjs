// Per-template lint time, warm, of our core (the CLI bundle's lintText: every rule) and of AWS's WASM
// validator (@aws/cloudformation-validate, a devDependency used only here) over the same corpus
// templates: a first pass warms both up, the second is measured. Theirs is its SchemaValidator (the
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
  const ours = [];
  const theirs = [];
  try {
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
  } finally {
    engine.free();
  }
  const ratio = median(theirs) / median(ours);
  return [
    figure('per template, warm: ours, median', median(ours), 'ms', { note: `AWS's WASM SchemaValidator ${median(theirs).toFixed(2)} ms: ours ${ratio.toFixed(1)}× faster (target ≥ 3×)` }),
    figure('per template, warm: ours, p99', percentile(ours, 99), 'ms', { target: percentile(theirs, 99), note: `target: no slower than AWS's WASM validator's p99 (${percentile(theirs, 99).toFixed(2)} ms)` }),
  ];
}
