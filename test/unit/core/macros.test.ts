import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { parseTemplate } from '../../../src/core/template';
import { hasMacro } from '../../../src/core/transforms';
import { useGeneratedSchema } from '../schema/schemaHelper';

const BODY = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Count: 3\n';

function findings(text: string): string[] {
  return analyze(parseTemplate(text, 'yaml'))
    .findings.filter((found) => found.ruleId === 'E3001')
    .map((found) => `${found.ruleId} ${found.severity} ${found.message}`);
}

describe('templates with a macro', () => {
  before(() => useGeneratedSchema());

  it('knows the transforms the analysis models from macros of one’s own and AWS::Include', () => {
    const root = (transform: string) => parseTemplate(`Transform: ${transform}\n${BODY}`, 'yaml').root;
    assert.deepEqual(
      ['AWS::Serverless-2016-10-31', '[AWS::LanguageExtensions, AWS::Serverless-2016-10-31]', 'AWS::CodeDeployBlueGreen', 'Count', '[AWS::Serverless-2016-10-31, PyPlate]', '{Name: AWS::Include, Parameters: {Location: s3://b/k}}', 'null'].map((transform) => hasMacro(root(transform))),
      [false, false, false, true, true, true, false],
    );
    assert.equal(hasMacro(parseTemplate(BODY, 'yaml').root), false);
  });

  it('reports what a macro may rewrite as a warning that says why, and as an error without one', () => {
    assert.deepEqual(findings(BODY), ["E3001 error Unknown resource attribute 'Count'"]);
    assert.deepEqual(findings(`Transform: Count\n${BODY}`), [
      "E3001 warning Unknown resource attribute 'Count' (as written: this template's macro runs first and may change it)",
    ]);
  });
});
