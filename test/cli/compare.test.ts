import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareFindings,
  familyOf,
  matchKey,
  meetsTarget,
  precisionOf,
  recallOf,
  type ComparedFinding,
  type Family,
} from '../../src/cli/compare';

function at(template: string, ruleId: string, path: ComparedFinding['path']): ComparedFinding {
  return { template, ruleId, path, message: `${ruleId} message` };
}

function counts(ours: ComparedFinding[], reference: ComparedFinding[]) {
  const summary: Partial<Record<Family, [number, number, number]>> = {};
  for (const result of compareFindings(ours, reference)) {
    summary[result.family] = [result.truePositives.length, result.falsePositives.length, result.falseNegatives.length];
  }
  return summary;
}

describe('compare: rule families', () => {
  it('puts cfn-lint ids and ours into the same families', () => {
    assert.equal(familyOf(at('t', 'E0000', null)), 'parse');
    assert.equal(familyOf(at('t', 'E3002', ['Resources'])), 'unknown-property');
    assert.equal(familyOf(at('t', 'E3003', ['Resources'])), 'missing-required');
    assert.equal(familyOf(at('t', 'E3012', ['Resources'])), 'type');
    assert.equal(familyOf(at('t', 'E1020', ['Resources'])), 'ref');
    assert.equal(familyOf(at('t', 'E1019', ['Resources'])), 'ref');
    assert.equal(familyOf(at('t', 'E1010', ['Resources'])), 'getatt');
    assert.equal(familyOf(at('t', 'W3005', ['Resources'])), undefined);
  });

  it("counts cfn-lint's missing names filed under an outer function's id by the innermost reference function", () => {
    const missing = (ruleId: string, path: (string | number)[]) => ({ ruleId, path, message: "'Nope' is not one of ['Queue']" });
    assert.equal(familyOf(missing('E6101', ['Outputs', 'A', 'Value', 'Ref'])), 'ref');
    assert.equal(familyOf(missing('E6101', ['Outputs', 'A', 'Value', 'Fn::GetAtt', 0])), 'getatt');
    assert.equal(familyOf(missing('E1022', ['Resources', 'A', 'Properties', 'P', 'Fn::Join', 1, 0, 'Fn::GetAtt', 0])), 'getatt');
    assert.equal(familyOf(missing('E1021', ['Resources', 'A', 'Properties', 'P', 'Fn::Base64', 'Fn::Sub'])), 'ref');
    assert.equal(familyOf(missing('E1017', ['Resources', 'A', 'Properties', 'P', 'Fn::Select', 1, 'Fn::GetAZs'])), undefined);
    assert.equal(familyOf(missing('E3030', ['Resources', 'A', 'Properties', 'P'])), undefined);
    assert.equal(familyOf({ ruleId: 'W1030', path: ['Resources', 'A', 'Properties', 'P', 'Ref'], message: "{'Ref': 'P'} is not a 'ipv4-network'" }), undefined);
  });

  it('counts ref and getatt findings only when they are about a name', () => {
    const finding = (ruleId: string, path: string[], message: string) => ({ ruleId, path, message });
    const refPath = ['Resources', 'A', 'Properties', 'Subnets', 'Ref'];
    assert.equal(familyOf(finding('E1020', refPath, "'Subnts' is not one of ['Subnets']")), 'ref');
    assert.equal(familyOf(finding('E1020', refPath.slice(0, -1), "{'Ref': 'Subnets'} is not of type 'array'")), undefined);
    assert.equal(familyOf(finding('E1019', ['Outputs', 'O', 'Value', 'Fn::Sub'], 'Fn::Sub takes a string, or [string, {variables}]')), undefined);
    assert.equal(familyOf(finding('E1010', ['Outputs', 'O', 'Value', 'Fn::GetAtt'], 'Fn::GetAtt takes [resource, attribute]')), undefined);
    assert.equal(familyOf(finding('E6101', ['Outputs', 'O', 'Value', 'Fn::GetAtt'], "{'Fn::GetAtt': ['R', 'N']} is not of type 'string'")), undefined);
    assert.equal(familyOf(finding('E3012', ['Resources', 'A', 'Properties', 'Size'], "'x' is not of type 'integer'")), 'type');
  });

  it('cuts ref and getatt keys after the function, keeps other paths whole, ignores parse paths', () => {
    assert.equal(matchKey('getatt', ['Resources', 'A', 'Properties', 'Role', 'Fn::GetAtt', 0]), 'Resources/A/Properties/Role/Fn::GetAtt');
    assert.equal(matchKey('ref', ['Resources', 'A', 'Properties', 'X', 'Fn::If', 1, 'Ref']), 'Resources/A/Properties/X/Fn::If/1/Ref');
    assert.equal(matchKey('ref', ['Outputs', 'O', 'Value', 'Fn::Sub', 1, 'V', 'Ref']), 'Outputs/O/Value/Fn::Sub');
    assert.equal(matchKey('type', ['Resources', 'A', 'Properties', 'List', 0]), 'Resources/A/Properties/List/0');
    assert.equal(matchKey('parse', ['anything']), '');
  });
});

describe('compare: matching on (template, family, path)', () => {
  it('counts matches, ours-only and reference-only findings per family', () => {
    const ours = [
      at('a.yaml', 'E3002', ['Resources', 'B', 'Properties', 'Nmae']),
      at('a.yaml', 'E3002', ['Resources', 'B', 'Properties', 'Extra']),
      at('a.yaml', 'E1010', ['Resources', 'B', 'Properties', 'Role', 'Fn::GetAtt']),
      at('b.json', 'E0000', null),
      at('b.json', 'E0000', null),
    ];
    const reference = [
      at('a.yaml', 'E3002', ['Resources', 'B', 'Properties', 'Nmae']),
      at('b.yaml', 'E3002', ['Resources', 'B', 'Properties', 'Nmae']),
      at('a.yaml', 'E1010', ['Resources', 'B', 'Properties', 'Role', 'Fn::GetAtt', 0]),
      at('b.json', 'E0000', null),
      at('a.yaml', 'E3003', ['Resources', 'B', 'Properties']),
      at('a.yaml', 'W3005', ['Resources', 'B', 'DependsOn']),
    ];
    assert.deepEqual(counts(ours, reference), {
      parse: [1, 0, 0],
      'unknown-property': [1, 1, 1],
      'missing-required': [0, 0, 1],
      type: [0, 0, 0],
      ref: [0, 0, 0],
      getatt: [1, 0, 0],
    });
  });

  it('does not match the same path under another family or template', () => {
    const path = ['Resources', 'B', 'Properties', 'Size'];
    assert.deepEqual(counts([at('a.yaml', 'E3012', path)], [at('a.yaml', 'E3002', path), at('c.yaml', 'E3012', path)]), {
      parse: [0, 0, 0],
      'unknown-property': [0, 0, 1],
      'missing-required': [0, 0, 0],
      type: [0, 1, 1],
      ref: [0, 0, 0],
      getatt: [0, 0, 0],
    });
  });

  it('reports precision, recall and the target (0.95 / 0.90)', () => {
    const reference = Array.from({ length: 10 }, (_, i) => at('t.yaml', 'E1020', ['Resources', `R${i}`, 'Ref']));
    const [, , , , nineOfTen] = compareFindings(reference.slice(0, 9), reference);
    assert.equal(precisionOf(nineOfTen), 1);
    assert.equal(recallOf(nineOfTen), 0.9);
    assert.equal(meetsTarget(nineOfTen), true);
    const [, , , , eightOfTen] = compareFindings(reference.slice(0, 8), reference);
    assert.equal(meetsTarget(eightOfTen), false);
    const [parse] = compareFindings([], []);
    assert.equal(precisionOf(parse), undefined);
    assert.equal(recallOf(parse), undefined);
    assert.equal(meetsTarget(parse), true);
    const [, , , , oursOnly] = compareFindings([reference[0]], []);
    assert.equal(precisionOf(oursOnly), 0);
    assert.equal(meetsTarget(oursOnly), false);
  });
});
