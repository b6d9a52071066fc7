import type { Note } from '../../../src/core/knowledge';

/** A note whose texts are its id, for tests that only care about its key and topics. */
export function bareNote(id: string, key: Note['key'], topics: string[]): Note {
  return { id, key, topics, domain: 'D1', inline: id, does: id, exam: id, url: `https://docs.aws.amazon.com/${id}.html` };
}

/** A small knowledge base of the tests' own, so expected outputs do not move when the real notes are edited. */
export const TEST_NOTES: Note[] = [
  {
    id: 'test-asg',
    key: { type: 'AWS::AutoScaling::AutoScalingGroup' },
    topics: ['T07'],
    domain: 'D3',
    inline: 'self-healing fleet',
    does: 'Keeps between `MinSize` and `MaxSize` instances.',
    exam: 'Pick it when the question says *self-healing*.',
    trap: 'Health checks are EC2 only unless `HealthCheckType` is `ELB`.',
    url: 'https://docs.aws.amazon.com/autoscaling/asg.html',
  },
  {
    id: 'test-min-in-service',
    key: { type: 'AWS::AutoScaling::AutoScalingGroup', path: 'UpdatePolicy.AutoScalingRollingUpdate.MinInstancesInService' },
    topics: ['T09'],
    domain: 'D3',
    inline: 'instances kept in service',
    does: 'Instances that stay in service during the update.',
    exam: 'The site must keep serving: a value above zero.',
    url: 'https://docs.aws.amazon.com/updatepolicy.html',
  },
  {
    id: 'test-transform',
    key: { path: 'Transform', value: 'AWS::Serverless-2016-10-31' },
    topics: ['T18'],
    domain: 'D1',
    inline: 'SAM',
    does: 'Expands `AWS::Serverless` resources.',
    exam: 'Gradual Lambda deployments.',
    url: 'https://docs.aws.amazon.com/sam.html',
  },
];
