// Where the largest template's lint time goes: parsing, all rules on a fresh parse, then each rule
// alone (median of warm runs).
// For information; the slowest few are printed with the figures.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { figure, median, msSince } from './stats.mjs';

const RUNS = 10;
const SHOWN = 5;

/** Median of RUNS runs after RUNS unmeasured ones, so V8 has optimised the code first (the figures are "warm"). */
function timed(action) {
  for (let run = 0; run < RUNS; run++) action();
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const before = process.hrtime.bigint();
    action();
    times.push(msSince(before));
  }
  return median(times);
}

export async function benchRuleTimes({ root, corpus, largest }) {
  const dir = mkdtempSync(join(tmpdir(), 'cfn-coach-bench-'));
  try {
    const outfile = join(dir, 'core.js');
    await esbuild.build({
      absWorkingDir: root, entryPoints: [new URL('./coreEntry.ts', import.meta.url).pathname], outfile,
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning',
    });
    const core = createRequire(import.meta.url)(outfile);
    core.setSchemaSource(core.nodeSchemaSource(join(root, 'dist/schema')));
    const text = readFileSync(join(corpus, largest.template), 'utf8');
    const format = core.formatOf(undefined, largest.template, text);
    const parse = () => core.parseTemplate(text, format);
    const template = parse();
    const parseMs = timed(parse);
    // Every rule on a template of its own parse, as after an edit: what rules share per template
    // (the reference index, the schema walk) is built again each time.
    const fresh = Array.from({ length: RUNS * 2 }, parse);
    const analyzeMs = timed(() => core.analyze(fresh.pop()));
    const rules = core.ALL_RULES.map((rule) => ({ id: rule.id, ms: timed(() => rule.run(template)) })).sort((a, b) => b.ms - a.ms);
    const total = rules.reduce((sum, rule) => sum + rule.ms, 0);
    return [
      figure('largest template: parse (median)', parseMs, 'ms'),
      figure('largest template: every rule on a fresh parse (median)', analyzeMs, 'ms', {
        note: 'analyze() on a template parsed for it, warm code: the per-template work the rules share included',
      }),
      figure(`largest template: each rule alone, shared work cached (sum of medians)`, total, 'ms', {
        note: `${rules.length} rules; slowest: ${rules.slice(0, SHOWN).map((rule) => `${rule.id} ${rule.ms.toFixed(1)} ms`).join(', ')}`,
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
