import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readGraphMessage } from '../../../src/client/graph/messages';
import { readPanelMessage, type PanelTargets } from '../../../src/client/study/messages';

const TARGETS: PanelTargets = {
  templates: new Set(['file:///work/app.yaml']),
  notes: new Set(['asg-update-policy']),
  urls: new Set(['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html']),
  labs: new Set(['cfn-asg-rolling']),
};

describe('messages from the study panel webview', () => {
  it('are taken when well formed and naming what the panel shows', () => {
    const good = [
      { type: 'ready' },
      { type: 'refresh' },
      { type: 'resetProgress' },
      { type: 'openSite', uri: 'file:///work/app.yaml', line: 3, character: 2 },
      { type: 'newLab', prefix: 'cfn-asg-rolling' },
      { type: 'setRead', note: 'asg-update-policy', read: true },
      { type: 'openUrl', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html' },
    ];
    for (const message of good) assert.deepEqual(readPanelMessage(message, TARGETS), message);
  });

  it('are dropped when they name a file, note, page or lab the panel does not show, or are malformed', () => {
    const bad: unknown[] = [
      null,
      'openSite',
      42,
      [],
      {},
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'openSite', uri: 'file:///etc/passwd', line: 0, character: 0 },
      { type: 'openSite', uri: 'command:workbench.action.terminal.new', line: 0, character: 0 },
      { type: 'openSite', uri: 'file:///work/app.yaml', line: -1, character: 0 },
      { type: 'openSite', uri: 'file:///work/app.yaml', line: 1.5, character: 0 },
      { type: 'openSite', uri: 'file:///work/app.yaml', line: '1', character: 0 },
      { type: 'openSite', uri: 'file:///work/app.yaml', line: 1e12, character: 0 },
      { type: 'openSite', uri: ['file:///work/app.yaml'], line: 0, character: 0 },
      { type: 'newLab', prefix: 'cfn-unknown' },
      { type: 'setRead', note: 'x'.repeat(10_000), read: true },
      { type: 'setRead', note: 'asg-update-policy', read: 'yes' },
      { type: 'openUrl', url: 'https://evil.example/' },
      { type: 'openUrl', url: 'file:///etc/passwd' },
    ];
    for (const message of bad) assert.equal(readPanelMessage(message, TARGETS), undefined, JSON.stringify(message));
  });

  it('name nothing before the panel has coverage to show', () => {
    const empty: PanelTargets = { templates: new Set(), notes: new Set(), urls: new Set(), labs: new Set() };
    assert.equal(readPanelMessage({ type: 'openSite', uri: 'file:///work/app.yaml', line: 0, character: 0 }, empty), undefined);
    assert.deepEqual(readPanelMessage({ type: 'ready' }, empty), { type: 'ready' });
  });
});

describe('messages from the graph webview', () => {
  it('are ready, or reveal with a node id', () => {
    assert.deepEqual(readGraphMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(readGraphMessage({ type: 'reveal', id: 'Bucket' }), { type: 'reveal', id: 'Bucket' });
    assert.deepEqual(readGraphMessage({ type: 'reveal', id: 'Bucket', focus: true }), { type: 'reveal', id: 'Bucket', focus: true });
    assert.deepEqual(readGraphMessage({ type: 'reveal', id: 'Bucket', focus: 'yes' }), { type: 'reveal', id: 'Bucket' });
  });

  it('are dropped otherwise', () => {
    for (const message of [null, undefined, 'ready', { type: 'reveal' }, { type: 'reveal', id: 7 }, { type: 'reveal', id: 'x'.repeat(256) }, { type: 'open', uri: 'file:///etc/passwd' }]) {
      assert.equal(readGraphMessage(message), undefined, JSON.stringify(message));
    }
  });
});
