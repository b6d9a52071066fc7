import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface LintCommand {
  command: 'lint';
  format: OutputFormat;
  verbose: boolean;
  patterns: string[];
}

export type Command = LintCommand | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: cfn-coach lint [--format text|json|sarif] [--verbose] <files, directories or globs>

Lints CloudFormation templates (YAML or JSON). Files that are not templates are skipped.
Globs: * and ? match within a folder, ** matches any number of folders (quote them for the shell).
Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.`;

export class UsageError extends Error {}

/** Reads the command line (without `node` and the script); throws UsageError when it makes no sense. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...patterns] = positionals;
  if (command !== 'lint') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' (text, json or sarif)`);
  if (patterns.length === 0) throw new UsageError('no files to lint');
  return { command, format, verbose: values.verbose === true, patterns };
}
