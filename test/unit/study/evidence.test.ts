import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_NOTES, type Note } from '../../../src/core/knowledge';
import { studyCoverage, type StudyFile } from '../../../src/core/study';
import { parseTemplate } from '../../../src/core/template';
import { bareNote } from './notes';
import { REPOSITORY, SERVICE_ROLE } from './resources';


/** Notes of the tests' own, shaped like the real ones whose first topic misled the old rule. */
const NOTES: Note[] = [
  bareNote('role', { type: 'AWS::IAM::Role' }, ['T32', 'T01']),
  bareNote('trust', { type: 'AWS::IAM::Role', path: 'Properties.AssumeRolePolicyDocument' }, ['T01', 'T02', 'T32']),
  bareNote('boundary', { type: 'AWS::IAM::Role', path: 'Properties.PermissionsBoundary' }, ['T32']),
  bareNote('repo', { type: 'AWS::CodeCommit::Repository' }, ['T01']),
  bareNote('group', { type: 'AWS::AutoScaling::AutoScalingGroup' }, ['T07', 'T10']),
  bareNote('record', { type: 'AWS::Route53::RecordSet' }, ['T25', 'T26']),
  bareNote('set-id', { type: 'AWS::Route53::RecordSet', path: 'Properties.SetIdentifier' }, ['T25', 'T26']),
  bareNote('weight', { type: 'AWS::Route53::RecordSet', path: 'Properties.Weight' }, ['T25']),
  bareNote('failover', { type: 'AWS::Route53::RecordSet', path: 'Properties.Failover' }, ['T26']),
];

const record = (name: string, settings: string) => `  ${name}:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Name: app.example.com\n${settings}`;

const file = (name: string, resources: string): StudyFile => ({ uri: `file:///w/${name}`, template: parseTemplate(`Resources:\n${resources}`, 'yaml') });

/** Covered topic → "label[via,…]" per site. */
function covered(files: StudyFile[], notes: readonly Note[] = NOTES): Record<string, string[]> {
  const topics = studyCoverage(files, notes).topics.filter((topic) => topic.covered);
  return Object.fromEntries(topics.map((topic) => [topic.id, topic.sites.map((site) => `${site.label}[${site.via.join(',')}]`)]));
}

describe('which topics a resource is evidence for', () => {
  it('does not count a service role as CodeCommit or least-privilege evidence on its own', () => {
    assert.deepEqual(covered([file('deploy.yaml', SERVICE_ROLE)]), {});
  });

  it('counts the role for the topics the rest of the template exercises', () => {
    assert.deepEqual(covered([file('repo.yaml', REPOSITORY + SERVICE_ROLE)]), {
      T01: ['Repo[cfn-codecommit-repo,repo]', 'DeployRole[role,trust]'],
    });
    const bounded = `${SERVICE_ROLE}      PermissionsBoundary: arn:aws:iam::123456789012:policy/boundary\n`;
    assert.deepEqual(covered([file('bounded.yaml', bounded)]), { T32: ['DeployRole[boundary,role,trust]'] });
  });

  it('looks only at the same template for what else is exercised', () => {
    assert.deepEqual(covered([file('deploy.yaml', SERVICE_ROLE), file('repo.yaml', REPOSITORY)]), {
      T01: ['Repo[cfn-codecommit-repo,repo]'],
    });
  });

  it("counts a resource's own note for its first topic only, the others being related", () => {
    const group = '  Web:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "2"\n      MaxSize: "4"\n';
    assert.deepEqual(covered([file('asg.yaml', group)]), { T07: ['Web[group]'] });
  });

  it('lets the routing policy, not the record type, decide between weighted and failover routing', () => {
    const failover = record('Primary', '      Type: A\n      SetIdentifier: primary\n      Failover: PRIMARY\n');
    assert.deepEqual(covered([file('failover.yaml', failover)]), { T26: ['Primary[failover,record,set-id]'] });
    const weighted = record('Blue', '      Type: A\n      SetIdentifier: blue\n      Weight: 50\n');
    assert.deepEqual(covered([file('weighted.yaml', weighted)]), { T25: ['Blue[record,set-id,weight]'] });
    assert.deepEqual(covered([file('simple.yaml', record('Plain', '      Type: A\n'))]), {});
  });
});

describe('evidence with the real knowledge base', () => {
  const realCovered = (resources: string) => covered([file('lab.yaml', resources)], ALL_NOTES);

  it("keeps the lab's CodeDeploy service role out of T01 (CodeCommit) and T32", () => {
    assert.deepEqual(realCovered(SERVICE_ROLE), {});
  });

  it('counts the role for T01 next to a CodeCommit repository', () => {
    assert.deepEqual(realCovered(REPOSITORY + SERVICE_ROLE).T01, ['Repo[cfn-codecommit-repo,codecommit-repository]', 'DeployRole[iam-role,iam-role-trust]']);
  });

  it('does not count a failover record as weighted routing (T25)', () => {
    const failover = record('Primary', '      Type: A\n      SetIdentifier: primary\n      Failover: PRIMARY\n');
    assert.deepEqual(Object.keys(realCovered(failover)), ['T26']);
  });
});
