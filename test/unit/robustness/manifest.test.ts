import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CFN_LINT_TIMEOUT_BOUNDS } from '../../../src/shared/settings';

const ROOT = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const settings = manifest.contributes.configuration.properties;

describe('the manifest declares the security and web settings', () => {
  it('keeps the cfn-lint bridge off by default, machine-scoped, and restricted in untrusted workspaces', () => {
    assert.equal(settings['cfnCoach.cfnLint.path'].default, '');
    assert.equal(settings['cfnCoach.cfnLint.path'].scope, 'machine-overridable');
    assert.equal(typeof settings['cfnCoach.cfnLint.path'].markdownDescription, 'string');
    const timeout = settings['cfnCoach.cfnLint.timeoutMs'];
    assert.deepEqual([timeout.type, timeout.minimum, timeout.maximum], ['integer', CFN_LINT_TIMEOUT_BOUNDS.min, CFN_LINT_TIMEOUT_BOUNDS.max]);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['cfnCoach.cfnLint.path']);
  });

  it('has a browser entry for VS Code for the Web, built beside the Node one', () => {
    assert.equal(manifest.browser, './dist/browser/client.js');
    // The test command builds first, so both web bundles are there.
    assert.equal(existsSync(join(ROOT, manifest.browser)), true);
    assert.equal(existsSync(join(ROOT, 'dist/browser/server.js')), true);
  });
});
