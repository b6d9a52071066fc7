// `npm run compare`: lints every corpus template in one process and compares the findings with
// cfn-lint 1.55.1's (../shared/reference) per rule family. Also prints the time per template.
//   node scripts/compare.mjs [--show FAMILY]     (corpus: $CFN_CORPUS, else ../shared/corpus)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const cliBundle = join(root, 'dist/cli.js');

function fail(message) {
  console.error(`compare: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({ options: { show: { type: 'string' } } });
const corpus = resolve(process.env.CFN_CORPUS ?? join(root, '../shared/corpus'));
const referenceFile = join(dirname(corpus), 'reference/cfn-lint-1.55.1.jsonl');
if (!existsSync(corpus)) fail(`no corpus at ${corpus}: set CFN_CORPUS to the folder of templates`);
if (!existsSync(referenceFile)) fail(`no cfn-lint reference at ${referenceFile}`);
if (!existsSync(cliBundle)) fail('dist/cli.js is missing: run `node scripts/build.mjs` first');

const cli = createRequire(import.meta.url)(cliBundle);
if (values.show && !cli.FAMILIES.includes(values.show) && values.show !== 'ours-only' && !values.show.startsWith('missed:')) {
  fail(`--show takes one of ${cli.FAMILIES.join(', ')}, ours-only, missed:<cfn-lint rule id>`);
}

const referenceRuns = readFileSync(referenceFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
  .filter((run) => !run.crashed);

const ours = [];
const reference = [];
/** cfn-lint findings that are wrong (src/cli/errata.ts): the figures are also shown without them. */
const errata = new Set();
const timings = [];
const failedRules = new Map();
const started = performance.now();
for (const run of referenceRuns) {
  const text = readFileSync(join(corpus, run.template), 'utf8');
  const before = performance.now();
  const result = cli.lintText(text, run.template, cli.childFileReader(join(corpus, run.template)));
  timings.push({ template: run.template, ms: performance.now() - before });
  for (const ruleId of result.failedRules) failedRules.set(ruleId, (failedRules.get(ruleId) ?? 0) + 1);
  for (const found of result.findings) {
    ours.push({ template: run.template, ruleId: found.ruleId, path: found.path?.split('/') ?? null, message: found.message, level: found.level });
  }
  for (const found of run.findings) {
    const compared = { template: run.template, ruleId: found.rule, path: found.path, message: found.message, level: found.level };
    reference.push(compared);
    if (cli.isCfnLintErratum(compared, text)) errata.add(compared);
  }
}
const totalSeconds = (performance.now() - started) / 1000;

const results = cli.compareFindings(ours, reference);
const corrected = cli.compareFindings(ours.filter((found) => !cli.isCfnLintMiss(found)), reference.filter((found) => !errata.has(found)));
const ratio = (value) => (value === undefined ? '-' : value.toFixed(3));
const column = (text, width) => String(text).padStart(width);
console.log(`corpus: ${corpus} (${referenceRuns.length} templates compared with cfn-lint 1.55.1)`);
console.log(`${'family'.padEnd(18)}${column('TP', 6)}${column('FP', 6)}${column('FN', 6)}${column('precision', 11)}${column('recall', 8)}  target  ${'without cfn-lint errata'}`);
for (const [index, result] of results.entries()) {
  const cells = [result.truePositives, result.falsePositives, result.falseNegatives].map((list) => column(list.length, 6));
  const target = cli.meetsTarget(result) ? 'met' : 'missed';
  const fixed = corrected[index];
  const excluded = result.falseNegatives.length + result.truePositives.length - fixed.falseNegatives.length - fixed.truePositives.length;
  const withoutErrata = excluded === 0 ? '' : `${ratio(cli.precisionOf(fixed))}/${ratio(cli.recallOf(fixed))} (${excluded} excluded), ${cli.meetsTarget(fixed) ? 'met' : 'missed'}`;
  console.log(`${result.family.padEnd(18)}${cells.join('')}${column(ratio(cli.precisionOf(result)), 11)}${column(ratio(cli.recallOf(result)), 8)}  ${target.padEnd(6)}  ${withoutErrata}`);
}
console.log(`target: precision >= ${cli.TARGET.precision}, recall >= ${cli.TARGET.recall} in every family`);

const breadth = cli.errorBreadth(ours, reference.filter((found) => !errata.has(found)));
console.log(
  `\nbreadth: ${breadth.matched} of cfn-lint's ${breadth.total} errors (without errata) have an error of ours at the same ` +
    `template and logical id: ${(breadth.matched / breadth.total).toFixed(3)} (target 0.85); ${breadth.oursOnly.length} errors of ours where cfn-lint has none (--show ours-only)`,
);
const missedRules = [...breadth.missed].sort((a, b) => b[1].length - a[1].length);
console.log(`missed, by cfn-lint rule: ${missedRules.slice(0, 25).map(([id, list]) => `${id} ${list.length}`).join(', ')}`);
const ruleRows = [...breadth.byRule].sort(([a], [b]) => (a < b ? -1 : 1));
console.log(
  `our errors by rule (where cfn-lint also has an error / all): ${ruleRows.map(([id, { errors, confirmed }]) => `${id} ${confirmed}/${errors}`).join(', ')}`,
);

const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b);
const percentile = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const slowest = timings.reduce((max, timing) => (timing.ms > max.ms ? timing : max));
console.log(
  `time: ${totalSeconds.toFixed(2)} s for ${timings.length} templates (reading included); per template ` +
    `median ${percentile(50).toFixed(2)} ms, p99 ${percentile(99).toFixed(2)} ms, ` +
    `max ${slowest.ms.toFixed(2)} ms (${slowest.template})`,
);
for (const [ruleId, count] of failedRules) console.log(`rule ${ruleId} threw on ${count} templates`);

if (values.show === 'ours-only') {
  for (const found of breadth.oursOnly) console.log(`ours only  ${found.template}  ${found.path?.join('/') ?? '-'}  ${found.ruleId} ${found.message}`);
} else if (values.show?.startsWith('missed:')) {
  for (const found of breadth.missed.get(values.show.slice(7)) ?? []) console.log(`missed  ${found.template}  ${found.path?.join('/') ?? '-'}  ${found.message}`);
} else if (values.show) {
  const result = results.find((candidate) => candidate.family === values.show);
  const line = (kind, found) => `${kind} ${found.template}  ${found.path?.join('/') ?? '-'}  ${found.ruleId} ${found.message}`;
  for (const found of result.falsePositives) console.log(line('FP (ours only)   ', found));
  for (const found of result.falseNegatives) console.log(line('FN (cfn-lint only)', found));
}
