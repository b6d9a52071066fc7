import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachExtension } from './helpers';
import { test } from './runner';

test('contributes a practice command per entry point', async () => {
  await coachExtension().activate();
  const commands = await vscode.commands.getCommands(true);
  const practice = ['cfnCoach.openPractice', 'cfnCoach.practiceTemplate', 'cfnCoach.practiceTopic', 'cfnCoach.practiceDomain', 'cfnCoach.practiceWeakest', 'cfnCoach.startMockExam', 'cfnCoach.resetPractice'];
  assert.deepEqual(practice.filter((command) => commands.includes(command)), practice);
});
