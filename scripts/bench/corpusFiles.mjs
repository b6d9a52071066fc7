// Where the corpus and the reference linter's findings are, and which templates the benchmarks use.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** The corpus folder ($CFN_CORPUS, else ../shared/corpus), or undefined when it is absent. */
export function findCorpus() {
  const corpus = resolve(process.env.CFN_CORPUS ?? join(root, '../shared/corpus'));
  return existsSync(corpus) ? corpus : undefined;
}

/** cfn-lint 1.55.1's runs (one per template, with `seconds`), or undefined when the file is absent. */
export function readReference(corpus) {
  const file = join(dirname(corpus), 'reference/cfn-lint-1.55.1.jsonl');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Every template under the corpus folder, as paths relative to it, sorted. */
export function templatesUnder(corpus, dir = corpus) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return templatesUnder(corpus, path);
      return /\.(ya?ml|json|template)$/i.test(name) ? [path.slice(corpus.length + 1)] : [];
    });
}

/** The largest template by size in bytes. */
export function largestTemplate(corpus, templates) {
  return templates.reduce((best, template) => {
    const size = statSync(join(corpus, template)).size;
    return size > best.size ? { template, size } : best;
  }, { template: '', size: -1 });
}

/** The 40 templates listed in DEPLOYMENT-TOPICS.txt. */
export function deploymentTemplates(corpus) {
  const file = join(corpus, 'DEPLOYMENT-TOPICS.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** The language id an editor would give this template: JSON by extension or, for `.template`, by content. */
export function languageIdOf(template, text) {
  return /\.json$/i.test(template) || (!/\.ya?ml$/i.test(template) && text.trimStart().startsWith('{')) ? 'json' : 'yaml';
}
