import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

describe('the manifest makes the commands and settings findable', () => {
  it('every command is found by typing "CFN", "CloudFormation" or "exam" in the command palette', () => {
    for (const command of manifest.contributes.commands as { command: string; title: string; category: string }[]) {
      const label = `${command.category}: ${command.title}`.toLowerCase();
      assert.deepEqual(['cfn', 'cloudformation', 'exam'].filter((word) => !label.includes(word)), [], command.command);
    }
  });

  it('has a setting that turns the topic code lens off', () => {
    assert.deepEqual(
      { type: settings['cfnCoach.codeLens.topics'].type, default: settings['cfnCoach.codeLens.topics'].default, scope: settings['cfnCoach.codeLens.topics'].scope },
      { type: 'boolean', default: true, scope: 'resource' },
    );
  });
});

describe('packaging', () => {
  it('uses a @vscode/vsce that runs on Node 20 (npm run package)', () => {
    const vsce = JSON.parse(readFileSync(join(ROOT, 'node_modules/@vscode/vsce/package.json'), 'utf8'));
    assert.equal(manifest.devDependencies['@vscode/vsce'], vsce.version);
    const minimum = Number(/^>=\s*(\d+)/.exec(vsce.engines.node)?.[1]);
    assert.equal(minimum <= 20, true, `@vscode/vsce ${vsce.version} asks for Node ${vsce.engines.node}`);
  });

  it('ships every folder of media/ the webviews load (the e2e run copies all of media/, so only this can tell)', () => {
    const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((line) => line.startsWith('!media/'));
    const folders = readdirSync(join(ROOT, 'media')).filter((name) => statSync(join(ROOT, 'media', name)).isDirectory());
    assert.deepEqual(folders.filter((folder) => !shipped.includes(`!media/${folder}/**`)), []);
  });
});
