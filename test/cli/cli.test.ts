import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';

const root = join(import.meta.dirname, '../..');
const fixtures = 'test/fixtures/cli/templates';

/** Runs the built dist/cli.js from the repository root, as a user would. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const DUPLICATE = "Duplicate key 'Handle': CloudFormation keeps only the last value given for it";
const DUPLICATE_LINE = `${fixtures}/duplicate.yaml:5:3: warning W0002 ${DUPLICATE}`;
const BROKEN_LINES = [`${fixtures}/nested/broken.json:4:68: error E0000 Expected ','`];

describe('cfn-coach lint, text output', () => {
  it('prints nothing and exits 0 for a clean template', () => {
    assert.deepEqual(cli('lint', `${fixtures}/clean.yaml`), { status: 0, stdout: '', stderr: '' });
  });

  it("checks a nested stack against its template when TemplateURL is a local file", () => {
    const parent = 'test/fixtures/cli/nestedStacks/main.yaml';
    assert.deepEqual(cli('lint', parent), {
      status: 1,
      stdout: [
        `${parent}:10:9: error E3043 Parameter 'Environmnt' is not declared in ./network.yaml, the template of nested stack 'Network'. Did you mean 'Environment'?`,
        `${parent}:13:28: error E1010 Nested stack 'Network' has no output 'VpcId' (./network.yaml): it declares Vpc`,
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('prints file:line:col: level ruleId message, and exits 1 on errors only', () => {
    assert.deepEqual(cli('lint', `${fixtures}/duplicate.yaml`), { status: 0, stdout: `${DUPLICATE_LINE}\n`, stderr: '' });
    assert.deepEqual(cli('lint', `${fixtures}/nested/broken.json`), { status: 1, stdout: `${BROKEN_LINES[0]}\n`, stderr: '' });
  });

  it('expands ** globs in sorted order and names skipped files only with --verbose', () => {
    const expected = [
      DUPLICATE_LINE,
      ...BROKEN_LINES,
      `${fixtures}/nested/deployment.yml: skipped, not a CloudFormation template`,
    ];
    assert.deepEqual(cli('lint', '--verbose', `${fixtures}/**/*.*`), {
      status: 1,
      stdout: expected.map((line) => `${line}\n`).join(''),
      stderr: '',
    });
    assert.equal(cli('lint', `${fixtures}/**/*.*`).stdout, [DUPLICATE_LINE, ...BROKEN_LINES].map((l) => `${l}\n`).join(''));
  });

  it('walks a directory for YAML and JSON files', () => {
    const run = cli('lint', `${fixtures}/nested`);
    assert.deepEqual(run, { status: 1, stdout: BROKEN_LINES.map((line) => `${line}\n`).join(''), stderr: '' });
  });

  it('exits 0 when the only file is not a template', () => {
    assert.deepEqual(cli('lint', '-v', `${fixtures}/nested/deployment.yml`), {
      status: 0,
      stdout: `${fixtures}/nested/deployment.yml: skipped, not a CloudFormation template\n`,
      stderr: '',
    });
  });
});

describe('cfn-coach lint, exit status 2', () => {
  it('for a missing file or a glob that matches nothing, after linting the rest', () => {
    const run = cli('lint', 'no-such-file.yaml', `${fixtures}/*.nothing`, `${fixtures}/clean.yaml`);
    assert.deepEqual(run, {
      status: 2,
      stdout: '',
      stderr: `cfn-coach: cannot read 'no-such-file.yaml': no such file or directory\ncfn-coach: no files match '${fixtures}/*.nothing'\n`,
    });
  });

  it('for an unknown format, a missing command or no files', () => {
    for (const args of [['lint', '--format', 'xml', 'a.yaml'], ['check', 'a.yaml'], ['lint'], []]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^cfn-coach: .+\n\nUsage: cfn-coach lint/);
      assert.equal(run.stdout, '');
    }
  });
});

describe('cfn-coach lint --format json', () => {
  it('lists every finding with rule id, level, message, 1-based range, path and file', () => {
    const run = cli('lint', '--format', 'json', `${fixtures}/duplicate.yaml`, `${fixtures}/clean.yaml`);
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), [
      {
        file: `${fixtures}/duplicate.yaml`,
        ruleId: 'W0002',
        level: 'warning',
        message: DUPLICATE,
        range: { start: { line: 5, column: 3 }, end: { line: 5, column: 9 } },
        path: null,
      },
    ]);
  });
});

describe('cfn-coach lint with the resource schema', () => {
  it('runs the schema rules from dist/schema and gives the finding its path', () => {
    const run = cli('lint', '--format', 'json', 'test/fixtures/cli/unknown-property.yaml');
    assert.equal(run.status, 1);
    const unknownProperties = JSON.parse(run.stdout).filter((found: { ruleId: string }) => found.ruleId === 'E3002');
    assert.deepEqual(
      unknownProperties.map(({ path, range, level }: Record<string, unknown>) => ({ path, range, level })),
      [{ path: 'Resources/MyAsg/Properties/MinSzie', range: { start: { line: 8, column: 7 }, end: { line: 8, column: 14 } }, level: 'error' }],
    );
  });
});

describe('cfn-coach lint --format sarif', () => {
  const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/cli/sarif-2.1.0-rtm.5.json'), 'utf8'));

  // The schema is draft-04 (`id`): Ajv 8 reads it as draft-07, which validates the same here; one of its
  // patterns ("language") is not valid with the u flag, hence unicodeRegExp: false.
  function sarifValidator() {
    const { $schema: _draft04, id, ...rest } = schema;
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false });
    return ajv.compile({ ...rest, $id: id });
  }

  it('writes a log that validates against the SARIF 2.1.0 schema', () => {
    const run = cli('lint', '--format', 'sarif', `${fixtures}/duplicate.yaml`, `${fixtures}/nested/broken.json`);
    assert.equal(run.status, 1);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors));
    assert.equal(log.version, '2.1.0');
    assert.deepEqual(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id), ['E0000', 'W0002']);
    assert.deepEqual(log.runs[0].results[0], {
      ruleId: 'W0002',
      ruleIndex: 1,
      level: 'warning',
      message: { text: DUPLICATE },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `${fixtures}/duplicate.yaml` },
            region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 9 },
          },
        },
      ],
    });
    assert.equal(log.runs[0].results.length, 2);
  });

  it('rejects a log the schema forbids, so the validation above can fail', () => {
    const validate = sarifValidator();
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
  });
});
