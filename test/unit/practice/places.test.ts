import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeOf } from '../../../src/core/practice/places';
import { yaml } from './ask';

describe('placeOf', () => {
  it('finds the key a path ends in, or the list item', () => {
    const template = yaml('Parameters:', '  Size: {Type: Number}', 'Resources:', '  Web:', '    Type: AWS::SQS::Queue', '    Properties:', '      Tags: [{Key: a, Value: b}]');
    const text = template.text;
    const slice = (span: { start: number; end: number } | undefined) => span && text.slice(span.start, span.end);
    assert.equal(slice(placeOf(template.root, ['Resources', 'Web'])), 'Web');
    assert.equal(slice(placeOf(template.root, ['Parameters', 'Size'])), 'Size');
    assert.equal(slice(placeOf(template.root, ['Resources', 'Web', 'Properties', 'Tags', 0])), '{Key: a, Value: b}');
    assert.equal(placeOf(template.root, ['Resources', 'Missing']), undefined);
    assert.equal(placeOf(template.root, []), undefined);
  });
});
