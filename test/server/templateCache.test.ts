import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTemplate, type Template } from '../../src/core';
import { TemplateCache } from '../../src/server/templateCache';

const TEXT = [
  'Resources:',
  '  Topic:',
  '    Type: AWS::SNS::Topic',
  '    Properties:',
  '      DisplayName: alerts',
  '      TopicName: alerts',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '',
].join('\n');

function contentOf(template: Template) {
  return { root: template.root, parseFindings: template.parseFindings, isTemplate: template.isTemplate };
}

/** The document after replacing the first `find` with `replacement`, one version later. */
function edited(document: TextDocument, find: string, replacement: string): TextDocument {
  const text = document.getText();
  const at = text.indexOf(find);
  assert.notEqual(at, -1);
  const range = { start: document.positionAt(at), end: document.positionAt(at + find.length) };
  return TextDocument.update(document, [{ range, text: replacement }], document.version + 1);
}

describe('Template cache', () => {
  it('returns the same template while the version stays', () => {
    const cache = new TemplateCache();
    const document = TextDocument.create('file:///t.yaml', 'yaml', 1, TEXT);
    assert.equal(cache.get(document), cache.get(document));
  });

  it('gives what a full parse gives through a broken version and back', () => {
    const cache = new TemplateCache();
    let document = TextDocument.create('file:///t.yaml', 'yaml', 1, TEXT);
    cache.get(document);
    for (const [find, replacement] of [
      ['DisplayName: alerts', 'DisplayName: "alerts'],
      ['DisplayName: "alerts', 'DisplayName: "alerts"'],
      ['TopicName: alerts', 'TopicName: alarms'],
    ]) {
      document = edited(document, find, replacement);
      assert.deepEqual(contentOf(cache.get(document)), contentOf(parseTemplate(document.getText(), 'yaml')));
    }
    assert.equal(cache.get(document).parseFindings.length, 0);
  });
});
