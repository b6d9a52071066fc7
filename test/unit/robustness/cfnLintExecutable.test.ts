import assert from 'node:assert/strict';
import { posix, win32 } from 'node:path';
import { describe, it } from 'node:test';
import { resolveExecutable, type ExecutableContext } from '../../../src/server/cfnLint/executable';

const programs = new Set(['/usr/bin/cfn-lint', '/work/repo/.venv/bin/cfn-lint', '/work/repo/stacks/tools/x', 'C:\\Python\\Scripts\\cfn-lint.exe']);

function context(overrides: Partial<ExecutableContext> = {}): ExecutableContext {
  return {
    workspaceFolders: ['/work/repo'],
    documentPath: '/work/repo/stacks/app.yaml',
    searchPath: '/usr/local/bin:/usr/bin',
    isFile: (path) => programs.has(path),
    path: posix,
    ...overrides,
  };
}

describe('the program cfnCoach.cfnLint.path names', () => {
  it('is an absolute path as written, normalised', () => {
    assert.deepEqual(resolveExecutable('/opt/cfn/../bin/cfn-lint', context()), { kind: 'resolved', path: '/opt/bin/cfn-lint' });
  });

  it('is a bare name looked up in the absolute folders of PATH, never in the current or a relative folder', () => {
    assert.deepEqual(resolveExecutable('cfn-lint', context()), { kind: 'resolved', path: '/usr/bin/cfn-lint' });
    assert.deepEqual(resolveExecutable('cfn-lint', context({ searchPath: '.:stacks/tools:' })), {
      kind: 'refused',
      reason: 'no program "cfn-lint" in the folders of PATH',
    });
  });

  it('is a relative path read against the workspace folder, not against the template\'s folder', () => {
    assert.deepEqual(resolveExecutable('./tools/x', context()), { kind: 'resolved', path: '/work/repo/tools/x' });
    assert.deepEqual(resolveExecutable('.venv/bin/cfn-lint', context()), { kind: 'resolved', path: '/work/repo/.venv/bin/cfn-lint' });
  });

  it('is refused when a relative path leaves the workspace folder', () => {
    for (const setting of ['../outside/cfn-lint', './tools/../../x']) {
      assert.deepEqual(resolveExecutable(setting, context()), {
        kind: 'refused',
        reason: `"${setting}" leaves the workspace folder /work/repo; give an absolute path instead`,
      });
    }
  });

  it('reads a relative path against the deepest folder holding the document, else the only folder, else refuses it', () => {
    const folders = ['/work/repo', '/work/repo/nested', '/work/other'];
    assert.deepEqual(resolveExecutable('bin/x', context({ workspaceFolders: folders, documentPath: '/work/repo/nested/a.yaml' })), {
      kind: 'resolved',
      path: '/work/repo/nested/bin/x',
    });
    assert.deepEqual(resolveExecutable('bin/x', context({ documentPath: '/elsewhere/a.yaml' })), { kind: 'resolved', path: '/work/repo/bin/x' });
    const refused = { kind: 'refused', reason: 'the relative path "bin/x" needs a workspace folder to be read against' };
    assert.deepEqual(resolveExecutable('bin/x', context({ workspaceFolders: folders, documentPath: '/elsewhere/a.yaml' })), refused);
    assert.deepEqual(resolveExecutable('bin/x', context({ workspaceFolders: [], documentPath: undefined })), refused);
  });

  it('follows Windows paths: backslashes, drive letters, .exe on PATH', () => {
    const windows = context({
      workspaceFolders: ['C:\\repo'],
      documentPath: 'C:\\repo\\stacks\\app.yaml',
      searchPath: 'C:\\Python\\Scripts;.',
      path: win32,
    });
    assert.deepEqual(resolveExecutable('cfn-lint', windows), { kind: 'resolved', path: 'C:\\Python\\Scripts\\cfn-lint.exe' });
    assert.deepEqual(resolveExecutable('.venv\\Scripts\\cfn-lint.exe', windows), { kind: 'resolved', path: 'C:\\repo\\.venv\\Scripts\\cfn-lint.exe' });
    assert.equal(resolveExecutable('..\\x.exe', windows).kind, 'refused');
    assert.equal(resolveExecutable('D:x.exe', windows).kind, 'refused');
  });
});
