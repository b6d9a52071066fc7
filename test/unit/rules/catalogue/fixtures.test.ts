/**
 * Every catalogue check against its two lab-sized fixtures in test/fixtures/catalogue/<id>/:
 * `bad.yaml` or `bad.json` must give exactly the findings `expect.json` lists (by path), and
 * `good.*`, the same lab done right, none of this check and no error from any rule.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../../src/core/analyze';
import { CATALOGUE_CHECKS } from '../../../../src/core/rules/catalogue';
import { checkContext } from '../../../../src/core/rules/catalogue/support/context';
import { resourcesWithType } from '../../../../src/core/sections';
import { parseTemplate, type TemplateFormat } from '../../../../src/core/template';
import { applyEdits } from '../exam/helpers';
import { useGeneratedSchema } from '../../schema/schemaHelper';

// The schema and registry rules judge the fixtures too: a lab done right passes them all.
useGeneratedSchema();

const FIXTURES = join(import.meta.dirname, '../../../fixtures/catalogue');
const MIN_LINES = 25;

function fixture(id: string, kind: 'bad' | 'good'): { text: string; format: TemplateFormat } {
  const name = readdirSync(join(FIXTURES, id)).find((file) => file.startsWith(`${kind}.`));
  assert.ok(name, `${id} has no ${kind}.yaml or ${kind}.json`);
  const format: TemplateFormat = name.endsWith('.json') ? 'json' : 'yaml';
  return { text: readFileSync(join(FIXTURES, id, name), 'utf8'), format };
}

function lint(text: string, format: TemplateFormat) {
  const template = parseTemplate(text, format);
  assert.deepEqual(template.parseFindings, [], 'fixture must parse cleanly');
  return analyze(template).findings;
}

describe('catalogue checks on their fixtures', () => {
  it('has a fixture folder for every check and a check for every fixture folder', () => {
    const ids = CATALOGUE_CHECKS.map((check) => check.id).sort();
    assert.deepEqual(readdirSync(FIXTURES).sort(), ids);
  });

  for (const check of CATALOGUE_CHECKS) {
    describe(`${check.id} ${check.title}`, () => {
      it('reports exactly the expected places in the bad lab, with its severity and explanation', () => {
        const { text, format } = fixture(check.id, 'bad');
        assert.ok(text.split('\n').length >= MIN_LINES, 'the bad fixture is a lab-sized template');
        const expected: string[] = JSON.parse(readFileSync(join(FIXTURES, check.id, 'expect.json'), 'utf8')).bad;
        const found = lint(text, format).filter((item) => item.ruleId === check.id);
        assert.deepEqual(found.map((item) => item.path?.join('/')).sort(), [...expected].sort());
        for (const item of found) {
          assert.equal(item.severity, check.severity);
          assert.equal(item.explanation?.url, check.url);
          for (const fix of item.fixes ?? []) {
            const fixedText = applyEdits(text, fix.edits);
            const after = lint(fixedText, format).filter((other) => other.ruleId === check.id && other.path?.join('/') === item.path?.join('/'));
            assert.deepEqual(after, [], `the quick fix '${fix.title}' must remove the finding`);
          }
        }
      });

      it('stays silent on the lab done right, where no rule reports an error', () => {
        const { text, format } = fixture(check.id, 'good');
        assert.ok(text.split('\n').length >= MIN_LINES, 'the good fixture is a lab-sized template');
        const findings = lint(text, format);
        assert.deepEqual(findings.filter((item) => item.ruleId === check.id), []);
        assert.deepEqual(findings.filter((item) => item.severity === 'error').map((item) => `${item.ruleId} ${item.message}`), []);
      });
    });
  }
});

describe('catalogue fixture folders', () => {
  it('hold only bad.*, good.* and expect.json', () => {
    for (const id of readdirSync(FIXTURES)) {
      const files = readdirSync(join(FIXTURES, id)).sort();
      assert.ok(existsSync(join(FIXTURES, id, 'expect.json')), id);
      assert.ok(files.every((file) => /^(bad|good)\.(ya?ml|json)$|^expect\.json$/.test(file)), `${id}: ${files.join(', ')}`);
    }
  });
});

describe('catalogue checks declare what they read', () => {
  it('run ungated, every check finds nothing in a fixture that declares none of its resource types, unless it reads every resource', () => {
    const templates = readdirSync(FIXTURES).flatMap((id) => (['bad', 'good'] as const).map((kind) => fixture(id, kind))).map(({ text, format }) => parseTemplate(text, format));
    const silentWithoutTheirTypes = CATALOGUE_CHECKS.filter((check) => !check.readsEveryResource).flatMap((check) =>
      templates
        .filter((template) => !check.resourceTypes.some((type) => resourcesWithType(template.root, type).length > 0))
        .flatMap((template) => check.run(checkContext(template)).map((hit) => `${check.id} ${hit.message}`)),
    );
    assert.deepEqual(silentWithoutTheirTypes, []);
  });
});
