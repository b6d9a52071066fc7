import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';

const root = join(import.meta.dirname, '../../..');

it('npm run topics lists the notes of every topic and succeeds when each has one', () => {
  const run = spawnSync(process.execPath, ['scripts/topics.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.match(/^T\d\d /gm)?.length, 33);
  assert.match(run.stdout, /^T09 Stack updates of the group \(Auto Scaling\)\n {2}notes {5}asg, asg-update-policy, /m);
  assert.doesNotMatch(run.stdout, /^ {2}notes {5}—$/m);
});

it('npm run topics lists the bank questions of every topic', () => {
  const run = spawnSync(process.execPath, ['scripts/topics.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.stdout.match(/^ {2}questions bank-t\d\d-\d+/gm)?.length, 33);
  assert.match(run.stdout, /^T09 Stack updates of the group \(Auto Scaling\)\n(?: {2}\w+ +.*\n)* {2}questions bank-t09-1, bank-t09-2, /m);
  assert.match(run.stdout, /\d+ bank questions\.$/m);
});
