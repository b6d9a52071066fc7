// `npm run exam-hits`: runs the exam-practice rules (CX…: the first exam rules and the catalogue) over
// every corpus template and the project's samples/, and prints, per rule, how many templates and
// findings it hits and a sample of the hits to read and judge (every hit of error-level rules with --errors).
//   node --import tsx scripts/exam-rule-hits.mjs [--rule CX1001[,CX2310…]] [--sample N] [--errors]
//   (corpus: $CFN_CORPUS, else ../shared/corpus)
// Every quick fix is also applied to its template, which must then parse as cleanly as before.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatOf, parseTemplate } from '../src/core/template.ts';
import { EXAM_RULES } from '../src/core/rules/exam/index.ts';
import { CATALOGUE_CHECKS, CATALOGUE_RULES } from '../src/core/rules/catalogue/index.ts';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { rule: { type: 'string' }, sample: { type: 'string', default: '5' }, errors: { type: 'boolean' } } });
const sampleSize = Number(values.sample);
const corpus = resolve(process.env.CFN_CORPUS ?? join(root, '../shared/corpus'));
if (!existsSync(corpus)) {
  console.error(`exam-hits: no corpus at ${corpus}; set CFN_CORPUS to a folder of CloudFormation templates`);
  process.exit(2);
}

function templateFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return templateFiles(path);
    return /\.(ya?ml|json|template)$/i.test(name) ? [path] : [];
  });
}

const examRules = [...EXAM_RULES, ...CATALOGUE_RULES];
const wanted = values.rule?.split(',');
const rules = wanted ? examRules.filter((rule) => wanted.some((id) => rule.id.startsWith(id))) : examRules;
const errorLevel = new Set(CATALOGUE_CHECKS.filter((check) => check.severity === 'error').map((check) => check.id));
if (rules.length === 0) {
  console.error(`exam-hits: no exam rule ${values.rule}; the rules are ${examRules.map((rule) => rule.id).join(', ')}`);
  process.exit(2);
}
const hits = new Map(rules.map((rule) => [rule.id, []]));
const failures = [];
const brokenFixes = [];
const samples = join(root, 'samples');
const files = [...templateFiles(corpus).sort(), ...(existsSync(samples) ? templateFiles(samples).sort() : [])];
const where = (file) => (file.startsWith(samples) ? relative(root, file) : relative(corpus, file));
let analysed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const template = parseTemplate(text, formatOf(undefined, file, text));
  if (!template.isTemplate) continue;
  analysed++;
  if (!template.root) continue;
  for (const rule of rules) {
    try {
      for (const found of rule.run(template)) {
        hits.get(rule.id).push({ template: where(file), path: found.path?.join('/') ?? '', message: found.message });
        for (const fix of found.fixes ?? []) checkFix(template, fix, `${where(file)} ${rule.id} ${found.path?.join('/')}`);
      }
    } catch (error) {
      failures.push(`${where(file)}: ${rule.id} threw ${error}`);
    }
  }
}

function checkFix(template, fix, where) {
  let text = template.text;
  for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) {
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  }
  const after = parseTemplate(text, template.format).parseFindings.length;
  if (after > template.parseFindings.length) brokenFixes.push(`${where}: "${fix.title}" leaves a template that does not parse`);
}

console.log(`corpus: ${corpus} and samples/ (${analysed} templates of ${files.length} files)`);
for (const rule of rules) {
  const found = hits.get(rule.id);
  const templates = new Set(found.map((hit) => hit.template)).size;
  console.log(`\n${rule.id} ${rule.description}: ${found.length} findings in ${templates} templates`);
  // A spread-out sample: every k-th hit, so one template with many hits does not fill it.
  const shown = values.errors && errorLevel.has(rule.id) ? found.length : sampleSize;
  const step = Math.max(1, Math.floor(found.length / shown));
  for (let index = 0; index < found.length && index / step < shown; index += step) {
    const hit = found[index];
    console.log(`  ${hit.template}  ${hit.path}\n    ${hit.message}`);
  }
}
for (const [label, list] of [['rule failures', failures], ['broken quick fixes', brokenFixes]]) {
  if (list.length === 0) continue;
  console.log(`\n${list.length} ${label}:`);
  for (const line of list.slice(0, 20)) console.log(`  ${line}`);
}
process.exit(failures.length + brokenFixes.length > 0 ? 1 : 0);
