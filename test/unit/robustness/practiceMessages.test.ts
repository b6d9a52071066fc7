import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPracticeMessage } from '../../../src/client/practice/messages';

const PAGE = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-checks-overview.html';
const URLS = new Set([PAGE]);

describe('messages from the practice panel webview', () => {
  it('are taken when well formed, links only to pages the panel shows', () => {
    const good = [
      { type: 'ready' },
      { type: 'flag' },
      { type: 'confirmSubmit' },
      { type: 'start', scope: 'topic', value: 'T07', size: 10 },
      { type: 'start', scope: 'weakest' },
      { type: 'submit', chosen: ['A', 'C'] },
      { type: 'choose', chosen: [] },
      { type: 'goto', index: 74 },
      { type: 'showInEditor', id: 'asg-fewest-in-service:file:///work/app.yaml#Web' },
      { type: 'openUrl', url: PAGE },
    ];
    for (const message of good) assert.deepEqual(readPracticeMessage(message, URLS), message);
  });

  it('are dropped when malformed or naming a page the panel does not show', () => {
    const bad: unknown[] = [
      null,
      'ready',
      [],
      {},
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'start', scope: 'everything' },
      { type: 'start', scope: 'topic', value: 7 },
      { type: 'start', scope: 'topic', size: '10' },
      { type: 'submit', chosen: 'A' },
      { type: 'submit', chosen: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] },
      { type: 'choose', chosen: [{ id: 'A' }] },
      { type: 'choose', chosen: ['AB'] },
      { type: 'goto', index: -1 },
      { type: 'goto', index: 1.5 },
      { type: 'goto', index: '3' },
      { type: 'showInEditor', id: 42 },
      { type: 'showInEditor', id: 'x'.repeat(4097) },
      { type: 'openUrl', url: 'https://example.com/' },
      { type: 'openUrl', url: 'command:workbench.action.terminal.new' },
    ];
    for (const message of bad) assert.equal(readPracticeMessage(message, URLS), undefined, JSON.stringify(message));
  });
});
