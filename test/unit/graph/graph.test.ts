import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { templateGraph } from '../../../src/core/graph';
import { parseTemplate } from '../../../src/core/template';

const YAML = [
  'Parameters:',
  '  BucketPrefix:',
  '    Type: String',
  '  Unused:',
  '    Type: Number',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketName: !Sub "${BucketPrefix}-${AWS::Region}-data"',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    DependsOn: [Bucket, Bucket]',
  '    Properties:',
  '      QueueName: !Ref Bucket',
  '      RedrivePolicy:',
  '        deadLetterTargetArn: !GetAtt Dlq.Arn',
  '        other: !GetAtt [Dlq, Arn]',
  '      Tags:',
  '        - Key: self',
  '          Value: !Ref Queue',
  '        - Key: missing',
  '          Value: !Ref Nowhere',
  '  Dlq:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      QueueName: !Sub "${Bucket.Arn}-dlq"',
  'Outputs:',
  '  Url:',
  '    Value: !Ref Queue',
  '',
].join('\n');

describe('templateGraph', () => {
  const template = parseTemplate(YAML, 'yaml');
  const graph = templateGraph(template);

  it('has the resources in source order, then the parameters they refer to', () => {
    assert.deepEqual(
      graph.nodes.map(({ id, kind, type, span }) => ({ id, kind, type, text: YAML.slice(span.start, span.end), line: template.lines.positionAt(span.start).line })),
      [
        { id: 'Bucket', kind: 'resource', type: 'AWS::S3::Bucket', text: 'Bucket', line: 6 },
        { id: 'Queue', kind: 'resource', type: 'AWS::SQS::Queue', text: 'Queue', line: 10 },
        { id: 'Dlq', kind: 'resource', type: 'AWS::SQS::Queue', text: 'Dlq', line: 23 },
        { id: 'BucketPrefix', kind: 'parameter', type: 'String', text: 'BucketPrefix', line: 1 },
      ],
    );
  });

  it('has one edge per referrer, target and kind; none for self, pseudo, undeclared or Outputs references', () => {
    assert.deepEqual(graph.edges, [
      { from: 'Bucket', to: 'BucketPrefix', kind: 'sub' },
      { from: 'Queue', to: 'Bucket', kind: 'dependsOn' },
      { from: 'Queue', to: 'Bucket', kind: 'ref' },
      { from: 'Queue', to: 'Dlq', kind: 'getatt' },
      { from: 'Dlq', to: 'Bucket', kind: 'sub' },
    ]);
  });

  it('reads JSON templates the same way, with node spans inside the quotes', () => {
    const json = JSON.stringify({
      Resources: {
        Role: { Type: 'AWS::IAM::Role' },
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['Role', 'Arn'] } } },
      },
    }, null, 2);
    const jsonGraph = templateGraph(parseTemplate(json, 'json'));
    assert.deepEqual(jsonGraph.nodes.map((node) => json.slice(node.span.start, node.span.end)), ['Role', 'Fn']);
    assert.deepEqual(jsonGraph.edges, [{ from: 'Fn', to: 'Role', kind: 'getatt' }]);
  });

  it('is empty for a template without resources', () => {
    assert.deepEqual(templateGraph(parseTemplate('AWSTemplateFormatVersion: "2010-09-09"\n', 'yaml')), { nodes: [], edges: [] });
  });
});
