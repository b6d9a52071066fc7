import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { escapeForTerminal, escapeJsonForTerminal } from '../../src/cli/report/terminal';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'cfn-coach-terminal-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A Ref name that erases the terminal line and prints a fake result over it, then starts a colour with
// C1's CSI and reverses what follows with a bidirectional override (YAML double quotes allow all of them).
const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      QueueName: !Ref "X\\e[2K\\r0 findings\\n\\u009b31m\\u202e\\x7f"',
  '',
].join('\n');
const RAW_NAME = 'X\x1b[2K\r0 findings\n\u009b31m\u202e\x7f';
const SHOWN_NAME = 'X\\x1b[2K\\x0d0 findings\\x0a\\x9b31m\\u202e\\x7f';
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('template text printed by cfn-coach lint', () => {
  it('shows control characters of a name as escapes in --format text, one finding a line', () => {
    const file = join(dir, 'names.yaml');
    writeFileSync(file, TEMPLATE);
    const run = cli('lint', file);
    assert.equal(run.status, 1);
    assert.equal(
      run.stdout,
      `${file}:6:24: error E1020 Ref to '${SHOWN_NAME}', which is not a parameter, resource or pseudo parameter of this template\n`,
    );
  });

  it('keeps JSON and SARIF output free of raw controls, with the same values once parsed', () => {
    const file = join(dir, 'names.yaml');
    writeFileSync(file, TEMPLATE);
    const json = cli('lint', '--format', 'json', file).stdout;
    const sarif = cli('lint', '--format', 'sarif', file).stdout;
    assert.deepEqual([UNSAFE.test(json), UNSAFE.test(sarif)], [false, false]);
    const [finding] = JSON.parse(json) as { message: string }[];
    const [result] = (JSON.parse(sarif) as { runs: { results: { message: { text: string } }[] }[] }).runs[0].results;
    assert.deepEqual([finding.message.includes(`'${RAW_NAME}'`), result.message.text.includes(`'${RAW_NAME}'`)], [true, true]);
  });

  it('shows control characters in file names as escapes, on stdout and stderr', () => {
    const file = join(dir, 'evil\x1b[2K.yaml');
    writeFileSync(file, 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n  A:\n    Type: AWS::SQS::Queue\n');
    const run = cli('lint', file, join(dir, 'missing\r.yaml'));
    assert.equal(run.stdout, `${join(dir, 'evil\\x1b[2K.yaml')}:4:3: warning W0002 Duplicate key 'A': CloudFormation keeps only the last value given for it\n`);
    assert.match(run.stderr, /^cfn-coach: .*missing\\x0d\.yaml/);
    assert.equal(UNSAFE.test(run.stderr), false);
  });
});

describe('escaping for the terminal', () => {
  it('writes C0, DEL, C1, separators and bidirectional controls as escapes, and nothing else', () => {
    assert.equal(escapeForTerminal('a\tb\u0000\u001b\u007f\u0085\u2028\u202e\u2066 é ✓ 日本'), 'a\\x09b\\x00\\x1b\\x7f\\x85\\u2028\\u202e\\u2066 é ✓ 日本');
  });

  it('leaves JSON layout alone and gives the same value back', () => {
    const json = JSON.stringify({ name: 'a\u009b\u202e\nb' }, null, 2);
    const escaped = escapeJsonForTerminal(json);
    assert.equal(escaped, '{\n  "name": "a\\u009b\\u202e\\nb"\n}');
    assert.deepEqual(JSON.parse(escaped), { name: 'a\u009b\u202e\nb' });
  });
});
