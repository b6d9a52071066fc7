import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseTemplate, updateTemplate, type Template } from '../../../src/core';
import { reparseYamlEdit } from '../../../src/core/parse/incremental';

const FIXTURE = readFileSync(new URL('../../fixtures/incremental/template.yaml', import.meta.url), 'utf8');

/** What a template is made of, without its lazily built line index. */
function contentOf(template: Template) {
  return { root: template.root, parseFindings: template.parseFindings, isTemplate: template.isTemplate };
}

function replaced(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find);
  assert.notEqual(at, -1, `fixture holds ${JSON.stringify(find)}`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

function assertSameAsFullParse(before: string, after: string): void {
  assert.deepEqual(contentOf(updateTemplate(parseTemplate(before, 'yaml'), after)), contentOf(parseTemplate(after, 'yaml')));
}

describe('Re-parsing one entry after an edit', () => {
  it('parses the fixture without findings', () => {
    assert.deepEqual(parseTemplate(FIXTURE, 'yaml').parseFindings, []);
  });

  const spliceable: [string, string, string][] = [
    ['a property value', 'MinSize: \'1\'', 'MinSize: \'2\''],
    ['a key', 'DelaySeconds', 'DelaySecond'],
    ['a new property', '        ImageId:', '        InstanceType: t3.micro\n        ImageId:'],
    ['a line of a block scalar', 'yum install -y', 'dnf install -y'],
    ['a new resource', '  Template:\n', '  Topic:\n    Type: AWS::SNS::Topic\n  Template:\n'],
    ['a sequence at its key\'s indentation', '      VPCZoneIdentifier:\n        - subnet-1\n        - subnet-2\n', '      VPCZoneIdentifier:\n      - subnet-1\n      - subnet-3\n'],
    ['a short-form argument', '!Ref Size', '!Ref Sizes'],
    ['a flow sequence', '[dev, prod]', '[dev, test, prod]'],
    ['an anchor no alias uses', 'Tags: &tags', 'Tags: &labels'],
    ['the last entry of the document', 'Value: !GetAtt [Bucket, Arn]', 'Value: !GetAtt [Bucket, Name]'],
    ['a property added after the last one', '      FifoQueue: yes\n', '      FifoQueue: yes\n      MessageRetentionPeriod: 60\n'],
    ['a line break added after the last value of a map', 'PropagateAtLaunch: false\n', 'PropagateAtLaunch: false\r\n\n'],
  ];
  for (const [what, find, replacement] of spliceable) {
    it(`splices ${what} and matches a full parse`, () => {
      const after = replaced(FIXTURE, find, replacement);
      const before = parseTemplate(FIXTURE, 'yaml');
      assert.notEqual(reparseYamlEdit(before.root!, FIXTURE, after), undefined);
      assertSameAsFullParse(FIXTURE, after);
    });
  }

  const fullParse: [string, string, string][] = [
    ['an alias to an anchor in the same lines', "Value: !Sub '${AWS::StackName}-fleet'", "Value: &name fleet\n          Other: *name"],
    ['a change of indentation', '    DeletionPolicy: Retain', '   DeletionPolicy: Retain'],
    ['a duplicate key', '  Queue:\n    Type: AWS::SQS::Queue', '  Bucket:\n    Type: AWS::SQS::Queue'],
    ['an unterminated quote', "Value: !Sub '${AWS::StackName}-fleet'", "Value: !Sub '${AWS::StackName}-fleet"],
    ['a line less indented than its entry', '        MinInstancesInService: 1', 'MinInstancesInService: 1'],
  ];
  for (const [what, find, replacement] of fullParse) {
    it(`parses everything again for ${what}, with the same result`, () => {
      const after = replaced(FIXTURE, find, replacement);
      const before = parseTemplate(FIXTURE, 'yaml');
      assert.equal(reparseYamlEdit(before.root!, FIXTURE, after), undefined);
      assertSameAsFullParse(FIXTURE, after);
    });
  }

  it('parses everything again when the document holds an alias, with the same result', () => {
    const before = replaced(FIXTURE, 'DelaySeconds: 0x10', 'Tags: *tags\n      DelaySeconds: 0x10');
    const after = replaced(before, 'that continues"', 'that goes on"');
    assert.equal(reparseYamlEdit(parseTemplate(before, 'yaml').root!, before, after), undefined);
    assertSameAsFullParse(before, after);
  });

  it('keeps the previous template untouched', () => {
    const before = parseTemplate(FIXTURE, 'yaml');
    const snapshot = structuredClone(contentOf(before));
    updateTemplate(before, replaced(FIXTURE, 'MinSize: \'1\'', 'MinSize: \'10\''));
    assert.deepEqual(contentOf(before), snapshot);
  });

  const variants: [string, string][] = [
    ['LF', FIXTURE],
    ['CRLF with a byte-order mark', `\ufeff${FIXTURE.replace(/\n/g, '\r\n')}`],
  ];
  for (const [variant, fixture] of variants) {
    it(`gives what a full parse gives after any random chain of edits (${variant})`, () => {
      const pieces = ['a', ' ', '\n', ':', ': ', '- ', '#', '"', "'", '|', '>', '&x ', '*x', '!Ref ', '{', '}', '[', ']', ',', '\t', '  Key: value\n', '- item\n', '\r\n', ' # c', '  # note\n', '\n\n'];
      const edit = fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 12 }),
        insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })),
      });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          let text = fixture;
          let template = parseTemplate(text, 'yaml');
          for (const { at, remove, insert } of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
            template = updateTemplate(template, text);
            assert.deepEqual(contentOf(template), contentOf(parseTemplate(text, 'yaml')));
          }
        }),
        { seed: 20261123, numRuns: 400 },
      );
    });
  }
});
