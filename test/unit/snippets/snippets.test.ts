import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, parseTemplate, toPlain, type Finding, type TemplateFormat } from '../../../src/core';
import { labTemplate, SNIPPETS, snippetByPrefix, snippetFileText, type VsCodeSnippet } from '../../../src/core/snippets';
import { expandSnippet } from './snippetSyntax';
import { templateAround } from './templateAround';

const FORMATS: TemplateFormat[] = ['yaml', 'json'];
const snippetsDir = join(import.meta.dirname, '../../../snippets');

function committedFile(format: TemplateFormat): string {
  return readFileSync(join(snippetsDir, `cloudformation.${format}.code-snippets`), 'utf8');
}

/** The snippets as the committed files hold them: a new snippet is tested without being listed here. */
function fileSnippets(format: TemplateFormat): VsCodeSnippet[] {
  return Object.values(JSON.parse(committedFile(format)) as Record<string, VsCodeSnippet>);
}

function inserted(entry: VsCodeSnippet, format: TemplateFormat): string {
  const snippet = snippetByPrefix(entry.prefix);
  assert.ok(snippet, `${entry.prefix} is in the file but not in the data: regenerate with npm run snippets`);
  return templateAround(snippet, format, expandSnippet(entry.body.join('\n')).split('\n'));
}

/** A finding as a failure message shows it best. */
function brief(finding: Finding): string {
  return `${finding.severity} ${finding.ruleId}: ${finding.message}`;
}

/** `!GetAtt A.B` parses to the string form; JSON snippets use the list form. */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) =>
    key === 'Fn::GetAtt' && typeof item === 'string' ? [key, item.split(/\.(.*)/s).slice(0, 2)] : [key, normalised(item)],
  );
  return Object.fromEntries(entries);
}

describe('snippet files', () => {
  for (const format of FORMATS) {
    it(`${format}: the committed file is what npm run snippets generates`, () => {
      assert.equal(committedFile(format), snippetFileText(SNIPPETS, format));
    });
  }
});

for (const format of FORMATS) {
  describe(`${format} snippets inserted with their defaults`, () => {
    for (const entry of fileSnippets(format)) {
      it(`${entry.prefix}: parses and lints clean, no finding at any level`, () => {
        const template = parseTemplate(inserted(entry, format), format);
        assert.deepEqual(template.parseFindings, []);
        assert.equal(template.isTemplate, true);
        const { findings, failures } = analyze(template);
        assert.deepEqual(failures, []);
        assert.deepEqual(findings.map(brief), []);
      });
    }
  });
}

describe('YAML and JSON snippets', () => {
  for (const entry of fileSnippets('yaml')) {
    it(`${entry.prefix}: describe the same template`, () => {
      const json = fileSnippets('json').find((candidate) => candidate.prefix === entry.prefix);
      assert.ok(json);
      const yamlModel = toPlain(parseTemplate(inserted(entry, 'yaml'), 'yaml').root);
      const jsonModel = toPlain(parseTemplate(inserted(json, 'json'), 'json').root);
      assert.deepEqual(normalised(yamlModel), normalised(jsonModel));
    });
  }
});

describe('snippet library', () => {
  it('has a snippet for every topic T01–T33', () => {
    const covered = new Set(SNIPPETS.flatMap((snippet) => snippet.topics));
    const topics = Array.from({ length: 33 }, (_, index) => `T${String(index + 1).padStart(2, '0')}`);
    assert.deepEqual(topics.filter((topic) => !covered.has(topic)), []);
  });

  it('uses unique cfn-<topic> prefixes and known topic ids', () => {
    const prefixes = SNIPPETS.map((snippet) => snippet.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.deepEqual(prefixes.filter((prefix) => !/^cfn-[a-z0-9-]+$/.test(prefix)), []);
    assert.deepEqual(SNIPPETS.flatMap((snippet) => snippet.topics).filter((topic) => !/^T(0[1-9]|[12]\d|3[0-3])$/.test(topic)), []);
  });

  it('names each snippet and its topics in the file description', () => {
    for (const entry of fileSnippets('yaml')) assert.match(entry.description, /\(T\d\d(, T\d\d)*\)$/);
  });
});

describe('lab templates', () => {
  for (const snippet of SNIPPETS) {
    it(`${snippet.prefix}: a complete template in YAML and JSON with the same content`, () => {
      const [yaml, json] = FORMATS.map((format) => parseTemplate(labTemplate(snippet, format), format));
      for (const template of [yaml, json]) {
        assert.deepEqual(template.parseFindings, []);
        // A lab teaches best practice: none of the project's own rules fires on it, at any level.
        const { findings, failures } = analyze(template);
        assert.deepEqual(failures, []);
        assert.deepEqual(findings.map(brief), []);
      }
      assert.deepEqual(normalised(toPlain(yaml.root)), normalised(toPlain(json.root)));
    });
  }
});
