// `cfn-coach lint …`: the command-line linter, bundled as dist/cli.js. Requiring the bundle gives the
// programmatic API below (scripts/compare.mjs uses it) without running the command.
import { version } from '../../package.json';
import { setSchemaSource } from '../core';
import { nodeSchemaSource } from '../server/schemaSource';
import { parseCommandLine, USAGE, UsageError, type LintCommand } from './args';
import { expandPatterns } from './expand';
import { lintFile, type FileResult } from './lint';
import { formatJson } from './report/json';
import { formatSarif } from './report/sarif';
import { escapeForTerminal } from './report/terminal';
import { formatText } from './report/text';

export { childFileReader, lintText, lintFile, pathString, type CliFinding, type FileResult } from './lint';
export { expandPatterns, globToRegExp } from './expand';
export * from './compare';
export { isCfnLintErratum, isCfnLintMiss } from './errata';

// The resource schema index is generated into dist/schema, beside this bundle (as for dist/server.js).
setSchemaSource(nodeSchemaSource());

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs one command line; resolves to the exit status. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.command === 'help') output.out(`${USAGE}\n`);
    if (command.command === 'version') output.out(`${version}\n`);
    return command.command === 'lint' ? await lint(command, output) : EXIT_OK;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`cfn-coach: ${escapeForTerminal(error.message)}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
}

async function lint(command: LintCommand, output: Output): Promise<number> {
  const { files, problems } = await expandPatterns(command.patterns);
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      results.push(await lintFile(file));
    } catch (error) {
      problems.push(`cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  output.out(render(command, results));
  for (const problem of problems) output.err(`cfn-coach: ${escapeForTerminal(problem)}\n`);
  for (const result of results) {
    for (const ruleId of result.failedRules) output.err(`cfn-coach: rule ${ruleId} failed on '${escapeForTerminal(result.file)}'\n`);
  }
  if (problems.length > 0) return EXIT_USAGE;
  const hasErrors = results.some((result) => result.findings.some((found) => found.level === 'error'));
  return hasErrors ? EXIT_ERRORS_FOUND : EXIT_OK;
}

function render(command: LintCommand, results: readonly FileResult[]): string {
  if (command.format === 'json') return formatJson(results);
  if (command.format === 'sarif') return formatSarif(results, version);
  return formatText(results, command.verbose);
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
