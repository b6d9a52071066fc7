import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definitionAt, highlightsAt, prepareRenameAt, renameAt, documentSymbols } from '../../../src/core/references';
import { parseTemplate } from '../../../src/core/template';

const TEXT = [
  'Mappings:',
  '  RegionMap:',
  '    us-east-1: {Ami: ami-1}',
  'Resources:',
  '  Topic:',
  '    Type: AWS::SNS::Topic',
  '    Properties:',
  '      DisplayName: !FindInMap [RegionMap, us-east-1, Ami]',
  '      TopicName: !Sub "${AWS::Region}-${Missing}-${Missing}"',
  '',
].join('\n');
const template = parseTemplate(TEXT, 'yaml');
const offset = (needle: string, into = 1) => TEXT.indexOf(needle) + into;

describe('navigation core', () => {
  it('goes from FindInMap arguments to the mapping and its keys', () => {
    assert.equal(definitionAt(template, offset('[RegionMap'))?.path.join('/'), 'Mappings/RegionMap');
    assert.equal(definitionAt(template, offset(', us-east-1', 3))?.path.join('/'), 'Mappings/RegionMap/us-east-1');
    assert.equal(definitionAt(template, offset(', Ami]', 3))?.path.join('/'), 'Mappings/RegionMap/us-east-1/Ami');
  });

  it('highlights every use of an undeclared name', () => {
    const spans = highlightsAt(template, offset('${Missing', 3)).map((h) => TEXT.slice(h.span.start, h.span.end));
    assert.deepEqual(spans, ['Missing', 'Missing']);
  });

  it('refuses to rename pseudo parameters, mapping keys and undeclared names', () => {
    assert.deepEqual(prepareRenameAt(template, offset('AWS::Region', 2)), { error: 'AWS::Region is a pseudo parameter: it cannot be renamed' });
    assert.deepEqual(prepareRenameAt(template, offset(', Ami]', 3)), { error: 'Mapping keys cannot be renamed' });
    assert.deepEqual(prepareRenameAt(template, offset('${Missing', 3)), { error: "'Missing' is not declared in this template" });
    assert.deepEqual(prepareRenameAt(template, offset('Type:', 1)), { error: 'Only parameters, resources, conditions, mappings and outputs can be renamed' });
  });

  it('refuses new names YAML would not read as strings', () => {
    assert.deepEqual(renameAt(template, offset('  Topic:', 3), 'Yes'), { error: "'Yes' would be read as a number or boolean in YAML" });
    assert.deepEqual(renameAt(template, offset('  Topic:', 3), '123'), { error: "'123' would be read as a number or boolean in YAML" });
  });

  it('renames a mapping and its FindInMap use', () => {
    const result = renameAt(template, offset('  RegionMap', 3), 'Amis');
    assert.ok('edits' in result);
    assert.deepEqual(result.edits.map((e) => TEXT.slice(e.span.start, e.span.end)), ['RegionMap', 'RegionMap']);
  });

  it('edits a YAML alias source once, however often the alias repeats it', () => {
    const text = 'Resources:\n  Q:\n    Type: T\n    Properties:\n      A: &name !Sub "${Q}-x"\n      B: *name\n';
    const aliased = parseTemplate(text, 'yaml');
    const result = renameAt(aliased, text.indexOf('Q:'), 'Queue');
    assert.ok('edits' in result);
    assert.deepEqual(result.edits.map((e) => [e.span.start, text.slice(e.span.start, e.span.end)]), [
      [text.indexOf('Q:'), 'Q'],
      [text.indexOf('${Q}') + 2, 'Q'],
    ]);
  });

  it('outlines nothing for a file that is not a template', () => {
    assert.deepEqual(documentSymbols(parseTemplate('name: x\nversion: 1\n', 'yaml')), []);
  });
});
