/** The committed registry constraints are what scripts/compile-registry.mjs makes of ../shared/schemas. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileRegistry, OUT_DIR, schemasDir } from '../../../scripts/compile-registry.mjs';
import { useGeneratedSchema } from './schemaHelper';

describe('the compiled registry constraints', () => {
  it('match a fresh compile of the registry schemas, file by file', (t) => {
    const dir = schemasDir();
    if (!existsSync(join(dir, 'registry-us-east-1'))) {
      t.skip(`no registry schemas at ${dir}: the project's shared folder must sit beside the repository (or set CFN_SCHEMAS)`);
      return;
    }
    const files = compileRegistry(dir);
    assert.deepEqual(readdirSync(OUT_DIR).sort(), [...files.keys()].sort());
    for (const [name, text] of files) assert.equal(readFileSync(join(OUT_DIR, name), 'utf8'), text, `${name} is out of date: run npm run registry`);
  });

  it('are read through the schema source, with their provenance, per service', () => {
    const registry = useGeneratedSchema().registry;
    assert.match(registry.provenance().source, /^CloudFormation registry schemas/);
    assert.equal(registry.provenance().date, '2026-06-15');
    assert.ok(registry.type('AWS::S3::Bucket')?.attributes?.includes('Arn'));
    assert.ok(registry.type('AWS::RDS::DBInstance')?.attributes?.includes('Endpoint.Address'));
    assert.equal(registry.type('AWS::IoTAnalytics::Channel')?.lifecycle?.status, 'shutdown');
    assert.equal(registry.type('AWS::No::Such'), undefined);
    assert.equal(registry.lambdaRuntime('python2.7')?.deprecated, '2021-07-15');
  });
});
