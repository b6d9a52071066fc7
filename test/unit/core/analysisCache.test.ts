import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, createAnalysisCache, parseTemplate, updateTemplate, type Finding, type TemplateFormat } from '../../../src/core';
import { ALL_RULES } from '../../../src/core/rules';
import { syntheticTemplate } from '../../../scripts/bench/synthetic.mjs';
import { SEEDS } from '../../fixtures/hostile/seeds';
import { useGeneratedSchema } from '../schema/schemaHelper';

before(() => {
  useGeneratedSchema();
});

const INCREMENTAL = readFileSync(new URL('../../fixtures/incremental/template.yaml', import.meta.url), 'utf8');
const SUBJECTS: { name: string; format: TemplateFormat; text: string }[] = [
  ...SEEDS,
  { name: 'incremental fixture', format: 'yaml', text: INCREMENTAL },
  { name: 'synthetic, 40 resources', format: 'yaml', text: syntheticTemplate(40) },
];

/** Pieces an edit inserts: template text of every kind, resources, and what breaks it. */
const PIECES = [
  'a', ' ', '\n', ':', ': ', '- ', '#', '"', "'", '!Ref ', '{', '}', '[', ']', ',', '\r\n', '  # note\n',
  '  Extra:\n    Type: AWS::SNS::Topic\n',
  '  Queue2:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 9000\n      Bogus: 1\n',
  '      MinSize: x\n', '      Propertyy: 1\n', '    DeletionPolicy: Delete\n', '    Condition: Nowhere\n',
  'Parameters:\n  Extra:\n    Type: String\n', 'Conditions:\n  Extra: !Equals [a, b]\n', 'Transform: AWS::Serverless-2016-10-31\n',
];

const PER_RESOURCE = [
  'W1029', 'function-shapes', 'E3006', 'E3510', 'E3002', 'E3003', 'E3012', 'E3030', 'E3031', 'E3032', 'E3037', 'E3033', 'E3034', 'E3014', 'E3058',
  'E3017', 'E3018', 'E3020', 'E3021', 'E1103', 'E3001', 'E3035', 'E3036', 'E3016', 'E3055', 'CX4005',
];

/** What a finding says and where, fixes included: the cache must give exactly what a fresh analysis gives. */
const plain = (findings: Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown;

describe('per-resource findings kept between analyses', () => {
  it('marks the rules that check one resource at a time', () => {
    const perResource = ALL_RULES.filter((rule) => rule.perResource).map((rule) => rule.id);
    assert.deepEqual(perResource, PER_RESOURCE);
  });

  for (const subject of SUBJECTS) {
    it(`${subject.name}: after any chain of edits, the same findings as an analysis without the cache`, () => {
      const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })) });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
          let text = subject.text;
          let template = parseTemplate(text, subject.format);
          const cache = createAnalysisCache();
          analyze(template, ALL_RULES, cache);
          for (const { at, remove, insert } of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
            template = updateTemplate(template, text);
            const cached = analyze(template, ALL_RULES, cache);
            const fresh = analyze(parseTemplate(text, subject.format));
            assert.deepEqual(plain(cached.findings), plain(fresh.findings));
          }
        }),
        { seed: 20_261_204, numRuns: 60 },
      );
    });
  }

  it('checks a resource again when the logical ids it may name change elsewhere', () => {
    const text = 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: "${Queue}"\n  Other:\n    Type: AWS::SQS::Queue\n';
    const cache = createAnalysisCache();
    const template = parseTemplate(text, 'yaml');
    assert.deepEqual(analyze(template, ALL_RULES, cache).findings.filter((found) => found.ruleId === 'W1029'), []);
    const renamed = text.replace('  Other:', '  Queue:');
    const cached = analyze(updateTemplate(template, renamed), ALL_RULES, cache).findings.filter((found) => found.ruleId === 'W1029');
    assert.deepEqual(cached.map((found) => found.path?.join('/')), ['Resources/Topic/Properties/DisplayName']);
  });

  it('checks a resource again when a secret it reads through a dynamic reference changes', () => {
    const text = [
      'Resources:',
      '  Credentials:',
      '    Type: AWS::SecretsManager::Secret',
      '    Properties:',
      '      GenerateSecretString:',
      '        SecretStringTemplate: \'{"username": "webadmin"}\'',
      '        GenerateStringKey: password',
      "        ExcludeCharacters: '\"@/\\'",
      '  Cluster:',
      '    Type: AWS::RDS::DBCluster',
      '    Properties:',
      '      Engine: aurora-postgresql',
      "      MasterUsername: !Sub '{{resolve:secretsmanager:${Credentials}:SecretString:username}}'",
      "      MasterUserPassword: !Sub '{{resolve:secretsmanager:${Credentials}:SecretString:password}}'",
      '',
    ].join('\n');
    const cache = createAnalysisCache();
    const template = parseTemplate(text, 'yaml');
    const patterns = (findings: Finding[]) => findings.filter((found) => found.ruleId === 'E3031').map((found) => found.path?.join('/'));
    assert.deepEqual(patterns(analyze(template, ALL_RULES, cache).findings), []);
    const cached = analyze(updateTemplate(template, text.replace('"webadmin"', '"web-admin"')), ALL_RULES, cache).findings;
    assert.deepEqual(patterns(cached), ['Resources/Cluster/Properties/MasterUsername']);
  });

  it('checks again only the resource an edit changed', () => {
    const text = syntheticTemplate(40);
    const cache = createAnalysisCache();
    const template = parseTemplate(text, 'yaml');
    analyze(template, ALL_RULES, cache);
    const checked: string[] = [];
    const counting = ALL_RULES.map((rule) =>
      rule.perResource
        ? { ...rule, perResource: { ...rule.perResource, check: (resource: Parameters<typeof rule.perResource.check>[0], t: typeof template) => (checked.push(`${rule.id} ${resource.logicalId}`), rule.perResource!.check(resource, t)) } }
        : rule,
    );
    const edited = text.replace('      Timeout: 60\n', '      Timeout: 61\n');
    analyze(updateTemplate(template, edited), counting, cache);
    // The template has no CreationPolicy: E3055, which needs one in the text (Rule.needsText), does not run at all.
    assert.deepEqual(checked, PER_RESOURCE.filter((id) => id !== 'E3055').map((id) => `${id} Function0`));
  });
});
