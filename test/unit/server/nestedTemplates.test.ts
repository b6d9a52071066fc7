import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childUri, NestedTemplates } from '../../../src/server/nestedTemplates';

describe('where a nested stack template is', () => {
  it('resolves a location against the parent URI, on the parent scheme only', () => {
    const parent = 'file:///work/lab%20one/main.yaml';
    assert.deepEqual(
      ['./network.yaml', 'stacks/db.json', '../shared/vpc.yaml', 'stacks\\win.yaml', '/abs/x.yaml'].map((location) => childUri(location, parent)),
      [
        'file:///work/lab%20one/network.yaml',
        'file:///work/lab%20one/stacks/db.json',
        'file:///work/shared/vpc.yaml',
        'file:///work/lab%20one/stacks/win.yaml',
        'file:///abs/x.yaml',
      ],
    );
    assert.deepEqual(
      ['./v#2.yaml', './what?.yaml', './my%20child.yaml', './my child.yaml'].map((location) => childUri(location, parent)),
      ['file:///work/lab%20one/v%232.yaml', 'file:///work/lab%20one/what%3F.yaml', 'file:///work/lab%20one/my%2520child.yaml', 'file:///work/lab%20one/my%20child.yaml'],
    );
    assert.equal(childUri('./a.yaml', 'vscode-vfs://github/org/repo/main.yaml'), 'vscode-vfs://github/org/repo/a.yaml');
    assert.equal(childUri('./a.yaml', 'untitled:Untitled-1'), undefined);
  });

  it("prefers an open editor's text, reads a file once while changes are reported, and names the parents of a changed file", async () => {
    const reads: string[] = [];
    const open = new Map([['file:///w/open.yaml', { getText: () => 'open text' }]]);
    const nested = new NestedTemplates(open, async (uri) => {
      reads.push(uri);
      return `disk ${uri}`;
    });
    nested.keepFileTexts = true;
    assert.equal(nested.remember('file:///w/main.yaml', ['./open.yaml', './disk.yaml']), true);
    assert.equal(nested.remember('file:///w/main.yaml', ['./open.yaml', './disk.yaml']), false);
    const expected = [
      { location: './open.yaml', uri: 'file:///w/open.yaml', text: 'open text' },
      { location: './disk.yaml', uri: 'file:///w/disk.yaml', text: 'disk file:///w/disk.yaml' },
    ];
    assert.deepEqual(await nested.read('file:///w/main.yaml', nested.locationsOf('file:///w/main.yaml')), expected);
    assert.deepEqual(await nested.read('file:///w/main.yaml', ['./open.yaml', './disk.yaml']), expected);
    assert.deepEqual(reads, ['file:///w/disk.yaml']);
    assert.deepEqual(nested.changed('file:///w/disk.yaml'), ['file:///w/main.yaml']);
    assert.deepEqual(nested.changed('file:///w/other.yaml'), []);
    await nested.read('file:///w/main.yaml', ['./disk.yaml']);
    assert.deepEqual(reads, ['file:///w/disk.yaml', 'file:///w/disk.yaml']);
  });
});
