// Core lint over the whole corpus in one process, through the CLI bundle's lintText (parse, every
// rule, findings converted to line/column): per-template times, the largest template warm, and the
// ratio to the reference linter's recorded time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { figure, median, msSince, percentile, skipped } from './stats.mjs';

const WARM_RUNS = 20;
const TARGET_CORPUS_MS = 10_000;
const TARGET_LARGEST_WARM_MS = 20;

export function benchCorpusLint({ root, corpus, templates, largest, reference }) {
  const cli = createRequire(import.meta.url)(join(root, 'dist/cli.js'));
  const timings = [];
  let failedRuleRuns = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  for (const template of templates) {
    const text = readFileSync(join(corpus, template), 'utf8');
    const before = process.hrtime.bigint();
    failedRuleRuns += cli.lintText(text, template).failedRules.length;
    timings.push({ template, ms: msSince(before) });
  }
  const totalMs = msSince(started);
  const corpusCpuMs = cpuMs(process.cpuUsage(cpuBefore));
  const lintMs = timings.reduce((sum, timing) => sum + timing.ms, 0);
  const times = timings.map((timing) => timing.ms);
  const slowest = timings.reduce((max, timing) => (timing.ms > max.ms ? timing : max));

  const largestText = readFileSync(join(corpus, largest.template), 'utf8');
  const warmCpu = [];
  const warm = Array.from({ length: WARM_RUNS }, () => {
    const cpuBefore = process.cpuUsage();
    const before = process.hrtime.bigint();
    cli.lintText(largestText, largest.template);
    const elapsed = msSince(before);
    warmCpu.push(cpuMs(process.cpuUsage(cpuBefore)));
    return elapsed;
  });

  const figures = [
    figure('corpus lint, whole corpus (one process, files read included)', totalMs / 1000, 's', {
      target: TARGET_CORPUS_MS / 1000,
      note: `${templates.length} templates; ${(lintMs / 1000).toFixed(2)} s in lintText alone`,
    }),
    figure('corpus lint, whole corpus, CPU time', corpusCpuMs / 1000, 's', {
      target: TARGET_CORPUS_MS / 1000,
      note: 'user + system CPU of the process over the same pass (less inflated than wall time by other load)',
    }),
    figure('corpus lint, median per template', median(times), 'ms'),
    figure('corpus lint, p99 per template', percentile(times, 99), 'ms'),
    figure('corpus lint, max per template', slowest.ms, 'ms', { note: slowest.template }),
    figure('largest template, warm lint (median)', median(warm), 'ms', {
      target: TARGET_LARGEST_WARM_MS,
      note: `${largest.template}, ${(largest.size / 1024).toFixed(0)} KB, median of ${WARM_RUNS} warm runs (first lint in the corpus pass: ${timings.find((t) => t.template === largest.template)?.ms.toFixed(1)} ms)`,
    }),
    figure('largest template, warm lint CPU time (median)', median(warmCpu), 'ms', { target: TARGET_LARGEST_WARM_MS }),
  ];
  if (failedRuleRuns > 0) figures.push(figure('rule runs that threw during the corpus pass', failedRuleRuns, 'runs'));
  figures.push(referenceRatio(reference, templates, timings));
  return figures;
}

const cpuMs = (usage) => (usage.user + usage.system) / 1000;

function referenceRatio(reference, templates, timings) {
  const name = 'corpus lint time / cfn-lint 1.55.1 recorded time';
  if (!reference) return skipped(name, 'no ../shared/reference/cfn-lint-1.55.1.jsonl beside the corpus');
  const linted = new Set(templates);
  const runs = reference.filter((run) => linted.has(run.template));
  const referenceSeconds = runs.reduce((sum, run) => sum + (run.seconds ?? 0), 0);
  const ourSeconds = timings.reduce((sum, timing) => sum + timing.ms, 0) / 1000;
  return figure(name, ourSeconds / referenceSeconds, 'ratio', {
    note: `${ourSeconds.toFixed(2)} s vs ${referenceSeconds.toFixed(0)} s (sum of cfn-lint's per-template seconds, one process per template, ${runs.length} templates): ${Math.round(referenceSeconds / ourSeconds)}x faster`,
  });
}
