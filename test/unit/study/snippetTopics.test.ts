import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snippetTopicOfType } from '../../../src/core/study/snippetTopics';

describe('resource types as topic evidence, through the snippets', () => {
  it('counts a type for the main topic of every snippet declaring it', () => {
    assert.deepEqual(snippetTopicOfType('AWS::AutoScaling::ScheduledAction'), { topic: 'T08', prefixes: ['cfn-asg-scheduled'] });
    assert.deepEqual(snippetTopicOfType('AWS::DynamoDB::Table'), { topic: 'T24', prefixes: ['cfn-dynamodb-gsi-lsi'] });
  });

  it('says nothing for a type whose snippets teach different topics, or a supporting type', () => {
    assert.equal(snippetTopicOfType('AWS::CodeDeploy::DeploymentGroup'), undefined);
    assert.equal(snippetTopicOfType('AWS::IAM::Role'), undefined);
    assert.equal(snippetTopicOfType('AWS::SQS::Queue'), undefined);
  });
});
