import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yamlScalar } from '../../../src/core/completion/yamlScalar';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { itemsAt } from './cursorHelper';

describe('YAML values inserted by completion', () => {
  it('quote what YAML 1.1 would read as something other than the same string', () => {
    for (const [value, written] of [
      ['OFF', "'OFF'"],
      ['yes', "'yes'"],
      ['~', "'~'"],
      ['01', "'01'"],
      ['8.0', "'8.0'"],
      ['*', "'*'"],
      ["it's", "it's"],
      ['-x', "'-x'"],
      ['a: b', "'a: b'"],
      ['python3.13', 'python3.13'],
      ['AWS::Region', 'AWS::Region'],
      ['$LATEST', '$LATEST'],
      ['300', '300'],
    ]) {
      assert.equal(yamlScalar(value), written, value);
      const read = parseTemplate(`Key: ${written}\n`, 'yaml').root;
      const plain = read?.kind === 'map' ? read.entries[0].value : undefined;
      assert.equal(String(plain?.kind === 'scalar' ? plain.value : undefined), value, value);
    }
  });

  it('are written so in allowed-value completion', () => {
    useGeneratedSchema();
    const text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Schedule:\n    Type: AWS::Scheduler::Schedule\n    Properties:\n      FlexibleTimeWindow:\n        Mode: ‸\n";
    const off = itemsAt(text, 'yaml').find((item) => item.label === 'OFF');
    assert.equal(off?.insertText, "'OFF'");
  });
});
