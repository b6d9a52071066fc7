// `npm run topics`: per exam topic (T01–T33), the notes, snippets, rules and bank questions that cover it; exits 1
// when a topic has no note. `node scripts/topics.mjs --sync [exam-topics.md]` regenerates
// src/core/knowledge/topics.json from ../shared/exam-topics.md (the extension never reads that file).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const TOPICS_JSON = join(root, 'src/core/knowledge/topics.json');
const NOTES_DIR = join(root, 'src/core/knowledge/notes');
const SNIPPETS_DIR = join(root, 'snippets');
const RULES_DIR = join(root, 'src/core/rules');
const BANK_DIR = join(root, 'src/core/practice/bank');
const TOPIC_ID = /\bT(?:0[1-9]|[12]\d|3[0-3])\b/g;

/** A topic's short title: its text up to the first clause break, at most about 60 characters. */
function shortTitle(text) {
  const cut = text.split(/: | \(|; |\. | — /)[0].replace(/\.$/, '');
  if (cut.length <= 60) return cut;
  return cut.slice(0, cut.lastIndexOf(' ', 58)).replace(/[,;]$/, '') + '…';
}

/**
 * Domains a topic belongs to beside its section's: the DOP-C02 exam guide's Task 2.1 lists
 * "Composing and deploying IaC templates (for example, AWS Serverless Application Model [AWS SAM],
 * AWS CloudFormation …)" and "Applying CloudFormation stack sets across multiple accounts and AWS
 * Regions" under Domain 2, whatever section of exam-topics.md the lab puts them in.
 * https://docs.aws.amazon.com/aws-certification/latest/devops-engineer-professional-02/devops-engineer-professional-02-domain2.html
 * Task 1.4, "Implement deployment strategies for instance, container, and serverless environments", puts
 * the deployment methods of EC2 (CodeDeploy), Beanstalk and ECS in Domain 1 too.
 * https://docs.aws.amazon.com/aws-certification/latest/devops-engineer-professional-02/devops-engineer-professional-02-domain1.html
 */
const EXAM_GUIDE_DOMAINS = { T09: ['D2'], T10: ['D1'], T14: ['D1'], T17: ['D1'], T18: ['D2'], T28: ['D2'] };

/** Domains, sections and topics of exam-topics.md, as topics.json holds them. */
export function parseExamTopics(markdown) {
  const domains = {};
  for (const [, id, name, weight] of markdown.matchAll(/\b(D[1-6]) ([^,%]+?) (\d+)%/g)) {
    domains[id] ??= { name: name.replace(/\s+/g, ' '), weight: Number(weight) };
  }
  const topics = {};
  let section = { name: '', domains: [] };
  for (const line of markdown.split('\n')) {
    const heading = line.match(/^## (.+?) \(([D\d, ]+)\)\s*$/);
    if (heading) section = { name: heading[1], domains: heading[2].split(/,\s*/) };
    const topic = line.match(/^- (T\d\d) (.+)$/);
    if (topic) {
      const domains = [...new Set([...section.domains, ...(EXAM_GUIDE_DOMAINS[topic[1]] ?? [])])];
      topics[topic[1]] = { title: shortTitle(topic[2]), section: section.name, domains, text: topic[2] };
    }
  }
  return { domains, topics };
}

function sync(source) {
  const data = parseExamTopics(readFileSync(source, 'utf8'));
  writeFileSync(TOPICS_JSON, JSON.stringify(data, null, 2) + '\n');
  console.log(`wrote ${Object.keys(data.topics).length} topics to ${TOPICS_JSON}`);
}

function readNotes() {
  return readdirSync(NOTES_DIR)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(join(NOTES_DIR, name), 'utf8')));
}

/** Bank questions (practice/bank/d*.json) with the topics they are tagged with. */
function readQuestions() {
  if (!existsSync(BANK_DIR)) return [];
  return readdirSync(BANK_DIR)
    .filter((name) => /^d\d.*\.json$/.test(name))
    .flatMap((name) => JSON.parse(readFileSync(join(BANK_DIR, name), 'utf8')))
    .map((question) => ({ name: question.id, topics: new Set(question.topics) }));
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Snippet prefixes with the topic ids their name or description mention: per entry of a snippets file, else per file. */
function readSnippets() {
  return filesUnder(SNIPPETS_DIR).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const name = path.slice(SNIPPETS_DIR.length + 1);
    if (!/\.(json|code-snippets)$/.test(path)) return [{ name, topics: new Set(text.match(TOPIC_ID) ?? []) }];
    const entries = Object.entries(JSON.parse(text));
    return entries.map(([label, entry]) => ({
      name: entry?.prefix ? String(entry.prefix) : label,
      topics: new Set(JSON.stringify({ label, description: entry?.description }).match(TOPIC_ID) ?? []),
    }));
  });
}

/** Topic ids in `topics: [...]` of each rule source file, by the rule ids (`id: 'CX1001'`) the file declares. */
function topicsInRuleSources() {
  const byRuleId = new Map();
  for (const path of filesUnder(RULES_DIR).filter((file) => file.endsWith('.ts'))) {
    const text = readFileSync(path, 'utf8');
    const topics = [...text.matchAll(/topics:\s*\[([^\]]*)\]/g)].flatMap((match) => match[1].match(TOPIC_ID) ?? []);
    for (const [, id] of text.matchAll(/\bid:\s*'([A-Z]+\d+)'/g)) byRuleId.set(id, topics);
  }
  return byRuleId;
}

/** The registered rules with the topic ids their explanations carry, loaded from the sources through tsx. */
async function readRules() {
  const { tsImport } = await import('tsx/esm/api');
  const { ALL_RULES } = await tsImport(join(root, 'src/core/rules/index.ts'), import.meta.url);
  const fromSources = topicsInRuleSources();
  return ALL_RULES.map((rule) => ({ name: rule.id, topics: new Set(rule.topics ?? fromSources.get(rule.id) ?? []) }));
}

async function report() {
  const { topics } = JSON.parse(readFileSync(TOPICS_JSON, 'utf8'));
  const { tsImport } = await import('tsx/esm/api');
  const share = await tsImport(join(root, 'src/core/rules/catalogue/topicShare.ts'), import.meta.url);
  const short = [];
  const notes = readNotes().map((note) => ({ name: note.id, topics: new Set(note.topics) }));
  const snippets = readSnippets();
  const rules = await readRules();
  const questions = readQuestions();
  const covering = (items, id) => [...new Set(items.filter((item) => item.topics.has(id)).map((item) => item.name))];
  const uncovered = [];
  for (const [id, topic] of Object.entries(topics)) {
    const found = { notes: covering(notes, id), snippets: covering(snippets, id), rules: covering(rules, id), questions: covering(questions, id) };
    if (found.notes.length === 0) uncovered.push(id);
    const checks = found.rules.filter((name) => name.startsWith('CX')).length;
    if (checks < share.MIN_CHECKS_PER_TOPIC && !share.FEWER_CHECKS_BECAUSE[id]) short.push(`${id} (${checks})`);
    console.log(`${id} ${topic.title} (${topic.section})`);
    for (const [kind, names] of Object.entries(found)) {
      console.log(`  ${kind.padEnd(9)} ${names.length ? names.join(', ') : '—'}`);
    }
    if (share.FEWER_CHECKS_BECAUSE[id]) console.log(`  fewer checks: ${share.FEWER_CHECKS_BECAUSE[id]}`);
  }
  const examChecks = rules.filter((rule) => rule.name.startsWith('CX')).length;
  console.log(`\n${notes.length} notes, ${snippets.length} snippets, ${rules.length} rules (${examChecks} exam-practice checks), ${questions.length} bank questions.`);
  if (short.length > 0) {
    console.error(`Topics with fewer than ${share.MIN_CHECKS_PER_TOPIC} exam-practice checks (and no reason given): ${short.join(', ')}`);
    process.exitCode = 1;
  }
  if (uncovered.length > 0) {
    console.error(`Topics without a note: ${uncovered.join(', ')}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const syncAt = process.argv.indexOf('--sync');
  if (syncAt >= 0) sync(process.argv[syncAt + 1] ?? join(root, '../shared/exam-topics.md'));
  else
    report().catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
