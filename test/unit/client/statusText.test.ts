import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusText } from '../../../src/client/statusText';

describe('status bar text', () => {
  it('counts what the Problems panel lists: errors, warnings and information messages', () => {
    assert.deepEqual(statusText({ errors: 1, warnings: 2, infos: 3 }), {
      text: '$(error) CFN Coach: 6',
      tooltip: 'CloudFormation Exam Coach: 1 error, 2 warnings, 3 information messages in this template. Click to open the Problems panel.',
    });
  });

  it('reads correctly in the singular, and picks the icon of the most severe', () => {
    assert.deepEqual(statusText({ errors: 0, warnings: 1, infos: 1 }), {
      text: '$(warning) CFN Coach: 2',
      tooltip: 'CloudFormation Exam Coach: 0 errors, 1 warning, 1 information message in this template. Click to open the Problems panel.',
    });
    assert.equal(statusText({ errors: 0, warnings: 0, infos: 1 }).text, '$(info) CFN Coach: 1');
  });

  it('says so when there is nothing to show', () => {
    assert.deepEqual(statusText({ errors: 0, warnings: 0, infos: 0 }), {
      text: '$(check) CFN Coach',
      tooltip: 'CloudFormation Exam Coach: no problems in this template. Click to open the Problems panel.',
    });
  });
});
