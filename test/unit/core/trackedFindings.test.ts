import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { analyze, createAnalysisCache, parseTemplate, updateTemplate, type Finding, type Template, type TemplateFormat } from '../../../src/core';
import { ALL_RULES } from '../../../src/core/rules';
import type { Rule } from '../../../src/core/rules/rule';
import { resourceDeclarations } from '../../../src/core/sections';
import { syntheticTemplate } from '../../../scripts/bench/synthetic.mjs';
import { useGeneratedSchema } from '../schema/schemaHelper';

before(() => {
  useGeneratedSchema();
});

const CATALOGUE = join(import.meta.dirname, '../../fixtures/catalogue');

/** Edits a user makes inside a resource: a letter, a new line, a property, a deletion, a key renamed. */
const PIECES = ['x', '\n', '\n      Extra: 1', ' ', ': ', '!Ref ', '"', '#', '', 'Function', '-'];

const plain = (findings: Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown;

/** A small deterministic generator (mulberry32), so every run tries the same edits. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text with one edit at a place inside a resource (from its key to its end). */
function editInsideResource(template: Template, next: () => number): string {
  const resources = resourceDeclarations(template.root);
  if (resources.length === 0) return template.text;
  const { span } = resources[Math.floor(next() * resources.length)].entry;
  const at = span.start + Math.floor(next() * (span.end - span.start + 1));
  const remove = next() < 0.3 ? Math.floor(next() * 6) : 0;
  const insert = PIECES[Math.floor(next() * PIECES.length)];
  return template.text.slice(0, at) + insert + template.text.slice(at + remove);
}

function catalogueLabs(): { name: string; format: TemplateFormat; text: string }[] {
  return readdirSync(CATALOGUE).sort().flatMap((id) =>
    readdirSync(join(CATALOGUE, id))
      .filter((name) => name.startsWith('bad.'))
      .map((name) => ({ name: `${id}/${name}`, format: (name.endsWith('.json') ? 'json' : 'yaml') as TemplateFormat, text: readFileSync(join(CATALOGUE, id, name), 'utf8') })),
  );
}

describe('findings of tracked rules kept between analyses', () => {
  it('after edits inside one resource of every catalogue lab, the same findings as an analysis without the cache', () => {
    const next = random(20_261_205);
    for (const lab of catalogueLabs()) {
      let template = parseTemplate(lab.text, lab.format);
      const cache = createAnalysisCache();
      analyze(template, ALL_RULES, cache);
      for (let edit = 0; edit < 3; edit++) {
        const text = editInsideResource(template, next);
        template = updateTemplate(template, text);
        const cached = analyze(template, ALL_RULES, cache);
        const fresh = analyze(parseTemplate(text, lab.format));
        assert.deepEqual(plain(cached.findings), plain(fresh.findings), `${lab.name} after edit ${edit + 1}`);
      }
    }
  });

  it('runs again the checks that read the edited resource, and only those', () => {
    const text = syntheticTemplate(40);
    const cache = createAnalysisCache();
    const template = parseTemplate(text, 'yaml');
    analyze(template, ALL_RULES, cache);
    const ran = new Set<string>();
    const counting: Rule[] = ALL_RULES.map((rule) =>
      rule.tracked ? { ...rule, tracked: (t, reads) => (ran.add(rule.id), rule.tracked!(t, reads)) } : rule,
    );
    analyze(updateTemplate(template, text.replace('      Timeout: 60\n', '      Timeout: 61\n')), counting, cache);
    // The two hook checks list Lambda functions; the DynamoDB key check and the rolling update check read none.
    assert.deepEqual(['CX1813', 'CX1814', 'CX2410', 'CX0910'].map((id) => ran.has(id)), [true, true, false, false]);
  });

  it('gives the same findings after an edit changes the indentation before the next resource key (JSON)', () => {
    const text = [
      '{',
      '  "Resources": {',
      '    "Key": { "Type": "AWS::KMS::Key", "Properties": { "KeyPolicy": {} } },',
      '    "Table": {',
      '      "Type": "AWS::DynamoDB::Table",',
      '      "Properties": {',
      '        "BillingMode": "PAY_PER_REQUEST",',
      '        "AttributeDefinitions": [{ "AttributeName": "id", "AttributeType": "S" }],',
      '        "KeySchema": [{ "AttributeName": "id", "KeyType": "HASH" }]',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const cache = createAnalysisCache();
    const template = parseTemplate(text, 'json');
    analyze(template, ALL_RULES, cache);
    const edited = text.replace('\n    "Table"', '\n  "Table"');
    const cached = analyze(updateTemplate(template, edited), ALL_RULES, cache);
    assert.deepEqual(plain(cached.findings), plain(analyze(parseTemplate(edited, 'json')).findings));
  });

  it('runs every tracked rule again after an edit outside the resources (but those whose words the text lacks)', () => {
    const text = syntheticTemplate(40);
    const cache = createAnalysisCache();
    const template = parseTemplate(text, 'yaml');
    analyze(template, ALL_RULES, cache);
    let ran = 0;
    const counting: Rule[] = ALL_RULES.map((rule) => (rule.tracked ? { ...rule, tracked: (t, reads) => (ran++, rule.tracked!(t, reads)) } : rule));
    analyze(updateTemplate(template, text.replace('Description: Synthetic', 'Description: A synthetic')), counting, cache);
    const edited = text.replace('Description: Synthetic', 'Description: A synthetic');
    const mayFind = (rule: Rule) => !rule.needsText || rule.needsText.some((word) => edited.includes(word));
    assert.equal(ran, ALL_RULES.filter((rule) => rule.tracked && mayFind(rule)).length);
    assert.ok(ALL_RULES.some((rule) => rule.tracked && !mayFind(rule)), 'some tracked rule has words this text lacks');
  });
});
