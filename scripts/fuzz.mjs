// The long fuzz run (`npm run fuzz -- [--seed N] [--runs N] [--only part-of-path]`): every template of the
// corpus (../shared/corpus, or $CFN_CORPUS) mutated at random through every core entry point. A failure
// prints its seed, the mutations, the error, and writes the mutated text to a file to reproduce it.
// Needs tsx (package.json runs it with `node --import tsx`).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { exerciseCore } from '../test/fixtures/hostile/exercise.ts';
import { mutate, mutationsArbitrary } from '../test/fixtures/hostile/mutations.ts';

const MAX_CALL_MS = 1000;
const args = parseArgs(process.argv.slice(2));
const corpus = resolve(process.env.CFN_CORPUS ?? new URL('../../shared/corpus', import.meta.url).pathname);

if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}: set CFN_CORPUS to a folder of templates. Nothing was fuzzed.`);
  process.exit(2);
}

const files = templatesUnder(corpus).filter((file) => !args.only || file.includes(args.only));
console.log(`Fuzzing ${files.length} templates from ${corpus}, ${args.runs} mutations each, seed ${args.seed}`);
const offsets = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
const reproDir = mkdtempSync(join(tmpdir(), 'cfn-coach-fuzz-'));
let failures = 0;
let slowest = { slowestMs: 0, slowestCall: '', file: '' };
const started = Date.now();

for (const [index, file] of files.entries()) {
  const text = readFileSync(file, 'utf8');
  const format = /\.json$/i.test(file) || text.trimStart().startsWith('{') ? 'json' : 'yaml';
  const property = fc.property(mutationsArbitrary, offsets, (mutations, at) => {
    const run = exerciseCore(mutate(text, mutations), format, at, text);
    if (run.slowestMs > slowest.slowestMs) slowest = { ...run, file };
    if (run.slowestMs > MAX_CALL_MS) throw new Error(`${run.slowestCall} took ${run.slowestMs.toFixed(0)} ms`);
  });
  const details = fc.check(property, { seed: seedFor(file), numRuns: args.runs });
  if (details.failed) report(file, format, text, details);
  if ((index + 1) % 200 === 0) console.log(`  ${index + 1}/${files.length} templates, ${failures} failing`);
}

console.log(
  `\n${files.length} templates, ${files.length * args.runs} mutated documents in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
    `${failures} failing. Slowest call: ${slowest.slowestCall} ${slowest.slowestMs.toFixed(0)} ms (${relative(corpus, slowest.file)})`,
);
process.exit(failures === 0 ? 0 : 1);

function report(file, format, text, details) {
  failures++;
  const [mutations] = details.counterexample ?? [[]];
  const reproducer = join(reproDir, `${failures}.${format}`);
  writeFileSync(reproducer, mutate(text, mutations));
  console.log(`\nFAIL ${relative(corpus, file)}`);
  console.log(`  error: ${String(details.errorInstance ?? details.error).split('\n').slice(0, 6).join('\n         ')}`);
  console.log(`  mutations: ${JSON.stringify(mutations)}`);
  console.log(`  mutated text: ${reproducer}`);
  console.log(`  rerun: npm run fuzz -- --seed ${args.seed} --runs ${args.runs} --only '${relative(corpus, file)}'  (fast-check seed ${details.seed}, path ${details.counterexamplePath})`);
}

/** Each template's own seed, from the run's seed and its path, so `--only` reruns exactly the same cases. */
function seedFor(file) {
  let hash = args.seed | 0;
  for (const char of relative(corpus, file)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

function parseArgs(argv) {
  const value = (name, fallback) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
  };
  return { seed: Number(value('seed', Date.now() % 1_000_000)), runs: Number(value('runs', 20)), only: value('only', '') };
}

function templatesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return templatesUnder(path);
      return /\.(ya?ml|json|template)$/i.test(name) ? [path] : [];
    });
}
